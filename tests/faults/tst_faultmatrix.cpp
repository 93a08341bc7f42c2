// The fault matrix: every fault kind of the sandbox, for every landed cloud (one row of
// FaultClouds each), with the real provider, tracker and ledger over loopback. With a share of
// requests failing, a copy still ends Completed and the cloud holds exactly one copy for it; with
// every request failing, the copy fails with a message that says what happened, and no copy exists.
#include "FaultClouds.h"
#include "LedgerWaits.h"

#include "support/FinishTask.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/RetryPolicy.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxFaults.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;
using namespace Copydeck::Sandbox;
using namespace std::chrono_literals;

namespace {

struct World
{
    explicit World(const FaultCloud &cloud)
        : cloud(cloud)
    {
        network.setProxy(QNetworkProxy::NoProxy);
        policy.transferTimeout = 400ms; // a hang costs this much per attempt
        registerFaultProviders(registry, home.path());
    }

    bool start()
    {
        QString error;
        if (!sandbox.start(SandboxOptions {}, &error)) {
            qWarning() << error;
            return false;
        }
        sandbox.setSpeed(20'000);
        connections.setAccounts({cloud.account(sandbox.startupInfo(), secrets)});
        connection = connections.sharedConnection(connections.accounts().first().id);
        if (!connection)
            return false;
        const auto found = cloud.route(*connection);
        if (!found)
            return false;
        route = *found;
        auto opened = CopyLedger::open(dir.filePath(QStringLiteral("ledger.sqlite")));
        if (!opened)
            return false;
        ledger = std::move(opened).value();
        tracker = std::make_unique<CopyJobTracker>(&connections, nullptr, &clock, ledger.get());
        tracker->setPollSchedule(PollSchedule::fast());
        return true;
    }

    // Backups in the destination, over the cloud's API with no faults on.
    int copiesInDestination()
    {
        const SandboxFaultPlan plan = sandbox.faults()->plan();
        sandbox.faults()->setPlan({});
        const auto backups = allBackups(*connection, route.destination);
        sandbox.faults()->setPlan(plan);
        return backups ? int(backups->size()) : -1;
    }

    void faults(SandboxFault kind, double share)
    {
        SandboxFaultPlan plan;
        plan.share = share;
        plan.kinds = {kind};
        plan.seed = 7;
        plan.retryAfterSeconds = 0;
        plan.slowDelay = 100ms;
        plan.hangFor = 30s;
        plan.faultFirst = true; // the copy's first request (sending it, or the token) meets it
        sandbox.faults()->setPlan(plan);
    }

    FaultCloud cloud;
    QTemporaryDir home;
    QTemporaryDir dir;
    Copydeck::Sandbox::Sandbox sandbox;
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    RetryPolicy policy = RetryPolicy::fast();
    ProviderRegistry registry;
    AccountConnections connections {registry, ProviderContext {&network, &secrets, &policy}};
    std::shared_ptr<ProviderConnection> connection;
    FaultRoute route;
    SystemClock clock;
    std::unique_ptr<CopyLedger> ledger;
    std::unique_ptr<CopyJobTracker> tracker;
};

QString messageOf(const CopyJob &job)
{
    return job.error ? job.error->userText() : job.statusMessage;
}

} // namespace

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCopyEndsRightUnderEveryFault_data()
    {
        QTest::addColumn<int>("cloud");
        QTest::addColumn<SandboxFault>("fault");
        const QList<FaultCloud> clouds = landedFaultClouds();
        for (int c = 0; c < clouds.size(); ++c) {
            for (const SandboxFault fault : SandboxFaultPlan::allKinds()) {
                const QString row
                    = clouds.at(c).id + QLatin1Char(' ') + SandboxFaultPlan::key(fault);
                QTest::newRow(qPrintable(row)) << c << fault;
            }
        }
    }

    // A third of the cloud's requests fail (the sending, the polls, the token calls): the copy
    // completes, and exactly once.
    void aCopyEndsRightUnderEveryFault()
    {
        QFETCH(int, cloud);
        QFETCH(SandboxFault, fault);
        World world(landedFaultClouds().at(cloud));
        QVERIFY(world.start());
        const int before = world.copiesInDestination();
        QVERIFY(before >= 0);

        world.faults(fault, 0.35);
        const QString id = world.tracker->submit(
            world.cloud.request(world.route, QStringLiteral("matrix-%1").arg(int(fault)), 0));
        QTRY_VERIFY_WITH_TIMEOUT(world.tracker->job(id).isTerminal(), 60'000);
        const CopyJob job = world.tracker->job(id);
        QVERIFY2(job.state == CopyJobState::Completed,
                 qPrintable(copyJobStateName(job.state) + QStringLiteral(": ") + messageOf(job)));
        QVERIFY(world.sandbox.faults()->injected(fault) > 0);
        QCOMPARE(world.copiesInDestination(), before + 1);
        QCOMPARE(ledgerAnswer(world.ledger->loadJobs()).value().first().job.state,
                 CopyJobState::Completed);
    }

    void aPermanentFaultFailsTheCopyClearly_data()
    {
        QTest::addColumn<int>("cloud");
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<QString>("says");
        const QList<FaultCloud> clouds = landedFaultClouds();
        for (int c = 0; c < clouds.size(); ++c) {
            const QString id = clouds.at(c).id;
            QTest::newRow(qPrintable(id + QStringLiteral(" 503")))
                << c << SandboxFault::Unavailable << QStringLiteral("unavailable");
            QTest::newRow(qPrintable(id + QStringLiteral(" hang")))
                << c << SandboxFault::Hang << QStringLiteral("127.0.0.1");
        }
    }

    // Every request fails, and none was applied: the copy fails with the cloud's words (or the
    // address that did not answer), and there is no copy.
    void aPermanentFaultFailsTheCopyClearly()
    {
        QFETCH(int, cloud);
        QFETCH(SandboxFault, fault);
        QFETCH(QString, says);
        World world(landedFaultClouds().at(cloud));
        QVERIFY(world.start());
        const int before = world.copiesInDestination();

        world.faults(fault, 1.0);
        const QString id
            = world.tracker->submit(world.cloud.request(world.route, QStringLiteral("never"), 0));
        QTRY_VERIFY_WITH_TIMEOUT(world.tracker->job(id).isTerminal(), 60'000);
        const CopyJob job = world.tracker->job(id);
        QCOMPARE(job.state, CopyJobState::Failed);
        QVERIFY(job.error);
        QVERIFY2(messageOf(job).contains(says, Qt::CaseInsensitive), qPrintable(messageOf(job)));
        QVERIFY(job.error->retryable);
        QVERIFY(world.tracker->canRetry(id));
        QCOMPARE(world.copiesInDestination(), before);

        // Once the cloud answers again, Retry makes the copy.
        world.sandbox.faults()->setPlan({});
        world.tracker->retry(id);
        QTRY_VERIFY_WITH_TIMEOUT(world.tracker->job(id).isTerminal(), 30'000);
        QCOMPARE(world.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(world.copiesInDestination(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
