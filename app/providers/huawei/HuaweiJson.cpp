#include "HuaweiJson.h"

#include "HuaweiAccountSettings.h"
#include "HuaweiTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Copydeck {

namespace {

Result<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return CloudError::protocol(
            HuaweiJson::tr("Huawei Cloud's answer could not be read: %1").arg(error.errorString()));
    return document.object();
}

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

QString HuaweiJson::imageTypeLabel()
{
    return tr("Image type");
}

QString HuaweiJson::replicaRegionsLabel()
{
    return tr("Replicas in");
}

bool HuaweiJson::isReplica(const Backup &backup)
{
    return backup.details.value(imageTypeLabel()).toString() == QLatin1String("replication");
}

QStringList HuaweiJson::replicaRegions(const Backup &backup)
{
    return backup.details.value(replicaRegionsLabel()).toStringList();
}

BackupState HuaweiJson::backupState(const QString &status)
{
    if (status == QLatin1String("available") || status == QLatin1String("restoring")
        || status == QLatin1String("waiting_restore"))
        return BackupState::Available;
    if (status == QLatin1String("protecting") || status == QLatin1String("waiting_protect"))
        return BackupState::Creating;
    if (status == QLatin1String("deleting") || status == QLatin1String("waiting_delete"))
        return BackupState::Deleting;
    if (status == QLatin1String("error"))
        return BackupState::Failed;
    return BackupState::Unknown;
}

Result<HuaweiJson::VaultPage> HuaweiJson::vaultPage(const QByteArray &body, const QString &region,
                                                    const QString &projectId,
                                                    const QString &accountId)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    VaultPage page;
    page.count = parsed.value().value(QStringLiteral("count")).toInt();
    for (const QJsonValue &value : parsed.value().value(QStringLiteral("vaults")).toArray()) {
        const QJsonObject json = value.toObject();
        Vault vault;
        vault.protectType = str(json.value(QStringLiteral("billing")).toObject(), "protect_type");
        Location &l = vault.location;
        l.cloud = QString(HuaweiAccountSettings::Cloud);
        l.accountId = accountId;
        l.kind = Location::Kind::Vault;
        l.region = region;
        l.id = str(json, "id");
        l.name = str(json, "name");
        l.displayName = vault.protectType == QLatin1String("replication")
            ? tr("%1 (replication)").arg(l.name)
            : l.name;
        l.owner = str(json, "project_id").isEmpty() ? projectId : str(json, "project_id");
        page.vaults.append(vault);
    }
    return page;
}

Backup HuaweiJson::backup(const QJsonObject &json, const Location &vault)
{
    Backup b;
    b.cloud = QString(HuaweiAccountSettings::Cloud);
    b.accountId = vault.accountId;
    b.id = str(json, "id");
    b.name = str(json, "name");
    b.location = vault;
    b.sourceResource = str(json, "resource_name");
    b.resourceType = str(json, "resource_type");
    b.rawState = str(json, "status");
    b.state = backupState(b.rawState);
    b.sizeBytes = json.value(QStringLiteral("resource_size")).toInteger(-1);
    if (b.sizeBytes >= 0)
        b.sizeBytes *= 1024LL * 1024 * 1024;
    b.created = HuaweiTime::parse(str(json, "created_at"));
    b.expires = HuaweiTime::parse(str(json, "expired_at"));
    const QJsonObject extend = json.value(QStringLiteral("extend_info")).toObject();
    if (extend.value(QStringLiteral("encrypted")).toBool())
        b.encryption = tr("encrypted");
    const QString imageType = str(json, "image_type");
    b.details.insert(imageTypeLabel(), imageType);
    b.details.insert(tr("Description"), str(json, "description"));
    b.details.insert(tr("Checkpoint"), str(json, "checkpoint_id"));
    b.details.insert(tr("Resource ID"), str(json, "resource_id"));
    b.details.insert(tr("Availability zone"), str(json, "resource_az"));
    b.details.insert(tr("Project"), str(json, "project_id"));
    QStringList replicas;
    QStringList records;
    for (const QJsonValue &value : json.value(QStringLiteral("replication_records")).toArray()) {
        const QJsonObject record = value.toObject();
        const QString status = str(record, "status");
        const QString region = str(record, "destination_region");
        records << tr("%1: %2").arg(region, status);
        if (status != QLatin1String("fail") && status != QLatin1String("skip")
            && !replicas.contains(region))
            replicas << region;
    }
    b.details.insert(replicaRegionsLabel(), replicas);
    b.details.insert(tr("Replications"), records);
    return b;
}

Result<BackupPage> HuaweiJson::backupPage(const QByteArray &body, const Location &vault, int offset)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    BackupPage page;
    const QJsonArray backups = parsed.value().value(QStringLiteral("backups")).toArray();
    for (const QJsonValue &value : backups)
        page.backups.append(backup(value.toObject(), vault));
    const int count = parsed.value().value(QStringLiteral("count")).toInt();
    const int next = offset + int(backups.size());
    if (!backups.isEmpty() && next < count)
        page.nextPageToken = QString::number(next);
    return page;
}

Result<QHash<QString, QStringList>> HuaweiJson::capabilities(const QByteArray &body)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    QHash<QString, QStringList> result;
    for (const QJsonValue &value : parsed.value().value(QStringLiteral("regions")).toArray()) {
        QStringList destinations;
        for (const QJsonValue &d :
             value.toObject().value(QStringLiteral("replication_destinations")).toArray())
            destinations << d.toString();
        result.insert(str(value.toObject(), "name"), destinations);
    }
    return result;
}

Result<QHash<QString, QString>> HuaweiJson::projects(const QByteArray &body)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    QHash<QString, QString> result;
    for (const QJsonValue &value : parsed.value().value(QStringLiteral("projects")).toArray()) {
        const QString name = str(value.toObject(), "name");
        // "cn-north-4_sub" is a sub-project; "MOS" and the like are not regions.
        if (name.contains(QLatin1Char('_')) || !name.contains(QLatin1Char('-')))
            continue;
        result.insert(name, str(value.toObject(), "id"));
    }
    return result;
}

QByteArray HuaweiJson::replicateBody(const CopyRequest &request)
{
    QJsonObject replicate {
        {QStringLiteral("destination_project_id"), request.destination.owner},
        {QStringLiteral("destination_region"), request.destination.region},
        {QStringLiteral("destination_vault_id"), request.destination.id},
    };
    if (!request.name.isEmpty())
        replicate.insert(QStringLiteral("name"), request.name);
    if (!request.description.isEmpty())
        replicate.insert(QStringLiteral("description"), request.description);
    return QJsonDocument(QJsonObject {{QStringLiteral("replicate"), replicate}})
        .toJson(QJsonDocument::Compact);
}

Result<CopyJob> HuaweiJson::startedReplication(const QByteArray &body, CopyJob job)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject replication = parsed.value().value(QStringLiteral("replication")).toObject();
    job.remoteId = str(replication, "replication_record_id");
    if (job.remoteId.isEmpty())
        return CloudError::protocol(
            tr("Huawei Cloud accepted the replication but gave no replication record id."));
    job.state = CopyJobState::Created;
    job.rawState = QStringLiteral("waiting_replicate");
    job.percent = 0.0;
    return job;
}

CopyJobState HuaweiJson::recordState(const QString &status)
{
    if (status == QLatin1String("replicating"))
        return CopyJobState::Running;
    if (status == QLatin1String("success"))
        return CopyJobState::Completed;
    if (status == QLatin1String("fail") || status == QLatin1String("skip"))
        return CopyJobState::Failed;
    return CopyJobState::Created; // waiting_replicate
}

CopyJobState HuaweiJson::taskState(const QString &status)
{
    if (status == QLatin1String("running"))
        return CopyJobState::Running;
    if (status == QLatin1String("success"))
        return CopyJobState::Completed;
    if (status == QLatin1String("failed") || status == QLatin1String("timeout")
        || status == QLatin1String("skipped"))
        return CopyJobState::Failed;
    return CopyJobState::Created; // waiting
}

CopyJob HuaweiJson::fromOperationLog(const QJsonObject &log, CopyJob job)
{
    const QJsonObject extra = log.value(QStringLiteral("extra_info")).toObject();
    const QJsonObject replication = extra.value(QStringLiteral("replication")).toObject();
    job.rawState = str(log, "status");
    job.state = taskState(job.rawState);
    job.percent = extra.value(QStringLiteral("common"))
                      .toObject()
                      .value(QStringLiteral("progress"))
                      .toDouble();
    if (!str(replication, "destination_backup_id").isEmpty())
        job.destinationBackupId = str(replication, "destination_backup_id");
    if (const QDateTime created = HuaweiTime::parse(str(log, "created_at")); created.isValid())
        job.created = created;
    job.completed = HuaweiTime::parse(str(log, "ended_at"));
    const QJsonObject error = log.value(QStringLiteral("error_info")).toObject();
    job.statusMessage = error.isEmpty()
        ? QString()
        : (str(error, "code") + QLatin1String(": ") + str(error, "message"));
    return job;
}

CopyJob HuaweiJson::fromReplicationRecord(const QJsonObject &record, CopyJob job)
{
    const QJsonObject extra = record.value(QStringLiteral("extra_info")).toObject();
    job.remoteId = str(record, "id");
    job.rawState = str(record, "status");
    job.state = recordState(job.rawState);
    job.percent = extra.value(QStringLiteral("progress")).toDouble();
    if (!str(record, "destination_backup_id").isEmpty())
        job.destinationBackupId = str(record, "destination_backup_id");
    if (const QDateTime created = HuaweiTime::parse(str(record, "created_at")); created.isValid())
        job.created = created;
    job.statusMessage = str(extra, "fail_reason").isEmpty()
        ? QString()
        : (str(extra, "fail_code") + QLatin1String(": ") + str(extra, "fail_reason"));
    return job;
}

} // namespace Copydeck
