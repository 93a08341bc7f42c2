#include "Backup.h"
#include "CopyJob.h"

#include <QCoreApplication>

namespace Copydeck {

QString backupStateName(BackupState state)
{
    switch (state) {
    case BackupState::Creating:
        return QCoreApplication::translate("Backup", "Creating");
    case BackupState::Available:
        return QCoreApplication::translate("Backup", "Available");
    case BackupState::Copying:
        return QCoreApplication::translate("Backup", "Copying");
    case BackupState::Failed:
        return QCoreApplication::translate("Backup", "Failed");
    case BackupState::Expired:
        return QCoreApplication::translate("Backup", "Expired");
    case BackupState::Deleting:
        return QCoreApplication::translate("Backup", "Deleting");
    case BackupState::Unknown:
        break;
    }
    return QCoreApplication::translate("Backup", "Unknown");
}

bool isTerminal(CopyJobState state)
{
    switch (state) {
    case CopyJobState::Completed:
    case CopyJobState::Failed:
    case CopyJobState::Partial:
    case CopyJobState::Cancelled:
    case CopyJobState::Lost:
        return true;
    case CopyJobState::Queued:
    case CopyJobState::Submitting:
    case CopyJobState::Created:
    case CopyJobState::Running:
        return false;
    }
    return false;
}

QString copyJobStateName(CopyJobState state)
{
    switch (state) {
    case CopyJobState::Submitting:
        return QCoreApplication::translate("CopyJob", "Submitting");
    case CopyJobState::Created:
        return QCoreApplication::translate("CopyJob", "Created");
    case CopyJobState::Running:
        return QCoreApplication::translate("CopyJob", "Running");
    case CopyJobState::Completed:
        return QCoreApplication::translate("CopyJob", "Completed");
    case CopyJobState::Failed:
        return QCoreApplication::translate("CopyJob", "Failed");
    case CopyJobState::Partial:
        return QCoreApplication::translate("CopyJob", "Partly failed");
    case CopyJobState::Cancelled:
        return QCoreApplication::translate("CopyJob", "Cancelled");
    case CopyJobState::Lost:
        return QCoreApplication::translate("CopyJob", "Lost");
    case CopyJobState::Queued:
        return QCoreApplication::translate("CopyJob", "Waiting");
    }
    return {};
}

} // namespace Copydeck
