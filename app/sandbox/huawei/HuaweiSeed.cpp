#include "HuaweiSeed.h"

#include "HuaweiState.h"

#include <QCryptographicHash>

namespace Copydeck::Sandbox::HuaweiSeed {

namespace {

constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 DayMs = 24 * HourMs;

// A stable 32-hex-digit id for a name, so that project ids do not change between runs.
QString stableHex(const QString &name, quint32 seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((name + QString::number(seed)).toUtf8(), QCryptographicHash::Md5)
            .toHex());
}

HuaweiVault addVault(HuaweiState &state, const QString &region, const QString &name,
                     const QString &protectType, qint64 createdMs)
{
    HuaweiVault vault;
    vault.id = state.newUuid();
    vault.name = name;
    vault.region = region;
    vault.projectId = state.projectInRegion(region)->id;
    vault.protectType = protectType;
    vault.sizeGb = protectType == QLatin1String("replication") ? 500 : 200;
    vault.createdMs = createdMs;
    state.vaults.append(vault);
    return vault;
}

HuaweiBackup &addBackup(HuaweiState &state, const HuaweiVault &vault, const QString &resource,
                        int sizeGb, qint64 createdMs)
{
    HuaweiBackup backup;
    backup.id = state.newUuid();
    backup.checkpointId = state.newUuid();
    backup.resourceId = state.newUuid();
    backup.resourceName = resource;
    backup.name = QStringLiteral("autobk_%1").arg(state.newHexId(4));
    backup.projectId = vault.projectId;
    backup.region = vault.region;
    backup.vaultId = vault.id;
    backup.resourceAz = vault.region + QStringLiteral("a");
    backup.resourceSizeGb = sizeGb;
    backup.createdMs = createdMs;
    backup.updatedMs = createdMs + 10 * 60 * 1000;
    backup.expiredMs = createdMs + 30 * DayMs;
    state.backups.append(backup);
    return state.backups.last();
}

} // namespace

HuaweiDemoAccount demoAccount()
{
    HuaweiDemoAccount account;
    account.domainName = QStringLiteral("copydeck-demo");
    account.userName = QStringLiteral("ops-admin");
    account.password = QStringLiteral("Sandbox-Passw0rd!");
    account.accessKey = QStringLiteral("HWSANDBOXDEMOAK00001");
    account.secretKey = QStringLiteral("sandboxDemoSecretKey0000000000000000001");
    account.regions = {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                       QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-3")};
    return account;
}

void populate(HuaweiState &state, quint32 seed, int scale, qint64 nowMs)
{
    const HuaweiDemoAccount account = demoAccount();
    state.domainName = account.domainName;
    state.domainId = stableHex(QStringLiteral("domain"), seed);
    for (const QString &region : account.regions)
        state.projects.append(
            {stableHex(QStringLiteral("project:") + region, seed), region, region});
    const auto regions = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list << QLatin1String(name);
        return list;
    };
    state.replicationDestinations = {
        {QStringLiteral("cn-north-4"), regions({"cn-east-3", "ap-southeast-1"})},
        {QStringLiteral("cn-east-3"), regions({"cn-north-4"})},
        {QStringLiteral("ap-southeast-1"), regions({"ap-southeast-3", "cn-north-4"})},
        {QStringLiteral("ap-southeast-3"), regions({"ap-southeast-1"})},
    };

    const qint64 created = nowMs - 400 * DayMs;
    const HuaweiVault prod
        = addVault(state, QStringLiteral("cn-north-4"), QLatin1String(ProductionVault),
                   QStringLiteral("backup"), created);
    addVault(state, QStringLiteral("cn-north-4"), QStringLiteral("vault-replicas-beijing"),
             QStringLiteral("replication"), created);
    const HuaweiVault shServers
        = addVault(state, QStringLiteral("cn-east-3"), QStringLiteral("vault-sh-servers"),
                   QStringLiteral("backup"), created);
    const HuaweiVault drShanghai
        = addVault(state, QStringLiteral("cn-east-3"), QStringLiteral("vault-dr-shanghai"),
                   QStringLiteral("replication"), created);
    const HuaweiVault hkServers
        = addVault(state, QStringLiteral("ap-southeast-1"), QStringLiteral("vault-hk-servers"),
                   QStringLiteral("backup"), created);
    addVault(state, QStringLiteral("ap-southeast-1"), QStringLiteral("vault-replicas-hongkong"),
             QStringLiteral("replication"), created);
    addVault(state, QStringLiteral("ap-southeast-3"), QStringLiteral("vault-replicas-singapore"),
             QStringLiteral("replication"), created);
    addVault(state, QStringLiteral("ap-southeast-3"), QStringLiteral("vault-sg-archive"),
             QStringLiteral("replication"), created);

    const QString servers[] = {QStringLiteral("ecs-web-01"), QStringLiteral("ecs-web-02"),
                               QStringLiteral("ecs-db-primary"), QStringLiteral("ecs-batch")};
    const int sizes[] = {40, 40, 200, 80};
    for (int day = 0; day < 3; ++day) {
        for (int i = 0; i < 4; ++i)
            addBackup(state, prod, servers[i], sizes[i], nowMs - (day + 1) * DayMs - i * HourMs);
    }
    // Being taken right now, and one that failed.
    HuaweiBackup &taking = addBackup(state, prod, servers[2], 200, nowMs - 20 * 60 * 1000);
    taking.status = QStringLiteral("protecting");
    HuaweiBackup &failed = addBackup(state, prod, servers[3], 80, nowMs - 5 * DayMs);
    failed.status = QStringLiteral("error");
    // Its replications never finish: the destination refuses the data.
    HuaweiBackup &legacy
        = addBackup(state, prod, QStringLiteral("ecs-legacy-erp"), 60, nowMs - 6 * DayMs);
    legacy.replicationFailCode = QStringLiteral("BackupService.6999");
    legacy.replicationFailReason
        = QStringLiteral("The replica could not be written in the destination region.");

    // Already replicated to cn-east-3: its record and its replica.
    HuaweiBackup &done
        = addBackup(state, prod, QStringLiteral("ecs-web-01"), 40, nowMs - 8 * DayMs);
    done.name = QStringLiteral("weekly-web-01");
    done.description = QStringLiteral("Weekly full backup of the web tier");
    const HuaweiBackup doneCopy = done;
    state.startReplication(doneCopy, drShanghai, QString(), doneCopy.description);
    HuaweiReplication &record = state.replications.last();
    record.createdMs = nowMs - 8 * DayMs + HourMs;
    record.startSimMs = record.endSimMs = -1; // finished long ago
    state.settle();
    record.startedMs = record.createdMs + 60 * 1000;
    record.endedMs = record.createdMs + 25 * 60 * 1000;
    record.updatedMs = record.endedMs;
    if (HuaweiBackup *replica = state.backup(record.destinationBackupId))
        replica->createdMs = replica->updatedMs = record.createdMs;

    for (int i = 0; i < 5; ++i)
        addBackup(state, shServers, QStringLiteral("ecs-sh-app-%1").arg(i + 1), 60,
                  nowMs - (i + 1) * DayMs);
    for (int i = 0; i < 4; ++i) {
        HuaweiBackup &b = addBackup(state, hkServers, QStringLiteral("ecs-hk-gateway"), 40,
                                    nowMs - (i + 1) * 12 * HourMs);
        b.encrypted = i % 2 == 0;
    }
    for (int i = 0; i < scale; ++i)
        addBackup(state, prod, QStringLiteral("ecs-scale-%1").arg(i % 50), 20 + i % 100,
                  nowMs - 10 * DayMs - i * 60 * 1000);
}

} // namespace Copydeck::Sandbox::HuaweiSeed
