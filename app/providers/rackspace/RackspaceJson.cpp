#include "RackspaceJson.h"

#include "RackspaceRegions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace Copydeck {

QString RackspaceJson::parentLabel()
{
    return tr("Parent backup");
}

QString RackspaceJson::instanceLabel()
{
    return tr("Instance");
}

QString RackspaceJson::typeLabel()
{
    return tr("Backup type");
}

Location RackspaceJson::region(const QString &accountId, const QString &tenantId,
                               const QString &region)
{
    Location location;
    location.cloud = QStringLiteral("rackspace");
    location.accountId = accountId;
    location.kind = Location::Kind::Region;
    location.region = region;
    location.id = QStringLiteral("rackspace:%1:%2").arg(tenantId, region);
    location.name = region;
    // The region is the place: its code says it all in paths ("DFW", not "DFW › DFW (Dallas)").
    location.displayName = region;
    return location;
}

BackupState RackspaceJson::backupState(const QString &status)
{
    if (status == QLatin1String("COMPLETED"))
        return BackupState::Available;
    if (status == QLatin1String("NEW") || status == QLatin1String("BUILDING")
        || status == QLatin1String("SAVING"))
        return BackupState::Creating;
    if (status == QLatin1String("COPYING"))
        return BackupState::Copying;
    if (status == QLatin1String("FAILED") || status == QLatin1String("DELETE_FAILED")
        || status == QLatin1String("COPY_ERROR"))
        return BackupState::Failed;
    return BackupState::Unknown;
}

CopyJobState RackspaceJson::copyState(const QString &status)
{
    if (status == QLatin1String("NEW"))
        return CopyJobState::Created;
    if (status == QLatin1String("COMPLETED"))
        return CopyJobState::Completed;
    if (status == QLatin1String("FAILED") || status == QLatin1String("DELETE_FAILED")
        || status == QLatin1String("COPY_ERROR"))
        return CopyJobState::Failed;
    return CopyJobState::Running;
}

QDateTime RackspaceJson::timestamp(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

Backup RackspaceJson::backup(const QJsonObject &object, const Location &location)
{
    Backup backup;
    backup.cloud = location.cloud;
    backup.accountId = location.accountId;
    backup.id = object.value(QStringLiteral("id")).toString();
    backup.name = object.value(QStringLiteral("name")).toString();
    backup.location = location;
    backup.rawState = object.value(QStringLiteral("status")).toString();
    backup.state = backupState(backup.rawState);
    const QJsonValue size = object.value(QStringLiteral("size"));
    if (size.isDouble() && std::isfinite(size.toDouble()))
        backup.sizeBytes = qint64(std::llround(size.toDouble() * BytesPerGb));
    backup.created = timestamp(object.value(QStringLiteral("created")).toString());
    const QJsonObject datastore = object.value(QStringLiteral("datastore")).toObject();
    backup.resourceType = QStringLiteral("%1 %2")
                              .arg(datastore.value(QStringLiteral("type")).toString(),
                                   datastore.value(QStringLiteral("version")).toString())
                              .trimmed();
    const QString instanceId = object.value(QStringLiteral("instance_id")).toString();
    const QString sourceId
        = object.value(QStringLiteral("source")).toObject().value(QStringLiteral("id")).toString();
    backup.sourceResource = instanceId.isEmpty() ? sourceId : instanceId;

    QVariantMap &details = backup.details;
    const auto insert = [&details](const QString &label, const QString &value) {
        if (!value.isEmpty())
            details.insert(label, value);
    };
    insert(tr("Description"), object.value(QStringLiteral("description")).toString());
    insert(typeLabel(), object.value(QStringLiteral("type")).toString());
    insert(parentLabel(), object.value(QStringLiteral("parent_id")).toString());
    insert(instanceLabel(), instanceId);
    insert(tr("Datastore"), backup.resourceType);
    insert(tr("Automated"),
           object.value(QStringLiteral("is_automated")).toInt() == 1 ? tr("yes") : QString());
    insert(tr("Region"), location.region);
    insert(tr("Stored at"), object.value(QStringLiteral("locationRef")).toString());
    const QDateTime updated = timestamp(object.value(QStringLiteral("updated")).toString());
    if (updated.isValid())
        details.insert(tr("Updated"), updated);
    if (size.isDouble())
        details.insert(tr("Size (GB)"), size.toDouble());
    return backup;
}

Result<Backup> RackspaceJson::shownBackup(const QByteArray &body, const Location &location)
{
    const QJsonObject object
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("backup")).toObject();
    if (object.value(QStringLiteral("id")).toString().isEmpty())
        return CloudError::protocol(tr("Cloud Databases answered without the backup."));
    return backup(object, location);
}

Result<BackupPage> RackspaceJson::backupPage(const QByteArray &body, const Location &location)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonValue backups = document.object().value(QStringLiteral("backups"));
    if (error.error != QJsonParseError::NoError || !backups.isArray())
        return CloudError::protocol(tr("Cloud Databases answered a backup list Copydeck cannot "
                                       "read."));
    BackupPage page;
    for (const QJsonValue &value : backups.toArray())
        page.backups.append(backup(value.toObject(), location));
    for (const QJsonValue &value : document.object().value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        if (link.value(QStringLiteral("rel")).toString() != QLatin1String("next"))
            continue;
        const QUrlQuery query(QUrl(link.value(QStringLiteral("href")).toString()));
        page.nextPageToken = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    }
    return page;
}

Result<std::pair<QHash<QString, QString>, QString>>
RackspaceJson::instancePage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue instances = root.value(QStringLiteral("instances"));
    if (!instances.isArray())
        return CloudError::protocol(tr("Cloud Databases answered an instance list Copydeck cannot "
                                       "read."));
    QHash<QString, QString> names;
    for (const QJsonValue &value : instances.toArray()) {
        const QJsonObject instance = value.toObject();
        names.insert(instance.value(QStringLiteral("id")).toString(),
                     instance.value(QStringLiteral("name")).toString());
    }
    QString marker;
    for (const QJsonValue &value : root.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        if (link.value(QStringLiteral("rel")).toString() == QLatin1String("next"))
            marker = QUrlQuery(QUrl(link.value(QStringLiteral("href")).toString()))
                         .queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    }
    return std::pair {names, marker};
}

QByteArray RackspaceJson::copyBody(const CopyRequest &request)
{
    QJsonObject copy;
    copy.insert(QStringLiteral("target_backup_region"), request.destination.region);
    copy.insert(QStringLiteral("name"), request.name);
    if (!request.description.isEmpty())
        copy.insert(QStringLiteral("description"), request.description);
    return QJsonDocument(QJsonObject {{QStringLiteral("copy-backup"), copy}})
        .toJson(QJsonDocument::Compact);
}

QString RackspaceJson::parentIdOf(const Backup &backup)
{
    return backup.details.value(parentLabel()).toString();
}

QString RackspaceJson::instanceIdOf(const Backup &backup)
{
    return backup.details.value(instanceLabel()).toString();
}

QString RackspaceJson::typeOf(const Backup &backup)
{
    return backup.details.value(typeLabel()).toString();
}

double RackspaceJson::sizeGbOf(const Backup &backup)
{
    return backup.sizeBytes < 0 ? -1.0 : double(backup.sizeBytes) / BytesPerGb;
}

} // namespace Copydeck
