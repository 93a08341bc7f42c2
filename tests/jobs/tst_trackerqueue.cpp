// Queued jobs: CopyJobTracker::submit(request, afterLocalId) writes the job down at once, keeps it
// waiting ("Waiting for …") until the job before it completes, then sends it; when that one fails,
// is cancelled or is unknown, the waiting one fails saying why. The wait survives a restart.
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"
#include "models/CopyJobModel.h"

#include "FakeCloud.h"
#include "support/LedgerSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;
using namespace std::chrono_literals;

namespace {

struct Fixture
{
    Fixture()
    {
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        source = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 1)
                     .first();
        destination
            = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-west-2"), 1)
                  .first();
        backups = world.cloud.addBackups(source, 3, 400 * 1000 * 1000);
        path = dir.filePath(QStringLiteral("ledger.sqlite"));
    }

    CopyRequest request(int backup = 0) const
    {
        return world.copyRequest(backups.at(backup), destination);
    }

    bool start()
    {
        Result<std::unique_ptr<CopyLedger>> opened = CopyLedger::open(path);
        if (!opened) {
            qWarning() << opened.error().userText();
            return false;
        }
        ledger = std::move(opened).value();
        tracker = std::make_unique<CopyJobTracker>(&world.connections, nullptr, &world.clock,
                                                   ledger.get());
        tracker->setPollSchedule(PollSchedule::fast());
        return waitUntilLoaded(*tracker);
    }

    void stop()
    {
        tracker.reset();
        ledger.reset();
    }

    QString userText(const QString &id) const
    {
        const CopyJob job = tracker->job(id);
        return job.error ? job.error->userText() : job.statusMessage;
    }

    QTemporaryDir dir;
    QString path;
    FakeWorld world;
    Location source;
    Location destination;
    QList<Backup> backups;
    std::unique_ptr<CopyLedger> ledger;
    std::unique_ptr<CopyJobTracker> tracker;
};

QList<CopyJobState> statesOf(const QList<LedgerEvent> &events)
{
    QList<CopyJobState> states;
    for (const LedgerEvent &event : events)
        states << event.state;
    return states;
}

} // namespace

class TestTrackerQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQueuedJobIsSentOnlyOnceTheOneBeforeCompletes()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 4;
        QVERIFY(f.start());
        const QString first = f.tracker->submit(f.request(0));
        const QString second = f.tracker->submit(f.request(1), first);

        QCOMPARE(f.tracker->job(second).state, CopyJobState::Queued);
        QCOMPARE(f.tracker->waitsFor(second), first);
        QCOMPARE(copyJobStateName(CopyJobState::Queued), QStringLiteral("Waiting"));
        QCOMPARE(f.userText(second),
                 QStringLiteral("Waiting for the copy of %1 to %2 to complete")
                     .arg(f.backups.at(0).name, f.destination.displayName));
        QVERIFY(!f.tracker->job(second).isTerminal());
        // Written down at once, waiting.
        const QList<LedgerRecord> records = f.ledger->loadJobs().result().value();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).job.state, CopyJobState::Queued);
        QCOMPARE(records.at(1).afterLocalId, first);

        // When the first one ends, the second one has not reached the cloud yet.
        int sentWhenFirstEnded = -1;
        QObject context;
        QObject::connect(f.tracker.get(), &CopyJobTracker::jobFinished, &context,
                         [&](const QString &id) {
                             if (id == first)
                                 sentWhenFirstEnded = f.world.cloud.startCalls;
                         });
        QTRY_COMPARE(f.tracker->job(first).state, CopyJobState::Completed);
        QCOMPARE(sentWhenFirstEnded, 1);
        QTRY_COMPARE(f.tracker->job(second).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.startCalls, 2);
        QCOMPARE(f.world.cloud.startTokens.last(), f.tracker->job(second).clientToken);
        QVERIFY(f.userText(second).isEmpty());

        const QList<CopyJobState> states = statesOf(f.ledger->events(second).result().value());
        QCOMPARE(states.first(), CopyJobState::Queued);
        QCOMPARE(states.at(1), CopyJobState::Submitting);
        QCOMPARE(states.last(), CopyJobState::Completed);
    }

    void aJobAfterACompletedOneIsSentAtOnce()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString first = f.tracker->submit(f.request(0));
        QTRY_COMPARE(f.tracker->job(first).state, CopyJobState::Completed);
        const QString second = f.tracker->submit(f.request(1), first);
        QVERIFY(f.tracker->job(second).state != CopyJobState::Queued);
        QTRY_COMPARE(f.tracker->job(second).state, CopyJobState::Completed);
    }

    void theWaitingJobFailsWhenTheOneBeforeDoesNotComplete_data()
    {
        QTest::addColumn<CopyJobState>("endState");
        QTest::addColumn<QString>("stateWord");
        QTest::newRow("failed") << CopyJobState::Failed << QStringLiteral("Failed");
        QTest::newRow("partly failed") << CopyJobState::Partial << QStringLiteral("Partly failed");
        QTest::newRow("cancelled") << CopyJobState::Cancelled << QStringLiteral("Cancelled");
    }

    void theWaitingJobFailsWhenTheOneBeforeDoesNotComplete()
    {
        QFETCH(CopyJobState, endState);
        QFETCH(QString, stateWord);
        Fixture f;
        f.world.cloud.endState = endState;
        QVERIFY(f.start());
        const QString first = f.tracker->submit(f.request(0));
        const QString second = f.tracker->submit(f.request(1), first);
        const QString third = f.tracker->submit(f.request(2), second);
        QCOMPARE(f.tracker->job(third).state, CopyJobState::Queued);

        QTRY_COMPARE(f.tracker->job(first).state, endState);
        QCOMPARE(f.tracker->job(second).state, CopyJobState::Failed);
        QVERIFY2(f.userText(second).contains(QStringLiteral("\"%1\"").arg(stateWord)),
                 qPrintable(f.userText(second)));
        QVERIFY(f.userText(second).contains(f.backups.at(0).name));
        // A chain fails link by link, each naming the job it waited for.
        QCOMPARE(f.tracker->job(third).state, CopyJobState::Failed);
        QVERIFY(f.userText(third).contains(f.backups.at(1).name));
        QCOMPARE(f.world.cloud.startCalls, 1);
        QVERIFY(f.tracker->canRetry(second));
        QCOMPARE(f.ledger->loadJobs().result().value().at(1).job.state, CopyJobState::Failed);
    }

    void aJobAfterAnUnknownJobFailsAtOnce()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString id = f.tracker->submit(f.request(0), QStringLiteral("no-such-job"));
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Failed);
        QVERIFY(f.userText(id).contains(QStringLiteral("not in its list")));
        QTest::qWait(50);
        QCOMPARE(f.world.cloud.startCalls, 0);
    }

    void aQueuedJobCanBeCancelledAndNothingIsSent()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 4;
        QVERIFY(f.start());
        const QString first = f.tracker->submit(f.request(0));
        const QString second = f.tracker->submit(f.request(1), first);
        const QString third = f.tracker->submit(f.request(2), second);
        // The fake cloud cannot cancel, but a job nobody has sent can always be.
        QVERIFY(!f.tracker->canCancel(first));
        QVERIFY(f.tracker->canCancel(second));
        f.tracker->cancel(second);
        QCOMPARE(f.tracker->job(second).state, CopyJobState::Cancelled);
        QCOMPARE(f.tracker->job(third).state, CopyJobState::Failed);
        QTRY_COMPARE(f.tracker->job(first).state, CopyJobState::Completed);
        QTest::qWait(50);
        QCOMPARE(f.tracker->job(second).state, CopyJobState::Cancelled);
        QCOMPARE(f.world.cloud.startCalls, 1);
    }

    void retryingAFailedWaiterWaitsAgainThenSends()
    {
        Fixture f;
        f.world.cloud.endState = CopyJobState::Failed;
        f.world.cloud.pollsToComplete = 3;
        QVERIFY(f.start());
        const QString first = f.tracker->submit(f.request(0));
        const QString second = f.tracker->submit(f.request(1), first);
        QTRY_COMPARE(f.tracker->job(second).state, CopyJobState::Failed);

        f.world.cloud.endState = CopyJobState::Completed;
        f.tracker->retry(first);
        f.tracker->retry(second);
        QCOMPARE(f.tracker->job(second).state, CopyJobState::Queued);
        QTRY_COMPARE(f.tracker->job(first).state, CopyJobState::Completed);
        QTRY_COMPARE(f.tracker->job(second).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.startCalls, 3);
    }

    void theWaitSurvivesARestart()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 8;
        QVERIFY(f.start());
        const QString first = f.tracker->submit(f.request(0));
        const QString second = f.tracker->submit(f.request(1), first);
        QTRY_COMPARE(f.tracker->job(first).state, CopyJobState::Running);
        f.stop();

        QVERIFY(f.start());
        QCOMPARE(f.tracker->job(second).state, CopyJobState::Queued);
        QCOMPARE(f.tracker->waitsFor(second), first);
        QTRY_COMPARE(f.tracker->job(first).state, CopyJobState::Completed);
        QTRY_COMPARE(f.tracker->job(second).state, CopyJobState::Completed);
        // The first one was followed again, not sent again.
        QCOMPARE(f.world.cloud.startCalls, 2);
    }

    void aWaiterWhoseJobCompletedWhileCopydeckWasClosedIsSentOnStart()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString first = f.tracker->submit(f.request(0));
        QTRY_COMPARE(f.tracker->job(first).state, CopyJobState::Completed);
        f.stop();
        {
            // As if Copydeck had been killed between the first job's end and the second's send.
            auto ledger = CopyLedger::open(f.path);
            QVERIFY(ledger);
            LedgerRecord waiting;
            waiting.request = f.request(1);
            waiting.request.clientToken = QStringLiteral("token-2");
            waiting.job.localId = QStringLiteral("job-2");
            waiting.job.cloud = f.world.cloud.cloudId;
            waiting.job.accountId = QStringLiteral("acct-1");
            waiting.job.sourceId = f.backups.at(1).id;
            waiting.job.destination = f.destination;
            waiting.job.clientToken = waiting.request.clientToken;
            waiting.job.state = CopyJobState::Queued;
            waiting.afterLocalId = first;
            QVERIFY(ledger.value()->save(waiting).result());
        }
        QVERIFY(f.start());
        QTRY_COMPARE(f.tracker->job(QStringLiteral("job-2")).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.startTokens.last(), QStringLiteral("token-2"));
    }

    void theJobsTableSaysWhatAJobWaitsFor()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 50;
        QVERIFY(f.start());
        CopyJobModel model(f.tracker.get(), &f.world.clock);
        QAbstractItemModelTester tester(&model);
        const QString first = f.tracker->submit(f.request(0));
        const QString second = f.tracker->submit(f.request(1), first);
        const QModelIndex row = model.index(model.rowOfJob(second), 0);
        QCOMPARE(row.siblingAtColumn(CopyJobModel::StateColumn).data().toString(),
                 QStringLiteral("Waiting"));
        QCOMPARE(row.data(CopyJobModel::StateRole).toInt(), int(CopyJobState::Queued));
        QVERIFY(row.siblingAtColumn(CopyJobModel::MessageColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Waiting for the copy of")));
        QVERIFY(row.data(CopyJobModel::CanCancelRole).toBool());
        QVERIFY(!row.data(CopyJobModel::CanRetryRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestTrackerQueue)
#include "tst_trackerqueue.moc"
