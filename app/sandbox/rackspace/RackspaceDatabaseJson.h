#pragma once

#include "RackspaceDatabaseRecords.h"

#include <QJsonObject>

namespace Copydeck::Sandbox::RackspaceDatabaseJson {

// The backup object of show and list answers (backups.rst, get-list-backup-by-id...rst).
// `copying` shows the state a backup has while copies of it run.
QJsonObject backup(const RackspaceBackupRecord &record, const QString &tenantId);
QJsonObject instance(const RackspaceInstanceRecord &record, const QString &regionUrl);
// "2015-09-01T03:23:28Z"
QString timestamp(const QDateTime &time);

} // namespace Copydeck::Sandbox::RackspaceDatabaseJson
