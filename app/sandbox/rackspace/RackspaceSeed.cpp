#include "RackspaceSeed.h"

#include "RackspaceDatabaseState.h"

#include <QUuid>

namespace Copydeck::Sandbox::RackspaceSeed {

namespace {

const QUuid Namespace(QStringLiteral("{4f9d1c2e-7b7e-4a55-9c61-0d1f3b2a9e10}"));

class Seeder
{
public:
    Seeder(RackspaceDatabaseState &state, quint32 seed, const QDateTime &now)
        : m_state(state)
        , m_seed(seed)
        , m_now(now)
    { }

    QString id(const QString &key) const
    {
        return QUuid::createUuidV5(Namespace, QString::number(m_seed) + QLatin1Char('/') + key)
            .toString(QUuid::WithoutBraces);
    }

    RackspaceInstanceRecord &instance(const QString &region, const QString &name,
                                      const QString &type, const QString &version, int days)
    {
        RackspaceInstanceRecord record;
        record.id = id(region + QStringLiteral("/instance/") + name);
        record.region = region;
        record.name = name;
        record.datastoreType = type;
        record.datastoreVersion = version;
        record.created = m_now.addDays(-days);
        return *m_state.instances[region].insert(record.id, record);
    }

    RackspaceBackupRecord &backup(const RackspaceInstanceRecord *instance, const QString &region,
                                  const QString &name, double sizeGb, qint64 secondsAgo,
                                  const QString &parentId = {})
    {
        RackspaceBackupRecord record;
        record.id = id(region + QStringLiteral("/backup/") + name);
        record.region = region;
        record.name = name;
        record.sizeGb = sizeGb;
        record.created = m_now.addSecs(-secondsAgo);
        record.updated = record.created.addSecs(60 + qint64(sizeGb * 40));
        record.parentId = parentId;
        if (instance) {
            record.instanceId = instance->id;
            record.sourceId = instance->id;
            record.datastoreType = instance->datastoreType;
            record.datastoreVersion = instance->datastoreVersion;
            record.flavorRam = instance->flavorRam;
            record.volumeSize = instance->volumeSize;
        }
        record.datastoreVersionId = id(record.datastoreType + record.datastoreVersion);
        return *m_state.backups[region].insert(record.id, record);
    }

private:
    RackspaceDatabaseState &m_state;
    quint32 m_seed;
    QDateTime m_now;
};

constexpr qint64 Day = 24 * 3600;

} // namespace

RackspaceIdentityService::User demoUser()
{
    RackspaceIdentityService::User user;
    user.username = QStringLiteral("copydeck-demo");
    user.apiKey = QStringLiteral("4c1a9e0d7f3b42e8a6d5c0b19f7e2a63");
    user.password = QStringLiteral("Sandbox-Passw0rd");
    user.userId = QStringLiteral("10045567");
    user.tenantId = QStringLiteral("930104");
    user.defaultRegion = QStringLiteral("DFW");
    return user;
}

void populate(RackspaceDatabaseState &state, quint32 seed, int scale, const QDateTime &now)
{
    Seeder seeder(state, seed, now);
    for (const QString &region : RackspaceDatabaseState::regions()) {
        state.backups[region];
        state.instances[region];
    }
    const QString dfw = QStringLiteral("DFW");
    const QString iad = QStringLiteral("IAD");
    const QString ord = QStringLiteral("ORD");
    const QString lon = QStringLiteral("LON");

    // DFW
    RackspaceInstanceRecord &orders = seeder.instance(
        dfw, QStringLiteral("orders-db"), QStringLiteral("mysql"), QStringLiteral("5.7"), 400);
    orders.volumeSize = 20;
    RackspaceInstanceRecord inventory = seeder.instance(
        dfw, QStringLiteral("inventory-db"), QStringLiteral("percona"), QStringLiteral("5.6"), 250);
    for (int day = 1; day <= 22 + scale; ++day) {
        auto &daily
            = seeder.backup(&orders, dfw,
                            QStringLiteral("orders-db-daily-%1")
                                .arg(now.addDays(-day).toString(QStringLiteral("yyyyMMdd")))
                                .append(day > 22 ? QStringLiteral("-%1").arg(day) : QString()),
                            2.0 + (day % 7) * 0.15, day * Day + 3 * 3600);
        daily.automated = true;
    }
    auto &weekly
        = seeder.backup(&orders, dfw, QStringLiteral("orders-db-full-weekly"), 3.2, 3 * Day);
    weekly.description = QStringLiteral("Weekly full backup before the schema migration");
    auto &monday = seeder.backup(&orders, dfw, QStringLiteral("orders-db-incr-mon"), 0.4, 2 * Day,
                                 weekly.id);
    seeder.backup(&orders, dfw, QStringLiteral("orders-db-incr-tue"), 0.35, Day, monday.id);
    seeder.backup(&inventory, dfw, QStringLiteral("inventory-db-manual"), 0.8, 5 * Day);
    seeder.backup(&inventory, dfw, QStringLiteral("inventory-db-nightly"), 0.82, 600).status
        = QStringLiteral("BUILDING");
    seeder.backup(&inventory, dfw, QStringLiteral("inventory-db-broken"), 0.0, 2 * Day).status
        = QStringLiteral("FAILED");
    auto &legacy
        = seeder.backup(nullptr, dfw, QStringLiteral("legacy-archive-2019"), 1.1, 400 * Day);
    legacy.description = QStringLiteral("Its instance is gone; copies of it fail in the sandbox");
    legacy.sourceId = seeder.id(QStringLiteral("gone-instance"));
    legacy.copiesFail = true;

    // IAD: billing-db, and a finished copy of the weekly full backup.
    RackspaceInstanceRecord billing = seeder.instance(
        iad, QStringLiteral("billing-db"), QStringLiteral("mysql"), QStringLiteral("8.0"), 120);
    for (int day = 1; day <= 3; ++day)
        seeder
            .backup(&billing, iad, QStringLiteral("billing-db-daily-%1").arg(day), 1.4,
                    day * Day + 7200)
            .automated
            = true;
    RackspaceBackupRecord weeklyCopy = weekly;
    weeklyCopy.id = seeder.id(QStringLiteral("IAD/copy/orders-db-full-weekly"));
    weeklyCopy.region = iad;
    weeklyCopy.name = QStringLiteral("orders-db-full-weekly-copy");
    weeklyCopy.created = weekly.created.addSecs(3600);
    weeklyCopy.updated = weeklyCopy.created.addSecs(300);
    weeklyCopy.copiedFromId = weekly.id;
    weeklyCopy.copiedFromRegion = dfw;
    state.backups[iad].insert(weeklyCopy.id, weeklyCopy);

    // ORD
    RackspaceInstanceRecord analytics = seeder.instance(
        ord, QStringLiteral("analytics-db"), QStringLiteral("mariadb"), QStringLiteral("10.3"), 90);
    auto &analyticsFull
        = seeder.backup(&analytics, ord, QStringLiteral("analytics-db-full"), 5.6, 4 * Day);
    seeder.backup(&analytics, ord, QStringLiteral("analytics-db-incr"), 0.9, Day, analyticsFull.id);

    // LON
    RackspaceInstanceRecord shop = seeder.instance(
        lon, QStringLiteral("eu-shop-db"), QStringLiteral("mysql"), QStringLiteral("5.7"), 300);
    seeder.backup(&shop, lon, QStringLiteral("eu-shop-db-daily"), 1.2, Day);
    seeder.backup(&shop, lon, QStringLiteral("eu-shop-db-before-upgrade"), 1.1, 9 * Day);
}

} // namespace Copydeck::Sandbox::RackspaceSeed
