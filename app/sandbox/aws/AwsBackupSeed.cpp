#include "AwsBackupSeed.h"

#include "AwsArn.h"
#include "AwsBackupState.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace Copydeck::Sandbox {

namespace {

constexpr qint64 MinuteMs = 60LL * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 MB = 1024LL * 1024;
constexpr qint64 GB = 1024 * MB;

struct Resource
{
    QString type;
    QString name;
    qint64 minBytes;
    qint64 maxBytes;
    QString arn; // filled in when placed
};

struct Plan
{
    AwsRecoveryPointCreator creator;
    AwsLifecycle lifecycle;
};

class Seeder
{
public:
    Seeder(AwsBackupState &state, qint64 nowMs)
        : m_state(state)
        , m_now(nowMs)
        , m_today(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc())
                      .date()
                      .startOfDay(QTimeZone::utc())
                      .toMSecsSinceEpoch())
    { }

    AwsBackupVault vault(const QString &account, const QString &region, const QString &name,
                         int ageDays, bool customerKey = true,
                         const std::function<void(AwsBackupVault &)> &adjust = {})
    {
        AwsBackupVault vault;
        vault.accountId = account;
        vault.region = region;
        vault.name = name;
        vault.arn = AwsArn::backupVault(region, account, name);
        vault.creationMs
            = m_today - ageDays * DayMs + 9 * HourMs + m_state.randomBounded(0, 3600) * 1000LL;
        vault.encryptionKeyArn = QStringLiteral("arn:aws:kms:%1:%2:key/%3")
                                     .arg(region, account, m_state.newUuid().toLower());
        vault.encryptionKeyType = customerKey ? QStringLiteral("CUSTOMER_MANAGED_KMS_KEY")
                                              : QStringLiteral("AWS_OWNED_KMS_KEY");
        if (adjust)
            adjust(vault);
        m_state.addVault(vault);
        return vault;
    }

    void placeResource(Resource &resource, const QString &account, const QString &region)
    {
        const QString &t = resource.type;
        if (t == QLatin1String("RDS"))
            resource.arn
                = QStringLiteral("arn:aws:rds:%1:%2:db:%3").arg(region, account, resource.name);
        else if (t == QLatin1String("Aurora"))
            resource.arn = QStringLiteral("arn:aws:rds:%1:%2:cluster:%3")
                               .arg(region, account, resource.name);
        else if (t == QLatin1String("EBS"))
            resource.arn = QStringLiteral("arn:aws:ec2:%1:%2:volume/vol-%3")
                               .arg(region, account, m_state.newHexId(17));
        else if (t == QLatin1String("EC2"))
            resource.arn = QStringLiteral("arn:aws:ec2:%1:%2:instance/i-%3")
                               .arg(region, account, m_state.newHexId(17));
        else if (t == QLatin1String("DynamoDB"))
            resource.arn = QStringLiteral("arn:aws:dynamodb:%1:%2:table/%3")
                               .arg(region, account, resource.name);
        else if (t == QLatin1String("EFS"))
            resource.arn = QStringLiteral("arn:aws:elasticfilesystem:%1:%2:file-system/fs-%3")
                               .arg(region, account, m_state.newHexId(17));
        else if (t == QLatin1String("CloudFormation"))
            resource.arn = QStringLiteral("arn:aws:cloudformation:%1:%2:stack/%3/%4")
                               .arg(region, account, resource.name, m_state.newUuid().toLower());
        else
            resource.arn = QStringLiteral("arn:aws:s3:::%1").arg(resource.name);
    }

    Plan plan(const QString &account, const QString &region, const QString &name,
              const QString &rule, AwsLifecycle lifecycle)
    {
        Plan plan;
        plan.creator.backupPlanId = m_state.newUuid().toLower();
        plan.creator.backupPlanArn = QStringLiteral("arn:aws:backup:%1:%2:backup-plan:%3")
                                         .arg(region, account, plan.creator.backupPlanId);
        plan.creator.backupPlanName = name;
        plan.creator.backupPlanVersion = m_state.newHexId(32);
        plan.creator.backupRuleId = m_state.newUuid().toLower();
        plan.creator.backupRuleName = rule;
        plan.lifecycle = lifecycle;
        return plan;
    }

    AwsRecoveryPoint &recoveryPoint(const AwsBackupVault &vault, const Resource &resource,
                                    qint64 creationMs, const Plan *plan)
    {
        AwsRecoveryPoint rp;
        rp.accountId = vault.accountId;
        rp.region = vault.region;
        rp.vaultName = vault.name;
        rp.vaultArn = vault.arn;
        rp.resourceArn = resource.arn;
        rp.resourceType = resource.type;
        rp.resourceName = resource.name;
        if (plan) {
            rp.createdBy = plan->creator;
            rp.lifecycle = plan->lifecycle;
        }
        rp.iamRoleArn
            = QStringLiteral("arn:aws:iam::%1:role/service-role/AWSBackupDefaultServiceRole")
                  .arg(vault.accountId);
        rp.status = QStringLiteral("COMPLETED");
        rp.creationMs = creationMs;
        rp.initiationMs = creationMs;
        const quint32 spanMb
            = quint32(qMax<qint64>(1, (resource.maxBytes - resource.minBytes) / MB));
        rp.sizeBytes = resource.minBytes + qint64(m_state.randomBounded(0, spanMb)) * MB
            + m_state.randomBounded(0, quint32(MB));
        rp.completionMs = creationMs + qMax<qint64>(2 * MinuteMs, rp.sizeBytes / (80 * MB) * 1000);
        rp.encryptionKeyArn = vault.encryptionKeyArn;
        rp.encryptionKeyType = vault.encryptionKeyType;
        rp.arn = AwsArn::recoveryPoint(rp.resourceType, rp.region, rp.accountId,
                                       m_state.newHexId(17), m_state.newUuid());
        if (resource.name.contains(QLatin1String("-corrupt")))
            rp.copyFailureMessage = QStringLiteral(
                "Copy job failed because the source recovery point could not be read: "
                "snapshot data failed its checksum (block 48211). Create a new backup of the "
                "resource and copy that one.");
        m_pending = rp;
        return m_pending;
    }

    void commit() { m_state.addRecoveryPoint(m_pending); }

    // A daily backup at about 05:00 UTC `daysAgo` days ago.
    qint64 dailyAt(int daysAgo) const { return m_today - daysAgo * DayMs + 5 * HourMs; }
    qint64 jitter() { return qint64(m_state.randomBounded(0, 40 * 60)) * 1000; }
    qint64 now() const { return m_now; }
    AwsBackupState &state() { return m_state; }

private:
    AwsBackupState &m_state;
    qint64 m_now;
    qint64 m_today;
    AwsRecoveryPoint m_pending;
};

AwsLifecycle retention(std::optional<qint64> moveDays, std::optional<qint64> deleteDays)
{
    AwsLifecycle lifecycle;
    lifecycle.moveToColdStorageAfterDays = moveDays;
    lifecycle.deleteAfterDays = deleteDays;
    return lifecycle;
}

// A copy that an earlier copy job made, so destination vaults are not empty on first look.
void earlierCopy(Seeder &seeder, const AwsBackupVault &source, const AwsBackupVault &destination,
                 const Resource &resource, int daysAgo)
{
    AwsRecoveryPoint &copy = seeder.recoveryPoint(
        destination, resource, seeder.dailyAt(daysAgo) + 3 * HourMs + seeder.jitter(), nullptr);
    copy.sourceVaultArn = source.arn;
    copy.lifecycle = retention(std::nullopt, 90);
    seeder.commit();
}

struct StackMember
{
    Resource resource;
    QString logicalId; // the resource's logical ID in the stack's template
};

// A CloudFormation stack backed up as one unit: a composite recovery point and, in the same vault,
// one nested recovery point per member, each started a little after the composite.
void stackBackup(Seeder &seeder, const AwsBackupVault &vault, const Resource &stack,
                 const QList<StackMember> &members, qint64 creationMs, const Plan &plan)
{
    AwsRecoveryPoint parent = seeder.recoveryPoint(vault, stack, creationMs, &plan);
    parent.isParent = true;
    parent.sizeBytes = 0;
    qint64 completionMs = parent.completionMs.value_or(creationMs);
    qint64 startMs = creationMs;
    for (const StackMember &member : members) {
        startMs += 5 * 1000;
        AwsRecoveryPoint &nested = seeder.recoveryPoint(vault, member.resource, startMs, &plan);
        nested.parentRecoveryPointArn = parent.arn;
        nested.compositeMemberIdentifier = member.logicalId;
        parent.sizeBytes += nested.sizeBytes;
        completionMs = std::max(completionMs, nested.completionMs.value_or(startMs));
        seeder.commit();
    }
    parent.completionMs = completionMs;
    seeder.state().addRecoveryPoint(parent);
}

// Two CloudFormation stacks in the production account's us-east-1, in a vault of their own. A
// member of the reporting stack cannot be read, so a copy of that stack ends PARTIAL.
void stackBackups(Seeder &seeder, const QString &account, const QString &region)
{
    const AwsBackupVault vault = seeder.vault(account, region, QStringLiteral("prod-stacks"), 200);
    const Plan plan = seeder.plan(account, region, QStringLiteral("prod-stacks-plan"),
                                  QStringLiteral("stacks-daily-35d"), retention(std::nullopt, 35));
    const auto place = [&](const QString &stackName, QList<StackMember> members) {
        Resource stack {QStringLiteral("CloudFormation"), stackName, 64 * 1024, 512 * 1024, {}};
        seeder.placeResource(stack, account, region);
        for (StackMember &member : members)
            seeder.placeResource(member.resource, account, region);
        return std::pair {stack, members};
    };
    const auto [checkout, checkoutMembers] = place(
        QStringLiteral("checkout-stack"),
        {{{QStringLiteral("RDS"), QStringLiteral("checkout-db"), 20 * GB, 40 * GB, {}},
          QStringLiteral("OrdersDatabase")},
         {{QStringLiteral("EBS"), QStringLiteral("checkout-web-data"), 8 * GB, 20 * GB, {}},
          QStringLiteral("WebDataVolume")},
         {{QStringLiteral("DynamoDB"), QStringLiteral("checkout-carts"), 50 * MB, 1 * GB, {}},
          QStringLiteral("CartsTable")}});
    const auto [reporting, reportingMembers] = place(
        QStringLiteral("reporting-stack"),
        {{{QStringLiteral("DynamoDB"), QStringLiteral("reporting-events"), 100 * MB, 1 * GB, {}},
          QStringLiteral("EventsTable")},
         {{QStringLiteral("EBS"), QStringLiteral("reporting-corrupt-volume"), 2 * GB, 6 * GB, {}},
          QStringLiteral("ScratchVolume")},
         {{QStringLiteral("EFS"), QStringLiteral("reporting-exports"), 1 * GB, 10 * GB, {}},
          QStringLiteral("ExportsFileSystem")}});
    for (int day = 2; day >= 1; --day)
        stackBackup(seeder, vault, checkout, checkoutMembers,
                    seeder.dailyAt(day) + HourMs + seeder.jitter(), plan);
    stackBackup(seeder, vault, reporting, reportingMembers,
                seeder.dailyAt(1) + 2 * HourMs + seeder.jitter(), plan);
}

} // namespace

QList<SandboxCredential> AwsBackupSeed::credentials()
{
    const QString aws = QStringLiteral("aws");
    return {
        {aws,
         QStringLiteral("Production"),
         QStringLiteral("AKIAPRODSANDBOX00001"),
         QStringLiteral("prodSandboxSecret/K7MDENG/bPxRfiCYEXAMPLE"),
         {},
         productionAccount(),
         {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("us-west-2")}},
        {aws,
         QStringLiteral("Disaster recovery"),
         QStringLiteral("AKIADRECSANDBOX00002"),
         QStringLiteral("drecSandboxSecret/K7MDENG/bPxRfiCYEXAMPLE"),
         {},
         recoveryAccount(),
         {QStringLiteral("us-west-2"), QStringLiteral("eu-west-1")}},
        {aws,
         QStringLiteral("Production (temporary session)"),
         QStringLiteral("ASIAPRODSANDBOX00003"),
         QStringLiteral("tempSandboxSecret/K7MDENG/bPxRfiCYEXAMPLE"),
         QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLESANDBOXSESSIONTOKEN//////////wEaCXVzLWVhc3QtMSJH"),
         productionAccount(),
         {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("us-west-2")}},
    };
}

void AwsBackupSeed::populate(AwsBackupState &state, int scale, qint64 nowMs)
{
    Seeder seeder(state, nowMs);
    const QString prod = productionAccount();
    const QString dr = recoveryAccount();
    const QString east = QStringLiteral("us-east-1");
    const QString west = QStringLiteral("us-west-2");
    const QString eu = QStringLiteral("eu-west-1");

    // ---- Production, us-east-1 ----
    seeder.vault(prod, east, QStringLiteral("Default"), 900, false);
    const AwsBackupVault daily = seeder.vault(prod, east, QStringLiteral("prod-daily"), 610);
    const AwsBackupVault monthly = seeder.vault(prod, east, QStringLiteral("prod-monthly"), 600);
    QList<Resource> east1 = {
        {QStringLiteral("RDS"), QStringLiteral("orders-db"), 20 * GB, 80 * GB, {}},
        {QStringLiteral("Aurora"), QStringLiteral("payments-cluster"), 100 * GB, 300 * GB, {}},
        {QStringLiteral("EBS"), QStringLiteral("web-01-root"), 8 * GB, 30 * GB, {}},
        {QStringLiteral("DynamoDB"), QStringLiteral("sessions"), 50 * MB, 2 * GB, {}},
        {QStringLiteral("EFS"), QStringLiteral("shared-home"), 1 * GB, 50 * GB, {}},
        {QStringLiteral("EC2"), QStringLiteral("bastion"), 2 * GB, 8 * GB, {}},
        {QStringLiteral("EBS"), QStringLiteral("legacy-corrupt-volume"), 2 * GB, 6 * GB, {}},
    };
    for (Resource &resource : east1)
        seeder.placeResource(resource, prod, east);

    const Plan dailyPlan = seeder.plan(prod, east, QStringLiteral("prod-daily-plan"),
                                       QStringLiteral("daily-35d"), retention(std::nullopt, 35));
    for (int day = 1; day <= 7; ++day) {
        for (const Resource &resource : std::as_const(east1)) {
            AwsRecoveryPoint &rp = seeder.recoveryPoint(
                daily, resource, seeder.dailyAt(day) + seeder.jitter(), &dailyPlan);
            if (day == 2 && resource.type == QLatin1String("EFS")) {
                rp.status = QStringLiteral("PARTIAL");
                rp.statusMessage = QStringLiteral("Backup job completed with some files skipped: "
                                                  "3 files could not be read.");
            }
            seeder.commit();
        }
    }
    // A backup still being taken, and one that ran out of retention.
    AwsRecoveryPoint &running
        = seeder.recoveryPoint(daily, east1.at(1), nowMs - 25 * MinuteMs, &dailyPlan);
    running.status = QStringLiteral("CREATING");
    running.completionMs.reset();
    seeder.commit();
    AwsRecoveryPoint &expired
        = seeder.recoveryPoint(daily, east1.at(2), seeder.dailyAt(40), &dailyPlan);
    expired.status = QStringLiteral("EXPIRED");
    expired.statusMessage = QStringLiteral("The recovery point expired and its data was deleted.");
    seeder.commit();
    // Continuous backup (point-in-time recovery) of orders-db: it can be restored, never copied.
    AwsRecoveryPoint &continuous
        = seeder.recoveryPoint(daily, east1.at(0), seeder.dailyAt(30), &dailyPlan);
    continuous.continuous = true;
    continuous.arn = AwsArn::continuousRecoveryPoint(
        east, prod, QStringLiteral("db-") + state.newHexId(26).toUpper(), state.newHexId(8));
    continuous.completionMs.reset();
    seeder.commit();

    const Plan monthlyPlan = seeder.plan(prod, east, QStringLiteral("prod-monthly-plan"),
                                         QStringLiteral("monthly-1y"), retention(30, 365));
    for (int month = 1; month <= 6; ++month) {
        for (int i : {0, 1, 4}) {
            seeder.recoveryPoint(monthly, east1.at(i), seeder.dailyAt(month * 30) + seeder.jitter(),
                                 &monthlyPlan);
            seeder.commit();
        }
    }

    // ---- Production, eu-west-1 ----
    seeder.vault(prod, eu, QStringLiteral("Default"), 700, false);
    const AwsBackupVault euDaily = seeder.vault(prod, eu, QStringLiteral("prod-eu-daily"), 400);
    QList<Resource> eu1 = {
        {QStringLiteral("RDS"), QStringLiteral("customers-eu"), 10 * GB, 40 * GB, {}},
        {QStringLiteral("DynamoDB"), QStringLiteral("carts-eu"), 100 * MB, 900 * MB, {}},
        {QStringLiteral("EFS"), QStringLiteral("media-eu"), 40 * GB, 400 * GB, {}},
    };
    for (Resource &resource : eu1)
        seeder.placeResource(resource, prod, eu);
    const Plan euPlan = seeder.plan(prod, eu, QStringLiteral("prod-eu-plan"),
                                    QStringLiteral("daily-14d"), retention(std::nullopt, 14));
    for (int day = 1; day <= 5; ++day) {
        for (const Resource &resource : std::as_const(eu1)) {
            seeder.recoveryPoint(euDaily, resource, seeder.dailyAt(day) + seeder.jitter(), &euPlan);
            seeder.commit();
        }
    }

    // ---- Production, us-west-2 ----
    seeder.vault(prod, west, QStringLiteral("Default"), 650, false);
    const AwsBackupVault prodCopies
        = seeder.vault(prod, west, QStringLiteral("prod-dr-copies"), 300);
    earlierCopy(seeder, daily, prodCopies, east1.at(0), 3);
    earlierCopy(seeder, daily, prodCopies, east1.at(3), 3);

    // ---- Disaster recovery account ----
    seeder.vault(dr, west, QStringLiteral("Default"), 500, false);
    const AwsBackupVault drCopies = seeder.vault(dr, west, QStringLiteral("dr-copies"), 480);
    // Vault Lock in compliance mode: copies must keep their data between 7 and 365 days.
    seeder.vault(dr, west, QStringLiteral("dr-locked"), 200, true, [&](AwsBackupVault &vault) {
        vault.locked = true;
        vault.minRetentionDays = 7;
        vault.maxRetentionDays = 365;
        vault.lockMs = vault.creationMs + DayMs;
    });
    earlierCopy(seeder, daily, drCopies, east1.at(0), 2);
    earlierCopy(seeder, daily, drCopies, east1.at(1), 2);
    earlierCopy(seeder, daily, drCopies, east1.at(4), 4);
    seeder.vault(dr, eu, QStringLiteral("Default"), 480, false);
    const AwsBackupVault drEu = seeder.vault(dr, eu, QStringLiteral("dr-eu-copies"), 300);
    earlierCopy(seeder, euDaily, drEu, eu1.at(0), 2);

    if (scale > 0) {
        const AwsBackupVault bench = seeder.vault(prod, east, QLatin1String(ScaleVaultName), 30);
        for (int i = 0; i < scale; ++i) {
            const Resource &resource = east1.at(i % 6); // never the corrupt volume
            seeder.recoveryPoint(bench, resource, nowMs - DayMs - qint64(i) * MinuteMs, nullptr);
            seeder.commit();
        }
    }

    // Last, so that everything above keeps the identifiers it had before stacks were added.
    stackBackups(seeder, prod, east);
}

} // namespace Copydeck::Sandbox
