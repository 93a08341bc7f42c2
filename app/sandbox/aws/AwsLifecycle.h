#pragma once

#include <QString>

#include <optional>

namespace Copydeck::Sandbox {

// The Lifecycle shape of the AWS Backup model, members present only when the client sent them.
struct AwsLifecycle
{
    std::optional<qint64> moveToColdStorageAfterDays;
    std::optional<qint64> deleteAfterDays;
    std::optional<bool> optInToArchiveForSupportedResources;
    std::optional<QString> deleteAfterEvent;

    bool isEmpty() const
    {
        return !moveToColdStorageAfterDays && !deleteAfterDays
            && !optInToArchiveForSupportedResources && !deleteAfterEvent;
    }
    // -1 for both days: keep the recovery point forever.
    bool keepsForever() const { return moveToColdStorageAfterDays == -1 && deleteAfterDays == -1; }
};

} // namespace Copydeck::Sandbox
