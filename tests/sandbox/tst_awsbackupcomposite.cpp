// Composite (CloudFormation stack) recovery points and their copy jobs: the seeded stacks, the
// parent and nested jobs over simulated time, PARTIAL and FAILED ends, and the parent filters of
// ListCopyJobs and ListRecoveryPointsByBackupVault. The sandbox runs on a clock the test moves,
// so every step is exact.

#include "AwsTestClient.h"
#include "SandboxTestAccounts.h"
#include "core/Clock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/aws/AwsBackupSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <map>

using namespace Copydeck;
namespace Sb = Copydeck::Sandbox;

namespace {

const QString East = QStringLiteral("us-east-1");
const QString West = QStringLiteral("us-west-2");
const QString Role
    = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");

class ManualClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

QString vaultArn(const QString &region, const QString &account, const QString &name)
{
    return Sb::AwsBackupSandbox::vaultArn(region, account, name);
}

const QString ProdStacks
    = vaultArn(East, SandboxTestAccounts::ProductionAccount, QStringLiteral("prod-stacks"));
const QString DrCopies
    = vaultArn(West, SandboxTestAccounts::RecoveryAccount, QStringLiteral("dr-copies"));

QString text(const QJsonObject &object, const char *member)
{
    return object.value(QLatin1String(member)).toString();
}

QList<QJsonObject> objects(const QJsonObject &object, const char *member)
{
    QList<QJsonObject> result;
    for (const QJsonValue &value : object.value(QLatin1String(member)).toArray())
        result.append(value.toObject());
    return result;
}

std::map<QString, qint64> counts(const QJsonObject &job)
{
    std::map<QString, qint64> result;
    const QJsonObject inState = job.value(QStringLiteral("ChildJobsInState")).toObject();
    for (auto it = inState.begin(); it != inState.end(); ++it)
        result[it.key()] = it.value().toInteger();
    return result;
}

QString describeCounts(const std::map<QString, qint64> &counts)
{
    QStringList parts;
    for (const auto &[state, count] : counts)
        parts << state + QLatin1Char('=') + QString::number(count);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestAwsBackupComposite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seededStacksHaveNestedRecoveryPoints();
    void nestedRecoveryPointAloneIsRefused();
    void compositeCopyFollowsItsChildren();
    void failingMemberMakesTheCopyPartial();
    void everyMemberFailingFailsTheCopy();

private:
    AwsTestClient::Reply send(AwsTestClient &client, const QByteArray &method,
                              const QByteArray &path, const QByteArray &body = {})
    {
        AwsTestClient::Options options;
        options.signedAt = m_clock.now();
        return client.send(method, path, body, options);
    }
    QJsonObject get(AwsTestClient &client, const QByteArray &path)
    {
        const auto reply = send(client, "GET", path);
        if (reply.status != 200)
            qWarning() << "GET" << path << reply.status << reply.body;
        return reply.json;
    }
    QJsonObject describe(const QString &copyJobId)
    {
        return get(*m_production, "/copy-jobs/" + AwsTestClient::encoded(copyJobId))
            .value(QStringLiteral("CopyJob"))
            .toObject();
    }
    QList<QJsonObject> children(const QString &parentJobId)
    {
        return objects(
            get(*m_production, "/copy-jobs/?parentJobId=" + QUrl::toPercentEncoding(parentJobId)),
            "CopyJobs");
    }
    QList<QJsonObject> recoveryPoints(AwsTestClient &client, const QString &vault,
                                      const QString &parentArn = {})
    {
        QByteArray path
            = "/backup-vaults/" + vault.toLatin1() + "/recovery-points/?maxResults=1000";
        if (!parentArn.isEmpty())
            path += "&parentRecoveryPointArn=" + QUrl::toPercentEncoding(parentArn);
        return objects(get(client, path), "RecoveryPoints");
    }
    // The newest composite recovery point of `stack` in prod-stacks.
    QJsonObject stack(const QString &stackName)
    {
        for (const QJsonObject &rp : recoveryPoints(*m_production, QStringLiteral("prod-stacks"))) {
            if (rp.value(QStringLiteral("IsParent")).toBool()
                && text(rp, "ResourceName") == stackName)
                return rp;
        }
        return {};
    }
    AwsTestClient::Reply startCopy(const QString &recoveryPointArn, const QString &destination,
                                   const QString &token = {})
    {
        QJsonObject request;
        request.insert(QStringLiteral("RecoveryPointArn"), recoveryPointArn);
        request.insert(QStringLiteral("SourceBackupVaultName"), QStringLiteral("prod-stacks"));
        request.insert(QStringLiteral("DestinationBackupVaultArn"), destination);
        request.insert(QStringLiteral("IamRoleArn"), Role);
        request.insert(QStringLiteral("IdempotencyToken"),
                       token.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                       : token);
        return send(*m_production, "PUT", "/copy-jobs",
                    QJsonDocument(request).toJson(QJsonDocument::Compact));
    }

    ManualClock m_clock;
    std::unique_ptr<Sb::AwsBackupSandbox> m_aws;
    std::unique_ptr<AwsTestClient> m_production;
    std::unique_ptr<AwsTestClient> m_recovery;
};

void TestAwsBackupComposite::initTestCase()
{
    Sb::SandboxOptions options;
    options.speed = 1; // simulated time moves exactly as the test moves the clock
    m_aws = std::make_unique<Sb::AwsBackupSandbox>(m_clock, options);
    QString error;
    QVERIFY2(m_aws->start(0, &error), qPrintable(error));
    const auto credentials = [this](const QString &name) {
        for (const auto &credential : m_aws->credentials()) {
            if (credential.name == name)
                return AwsCredentials {credential.accessKeyId, credential.secretAccessKey,
                                       credential.sessionToken};
        }
        return AwsCredentials {};
    };
    m_production = std::make_unique<AwsTestClient>(m_aws->endpoint(),
                                                   credentials(QStringLiteral("Production")), East);
    m_recovery = std::make_unique<AwsTestClient>(
        m_aws->endpoint(), credentials(QStringLiteral("Disaster recovery")), West);
}

void TestAwsBackupComposite::seededStacksHaveNestedRecoveryPoints()
{
    const QList<QJsonObject> all = recoveryPoints(*m_production, QStringLiteral("prod-stacks"));
    QList<QJsonObject> parents;
    for (const QJsonObject &rp : all) {
        if (rp.value(QStringLiteral("IsParent")).toBool())
            parents << rp;
    }
    QCOMPARE(parents.size(), 3); // checkout-stack on two days, reporting-stack on one

    QSet<QString> nestedSeen;
    for (const QJsonObject &parent : std::as_const(parents)) {
        const QString parentArn = text(parent, "RecoveryPointArn");
        QCOMPARE(text(parent, "ResourceType"), QStringLiteral("CloudFormation"));
        QVERIFY(text(parent, "ResourceArn")
                    .startsWith(QStringLiteral("arn:aws:cloudformation:us-east-1:111122223333:"
                                               "stack/")
                                + text(parent, "ResourceName") + QLatin1Char('/')));
        QVERIFY(!parent.contains(QStringLiteral("ParentRecoveryPointArn")));

        const QList<QJsonObject> nested
            = recoveryPoints(*m_production, QStringLiteral("prod-stacks"), parentArn);
        QCOMPARE(nested.size(), 3);
        qint64 total = 0;
        QSet<QString> types, logicalIds;
        for (const QJsonObject &child : nested) {
            QCOMPARE(text(child, "ParentRecoveryPointArn"), parentArn);
            QCOMPARE(text(child, "BackupVaultArn"), ProdStacks);
            QVERIFY(!child.value(QStringLiteral("IsParent")).toBool());
            QVERIFY(!text(child, "CompositeMemberIdentifier").isEmpty());
            types << text(child, "ResourceType");
            logicalIds << text(child, "CompositeMemberIdentifier");
            total += child.value(QStringLiteral("BackupSizeInBytes")).toInteger();
            nestedSeen << text(child, "RecoveryPointArn");
        }
        QCOMPARE(types.size(), 3);
        QCOMPARE(logicalIds.size(), 3);
        QCOMPARE(parent.value(QStringLiteral("BackupSizeInBytes")).toInteger(), total);

        // DescribeRecoveryPoint shows the same links.
        const QString childArn = text(nested.first(), "RecoveryPointArn");
        const QJsonObject described
            = get(*m_production,
                  "/backup-vaults/prod-stacks/recovery-points/" + AwsTestClient::encoded(childArn));
        QCOMPARE(text(described, "ParentRecoveryPointArn"), parentArn);
        QCOMPARE(text(described, "CompositeMemberIdentifier"),
                 text(nested.first(), "CompositeMemberIdentifier"));
    }
    // Nested recovery points belong to one parent each, and the unfiltered list holds them all.
    QCOMPARE(nestedSeen.size(), 9);
    QCOMPARE(all.size(), 12);

    // A vault without composites answers the parent filter with nothing.
    const QString someParent = text(parents.first(), "RecoveryPointArn");
    QVERIFY(recoveryPoints(*m_production, QStringLiteral("prod-daily"), someParent).isEmpty());
}

void TestAwsBackupComposite::nestedRecoveryPointAloneIsRefused()
{
    const QJsonObject parent = stack(QStringLiteral("checkout-stack"));
    const QList<QJsonObject> nested = recoveryPoints(*m_production, QStringLiteral("prod-stacks"),
                                                     text(parent, "RecoveryPointArn"));
    QVERIFY(!nested.isEmpty());
    const int before = m_aws->copyJobCount();
    const auto reply = startCopy(text(nested.first(), "RecoveryPointArn"), DrCopies);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType(), QStringLiteral("InvalidRequestException"));
    QVERIFY(reply.message().contains(text(parent, "RecoveryPointArn")));
    QCOMPARE(m_aws->copyJobCount(), before);
}

void TestAwsBackupComposite::compositeCopyFollowsItsChildren()
{
    const QJsonObject parent = stack(QStringLiteral("checkout-stack"));
    const QString parentArn = text(parent, "RecoveryPointArn");
    const QList<QJsonObject> nested
        = recoveryPoints(*m_production, QStringLiteral("prod-stacks"), parentArn);
    QCOMPARE(nested.size(), 3);
    std::map<QString, QString> memberBySource; // nested recovery point ARN -> logical ID
    for (const QJsonObject &child : nested)
        memberBySource[text(child, "RecoveryPointArn")] = text(child, "CompositeMemberIdentifier");

    const int jobsBefore = m_aws->copyJobCount();
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto started = startCopy(parentArn, DrCopies, token);
    QCOMPARE(started.status, 200);
    QCOMPARE(started.json.value(QStringLiteral("IsParent")).toBool(), true);
    const QString id = text(started.json, "CopyJobId");
    // The same token again is the same composite job, not another four.
    QCOMPARE(text(startCopy(parentArn, DrCopies, token).json, "CopyJobId"), id);
    QCOMPARE(m_aws->copyJobCount(), jobsBefore + 4);

    QJsonObject job = describe(id);
    QCOMPARE(job.value(QStringLiteral("IsParent")).toBool(), true);
    QCOMPARE(job.value(QStringLiteral("NumberOfChildJobs")).toInteger(), 3);
    QCOMPARE(text(job, "State"), QStringLiteral("CREATED"));
    QCOMPARE(counts(job), (std::map<QString, qint64> {{QStringLiteral("CREATED"), 3}}));
    QCOMPARE(text(job, "ResourceType"), QStringLiteral("CloudFormation"));
    QCOMPARE(job.value(QStringLiteral("BackupSizeInBytes")).toInteger(),
             parent.value(QStringLiteral("BackupSizeInBytes")).toInteger());

    // ListCopyJobs with parentJobId: the three nested jobs, one per nested recovery point.
    const QList<QJsonObject> nestedJobs = children(id);
    QCOMPARE(nestedJobs.size(), 3);
    QStringList nestedIds;
    for (const QJsonObject &child : nestedJobs) {
        QCOMPARE(text(child, "ParentJobId"), id);
        QVERIFY(!child.value(QStringLiteral("IsParent")).toBool());
        QVERIFY(!child.contains(QStringLiteral("NumberOfChildJobs")));
        const QString source = text(child, "SourceRecoveryPointArn");
        QVERIFY2(memberBySource.count(source) == 1, qPrintable(source));
        QCOMPARE(text(child, "CompositeMemberIdentifier"), memberBySource.at(source));
        QCOMPARE(text(child, "DestinationBackupVaultArn"), DrCopies);
        nestedIds << text(child, "CopyJobId");
    }
    QVERIFY(!nestedIds.contains(id));
    const QList<QJsonObject> everyJob = objects(get(*m_production, "/copy-jobs/"), "CopyJobs");
    QCOMPARE(everyJob.size(), 4); // the only copy so far: the parent and its children
    QVERIFY(children(QStringLiteral("no-such-job")).isEmpty());

    // A copy waits at least 0.4 s in CREATED and runs at least 2 s: all three nested jobs are
    // still waiting at 0.1 s and all running at 1.5 s.
    m_clock.advance(100);
    job = describe(id);
    QCOMPARE(text(job, "State"), QStringLiteral("CREATED"));
    QCOMPARE(counts(job), (std::map<QString, qint64> {{QStringLiteral("CREATED"), 3}}));
    m_clock.advance(1400);
    job = describe(id);
    QCOMPARE(text(job, "State"), QStringLiteral("RUNNING"));
    QCOMPARE(counts(job), (std::map<QString, qint64> {{QStringLiteral("RUNNING"), 3}}));
    QVERIFY(!job.contains(QStringLiteral("DestinationRecoveryPointArn")));

    // Ten simulated seconds at a time until the parent ends, reading the parent each time.
    bool sawMix = false;
    qint64 completedBefore = 0;
    for (int step = 0; step < 1000 && text(job, "State") != QLatin1String("COMPLETED"); ++step) {
        m_clock.advance(10 * 1000);
        job = describe(id);
        const auto now = counts(job);
        const QString at = describeCounts(now) + QStringLiteral(" -> ") + text(job, "State");
        qint64 total = 0;
        for (const auto &[state, count] : now)
            total += count;
        QVERIFY2(total == 3, qPrintable(at));
        const qint64 created
            = now.count(QStringLiteral("CREATED")) ? now.at(QStringLiteral("CREATED")) : 0;
        const qint64 completed
            = now.count(QStringLiteral("COMPLETED")) ? now.at(QStringLiteral("COMPLETED")) : 0;
        QVERIFY2(completed >= completedBefore, qPrintable(at));
        completedBefore = completed;
        const QString expected = completed == 3 ? QStringLiteral("COMPLETED")
            : created == 3                      ? QStringLiteral("CREATED")
                                                : QStringLiteral("RUNNING");
        QVERIFY2(text(job, "State") == expected, qPrintable(at));
        sawMix = sawMix || (completed > 0 && completed < 3);
    }
    QCOMPARE(text(job, "State"), QStringLiteral("COMPLETED"));
    QCOMPARE(counts(job), (std::map<QString, qint64> {{QStringLiteral("COMPLETED"), 3}}));
    QVERIFY2(sawMix, "nested jobs of different sizes end at different times");
    QVERIFY(job.value(QStringLiteral("CompletionDate")).toDouble()
            >= job.value(QStringLiteral("CreationDate")).toDouble());

    // The destination account holds the parent's copy and the three nested copies under it.
    const QString copyArn = text(job, "DestinationRecoveryPointArn");
    QVERIFY(!copyArn.isEmpty());
    QJsonObject parentCopy;
    for (const QJsonObject &rp : recoveryPoints(*m_recovery, QStringLiteral("dr-copies"))) {
        if (text(rp, "RecoveryPointArn") == copyArn)
            parentCopy = rp;
    }
    QVERIFY(!parentCopy.isEmpty());
    QVERIFY(parentCopy.value(QStringLiteral("IsParent")).toBool());
    QCOMPARE(text(parentCopy, "Status"), QStringLiteral("COMPLETED"));
    QCOMPARE(text(parentCopy, "SourceBackupVaultArn"), ProdStacks);
    QCOMPARE(text(parentCopy, "ResourceArn"), text(parent, "ResourceArn"));
    QCOMPARE(parentCopy.value(QStringLiteral("BackupSizeInBytes")).toInteger(),
             parent.value(QStringLiteral("BackupSizeInBytes")).toInteger());

    const QList<QJsonObject> nestedCopies
        = recoveryPoints(*m_recovery, QStringLiteral("dr-copies"), copyArn);
    QCOMPARE(nestedCopies.size(), 3);
    QSet<QString> copyArns;
    for (const QJsonObject &copy : nestedCopies) {
        QCOMPARE(text(copy, "ParentRecoveryPointArn"), copyArn);
        QCOMPARE(text(copy, "BackupVaultArn"), DrCopies);
        QCOMPARE(text(copy, "SourceBackupVaultArn"), ProdStacks);
        copyArns << text(copy, "RecoveryPointArn");
    }
    for (const QString &childId : std::as_const(nestedIds)) {
        const QJsonObject child = describe(childId);
        QCOMPARE(text(child, "State"), QStringLiteral("COMPLETED"));
        QVERIFY(copyArns.contains(text(child, "DestinationRecoveryPointArn")));
    }
    // The source's nested recovery points still point at the source's parent.
    QCOMPARE(recoveryPoints(*m_production, QStringLiteral("prod-stacks"), parentArn).size(), 3);
}

void TestAwsBackupComposite::failingMemberMakesTheCopyPartial()
{
    const QJsonObject parent = stack(QStringLiteral("reporting-stack"));
    const auto started = startCopy(text(parent, "RecoveryPointArn"), DrCopies);
    QCOMPARE(started.status, 200);
    QVERIFY(started.json.value(QStringLiteral("IsParent")).toBool());
    const QString id = text(started.json, "CopyJobId");

    m_clock.advance(24LL * 3600 * 1000);
    const QJsonObject job = describe(id);
    QCOMPARE(text(job, "State"), QStringLiteral("PARTIAL"));
    QCOMPARE(counts(job),
             (std::map<QString, qint64> {{QStringLiteral("COMPLETED"), 2},
                                         {QStringLiteral("FAILED"), 1}}));
    QVERIFY(text(job, "StatusMessage").contains(QStringLiteral("1 of 3")));
    QVERIFY(job.contains(QStringLiteral("CompletionDate")));

    QString failedMember;
    for (const QJsonObject &child : children(id)) {
        if (text(child, "State") == QLatin1String("FAILED")) {
            failedMember = text(child, "ResourceName");
            QVERIFY(text(child, "StatusMessage").contains(QStringLiteral("checksum")));
            QVERIFY(!child.contains(QStringLiteral("DestinationRecoveryPointArn")));
        }
    }
    QCOMPARE(failedMember, QStringLiteral("reporting-corrupt-volume"));

    // The copy exists, marked PARTIAL, with the two members that made it.
    const QString copyArn = text(job, "DestinationRecoveryPointArn");
    QVERIFY(!copyArn.isEmpty());
    const QJsonObject copy = get(
        *m_recovery, "/backup-vaults/dr-copies/recovery-points/" + AwsTestClient::encoded(copyArn));
    QCOMPARE(text(copy, "Status"), QStringLiteral("PARTIAL"));
    QVERIFY(copy.value(QStringLiteral("IsParent")).toBool());
    QCOMPARE(recoveryPoints(*m_recovery, QStringLiteral("dr-copies"), copyArn).size(), 2);

    const QList<QJsonObject> partial
        = objects(get(*m_production, "/copy-jobs/?state=PARTIAL"), "CopyJobs");
    QCOMPARE(partial.size(), 1);
    QCOMPARE(text(partial.first(), "CopyJobId"), id);
}

void TestAwsBackupComposite::everyMemberFailingFailsTheCopy()
{
    // dr-locked keeps copies between 7 and 365 days; a copy kept forever breaks it for every
    // member of the stack.
    const QString locked
        = vaultArn(West, SandboxTestAccounts::RecoveryAccount, QStringLiteral("dr-locked"));
    const qsizetype before = m_aws->recoveryPoints(locked).size();
    const auto started
        = startCopy(text(stack(QStringLiteral("checkout-stack")), "RecoveryPointArn"), locked);
    QCOMPARE(started.status, 200);
    const QString id = text(started.json, "CopyJobId");

    m_clock.advance(24LL * 3600 * 1000);
    const QJsonObject job = describe(id);
    QCOMPARE(text(job, "State"), QStringLiteral("FAILED"));
    QCOMPARE(counts(job), (std::map<QString, qint64> {{QStringLiteral("FAILED"), 3}}));
    QVERIFY(!text(job, "StatusMessage").isEmpty());
    QVERIFY(!job.contains(QStringLiteral("DestinationRecoveryPointArn")));
    for (const QJsonObject &child : children(id))
        QVERIFY(text(child, "StatusMessage").contains(QStringLiteral("Vault Lock")));
    QCOMPARE(m_aws->recoveryPoints(locked).size(), before);
}

QTEST_GUILESS_MAIN(TestAwsBackupComposite)
#include "tst_awsbackupcomposite.moc"
