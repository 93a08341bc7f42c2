#include "RackspaceDatabaseJson.h"

#include <QJsonArray>

namespace Copydeck::Sandbox::RackspaceDatabaseJson {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QJsonObject backup(const RackspaceBackupRecord &record, const QString &tenantId)
{
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    QJsonObject datastore;
    datastore.insert(QStringLiteral("type"), record.datastoreType);
    datastore.insert(QStringLiteral("version"), record.datastoreVersion);
    datastore.insert(QStringLiteral("version_id"), record.datastoreVersionId);
    QJsonObject source;
    source.insert(QStringLiteral("type"), record.sourceType);
    source.insert(QStringLiteral("id"), record.sourceId);

    QJsonObject object;
    object.insert(QStringLiteral("id"), record.id);
    object.insert(QStringLiteral("name"), record.name);
    object.insert(QStringLiteral("description"), orNull(record.description));
    // While copies of it run, the source backup is in the (undocumented) copying state.
    object.insert(QStringLiteral("status"),
                  record.copiesFromHere > 0 ? QStringLiteral("COPYING") : record.status);
    object.insert(QStringLiteral("created"), timestamp(record.created));
    object.insert(QStringLiteral("updated"), timestamp(record.updated));
    object.insert(QStringLiteral("size"), record.sizeGb);
    object.insert(QStringLiteral("instance_id"), orNull(record.instanceId));
    object.insert(QStringLiteral("parent_id"), orNull(record.parentId));
    object.insert(QStringLiteral("is_automated"), record.automated ? 1 : 0);
    object.insert(QStringLiteral("datastore"), datastore);
    object.insert(QStringLiteral("flavor_ram"), record.flavorRam);
    object.insert(QStringLiteral("volume_size"), record.volumeSize);
    object.insert(QStringLiteral("source"), source);
    object.insert(QStringLiteral("locationRef"),
                  QStringLiteral("https://snet-storage101.%1.clouddrive.com/v1/MossoCloudFS_%2/"
                                 "z_CLOUDDB_BACKUPS/%3.xbstream.gz")
                      .arg(record.region.toLower() + QLatin1Char('1'), tenantId, record.id));
    object.insert(QStringLiteral("type"), record.type());
    return object;
}

QJsonObject instance(const RackspaceInstanceRecord &record, const QString &regionUrl)
{
    QJsonObject datastore;
    datastore.insert(QStringLiteral("type"), record.datastoreType);
    datastore.insert(QStringLiteral("version"), record.datastoreVersion);
    QJsonObject flavor;
    flavor.insert(QStringLiteral("id"), QString::number(record.flavorRam / 1024));
    QJsonObject volume;
    volume.insert(QStringLiteral("size"), record.volumeSize);
    QJsonObject self;
    self.insert(QStringLiteral("rel"), QStringLiteral("self"));
    self.insert(QStringLiteral("href"),
                QString(regionUrl + QStringLiteral("/instances/") + record.id));

    QJsonObject object;
    object.insert(QStringLiteral("id"), record.id);
    object.insert(QStringLiteral("name"), record.name);
    object.insert(QStringLiteral("status"), record.status);
    object.insert(QStringLiteral("datastore"), datastore);
    object.insert(QStringLiteral("flavor"), flavor);
    object.insert(QStringLiteral("volume"), volume);
    object.insert(QStringLiteral("created"), timestamp(record.created));
    object.insert(QStringLiteral("links"), QJsonArray {self});
    return object;
}

} // namespace Copydeck::Sandbox::RackspaceDatabaseJson
