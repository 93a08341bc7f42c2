#pragma once

#include "AwsCaller.h"
#include "AwsStartCopyJobRules.h"

#include <QString>

namespace Copydeck::Sandbox {

class AwsBackupState;
struct AwsCopyJob;
struct AwsRecoveryPoint;

// Turns an accepted StartCopyJob into copy jobs laid out in simulated time: one job for a
// recovery point; for a composite one, a parent job and one nested job per nested recovery point,
// all started together, each taking as long as its own size needs.
class AwsCopyJobScheduler final
{
public:
    // Simulated throughput of a copy, and the shortest a copy takes (both in simulated time).
    static constexpr qint64 CopyBytesPerSecond = 50LL * 1024 * 1024;
    static constexpr qint64 MinimumCopyMs = 2000;

    // Adds the jobs to `state` and answers the one the request started (the parent of a
    // composite copy).
    static const AwsCopyJob &schedule(AwsBackupState &state, const AwsCaller &caller,
                                      const AwsStartCopyJobInput &input,
                                      const AwsStartCopyJobRules::Checked &checked);

private:
    static AwsCopyJob jobFor(AwsBackupState &state, const AwsCaller &caller,
                             const AwsStartCopyJobInput &input,
                             const AwsStartCopyJobRules::Checked &checked,
                             const AwsRecoveryPoint &source);
};

} // namespace Copydeck::Sandbox
