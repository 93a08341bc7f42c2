// Copy jobs to their end: the destination recovery point, states over simulated time, failures,
// idempotency and ListCopyJobs.

#include "AwsCopyFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Copydeck;

namespace {
const QString &West = AwsCopyFixture::West;
const QString &ProdDaily = AwsCopyFixture::ProdDaily;
const QString &DrCopies = AwsCopyFixture::DrCopies;

QString vaultArn(const QString &region, const QString &account, const QString &name)
{
    return AwsCopyFixture::vaultArn(region, account, name);
}

QString token()
{
    return AwsCopyFixture::token();
}
} // namespace

class TestAwsBackupCopyJobs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyCompletesIntoTheDestinationVault();
    void statesFollowSimulatedTime();
    void corruptSourceFails();
    void vaultLockRetentionFailsTheCopy();
    void sameTokenSameRequestIsOneJob();
    void sameTokenOtherRequestIsRefused();
    void listCopyJobsFiltersAndPages();

private:
    QString recoveryPoint(const QString &kind) const { return m_fixture.recoveryPoint(kind); }
    QJsonObject validRequest() const { return m_fixture.validRequest(); }
    AwsTestClient::Reply start(const QJsonObject &request) { return m_fixture.start(request); }
    QJsonObject describe(const QString &id) { return m_fixture.describe(id); }
    QString state(const QString &id) { return m_fixture.state(id); }

    AwsCopyFixture m_fixture;
    Copydeck::Sandbox::Sandbox &m_sandbox = m_fixture.sandbox();
    AwsTestClient *m_production = nullptr;
    AwsTestClient *m_recovery = nullptr;
};

void TestAwsBackupCopyJobs::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_production = &m_fixture.production();
    m_recovery = &m_fixture.recovery();
}

void TestAwsBackupCopyJobs::copyCompletesIntoTheDestinationVault()
{
    QJsonObject request = validRequest();
    request.insert(QStringLiteral("Lifecycle"),
                   QJsonObject {{QStringLiteral("DeleteAfterDays"), 30}});
    const QString sourceArn = request.value(QStringLiteral("RecoveryPointArn")).toString();
    const auto source = m_sandbox.aws()->recoveryPoint(sourceArn);
    QVERIFY(source);

    const auto started = start(request);
    QCOMPARE(started.status, 200);
    const QString id = started.json.value(QStringLiteral("CopyJobId")).toString();
    const double creation = started.json.value(QStringLiteral("CreationDate")).toDouble();
    QVERIFY(std::abs(creation - QDateTime::currentMSecsSinceEpoch() / 1000.0) < 60);

    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("COMPLETED"), 10000);
    const QJsonObject job = describe(id);
    QCOMPARE(job.value(QStringLiteral("CopyJobId")).toString(), id);
    QCOMPARE(job.value(QStringLiteral("AccountId")).toString(),
             SandboxTestAccounts::ProductionAccount);
    QCOMPARE(job.value(QStringLiteral("SourceBackupVaultArn")).toString(), ProdDaily);
    QCOMPARE(job.value(QStringLiteral("SourceRecoveryPointArn")).toString(), sourceArn);
    QCOMPARE(job.value(QStringLiteral("DestinationBackupVaultArn")).toString(), DrCopies);
    QCOMPARE(job.value(QStringLiteral("ResourceArn")).toString(), source->resourceArn);
    QCOMPARE(job.value(QStringLiteral("BackupSizeInBytes")).toInteger(), source->sizeBytes);
    QCOMPARE(job.value(QStringLiteral("CreationDate")).toDouble(), creation);
    QVERIFY(job.value(QStringLiteral("CompletionDate")).toDouble() >= creation);
    QCOMPARE(job.value(QStringLiteral("DestinationRecoveryPointLifecycle"))
                 .toObject()
                 .value(QStringLiteral("DeleteAfterDays"))
                 .toInt(),
             30);
    const QString copyArn = job.value(QStringLiteral("DestinationRecoveryPointArn")).toString();
    QVERIFY(copyArn.startsWith(
        QStringLiteral("arn:aws:backup:us-west-2:444455556666:recovery-point:")));

    // The destination account finds the copy in its vault, pointing back at the source vault.
    QJsonObject copy;
    QString nextToken;
    do {
        QByteArray path = "/backup-vaults/dr-copies/recovery-points/?maxResults=2";
        if (!nextToken.isEmpty())
            path += "&nextToken=" + QUrl::toPercentEncoding(nextToken);
        const auto page = m_recovery->get(path);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &rp : page.json.value(QStringLiteral("RecoveryPoints")).toArray()) {
            if (rp.toObject().value(QStringLiteral("RecoveryPointArn")).toString() == copyArn)
                copy = rp.toObject();
        }
        nextToken = page.json.value(QStringLiteral("NextToken")).toString();
    } while (!nextToken.isEmpty());
    QVERIFY(!copy.isEmpty());
    QCOMPARE(copy.value(QStringLiteral("SourceBackupVaultArn")).toString(), ProdDaily);
    QCOMPARE(copy.value(QStringLiteral("BackupVaultArn")).toString(), DrCopies);
    QCOMPARE(copy.value(QStringLiteral("Status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(copy.value(QStringLiteral("BackupSizeInBytes")).toInteger(), source->sizeBytes);
    QCOMPARE(copy.value(QStringLiteral("ResourceArn")).toString(), source->resourceArn);
    QCOMPARE(copy.value(QStringLiteral("ResourceType")).toString(), source->resourceType);
    QCOMPARE(copy.value(QStringLiteral("Lifecycle"))
                 .toObject()
                 .value(QStringLiteral("DeleteAfterDays"))
                 .toInt(),
             30);
    const double deleteAt = copy.value(QStringLiteral("CalculatedLifecycle"))
                                .toObject()
                                .value(QStringLiteral("DeleteAt"))
                                .toDouble();
    QCOMPARE(qint64(deleteAt - copy.value(QStringLiteral("CreationDate")).toDouble()),
             qint64(30) * 24 * 3600);

    // Copy jobs are seen from the account and region that started them only.
    const auto elsewhere = m_recovery->get("/copy-jobs/" + id.toLatin1());
    QCOMPARE(elsewhere.errorType(), QStringLiteral("ResourceNotFoundException"));
}

void TestAwsBackupCopyJobs::statesFollowSimulatedTime()
{
    QJsonObject request = validRequest();
    request.insert(QStringLiteral("RecoveryPointArn"), recoveryPoint(QStringLiteral("aurora")));
    m_sandbox.setSpeed(0.01); // a second of simulated time takes 100 s
    const auto started = start(request);
    QCOMPARE(started.status, 200);
    const QString id = started.json.value(QStringLiteral("CopyJobId")).toString();
    QCOMPARE(state(id), QStringLiteral("CREATED"));
    QVERIFY(!describe(id).contains(QStringLiteral("CompletionDate")));

    // An Aurora snapshot of 100+ GB at 50 MB/s takes over half an hour of simulated time: at
    // 1000x, seconds.
    m_sandbox.setSpeed(1000);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("RUNNING"), 5000);
    QVERIFY(!describe(id).contains(QStringLiteral("DestinationRecoveryPointArn")));
    m_sandbox.setSpeed(1e7);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("COMPLETED"), 5000);
    m_sandbox.setSpeed(10000);
}

void TestAwsBackupCopyJobs::corruptSourceFails()
{
    QJsonObject request = validRequest();
    request.insert(QStringLiteral("RecoveryPointArn"), recoveryPoint(QStringLiteral("corrupt")));
    const qsizetype before = m_sandbox.aws()->recoveryPoints(DrCopies).size();
    const auto started = start(request);
    QCOMPARE(started.status, 200);
    const QString id = started.json.value(QStringLiteral("CopyJobId")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("FAILED"), 10000);
    const QJsonObject job = describe(id);
    QVERIFY(!job.value(QStringLiteral("StatusMessage")).toString().isEmpty());
    QVERIFY(job.contains(QStringLiteral("CompletionDate")));
    QVERIFY(!job.contains(QStringLiteral("DestinationRecoveryPointArn")));
    QCOMPARE(m_sandbox.aws()->recoveryPoints(DrCopies).size(), before);
}

void TestAwsBackupCopyJobs::vaultLockRetentionFailsTheCopy()
{
    QJsonObject request = validRequest();
    request.insert(
        QStringLiteral("DestinationBackupVaultArn"),
        vaultArn(West, SandboxTestAccounts::RecoveryAccount, QStringLiteral("dr-locked")));
    const auto forever = start(request);
    QCOMPARE(forever.status, 200);
    const QString failing = forever.json.value(QStringLiteral("CopyJobId")).toString();

    request.insert(QStringLiteral("IdempotencyToken"), token());
    request.insert(QStringLiteral("Lifecycle"),
                   QJsonObject {{QStringLiteral("DeleteAfterDays"), 30}});
    const auto bounded = start(request);
    QCOMPARE(bounded.status, 200);
    const QString passing = bounded.json.value(QStringLiteral("CopyJobId")).toString();

    QTRY_COMPARE_WITH_TIMEOUT(state(failing), QStringLiteral("FAILED"), 10000);
    QVERIFY(describe(failing)
                .value(QStringLiteral("StatusMessage"))
                .toString()
                .contains(QStringLiteral("Vault Lock")));
    QTRY_COMPARE_WITH_TIMEOUT(state(passing), QStringLiteral("COMPLETED"), 10000);
}

void TestAwsBackupCopyJobs::sameTokenSameRequestIsOneJob()
{
    const QJsonObject request = validRequest();
    const int before = m_sandbox.aws()->copyJobCount();
    const auto first = start(request);
    QCOMPARE(first.status, 200);
    QTest::qWait(5); // a second job would have a later CreationDate
    const auto second = start(request);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value(QStringLiteral("CopyJobId")),
             first.json.value(QStringLiteral("CopyJobId")));
    QCOMPARE(second.json.value(QStringLiteral("CreationDate")),
             first.json.value(QStringLiteral("CreationDate")));
    QCOMPARE(m_sandbox.aws()->copyJobCount(), before + 1);

    // Without a token every call is a new job.
    QJsonObject untokened = request;
    untokened.remove(QStringLiteral("IdempotencyToken"));
    QCOMPARE(start(untokened).status, 200);
    QCOMPARE(start(untokened).status, 200);
    QCOMPARE(m_sandbox.aws()->copyJobCount(), before + 3);
}

void TestAwsBackupCopyJobs::sameTokenOtherRequestIsRefused()
{
    QJsonObject request = validRequest();
    QCOMPARE(start(request).status, 200);
    request.insert(
        QStringLiteral("DestinationBackupVaultArn"),
        vaultArn(West, SandboxTestAccounts::ProductionAccount, QStringLiteral("prod-dr-copies")));
    const int before = m_sandbox.aws()->copyJobCount();
    const auto reply = start(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType(), QStringLiteral("InvalidRequestException"));
    QVERIFY(reply.message().contains(request.value(QStringLiteral("IdempotencyToken")).toString()));
    QCOMPARE(m_sandbox.aws()->copyJobCount(), before);
}

void TestAwsBackupCopyJobs::listCopyJobsFiltersAndPages()
{
    // Two jobs from one source nobody else in this test copies.
    QJsonObject request = validRequest();
    const QString source = recoveryPoint(QStringLiteral("monthly"));
    request.insert(QStringLiteral("RecoveryPointArn"), source);
    request.insert(QStringLiteral("SourceBackupVaultName"), QStringLiteral("prod-monthly"));
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        request.insert(QStringLiteral("IdempotencyToken"), token());
        const auto reply = start(request);
        QCOMPARE(reply.status, 200);
        ids << reply.json.value(QStringLiteral("CopyJobId")).toString();
    }
    QTRY_COMPARE_WITH_TIMEOUT(state(ids.last()), QStringLiteral("COMPLETED"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(state(ids.first()), QStringLiteral("COMPLETED"), 10000);

    const auto bySource = m_production->get("/copy-jobs/?sourceRecoveryPointArn="
                                            + QUrl::toPercentEncoding(source));
    QCOMPARE(bySource.status, 200);
    QStringList found;
    for (const QJsonValue &job : bySource.json.value(QStringLiteral("CopyJobs")).toArray())
        found << job.toObject().value(QStringLiteral("CopyJobId")).toString();
    QCOMPARE(found, QStringList({ids.at(1), ids.at(0)})); // newest first

    const auto completed = m_production->get("/copy-jobs/?state=COMPLETED&maxResults=1000");
    const QJsonArray completedJobs = completed.json.value(QStringLiteral("CopyJobs")).toArray();
    QVERIFY(completedJobs.size() >= 2);
    for (const QJsonValue &job : completedJobs)
        QCOMPARE(job.toObject().value(QStringLiteral("State")).toString(),
                 QStringLiteral("COMPLETED"));
    QCOMPARE(m_production->get("/copy-jobs/?state=DONE").errorType(),
             QStringLiteral("InvalidParameterValueException"));

    const auto toDr
        = m_production->get("/copy-jobs/?destinationVaultArn=" + QUrl::toPercentEncoding(DrCopies));
    for (const QJsonValue &job : toDr.json.value(QStringLiteral("CopyJobs")).toArray())
        QCOMPARE(job.toObject().value(QStringLiteral("DestinationBackupVaultArn")).toString(),
                 DrCopies);

    // Every job exactly once, one per page.
    const auto all = m_production->get("/copy-jobs/?maxResults=1000");
    QStringList expected;
    for (const QJsonValue &job : all.json.value(QStringLiteral("CopyJobs")).toArray())
        expected << job.toObject().value(QStringLiteral("CopyJobId")).toString();
    QVERIFY(expected.size() >= 5);
    QStringList paged;
    QString nextToken;
    int pages = 0;
    do {
        QByteArray path = "/copy-jobs/?maxResults=1";
        if (!nextToken.isEmpty())
            path += "&nextToken=" + QUrl::toPercentEncoding(nextToken);
        const auto page = m_production->get(path);
        QCOMPARE(page.status, 200);
        const QJsonArray jobs = page.json.value(QStringLiteral("CopyJobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        paged << jobs.first().toObject().value(QStringLiteral("CopyJobId")).toString();
        nextToken = page.json.value(QStringLiteral("NextToken")).toString();
        ++pages;
    } while (!nextToken.isEmpty() && pages <= expected.size());
    QCOMPARE(paged, expected);
}

QTEST_GUILESS_MAIN(TestAwsBackupCopyJobs)
#include "tst_awsbackupcopyjobs.moc"
