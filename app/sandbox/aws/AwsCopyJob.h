#pragma once

#include "AwsLifecycle.h"

#include <QString>

#include <optional>

namespace Copydeck::Sandbox {

// A copy job. Its progress is a function of simulated time: CREATED until `createdUntilSimMs`,
// RUNNING until `endSimMs`, then COMPLETED (or FAILED when `failureMessage` is set).
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
    QString state = QStringLiteral("CREATED"); // CREATED | RUNNING | COMPLETED | FAILED
    QString statusMessage;

    QString idempotencyToken;
    QString failureMessage;
    qint64 createdUntilSimMs = 0;
    qint64 endSimMs = 0;

    bool isFinished() const
    {
        return state == QLatin1String("COMPLETED") || state == QLatin1String("FAILED");
    }
};

} // namespace Copydeck::Sandbox
