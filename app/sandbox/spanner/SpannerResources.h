#pragma once

#include "GoogleErrorReply.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Copydeck::Sandbox {

// The Spanner resources the sandbox keeps, by full resource name.

struct SpannerReplica
{
    QString location; // "us-east4"
    QString type; // READ_WRITE, READ_ONLY, WITNESS
    bool defaultLeaderLocation = false;
};

struct SpannerInstanceConfig
{
    QString name; // projects/P/instanceConfigs/nam3
    QString displayName;
    QList<SpannerReplica> replicas;
    QStringList leaderOptions;
    // The regions a customer-managed key set has to cover (read-write and read-only replicas).
    QStringList regions() const;
};

struct SpannerInstance
{
    QString name; // projects/P/instances/I
    QString config; // projects/P/instanceConfigs/C
    QString displayName;
    int nodeCount = 1;
    QDateTime createTime;
};

struct SpannerDatabase
{
    QString name; // projects/P/instances/I/databases/D
    QDateTime createTime;
    qint64 versionRetentionSeconds = 3600;
    QString dialect = QStringLiteral("GOOGLE_STANDARD_SQL");
};

struct SpannerBackup
{
    QString name; // projects/P/instances/I/backups/B
    QString database;
    QDateTime createTime;
    QDateTime versionTime;
    QDateTime expireTime;
    QDateTime maxExpireTime;
    qint64 sizeBytes = 0; // what it will hold once READY
    bool ready = true;
    QString encryptionType = QStringLiteral("GOOGLE_DEFAULT_ENCRYPTION");
    QStringList kmsKeyVersions;
    QStringList referencingBackups; // copies in progress from this backup
    QString databaseDialect = QStringLiteral("GOOGLE_STANDARD_SQL");
};

// A backup creation or copy, as a long-running operation.
struct SpannerOperation
{
    QString name; // <backup>/operations/<id>
    bool copy = false;
    QString backup; // the backup being made
    QString source; // the database (create) or the source backup (copy)
    QDateTime startTime;
    qint64 startSimulatedMs = 0;
    qint64 durationSimulatedMs = 0;
    bool done = false;
    int progressPercent = 0;
    QDateTime endTime;
    QDateTime cancelTime;
    std::optional<GoogleErrorReply> error;
    std::optional<SpannerBackup> response; // the backup as it was when the operation finished
};

} // namespace Copydeck::Sandbox
