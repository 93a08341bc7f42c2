#include "SpannerJson.h"

#include "SpannerTime.h"

#include <QJsonArray>

namespace Copydeck::Sandbox::SpannerJson {

namespace {

const QString TypePrefix = QStringLiteral("type.googleapis.com/google.spanner.admin.database.v1.");

void insertTime(QJsonObject &object, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, SpannerTime::format(time));
}

QString retention(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return QString::number(seconds / 86400) + QLatin1Char('d');
    if (seconds % 3600 == 0)
        return QString::number(seconds / 3600) + QLatin1Char('h');
    if (seconds % 60 == 0)
        return QString::number(seconds / 60) + QLatin1Char('m');
    return QString::number(seconds) + QLatin1Char('s');
}

} // namespace

QJsonObject instanceConfig(const SpannerInstanceConfig &config)
{
    QJsonArray replicas;
    for (const SpannerReplica &replica : config.replicas) {
        QJsonObject item;
        item.insert(QStringLiteral("location"), replica.location);
        item.insert(QStringLiteral("type"), replica.type);
        if (replica.defaultLeaderLocation)
            item.insert(QStringLiteral("defaultLeaderLocation"), true);
        replicas.append(item);
    }
    QJsonObject object;
    object.insert(QStringLiteral("name"), config.name);
    object.insert(QStringLiteral("displayName"), config.displayName);
    object.insert(QStringLiteral("replicas"), replicas);
    object.insert(QStringLiteral("leaderOptions"),
                  QJsonArray::fromStringList(config.leaderOptions));
    object.insert(QStringLiteral("configType"), QStringLiteral("GOOGLE_MANAGED"));
    object.insert(QStringLiteral("state"), QStringLiteral("READY"));
    return object;
}

QJsonObject instance(const SpannerInstance &instance)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), instance.name);
    object.insert(QStringLiteral("config"), instance.config);
    object.insert(QStringLiteral("displayName"), instance.displayName);
    object.insert(QStringLiteral("nodeCount"), instance.nodeCount);
    object.insert(QStringLiteral("processingUnits"), instance.nodeCount * 1000);
    object.insert(QStringLiteral("state"), QStringLiteral("READY"));
    object.insert(QStringLiteral("instanceType"), QStringLiteral("PROVISIONED"));
    insertTime(object, QStringLiteral("createTime"), instance.createTime);
    insertTime(object, QStringLiteral("updateTime"), instance.createTime);
    return object;
}

QJsonObject database(const SpannerDatabase &database, const QDateTime &now,
                     const QString &defaultLeader)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), database.name);
    object.insert(QStringLiteral("state"), QStringLiteral("READY"));
    insertTime(object, QStringLiteral("createTime"), database.createTime);
    object.insert(QStringLiteral("versionRetentionPeriod"),
                  retention(database.versionRetentionSeconds));
    insertTime(object, QStringLiteral("earliestVersionTime"),
               now.addSecs(-database.versionRetentionSeconds));
    if (!defaultLeader.isEmpty())
        object.insert(QStringLiteral("defaultLeader"), defaultLeader);
    object.insert(QStringLiteral("databaseDialect"), database.dialect);
    return object;
}

QJsonObject backup(const SpannerBackup &backup)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), backup.name);
    object.insert(QStringLiteral("database"), backup.database);
    insertTime(object, QStringLiteral("versionTime"), backup.versionTime);
    insertTime(object, QStringLiteral("expireTime"), backup.expireTime);
    insertTime(object, QStringLiteral("createTime"), backup.createTime);
    if (backup.ready && backup.sizeBytes > 0) {
        object.insert(QStringLiteral("sizeBytes"), QString::number(backup.sizeBytes));
        object.insert(QStringLiteral("exclusiveSizeBytes"), QString::number(backup.sizeBytes));
    }
    object.insert(QStringLiteral("state"),
                  backup.ready ? QStringLiteral("READY") : QStringLiteral("CREATING"));
    if (!backup.referencingBackups.isEmpty()) {
        object.insert(QStringLiteral("referencingBackups"),
                      QJsonArray::fromStringList(backup.referencingBackups));
    }
    if (backup.ready) {
        QJsonObject encryption;
        encryption.insert(QStringLiteral("encryptionType"), backup.encryptionType);
        if (!backup.kmsKeyVersions.isEmpty())
            encryption.insert(QStringLiteral("kmsKeyVersion"), backup.kmsKeyVersions.constFirst());
        object.insert(QStringLiteral("encryptionInfo"), encryption);
        if (backup.kmsKeyVersions.size() > 1) {
            QJsonArray information;
            for (const QString &version : backup.kmsKeyVersions) {
                QJsonObject item;
                item.insert(QStringLiteral("encryptionType"), backup.encryptionType);
                item.insert(QStringLiteral("kmsKeyVersion"), version);
                information.append(item);
            }
            object.insert(QStringLiteral("encryptionInformation"), information);
        }
    }
    object.insert(QStringLiteral("databaseDialect"), backup.databaseDialect);
    insertTime(object, QStringLiteral("maxExpireTime"), backup.maxExpireTime);
    return object;
}

QJsonObject operation(const SpannerOperation &operation)
{
    QJsonObject progress;
    if (operation.progressPercent > 0)
        progress.insert(QStringLiteral("progressPercent"), operation.progressPercent);
    insertTime(progress, QStringLiteral("startTime"), operation.startTime);
    insertTime(progress, QStringLiteral("endTime"), operation.endTime);

    QJsonObject metadata;
    metadata.insert(QStringLiteral("@type"),
                    QString(TypePrefix
                            + (operation.copy ? QStringLiteral("CopyBackupMetadata")
                                              : QStringLiteral("CreateBackupMetadata"))));
    metadata.insert(QStringLiteral("name"), operation.backup);
    metadata.insert(operation.copy ? QStringLiteral("sourceBackup") : QStringLiteral("database"),
                    operation.source);
    metadata.insert(QStringLiteral("progress"), progress);
    insertTime(metadata, QStringLiteral("cancelTime"), operation.cancelTime);

    QJsonObject object;
    object.insert(QStringLiteral("name"), operation.name);
    object.insert(QStringLiteral("metadata"), metadata);
    if (operation.done)
        object.insert(QStringLiteral("done"), true);
    if (operation.error) {
        object.insert(QStringLiteral("error"), operation.error->toStatus());
    } else if (operation.done && operation.response) {
        QJsonObject response = backup(*operation.response);
        response.insert(QStringLiteral("@type"), QString(TypePrefix + QStringLiteral("Backup")));
        object.insert(QStringLiteral("response"), response);
    }
    return object;
}

} // namespace Copydeck::Sandbox::SpannerJson
