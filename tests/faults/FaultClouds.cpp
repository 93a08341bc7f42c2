#include "FaultClouds.h"

#include "support/FinishTask.h"

#include "providers/aws/AwsProvider.h"
#include "providers/huawei/HuaweiProvider.h"
#include "providers/rackspace/RackspaceProvider.h"
#include "providers/spanner/SpannerProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace Copydeck::Test {

namespace {

std::optional<Location> findLocation(ProviderConnection &connection,
                                     const std::function<bool(const Location &)> &matches)
{
    const auto listed = finish(connection.listLocations());
    if (!listed || !listed->ok()) {
        qWarning() << "listing locations failed:"
                   << (listed ? listed->error().userText() : QStringLiteral("timed out"));
        return std::nullopt;
    }
    for (const Location &location : listed->value()) {
        if (matches(location))
            return location;
    }
    qWarning() << "no such location";
    return std::nullopt;
}

// AWS Backup: a completed DynamoDB recovery point of prod-daily (us-east-1) into prod-dr-copies
// (us-west-2), with the Production account's backup role. Each request is its own copy job
// (the tracker gives each its own idempotency token).
Account awsAccount(const QJsonObject &startup, InMemorySecretStore &secrets)
{
    const QJsonObject aws = startup.value(QStringLiteral("aws")).toObject();
    const QJsonObject production
        = aws.value(QStringLiteral("accounts")).toArray().first().toObject();
    Account account;
    account.id = QStringLiteral("faults-aws");
    account.cloud = QStringLiteral("aws");
    account.name = production.value(QStringLiteral("name")).toString();
    account.authMethod = QStringLiteral("keys");
    for (const QJsonValue region : production.value(QStringLiteral("regions")).toArray())
        account.regions << region.toString();
    account.endpointOverride = QUrl(aws.value(QStringLiteral("endpoint")).toString());
    secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                   production.value(QStringLiteral("accessKeyId")).toString().toUtf8());
    secrets.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                   production.value(QStringLiteral("secretAccessKey")).toString().toUtf8());
    return account;
}

std::optional<FaultRoute> awsRoute(ProviderConnection &connection)
{
    const auto vault = [&connection](const char *region, const char *name) {
        return findLocation(connection, [region, name](const Location &location) {
            return location.region == QLatin1String(region) && location.name == QLatin1String(name);
        });
    };
    const auto source = vault("us-east-1", "prod-daily");
    const auto destination = vault("us-west-2", "prod-dr-copies");
    if (!source || !destination)
        return std::nullopt;
    const auto backups = allBackups(connection, *source);
    if (!backups)
        return std::nullopt;
    for (const Backup &backup : *backups) {
        if (backup.rawState == QLatin1String("COMPLETED")
            && backup.resourceType == QLatin1String("DynamoDB") && !backup.continuous)
            return FaultRoute {backup, *destination, {}};
    }
    qWarning() << "no completed DynamoDB backup in prod-daily";
    return std::nullopt;
}

CopyRequest awsRequest(const FaultRoute &route, const QString &, int)
{
    CopyRequest request;
    request.source = route.source;
    request.destination = route.destination;
    request.roleArn
        = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");
    return request;
}

// Google Cloud Spanner: orders-daily-01 of orders-prod copied into orders-eu under the backup id
// `tag` (a second copy of the same id is refused with ALREADY_EXISTS, so a copy is its id).
Account spannerAccount(const QJsonObject &startup, InMemorySecretStore &secrets)
{
    const QJsonObject spanner = startup.value(QStringLiteral("spanner")).toObject();
    Account account;
    account.id = QStringLiteral("faults-spanner");
    account.cloud = QStringLiteral("spanner");
    account.name = QStringLiteral("Spanner robot");
    account.authMethod = QStringLiteral("serviceAccountKey");
    account.endpointOverride = QUrl(spanner.value(QStringLiteral("endpoint")).toString());
    account.settings.insert(QStringLiteral("projects"),
                            spanner.value(QStringLiteral("projects")).toVariant().toStringList());
    secrets.insert(
        account.secretKey(QStringLiteral("serviceAccountKey")),
        QJsonDocument(spanner.value(QStringLiteral("serviceAccountKey")).toObject()).toJson());
    return account;
}

std::optional<FaultRoute> spannerRoute(ProviderConnection &connection)
{
    const QString prod = QStringLiteral("projects/copydeck-demo/instances/orders-prod");
    const QString eu = QStringLiteral("projects/copydeck-demo/instances/orders-eu");
    const auto source
        = findLocation(connection, [&prod](const Location &l) { return l.id == prod; });
    const auto destination
        = findLocation(connection, [&eu](const Location &l) { return l.id == eu; });
    if (!source || !destination)
        return std::nullopt;
    const auto backups = allBackups(connection, *source);
    if (!backups)
        return std::nullopt;
    for (const Backup &backup : *backups) {
        if (backup.id == prod + QStringLiteral("/backups/orders-daily-01"))
            return FaultRoute {backup, *destination, {}};
    }
    qWarning() << "no orders-daily-01 in orders-prod";
    return std::nullopt;
}

CopyRequest spannerRequest(const FaultRoute &route, const QString &tag, int)
{
    CopyRequest request;
    request.source = route.source;
    request.destination = route.destination;
    request.name = tag;
    request.expireTime = route.source.created.addDays(30);
    return request;
}

// Rackspace Cloud Databases: the full weekly backup of DFW (then its daily full backups) copied
// to ORD under the name `tag` (the copy-backup action has no handle and no token: the name finds
// the copy again).
Account rackspaceAccount(const QJsonObject &startup, InMemorySecretStore &secrets)
{
    const QJsonObject rackspace = startup.value(QStringLiteral("rackspace")).toObject();
    const QJsonObject demo
        = rackspace.value(QStringLiteral("accounts")).toArray().first().toObject();
    Account account;
    account.id = QStringLiteral("faults-rackspace");
    account.cloud = QStringLiteral("rackspace");
    account.name = demo.value(QStringLiteral("name")).toString();
    account.authMethod = QStringLiteral("apiKey");
    account.endpointOverride = QUrl(rackspace.value(QStringLiteral("identityEndpoint")).toString());
    account.settings.insert(QStringLiteral("username"),
                            demo.value(QStringLiteral("username")).toString());
    secrets.insert(account.secretKey(QStringLiteral("apiKey")),
                   demo.value(QStringLiteral("apiKey")).toString().toUtf8());
    return account;
}

std::optional<FaultRoute> rackspaceRoute(ProviderConnection &connection)
{
    const auto region = [&connection](const char *code) {
        return findLocation(connection,
                            [code](const Location &l) { return l.region == QLatin1String(code); });
    };
    const auto source = region("DFW");
    const auto destination = region("ORD");
    if (!source || !destination)
        return std::nullopt;
    const auto backups = allBackups(connection, *source);
    if (!backups)
        return std::nullopt;
    // Cloud Databases refuses to copy a backup while a copy of it is under way (422, COPYING):
    // the requests of a batch take the daily full backups in turn after the weekly one.
    std::optional<FaultRoute> route;
    QList<Backup> dailies;
    for (const Backup &backup : *backups) {
        if (backup.name == QLatin1String("orders-db-full-weekly"))
            route = FaultRoute {backup, *destination, {}};
        else if (backup.name.startsWith(QLatin1String("orders-db-daily-"))
                 && backup.rawState == QLatin1String("COMPLETED"))
            dailies << backup;
    }
    if (!route) {
        qWarning() << "no orders-db-full-weekly in DFW";
        return std::nullopt;
    }
    route->moreSources = dailies;
    return route;
}

CopyRequest rackspaceRequest(const FaultRoute &route, const QString &tag, int index)
{
    CopyRequest request;
    request.source = route.sourceFor(index);
    request.destination = route.destination;
    request.name = tag;
    request.description = QStringLiteral("copied by the fault tests");
    return request;
}

// Huawei Cloud CBR: the demo account's access key; available backups of the servers in
// vault-prod-servers (cn-north-4) replicated into vault-replicas-hongkong (ap-southeast-1),
// named `tag`. CBR keeps one replica of a backup per region (a second replicate is refused with
// BackupService.6418), so each request of a batch replicates a backup of its own.
Account huaweiAccount(const QJsonObject &startup, InMemorySecretStore &secrets)
{
    const QJsonObject huawei = startup.value(QStringLiteral("huawei")).toObject();
    Account account;
    account.id = QStringLiteral("faults-huawei");
    account.cloud = QStringLiteral("huawei");
    account.name = QStringLiteral("Huawei ops");
    account.authMethod = QStringLiteral("aksk");
    for (const QJsonValue region : huawei.value(QStringLiteral("regions")).toArray())
        account.regions << region.toString();
    account.endpointOverride = QUrl(huawei.value(QStringLiteral("endpoint")).toString());
    account.settings.insert(QStringLiteral("iamEndpoint"),
                            huawei.value(QStringLiteral("iamEndpoint")).toString());
    account.settings.insert(QStringLiteral("projects"),
                            huawei.value(QStringLiteral("projects")).toObject().toVariantMap());
    secrets.insert(account.secretKey(QStringLiteral("accessKey")),
                   huawei.value(QStringLiteral("accessKey")).toString().toUtf8());
    secrets.insert(account.secretKey(QStringLiteral("secretKey")),
                   huawei.value(QStringLiteral("secretKey")).toString().toUtf8());
    return account;
}

std::optional<FaultRoute> huaweiRoute(ProviderConnection &connection)
{
    const auto vault = [&connection](const char *region, const char *name) {
        return findLocation(connection, [region, name](const Location &location) {
            return location.region == QLatin1String(region) && location.name == QLatin1String(name);
        });
    };
    const auto source = vault("cn-north-4", "vault-prod-servers");
    const auto destination = vault("ap-southeast-1", "vault-replicas-hongkong");
    if (!source || !destination)
        return std::nullopt;
    const auto backups = allBackups(connection, *source);
    if (!backups)
        return std::nullopt;
    // The web, database and batch servers' backups replicate; ecs-legacy-erp's never finish.
    const QStringList servers = {QStringLiteral("ecs-web-01"), QStringLiteral("ecs-web-02"),
                                 QStringLiteral("ecs-db-primary"), QStringLiteral("ecs-batch")};
    QList<Backup> sources;
    for (const Backup &backup : *backups) {
        if (backup.rawState == QLatin1String("available")
            && servers.contains(backup.sourceResource))
            sources << backup;
    }
    if (sources.isEmpty()) {
        qWarning() << "no available server backup in vault-prod-servers";
        return std::nullopt;
    }
    FaultRoute route {sources.takeFirst(), *destination, {}};
    route.moreSources = sources;
    return route;
}

CopyRequest huaweiRequest(const FaultRoute &route, const QString &tag, int index)
{
    CopyRequest request;
    request.source = route.sourceFor(index);
    request.destination = route.destination;
    request.name = tag;
    request.description = QStringLiteral("replicated by the fault tests");
    return request;
}

} // namespace

const Backup &FaultRoute::sourceFor(int index) const
{
    if (index <= 0 || moreSources.isEmpty())
        return source;
    return moreSources.at((index - 1) % moreSources.size());
}

QList<FaultCloud> landedFaultClouds()
{
    return {
        {QStringLiteral("aws"), &awsAccount, &awsRoute, &awsRequest},
        {QStringLiteral("spanner"), &spannerAccount, &spannerRoute, &spannerRequest},
        // The copy-backup action and replicate take no client token: after a failure that may
        // have been applied, each client looks for the copy before sending again, and marks the
        // call so that Qt's HTTP stack never resends it by itself (HttpRequest::idempotent).
        {QStringLiteral("rackspace"), &rackspaceAccount, &rackspaceRoute, &rackspaceRequest},
        {QStringLiteral("huawei"), &huaweiAccount, &huaweiRoute, &huaweiRequest},
    };
}

void registerFaultProviders(ProviderRegistry &registry, const QString &home)
{
    registry.add(std::make_unique<AwsProvider>(QProcessEnvironment(), home));
    registry.add(std::make_unique<SpannerProvider>(QProcessEnvironment(), home));
    registry.add(std::make_unique<RackspaceProvider>(QProcessEnvironment()));
    registry.add(std::make_unique<HuaweiProvider>(QProcessEnvironment()));
}

std::optional<QList<Backup>> allBackups(ProviderConnection &connection, const Location &location)
{
    QList<Backup> backups;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        const auto listed = finish(connection.listBackups(location, token));
        if (!listed || !listed->ok()) {
            qWarning() << "listing backups failed:"
                       << (listed ? listed->error().userText() : QStringLiteral("timed out"));
            return std::nullopt;
        }
        backups.append(listed->value().backups);
        token = listed->value().nextPageToken;
        if (token.isEmpty())
            break;
    }
    return backups;
}

} // namespace Copydeck::Test
