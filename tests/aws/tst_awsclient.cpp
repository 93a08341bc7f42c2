#include "AwsSandboxFixture.h"

#include "sandbox/aws/AwsBackupSandbox.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

const QString &ProductionAccount = AwsSandboxFixture::ProductionAccount;

} // namespace

// The AWS Backup client against the in-process sandbox over loopback: listing, pagination,
// mapping, a copy to its end, authentication.
class TestAwsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsVaultsOfEveryRegionPageByPage();
    void pagesThroughRecoveryPoints();
    void mapsWhatTheSandboxHolds();
    void copyDestinationsAreEveryOtherVault();
    void copyRunsToCompletionAndTheCopyIsListed();
    void failedCopyKeepsTheCloudsReason();
    void pollingAnUnknownJobIsNotFound();
    void testConnection();
    void wrongSecretIsAnAuthenticationError();
    void sessionCredentialsWork();
    void profileFromTheSharedFilesWorks();

private:
    std::optional<AwsSandboxFixture> m_fixture;
};

void TestAwsClient::init()
{
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestAwsClient::cleanup()
{
    m_fixture.reset();
}

void TestAwsClient::listsVaultsOfEveryRegionPageByPage()
{
    auto onePerPage = m_fixture->connectAs(0, 1);
    auto whole = m_fixture->connectAs(0, 1000);
    AWAIT_OK(paged, onePerPage->listLocations());
    AWAIT_OK(unpaged, whole->listLocations());

    QCOMPARE(idsOf(paged.value()), idsOf(unpaged.value()));
    QSet<QString> regions;
    for (const Location &location : paged.value()) {
        regions.insert(location.region);
        QCOMPARE(location.kind, Location::Kind::Vault);
        QCOMPARE(location.owner, ProductionAccount);
        QCOMPARE(location.cloud, QStringLiteral("aws"));
        QCOMPARE(location.accountId, QStringLiteral("sandbox-aws-0"));
        QCOMPARE(
            location.id,
            Sandbox::AwsBackupSandbox::vaultArn(location.region, ProductionAccount, location.name));
    }
    QCOMPARE(regions,
             QSet<QString>({QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                            QStringLiteral("us-west-2")}));
    const QStringList ids = idsOf(paged.value());
    for (const auto &[region, name] :
         {std::pair {"us-east-1", "prod-daily"}, std::pair {"us-east-1", "prod-monthly"},
          std::pair {"eu-west-1", "prod-eu-daily"}, std::pair {"us-west-2", "prod-dr-copies"}}) {
        QVERIFY2(ids.contains(Sandbox::AwsBackupSandbox::vaultArn(
                     QString::fromLatin1(region), ProductionAccount, QString::fromLatin1(name))),
                 name);
    }
}

void TestAwsClient::pagesThroughRecoveryPoints()
{
    auto connection = m_fixture->connectAs(0, 5);
    const auto daily
        = m_fixture->vault(*connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QVERIFY(daily);

    QStringList ids;
    QString token;
    int pages = 0;
    do {
        AWAIT_OK(page, connection->listBackups(*daily, token));
        QVERIFY(page.value().backups.size() <= 5);
        for (const Backup &backup : page.value().backups)
            ids << backup.id;
        token = page.value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 100);

    QStringList expected;
    for (const auto &recoveryPoint : m_fixture->sandbox().aws()->recoveryPoints(daily->id))
        expected << recoveryPoint.arn;
    QVERIFY(expected.size() > 10);
    QCOMPARE(pages, int((expected.size() + 4) / 5));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // nothing twice
    std::sort(ids.begin(), ids.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
}

void TestAwsClient::mapsWhatTheSandboxHolds()
{
    auto connection = m_fixture->connectAs(0);
    const auto daily
        = m_fixture->vault(*connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QVERIFY(daily);
    const QList<Backup> backups = m_fixture->allBackups(*connection, *daily);
    QVERIFY(!backups.isEmpty());

    for (const Backup &backup : backups) {
        const auto held = m_fixture->sandbox().aws()->recoveryPoint(backup.id);
        QVERIFY(held);
        QCOMPARE(backup.rawState, held->status);
        QCOMPARE(backup.sizeBytes, held->sizeBytes);
        QCOMPARE(backup.created.toMSecsSinceEpoch(), held->creationMs);
        QCOMPARE(backup.resourceType, held->resourceType);
        QCOMPARE(backup.sourceResource, held->resourceArn);
        QCOMPARE(backup.name, held->resourceName);
        QCOMPARE(backup.continuous, held->continuous);
        QCOMPARE(backup.location, *daily);
    }
    const auto continuous
        = AwsSandboxFixture::findBackup(backups, [](const Backup &b) { return b.continuous; });
    QVERIFY(continuous);
    const auto creating = AwsSandboxFixture::findBackup(
        backups, [](const Backup &b) { return b.rawState == QLatin1String("CREATING"); });
    QVERIFY(creating);
    QCOMPARE(creating->state, BackupState::Creating);
    const auto partial = AwsSandboxFixture::findBackup(
        backups, [](const Backup &b) { return b.rawState == QLatin1String("PARTIAL"); });
    QVERIFY(partial);
    QCOMPARE(partial->state, BackupState::Failed);
    QVERIFY(!partial->details.value(QStringLiteral("Status message")).toString().isEmpty());

    // Copies made earlier name the vault they came from.
    const auto copies = m_fixture->vault(*connection, QStringLiteral("us-west-2"),
                                         QStringLiteral("prod-dr-copies"));
    QVERIFY(copies);
    const QList<Backup> copied = m_fixture->allBackups(*connection, *copies);
    QVERIFY(!copied.isEmpty());
    for (const Backup &backup : copied)
        QCOMPARE(backup.copiedFrom, daily->id);
}

void TestAwsClient::copyDestinationsAreEveryOtherVault()
{
    auto connection = m_fixture->connectAs(0, 2);
    AWAIT_OK(locations, connection->listLocations());
    const auto daily
        = m_fixture->vault(*connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QVERIFY(daily);
    Backup backup;
    backup.location = *daily;
    AWAIT_OK(destinations, connection->listCopyDestinations(backup));
    QStringList expected = idsOf(locations.value());
    expected.removeAll(daily->id);
    QCOMPARE(idsOf(destinations.value()), expected);
}

void TestAwsClient::copyRunsToCompletionAndTheCopyIsListed()
{
    auto connection = m_fixture->connectAs(0, 3);
    CopyRequest request = m_fixture->validRequest(*connection);
    QVERIFY(request.source.isValid());
    request.lifecycle.deleteAfterDays = 120;
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    m_fixture->sandbox().setSpeed(100'000);

    AWAIT_OK(started, connection->startCopy(request));
    CopyJob job = started.value();
    QVERIFY(!job.remoteId.isEmpty());
    QCOMPARE(job.state, CopyJobState::Created);
    QVERIFY(!job.clientToken.isEmpty());
    QCOMPARE(job.sourceId, request.source.id);
    QCOMPARE(job.destination, request.destination);
    QVERIFY(job.created.isValid());

    for (int poll = 0; poll < 200 && !job.isTerminal(); ++poll) {
        QTest::qWait(10);
        AWAIT_OK(polled, connection->pollCopy(job));
        job = polled.value();
    }
    QCOMPARE(job.state, CopyJobState::Completed);
    QCOMPARE(job.rawState, QStringLiteral("COMPLETED"));
    QVERIFY(job.completed.isValid());
    QCOMPARE(job.sizeBytes, request.source.sizeBytes);
    QVERIFY(!job.destinationBackupId.isEmpty());

    const QList<Backup> inDestination = m_fixture->allBackups(*connection, request.destination);
    const auto copy = AwsSandboxFixture::findBackup(
        inDestination, [&job](const Backup &b) { return b.id == job.destinationBackupId; });
    QVERIFY2(copy, "the copy is listed in the destination vault");
    QCOMPARE(copy->copiedFrom, request.source.location.id);
    QCOMPARE(copy->state, BackupState::Available);
    QCOMPARE(copy->location.region, QStringLiteral("us-west-2"));
    QCOMPARE(copy->sizeBytes, request.source.sizeBytes);
}

void TestAwsClient::failedCopyKeepsTheCloudsReason()
{
    auto connection = m_fixture->connectAs(0);
    CopyRequest request = m_fixture->validRequest(*connection);
    QVERIFY(request.destination.isValid());
    // The sandbox's unreadable volume: the copy starts, then fails.
    const auto daily
        = m_fixture->vault(*connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QVERIFY(daily);
    const auto corrupt = AwsSandboxFixture::findBackup(
        m_fixture->allBackups(*connection, *daily), [](const Backup &b) {
            return b.name.contains(QLatin1String("corrupt"))
                && b.rawState == QLatin1String("COMPLETED");
        });
    QVERIFY(corrupt);
    request.source = *corrupt;
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    m_fixture->sandbox().setSpeed(100'000);

    AWAIT_OK(started, connection->startCopy(request));
    CopyJob job = started.value();
    for (int poll = 0; poll < 200 && !job.isTerminal(); ++poll) {
        QTest::qWait(10);
        AWAIT_OK(polled, connection->pollCopy(job));
        job = polled.value();
    }
    QCOMPARE(job.state, CopyJobState::Failed);
    QCOMPARE(job.rawState, QStringLiteral("FAILED"));
    const auto held = m_fixture->sandbox().aws()->copyJob(job.remoteId);
    QVERIFY(held);
    QVERIFY(!held->statusMessage.isEmpty());
    QCOMPARE(job.statusMessage, held->statusMessage);
    QVERIFY(job.destinationBackupId.isEmpty());
}

void TestAwsClient::pollingAnUnknownJobIsNotFound()
{
    auto connection = m_fixture->connectAs(0);
    CopyJob job;
    job.remoteId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    job.sourceLocation.region = QStringLiteral("us-east-1");
    AWAIT(polled, connection->pollCopy(job));
    QVERIFY(!polled.ok());
    QCOMPARE(polled.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(polled.error().cloudCode, QStringLiteral("ResourceNotFoundException"));
}

void TestAwsClient::testConnection()
{
    auto connection = m_fixture->connectAs(1);
    AWAIT(tested, connection->testConnection());
    QVERIFY2(tested.ok(), errorText(tested).constData());
}

void TestAwsClient::wrongSecretIsAnAuthenticationError()
{
    auto connection = m_fixture->connectAs(0, 0, {}, QStringLiteral("not-the-secret"));
    AWAIT(tested, connection->testConnection());
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(tested.error().httpStatus, 403);
    QVERIFY(!tested.error().cloudCode.isEmpty());
    QVERIFY(!tested.error().retryable);
    QVERIFY(!tested.error().userText().contains(QStringLiteral("not-the-secret")));
}

void TestAwsClient::sessionCredentialsWork()
{
    int session = -1;
    const auto credentials = m_fixture->sandbox().credentials();
    for (int i = 0; i < credentials.size(); ++i) {
        if (credentials.at(i).cloud == QLatin1String("aws")
            && !credentials.at(i).sessionToken.isEmpty())
            session = i;
    }
    QVERIFY2(session >= 0, "the sandbox has a temporary credential");
    auto connection = m_fixture->connectAs(session);
    AWAIT_OK(locations, connection->listLocations());
    QVERIFY(!locations.value().isEmpty());
}

void TestAwsClient::profileFromTheSharedFilesWorks()
{
    const Sandbox::SandboxCredential credential = m_fixture->sandbox().credentials().at(1);
    QVERIFY(QDir(m_fixture->homePath()).mkpath(QStringLiteral(".aws")));
    QFile file(QDir(m_fixture->homePath()).filePath(QStringLiteral(".aws/credentials")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[sandbox-dr]\naws_access_key_id = " + credential.accessKeyId.toUtf8()
               + "\naws_secret_access_key = " + credential.secretAccessKey.toUtf8() + "\n");
    file.close();

    Account account;
    account.id = QStringLiteral("profile-account");
    account.cloud = QStringLiteral("aws");
    account.name = QStringLiteral("From the shared files");
    account.authMethod = QStringLiteral("profile");
    account.settings.insert(QStringLiteral("profile"), QStringLiteral("sandbox-dr"));
    account.regions = credential.regions;
    account.endpointOverride = m_fixture->sandbox().awsEndpoint();
    const auto connection = m_fixture->connect(account);

    AWAIT_OK(locations, connection->listLocations());
    QVERIFY(!locations.value().isEmpty());
    for (const Location &location : locations.value())
        QCOMPARE(location.owner, credential.accountNumber);
}

QTEST_GUILESS_MAIN(TestAwsClient)
#include "tst_awsclient.moc"
