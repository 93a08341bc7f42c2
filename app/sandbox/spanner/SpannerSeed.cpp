#include "SpannerSeed.h"

#include "SpannerState.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace Copydeck::Sandbox::SpannerSeed {

namespace {

constexpr qint64 Day = 24 * 3600;

SpannerInstanceConfig config(const QString &project, const QString &id, const QString &display,
                             QList<SpannerReplica> replicas)
{
    SpannerInstanceConfig result;
    result.name = QStringLiteral("projects/") + project + QStringLiteral("/instanceConfigs/") + id;
    result.displayName = display;
    result.replicas = std::move(replicas);
    for (const SpannerReplica &replica : result.replicas) {
        if (replica.type == QLatin1String("READ_WRITE")
            && !result.leaderOptions.contains(replica.location))
            result.leaderOptions.append(replica.location);
    }
    return result;
}

SpannerReplica replica(const char *location, const char *type, bool leader = false)
{
    return {QLatin1String(location), QLatin1String(type), leader};
}

void addConfigs(SpannerState &state, const QString &project)
{
    const QList<SpannerInstanceConfig> configs = {
        config(project, QStringLiteral("regional-us-central1"),
               QStringLiteral("Iowa (us-central1)"),
               {replica("us-central1", "READ_WRITE", true), replica("us-central1", "READ_WRITE"),
                replica("us-central1", "READ_WRITE")}),
        config(project, QStringLiteral("regional-europe-west1"),
               QStringLiteral("Belgium (europe-west1)"),
               {replica("europe-west1", "READ_WRITE", true), replica("europe-west1", "READ_WRITE"),
                replica("europe-west1", "READ_WRITE")}),
        config(project, QStringLiteral("nam3"),
               QStringLiteral("North America (Northern Virginia/South Carolina)"),
               {replica("us-east4", "READ_WRITE", true), replica("us-east4", "READ_WRITE"),
                replica("us-east1", "READ_WRITE"), replica("us-east1", "READ_WRITE"),
                replica("us-central1", "WITNESS")}),
        config(project, QStringLiteral("eur3"), QStringLiteral("Europe (Belgium/Netherlands)"),
               {replica("europe-west1", "READ_WRITE", true), replica("europe-west1", "READ_WRITE"),
                replica("europe-west4", "READ_WRITE"), replica("europe-west4", "READ_WRITE"),
                replica("europe-north1", "WITNESS")}),
    };
    for (const SpannerInstanceConfig &item : configs)
        state.instanceConfigs.insert(item.name, item);
}

QString addInstance(SpannerState &state, const QString &project, const QString &id,
                    const QString &config, const QString &display, int nodes,
                    const QDateTime &created)
{
    SpannerInstance instance;
    instance.name = QStringLiteral("projects/") + project + QStringLiteral("/instances/") + id;
    instance.config
        = QStringLiteral("projects/") + project + QStringLiteral("/instanceConfigs/") + config;
    instance.displayName = display;
    instance.nodeCount = nodes;
    instance.createTime = created;
    state.instances.insert(instance.name, instance);
    return instance.name;
}

QString addDatabase(SpannerState &state, const QString &instance, const QString &id,
                    const QDateTime &created)
{
    SpannerDatabase database;
    database.name = instance + QStringLiteral("/databases/") + id;
    database.createTime = created;
    state.databases.insert(database.name, database);
    return database.name;
}

} // namespace

void populate(SpannerState &state, quint32 seed)
{
    QRandomGenerator random(seed);
    // Whole seconds, so that the demo timestamps read cleanly.
    const QDateTime now
        = QDateTime::fromSecsSinceEpoch(state.now().toSecsSinceEpoch(), QTimeZone::utc());
    const QString demo = QLatin1String(DemoProject);
    const QString archive = QLatin1String(ArchiveProject);
    state.projects = {demo, archive};
    addConfigs(state, demo);
    addConfigs(state, archive);

    const QDateTime longAgo = now.addSecs(-400 * Day);
    const QString ordersProd
        = addInstance(state, demo, QStringLiteral("orders-prod"), QStringLiteral("nam3"),
                      QStringLiteral("Orders (production)"), 3, longAgo);
    const QString ordersEu = addInstance(state, demo, QStringLiteral("orders-eu"),
                                         QStringLiteral("regional-europe-west1"),
                                         QStringLiteral("Orders (Europe)"), 1, longAgo);
    const QString archiveEu
        = addInstance(state, archive, QStringLiteral("archive"), QStringLiteral("eur3"),
                      QStringLiteral("Long-term archive"), 1, longAgo);
    const QString archiveUs = addInstance(state, archive, QStringLiteral("archive-us"),
                                          QStringLiteral("regional-us-central1"),
                                          QStringLiteral("Archive (Iowa)"), 1, longAgo);

    const QString orders = addDatabase(state, ordersProd, QStringLiteral("orders"), longAgo);
    const QString customers = addDatabase(state, ordersProd, QStringLiteral("customers"), longAgo);
    const QString ordersEuDb = addDatabase(state, ordersEu, QStringLiteral("orders-eu"), longAgo);
    const QString ledger = addDatabase(state, archiveEu, QStringLiteral("ledger"), longAgo);
    const QString audit = addDatabase(state, archiveUs, QStringLiteral("audit"), longAgo);

    const auto addBackup = [&](const QString &instance, const QString &id, const QString &database,
                               qint64 ageSeconds, qint64 keepDays) {
        SpannerBackup backup;
        backup.name = instance + QStringLiteral("/backups/") + id;
        backup.database = database;
        backup.createTime = now.addSecs(-ageSeconds);
        backup.versionTime = backup.createTime;
        backup.expireTime = backup.createTime.addSecs(keepDays * Day);
        backup.maxExpireTime = backup.createTime.addSecs(366 * Day);
        backup.sizeBytes = qint64(random.bounded(200, 90000)) * 1024 * 1024 + 4096;
        return &*state.backups.insert(backup.name, backup);
    };
    for (int day = 1; day <= 7; ++day) {
        addBackup(ordersProd, QStringLiteral("orders-daily-%1").arg(day, 2, 10, QLatin1Char('0')),
                  orders, day * Day, 30);
    }
    addBackup(ordersProd, QStringLiteral("customers-weekly-01"), customers, 3 * Day + 3600, 90);
    addBackup(ordersProd, QStringLiteral("customers-weekly-02"), customers, 10 * Day + 3600, 90);
    SpannerBackup *cmek
        = addBackup(ordersProd, QStringLiteral("orders-cmek"), orders, 2 * Day + 7200, 60);
    cmek->encryptionType = QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION");
    cmek->kmsKeyVersions
        = {QStringLiteral("projects/copydeck-demo/locations/nam3/keyRings/backups/cryptoKeys/"
                          "orders/cryptoKeyVersions/1")};
    addBackup(ordersEu, QStringLiteral("orders-eu-daily-01"), ordersEuDb, Day, 14);
    addBackup(ordersEu, QStringLiteral("orders-eu-daily-02"), ordersEuDb, 2 * Day, 14);
    for (int month = 1; month <= 3; ++month) {
        addBackup(archiveEu,
                  QStringLiteral("ledger-monthly-%1").arg(month, 2, 10, QLatin1Char('0')), ledger,
                  month * 30 * Day, 365);
    }
    addBackup(archiveUs, QStringLiteral("audit-yearly"), audit, 40 * Day, 366);

    state.deniedPermissions = {
        archiveUs + QStringLiteral(" spanner.backups.create"),
        archiveEu + QStringLiteral("/backups/ledger-monthly-03 spanner.backups.copy"),
        ledger + QStringLiteral(" spanner.databases.createBackup"),
    };

    // One backup still being made: a create operation that runs for hours of simulated time.
    SpannerBackup *running = addBackup(ordersProd, QStringLiteral("orders-nightly"), orders, 0, 7);
    running->ready = false;
    state.startOperation(running->name, false, orders, CreatingDurationMs,
                         QStringLiteral("_auto_op_0001"));
}

} // namespace Copydeck::Sandbox::SpannerSeed
