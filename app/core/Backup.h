#pragma once

#include "Location.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace Copydeck {

enum class BackupState { Creating, Available, Copying, Failed, Expired, Deleting, Unknown };

// One backup (AWS recovery point, Spanner backup, CBR backup, Cloud Databases backup) as the
// backups table shows it. `rawState` keeps the cloud's own word for the state.
struct Backup
{
    QString cloud;
    QString accountId;
    QString id; // the cloud's identifier (ARN, resource name, uuid)
    QString name;
    Location location;
    QString sourceResource; // the database or resource it was taken from
    QString resourceType;
    BackupState state = BackupState::Unknown;
    QString rawState;
    qint64 sizeBytes = -1;
    QDateTime created;
    QDateTime expires;
    QString encryption;
    bool continuous = false;
    QString copiedFrom; // id of the location (vault, instance) it was copied from, if a copy
    QVariantMap details; // provider-specific facts for the detail pane, label -> value

    bool isValid() const { return !id.isEmpty(); }
};

struct BackupPage
{
    QList<Backup> backups;
    QString nextPageToken; // empty when this was the last page
};

QString backupStateName(BackupState state);

} // namespace Copydeck

Q_DECLARE_METATYPE(Copydeck::Backup)
