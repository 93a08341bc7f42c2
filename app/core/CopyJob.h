#pragma once

#include "CloudError.h"
#include "Location.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Copydeck {

enum class CopyJobState {
    Submitting, // written down, not yet accepted by the cloud
    Created,
    Running,
    Completed,
    Failed,
    Partial, // composite job with some children failed
    Cancelled,
    Lost, // the cloud no longer knows it
    Queued, // written down, waits for another job to complete before it is sent
};

bool isTerminal(CopyJobState state);

// What a job does: copy a backup, or make a new backup of a database (Spanner create).
enum class CopyOperation { Copy, CreateBackup };
QString copyJobStateName(CopyJobState state);

// One copy (or create) as followed by Copydeck.
struct CopyJob
{
    QString localId; // Copydeck's own id, stable across restarts
    CopyOperation operation = CopyOperation::Copy;
    QString cloud;
    QString accountId;
    QString remoteId; // the cloud's handle: CopyJobId, operation name, record id
    QString sourceId; // the source backup's id
    QString sourceName;
    Location sourceLocation;
    Location destination;
    CopyJobState state = CopyJobState::Submitting;
    QString rawState; // the cloud's own word
    std::optional<double> percent; // 0-100 when the cloud reports one
    qint64 sizeBytes = -1;
    QDateTime created;
    QDateTime completed;
    QString statusMessage; // the cloud's message (e.g. why it failed)
    QString destinationBackupId; // set once the copy exists
    bool isParent = false;
    qint64 childJobs = 0;
    QMap<QString, qint64> childJobsInState; // cloud state name -> count
    QString clientToken;
    std::optional<CloudError> error;

    bool isTerminal() const { return Copydeck::isTerminal(state); }
};

} // namespace Copydeck

Q_DECLARE_METATYPE(Copydeck::CopyJob)
