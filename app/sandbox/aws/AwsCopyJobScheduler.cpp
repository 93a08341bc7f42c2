#include "AwsCopyJobScheduler.h"

#include "AwsArn.h"
#include "AwsBackupState.h"
#include "AwsBackupVault.h"
#include "AwsCopyJob.h"
#include "AwsRecoveryPoint.h"
#include "AwsSandboxLogging.h"
#include "sandbox/SimulatedClock.h"

#include <algorithm>

namespace Copydeck::Sandbox {

AwsCopyJob AwsCopyJobScheduler::jobFor(AwsBackupState &state, const AwsCaller &caller,
                                       const AwsStartCopyJobInput &input,
                                       const AwsStartCopyJobRules::Checked &checked,
                                       const AwsRecoveryPoint &source)
{
    AwsCopyJob job;
    job.id = state.newUuid();
    job.accountId = caller.accountId;
    job.region = caller.region;
    job.sourceVaultArn = checked.sourceVault->arn;
    job.sourceRecoveryPointArn = source.arn;
    job.destinationVaultArn = checked.destinationVault->arn;
    job.resourceArn = source.resourceArn;
    job.resourceType = source.resourceType;
    job.resourceName = source.resourceName;
    job.compositeMemberIdentifier = source.compositeMemberIdentifier;
    job.sizeBytes = source.sizeBytes;
    job.iamRoleArn = input.iamRoleArn;
    job.lifecycle = input.lifecycle;
    job.creationMs = state.clock().wallMs();
    job.failureMessage = source.copyFailureMessage;
    if (job.failureMessage.isEmpty() && source.status != QLatin1String("COMPLETED")) {
        job.failureMessage = QStringLiteral("Copy job failed. Recovery point %1 is in %2 state; "
                                            "only recovery points in COMPLETED state can be "
                                            "copied.")
                                 .arg(source.arn, source.status);
    }
    if (job.failureMessage.isEmpty())
        job.failureMessage
            = AwsStartCopyJobRules::vaultLockViolation(*checked.destinationVault, input.lifecycle);

    const qint64 startSim = state.clock().simulatedMs();
    const qint64 duration = std::max(MinimumCopyMs, job.sizeBytes * 1000 / CopyBytesPerSecond);
    job.createdUntilSimMs = startSim + std::min<qint64>(1000, duration / 5);
    job.endSimMs = startSim + duration;
    return job;
}

const AwsCopyJob &AwsCopyJobScheduler::schedule(AwsBackupState &state, const AwsCaller &caller,
                                                const AwsStartCopyJobInput &input,
                                                const AwsStartCopyJobRules::Checked &checked)
{
    const AwsRecoveryPoint &source = *checked.recoveryPoint;
    AwsCopyJob job = jobFor(state, caller, input, checked, source);
    job.idempotencyToken = input.idempotencyToken;
    if (!source.isParent) {
        const AwsCopyJob &added = state.addCopyJob(job);
        qCDebug(lcSandboxAws) << "copy job" << added.id << "started," << added.sizeBytes << "bytes";
        return added;
    }

    // A composite: the parent copies nothing itself; it lasts from its first child's start to its
    // last child's end. Its copy's ARN is chosen now so that every nested copy can point at it.
    job.isParent = true;
    job.failureMessage.clear();
    job.reservedDestinationArn = AwsArn::recoveryPoint(
        source.resourceType, checked.destinationVault->region, checked.destinationVault->accountId,
        state.newHexId(17), state.newUuid());
    QList<AwsCopyJob> children;
    for (const AwsRecoveryPoint *nested : state.nestedRecoveryPoints(source)) {
        AwsCopyJob child = jobFor(state, caller, input, checked, *nested);
        child.parentJobId = job.id;
        child.destinationParentArn = job.reservedDestinationArn;
        job.childJobIds.append(child.id);
        children.append(child);
    }
    if (!children.isEmpty()) {
        job.createdUntilSimMs = children.first().createdUntilSimMs;
        job.endSimMs = children.first().endSimMs;
        for (const AwsCopyJob &child : std::as_const(children)) {
            job.createdUntilSimMs = std::min(job.createdUntilSimMs, child.createdUntilSimMs);
            job.endSimMs = std::max(job.endSimMs, child.endSimMs);
        }
        job.childJobsInState[QStringLiteral("CREATED")] = children.size();
    }
    const QString parentId = job.id;
    state.addCopyJob(job);
    for (const AwsCopyJob &child : std::as_const(children))
        state.addCopyJob(child);
    qCDebug(lcSandboxAws) << "composite copy job" << parentId << "started with" << children.size()
                          << "nested jobs";
    // Looked up again: adding the children may have moved the parent.
    return *state.findCopyJob(parentId);
}

} // namespace Copydeck::Sandbox
