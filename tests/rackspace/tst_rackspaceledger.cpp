// CopyJobTracker with a CopyLedger against the sandbox's Rackspace module: Copydeck stops while the
// copy action is on its way (the 202 is never heard), and a tracker built again on the same ledger
// finds the copy the cloud made (findSentCopy) instead of sending it again; a copy followed before
// a restart completes once.

#include "RackspaceSandboxFixture.h"

#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "sandbox/rackspace/RackspaceDatabaseState.h"
#include "sandbox/rackspace/RackspaceSandbox.h"
#include "support/LedgerSupport.h"

#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

struct World
{
    World() { network.setProxy(QNetworkProxy::NoProxy); }

    bool start(QString *error)
    {
        if (!fixture.start(error))
            return false;
        registry.add(std::make_unique<RackspaceProvider>(QProcessEnvironment()));
        const Account account = fixture.demoAccount();
        secrets.insert(account.secretKey(QStringLiteral("apiKey")),
                       fixture.sandbox().rackspaceCredential().secretAccessKey.toUtf8());
        connections.setAccounts({account});
        return true;
    }

    bool open()
    {
        auto opened = CopyLedger::open(dir.filePath(QStringLiteral("ledger.sqlite")));
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

    // Backups called `name` in `region`, as the sandbox holds them.
    int copiesNamed(const QString &region, const QString &name)
    {
        int count = 0;
        for (const auto &record : fixture.sandbox().rackspace()->state().backups.value(region))
            count += record.name == name ? 1 : 0;
        return count;
    }

    RackspaceSandboxFixture fixture;
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

class TestRackspaceLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<World>();
        QString error;
        QVERIFY2(m_world->start(&error), qPrintable(error));
        auto connection = m_world->fixture.connectDemo();
        const auto request = m_world->fixture.request(
            *connection, QStringLiteral("DFW"), QStringLiteral("inventory-db-manual"),
            QStringLiteral("IAD"), QStringLiteral("inventory-iad"));
        QVERIFY(request);
        m_request = *request;
    }

    void cleanup() { m_world.reset(); }

    void aCopyActionCutShortIsFoundNotSentAgain()
    {
        World &w = *m_world;
        QVERIFY(w.open());
        const QString id = w.tracker->submit(m_request);
        letRecordedCopiesGo(*w.ledger);
        w.stop(); // the copy action is on its way; nobody hears the 202
        QTRY_COMPARE(w.copiesNamed(QStringLiteral("IAD"), m_request.name), 1);

        w.fixture.sandbox().setSpeed(1000);
        QVERIFY(w.open());
        QCOMPARE(w.tracker->job(id).state, CopyJobState::Submitting);
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker->job(id).state, CopyJobState::Completed, 20'000);
        QVERIFY(!w.tracker->job(id).destinationBackupId.isEmpty());
        // Found, not sent again: still one copy of that name.
        QCOMPARE(w.copiesNamed(QStringLiteral("IAD"), m_request.name), 1);
    }

    void aCopyFollowedBeforeARestartCompletesOnce()
    {
        World &w = *m_world;
        QVERIFY(w.open());
        const QString id = w.tracker->submit(m_request);
        QTRY_VERIFY(!w.tracker->job(id).destinationBackupId.isEmpty());
        QVERIFY(!w.tracker->job(id).isTerminal());
        w.stop();

        w.fixture.sandbox().setSpeed(1000);
        QVERIFY(w.open());
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker->job(id).state, CopyJobState::Completed, 20'000);
        QCOMPARE(w.copiesNamed(QStringLiteral("IAD"), m_request.name), 1);
    }

private:
    std::unique_ptr<World> m_world;
    CopyRequest m_request;
};

QTEST_GUILESS_MAIN(TestRackspaceLedger)
#include "tst_rackspaceledger.moc"
