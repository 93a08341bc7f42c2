// CopyJobTracker with a CopyLedger against the in-process sandbox (the real AWS provider over
// loopback): Copydeck stops mid-copy, or while StartCopyJob is on its way, and a tracker built
// again on the same ledger follows the copy to its end; the sandbox holds exactly one copy job.
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"

#include "aws/AwsSandboxFixture.h"
#include "support/LedgerSupport.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "sandbox/aws/AwsBackupSandbox.h"

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

// Copydeck as main.cpp builds it, minus the window: accounts, a ledger file, a tracker on it.
struct World
{
    World()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        registry.add(std::make_unique<AwsProvider>(QProcessEnvironment(), home.path()));
    }

    bool start(QString *error)
    {
        if (!fixture.start(error))
            return false;
        const Sandbox::SandboxCredential credential = fixture.sandbox().credentials().first();
        // The id the fixture's own connection gives its backups: the request names this account.
        Account account;
        account.id = QStringLiteral("sandbox-aws-0");
        account.cloud = QStringLiteral("aws");
        account.name = credential.name;
        account.authMethod = QStringLiteral("keys");
        account.regions = credential.regions;
        account.endpointOverride = fixture.sandbox().awsEndpoint();
        secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                       credential.accessKeyId.toUtf8());
        secrets.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                       credential.secretAccessKey.toUtf8());
        connections.setAccounts({account});
        fixture.sandbox().setSpeed(20'000);
        return true;
    }

    bool open()
    {
        Result<std::unique_ptr<CopyLedger>> opened
            = CopyLedger::open(dir.filePath(QStringLiteral("ledger.sqlite")));
        if (!opened) {
            qWarning() << opened.error().userText();
            return false;
        }
        ledger = std::move(opened).value();
        tracker = std::make_unique<CopyJobTracker>(&connections, nullptr, &clock, ledger.get());
        tracker->setPollSchedule(PollSchedule::fast());
        return waitUntilLoaded(*tracker);
    }

    void stop()
    {
        tracker.reset();
        ledger.reset();
    }

    int copyJobs() { return fixture.sandbox().aws()->copyJobCount(); }

    AwsSandboxFixture fixture;
    QTemporaryDir home;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    RetryPolicy policy = RetryPolicy::fast();
    ProviderRegistry registry;
    AccountConnections connections {registry, ProviderContext {&network, &secrets, &policy}};
    SystemClock clock;
    std::unique_ptr<CopyLedger> ledger;
    std::unique_ptr<CopyJobTracker> tracker;
};

} // namespace

class TestTrackerLedgerSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<World>();
        QString error;
        QVERIFY2(m_world->start(&error), qPrintable(error));
        auto connection = m_world->fixture.connectAs(0);
        m_request = m_world->fixture.validRequest(*connection);
        QVERIFY(m_request.source.isValid());
        QCOMPARE(m_request.source.accountId, QStringLiteral("sandbox-aws-0"));
    }

    void cleanup() { m_world.reset(); }

    void aCopyFollowedBeforeARestartCompletesOnce()
    {
        World &w = *m_world;
        w.fixture.sandbox().setSpeed(1); // real time: the copy is far from done when it stops
        const int before = w.copyJobs();
        QVERIFY(w.open());
        const QString id = w.tracker->submit(m_request);
        QTRY_VERIFY(!w.tracker->job(id).remoteId.isEmpty());
        QVERIFY(!w.tracker->job(id).isTerminal());
        w.stop();

        w.fixture.sandbox().setSpeed(100'000);
        QVERIFY(w.open());
        QCOMPARE(w.tracker->jobs().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker->job(id).state, CopyJobState::Completed, 20000);
        QCOMPARE(w.copyJobs(), before + 1);
        QVERIFY(!w.tracker->job(id).destinationBackupId.isEmpty());
    }

    void aStartCopyJobCutShortIsResentWithTheSameToken()
    {
        World &w = *m_world;
        const int before = w.copyJobs();
        QVERIFY(w.open());
        const QString id = w.tracker->submit(m_request);
        const QString token = w.tracker->job(id).clientToken;
        letRecordedCopiesGo(*w.ledger);
        w.stop(); // the request is on its way; nobody hears the answer
        QTRY_COMPARE(w.copyJobs(), before + 1);

        QVERIFY(w.open());
        QCOMPARE(w.tracker->job(id).state, CopyJobState::Submitting);
        QCOMPARE(w.tracker->job(id).clientToken, token);
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker->job(id).state, CopyJobState::Completed, 20000);
        QCOMPARE(w.copyJobs(), before + 1); // AWS answered the same job for the same token
    }

private:
    std::unique_ptr<World> m_world;
    CopyRequest m_request;
};

QTEST_GUILESS_MAIN(TestTrackerLedgerSandbox)
#include "tst_trackerledgersandbox.moc"
