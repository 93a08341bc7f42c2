// A read-only account through the real AccountConnections and CopyJobTracker against the
// in-process sandbox (AWS over loopback): its backups are listed, and every call that would change
// the cloud is refused before anything is sent, with the account named and the way to allow
// changes; the sandbox holds no new copy job.
#include "aws/AwsSandboxFixture.h"
#include "support/FinishTask.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "jobs/CopyJobTracker.h"
#include "sandbox/aws/AwsBackupSandbox.h"

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

class TestReadOnlyAccount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsBackups();
    void refusesACopyAndSendsNothing();
    void refusesCreateExpiryAndCancel();
    void aWritableAccountStillCopies();

private:
    Account account(bool readOnly) const;
    void setAccount(bool readOnly);

    std::unique_ptr<AwsSandboxFixture> m_fixture;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    RetryPolicy m_policy = RetryPolicy::fast();
    ProviderRegistry m_registry;
    std::unique_ptr<AccountConnections> m_connections;
    SystemClock m_clock;
    CopyRequest m_request;
};

void TestReadOnlyAccount::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    if (!m_registry.find(QStringLiteral("aws")))
        m_registry.add(std::make_unique<AwsProvider>(QProcessEnvironment(), m_home.path()));
    m_fixture = std::make_unique<AwsSandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_fixture->sandbox().setSpeed(20'000);
    auto direct = m_fixture->connectAs(0);
    m_request = m_fixture->validRequest(*direct);
    QVERIFY(m_request.source.isValid());
    m_connections = std::make_unique<AccountConnections>(
        m_registry, ProviderContext {&m_network, &m_secrets, &m_policy});
    setAccount(true);
}

void TestReadOnlyAccount::cleanup()
{
    m_connections.reset();
    m_fixture.reset();
}

// The account the fixture's own connection names its backups with, so the request refers to it.
Account TestReadOnlyAccount::account(bool readOnly) const
{
    const Sandbox::SandboxCredential credential = m_fixture->sandbox().credentials().first();
    Account account;
    account.id = QStringLiteral("sandbox-aws-0");
    account.cloud = QStringLiteral("aws");
    account.name = QStringLiteral("Audit view");
    account.authMethod = QStringLiteral("keys");
    account.regions = credential.regions;
    account.endpointOverride = m_fixture->sandbox().awsEndpoint();
    account.readOnly = readOnly;
    return account;
}

void TestReadOnlyAccount::setAccount(bool readOnly)
{
    const Account account = this->account(readOnly);
    const Sandbox::SandboxCredential credential = m_fixture->sandbox().credentials().first();
    m_secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                     credential.accessKeyId.toUtf8());
    m_secrets.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                     credential.secretAccessKey.toUtf8());
    m_connections->setAccounts({account});
}

static void verifyRefusal(const CloudError &error)
{
    QCOMPARE(error.kind, CloudError::Kind::Local);
    const QString text = error.userText();
    QVERIFY2(text.contains(QLatin1String("Audit view is read-only: Copydeck does not change "
                                         "anything in its cloud.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("clear \"Read-only\"")), qPrintable(text));
    QCOMPARE(error.httpStatus, 0); // nothing was sent
}

void TestReadOnlyAccount::listsBackups()
{
    ProviderConnection *connection = m_connections->connection(QStringLiteral("sandbox-aws-0"));
    QVERIFY(connection);
    QCOMPARE(connection->account().name, QStringLiteral("Audit view"));
    const auto locations = finish(connection->listLocations());
    QVERIFY(locations);
    QVERIFY2(locations->ok(), errorText(*locations).constData());
    QVERIFY(!locations->value().isEmpty());
    const auto page = finish(connection->listBackups(m_request.source.location, {}));
    QVERIFY(page);
    QVERIFY2(page->ok(), errorText(*page).constData());
    QVERIFY(!page->value().backups.isEmpty());
    const auto test = finish(connection->testConnection());
    QVERIFY(test && test->ok());
}

void TestReadOnlyAccount::refusesACopyAndSendsNothing()
{
    const int before = m_fixture->sandbox().aws()->copyJobCount();
    CopyJobTracker tracker(m_connections.get(), nullptr, &m_clock);
    tracker.setPollSchedule(PollSchedule::fast());
    const QString id = tracker.submit(m_request);
    QTRY_VERIFY(tracker.job(id).isTerminal());
    const CopyJob job = tracker.job(id);
    QCOMPARE(job.state, CopyJobState::Failed);
    QVERIFY(job.remoteId.isEmpty());
    QVERIFY(job.error);
    verifyRefusal(*job.error);
    // Give a request that might have been sent time to arrive.
    QTest::qWait(200);
    QCOMPARE(m_fixture->sandbox().aws()->copyJobCount(), before);
}

void TestReadOnlyAccount::refusesCreateExpiryAndCancel()
{
    ProviderConnection *connection = m_connections->connection(QStringLiteral("sandbox-aws-0"));
    QVERIFY(connection);
    const auto copy = finish(connection->startCopy(m_request));
    QVERIFY(copy && !copy->ok());
    verifyRefusal(copy->error());
    CopyRequest create = m_request;
    create.operation = CopyOperation::CreateBackup;
    const auto created = finish(connection->startCreateBackup(create));
    QVERIFY(created && !created->ok());
    verifyRefusal(created->error());
    const auto extended = finish(connection->updateExpireTime(
        m_request.source, QDateTime::currentDateTimeUtc().addDays(30)));
    QVERIFY(extended && !extended->ok());
    verifyRefusal(extended->error());
    CopyJob job;
    job.remoteId = QStringLiteral("copy-job-anything");
    job.accountId = QStringLiteral("sandbox-aws-0");
    const auto cancelled = finish(connection->cancelCopy(job));
    QVERIFY(cancelled && !cancelled->ok());
    verifyRefusal(cancelled->error());
}

// The same account with the flag cleared copies: the refusal comes from the flag, not the keys.
void TestReadOnlyAccount::aWritableAccountStillCopies()
{
    setAccount(false);
    const int before = m_fixture->sandbox().aws()->copyJobCount();
    CopyJobTracker tracker(m_connections.get(), nullptr, &m_clock);
    tracker.setPollSchedule(PollSchedule::fast());
    const QString id = tracker.submit(m_request);
    QTRY_VERIFY_WITH_TIMEOUT(!tracker.job(id).remoteId.isEmpty(), 10000);
    QCOMPARE(m_fixture->sandbox().aws()->copyJobCount(), before + 1);
}

QTEST_GUILESS_MAIN(TestReadOnlyAccount)
#include "tst_readonlyaccount.moc"
