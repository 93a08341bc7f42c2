#pragma once

#include "AwsLifecycle.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace Copydeck::Sandbox {

// A copy job. Its progress is a function of simulated time: CREATED until `createdUntilSimMs`,
// RUNNING until `endSimMs`, then COMPLETED (or FAILED when `failureMessage` is set).
//
// The copy of a composite recovery point is a parent job with one nested (child) job per nested
// recovery point. The children progress on their own; the parent follows them: CREATED until one
// runs, RUNNING until all have ended, then COMPLETED, PARTIAL (some failed) or FAILED (all did).
struct AwsCopyJob
{
    QString id;
    QString accountId;
    QString region; // the source region, where the job is visible
    QString sourceVaultArn;
    QString sourceRecoveryPointArn;
    QString destinationVaultArn;
    QString destinationRecoveryPointArn; // set when the copy exists
    QString resourceArn;
    QString resourceType;
    QString resourceName;
    qint64 sizeBytes = 0;
    QString iamRoleArn;
    AwsLifecycle lifecycle;
    qint64 creationMs = 0;
    std::optional<qint64> completionMs;
    QString state = QStringLiteral("CREATED"); // CREATED | RUNNING | COMPLETED | FAILED | PARTIAL
    QString statusMessage;

    bool isParent = false;
    QString parentJobId; // set on a nested job
    QString compositeMemberIdentifier; // a nested job's logical ID within the stack
    QStringList childJobIds; // a parent's nested jobs, in creation order
    std::map<QString, qint64> childJobsInState; // a parent's, as of the last settle; no zeros
    // A parent's copy gets this ARN, and its children's copies point at it from the start.
    QString reservedDestinationArn;
    QString destinationParentArn; // a nested job's: the ARN of its copy's parent

    QString idempotencyToken;
    QString failureMessage;
    qint64 createdUntilSimMs = 0;
    qint64 endSimMs = 0;

    bool isFinished() const
    {
        return state == QLatin1String("COMPLETED") || state == QLatin1String("FAILED")
            || state == QLatin1String("PARTIAL");
    }
};

} // namespace Copydeck::Sandbox
