// CopyJobTracker over the fake cloud: submission, validation, polling to the end, errors, retry,
// cancel, and progress from the cloud versus Copydeck's estimate.
#include "jobs/CopyJobTracker.h"
#include "jobs/ThroughputHistory.h"

#include "FakeCloud.h"

#include <QSignalSpy>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MB = 1000 * 1000;

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
        backup = world.cloud.addBackups(source, 1, 400 * MB).first();
        tracker.setPollSchedule(PollSchedule::fast());
    }
    CopyRequest request() const { return world.copyRequest(backup, destination); }

    FakeWorld world;
    ThroughputHistory history;
    CopyJobTracker tracker {&world.connections, &history, &world.clock};
    Location source;
    Location destination;
    Backup backup;
};

} // namespace

class TestCopyJobTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submitFollowsTheCopyToItsEnd()
    {
        Fixture f;
        QList<CopyJobState> states;
        QObject context;
        connect(&f.tracker, &CopyJobTracker::jobChanged, &context,
                [&](const QString &id) { states << f.tracker.job(id).state; });
        QSignalSpy added(&f.tracker, &CopyJobTracker::jobAdded);
        QSignalSpy finished(&f.tracker, &CopyJobTracker::jobFinished);

        const QString id = f.tracker.submit(f.request());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), id);
        QCOMPARE(f.tracker.job(id).state, CopyJobState::Submitting);
        QCOMPARE(f.tracker.job(id).sourceName, f.backup.name);
        QVERIFY(!f.tracker.job(id).clientToken.isEmpty());

        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);
        QCOMPARE(states.first(), CopyJobState::Created);
        QVERIFY(states.contains(CopyJobState::Running));
        QVERIFY(states.indexOf(CopyJobState::Created) < states.indexOf(CopyJobState::Running));
        QCOMPARE(states.last(), CopyJobState::Completed);
        QCOMPARE(finished.count(), 1);

        const CopyJob job = f.tracker.job(id);
        QCOMPARE(job.remoteId, QStringLiteral("copy-job-1"));
        QCOMPARE(job.rawState, QStringLiteral("COMPLETED"));
        QCOMPARE(job.destinationBackupId, QStringLiteral("copy-job-1:copy"));
        QVERIFY(job.completed.isValid());
        QCOMPARE(f.world.cloud.startCalls, 1);
        QCOMPARE(f.world.cloud.pollCalls, f.world.cloud.pollsToComplete);
        QCOMPARE(f.world.cloud.overlappingPolls, 0);
        QCOMPARE(f.tracker.percent(id).value(), 100.0);
        QVERIFY(!f.tracker.canRetry(id));
        QVERIFY(!f.tracker.canCancel(id));

        // Nothing polls a finished job.
        const int polls = f.world.cloud.pollCalls;
        QTest::qWait(100);
        QCOMPARE(f.world.cloud.pollCalls, polls);
    }

    void jobsKeepSubmissionOrder()
    {
        Fixture f;
        const QString first = f.tracker.submit(f.request());
        const QString second = f.tracker.submit(f.request());
        const QList<CopyJob> jobs = f.tracker.jobs();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).localId, first);
        QCOMPARE(jobs.at(1).localId, second);
        QVERIFY(jobs.at(0).clientToken != jobs.at(1).clientToken);
        QTRY_VERIFY(f.tracker.job(first).isTerminal() && f.tracker.job(second).isTerminal());
        QCOMPARE(f.world.cloud.startCalls, 2);
    }

    void validationIssuesFailWithoutSending()
    {
        Fixture f;
        QSignalSpy finished(&f.tracker, &CopyJobTracker::jobFinished);
        CopyRequest request = f.request();
        request.destination = Location();
        request.name = QStringLiteral("refuse-me");

        const QString id = f.tracker.submit(request);
        const CopyJob job = f.tracker.job(id);
        QCOMPARE(job.state, CopyJobState::Failed);
        QVERIFY(job.error.has_value());
        QCOMPARE(job.error->kind, CloudError::Kind::Local);
        QVERIFY2(job.error->userText().contains(QStringLiteral("Choose a destination vault.")),
                 qPrintable(job.error->userText()));
        QVERIFY(job.error->userText().contains(QStringLiteral("This name is not allowed.")));
        QCOMPARE(finished.count(), 1);
        // The same request would be refused again: no retry offered.
        QVERIFY(!f.tracker.canRetry(id));

        QTest::qWait(50);
        QCOMPARE(f.world.cloud.startCalls, 0);
    }

    void startErrorFailsWithTheCloudsMessage()
    {
        Fixture f;
        f.world.cloud.startError = FakeCloud::cloudError(
            QStringLiteral("InvalidParameterValueException"),
            QStringLiteral("Invalid lifecycle. DeleteAfterDays cannot be less than 90 days "
                           "apart from MoveToColdStorageAfterDays"));
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Failed);
        const CopyJob job = f.tracker.job(id);
        QVERIFY(job.error.has_value());
        QCOMPARE(job.error->cloudCode, QStringLiteral("InvalidParameterValueException"));
        QVERIFY(job.error->userText().contains(QStringLiteral("DeleteAfterDays cannot be less")));
        QVERIFY(job.remoteId.isEmpty());
        QCOMPARE(f.world.cloud.pollCalls, 0);
        QVERIFY(f.tracker.canRetry(id));
    }

    void retryReusesTheClientToken()
    {
        Fixture f;
        f.world.cloud.startError = FakeCloud::cloudError(QStringLiteral("ServiceUnavailable"),
                                                         QStringLiteral("Try again."), 503);
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Failed);
        const QString token = f.tracker.job(id).clientToken;

        f.world.cloud.startError.reset();
        QVERIFY(f.tracker.canRetry(id));
        f.tracker.retry(id);
        QCOMPARE(f.tracker.job(id).state, CopyJobState::Submitting);
        QVERIFY(!f.tracker.job(id).error.has_value());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);

        // The cloud never acknowledged the first attempt: the second one carries the same token,
        // so a copy the cloud did make unseen is not made twice.
        QCOMPARE(f.world.cloud.startTokens, QStringList({token, token}));
        QCOMPARE(f.tracker.jobs().size(), 1);
    }

    void retryOfAFailedCopyUsesANewToken()
    {
        Fixture f;
        f.world.cloud.endState = CopyJobState::Failed;
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Failed);
        QCOMPARE(f.tracker.job(id).statusMessage, f.world.cloud.failureMessage);
        QVERIFY(f.tracker.canRetry(id));

        f.world.cloud.endState = CopyJobState::Completed;
        f.tracker.retry(id);
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.startTokens.size(), 2);
        QVERIFY(f.world.cloud.startTokens.at(0) != f.world.cloud.startTokens.at(1));
        QCOMPARE(f.tracker.job(id).remoteId, QStringLiteral("copy-job-2"));
    }

    void cancelWhereTheCloudAllows()
    {
        Fixture f;
        f.world.cloud.capabilities.canCancel = true;
        f.world.cloud.pollsToComplete = 1000000;
        const QString id = f.tracker.submit(f.request());
        QVERIFY(!f.tracker.canCancel(id)); // nothing to cancel before the cloud has it
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Running);
        QVERIFY(f.tracker.canCancel(id));

        QSignalSpy finished(&f.tracker, &CopyJobTracker::jobFinished);
        f.tracker.cancel(id);
        QVERIFY(!f.tracker.canCancel(id)); // already asked
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Cancelled);
        QCOMPARE(f.world.cloud.cancelCalls, 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(f.tracker.job(id).rawState, QStringLiteral("ABORTED"));
    }

    void noCancelWhereTheCloudCannot()
    {
        Fixture f;
        f.world.cloud.capabilities.canCancel = false;
        f.world.cloud.pollsToComplete = 1000000;
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Running);
        QVERIFY(!f.tracker.canCancel(id));
        f.tracker.cancel(id);
        QTest::qWait(50);
        QCOMPARE(f.world.cloud.cancelCalls, 0);
        QCOMPARE(f.tracker.job(id).state, CopyJobState::Running);
    }

    void percentFromTheCloud()
    {
        Fixture f;
        f.world.cloud.capabilities.givesPercent = true;
        f.world.cloud.pollsToComplete = 4;
        const QString id = f.tracker.submit(f.request());
        QTRY_VERIFY(f.tracker.job(id).percent.has_value());
        QCOMPARE(f.tracker.percent(id).value(), f.tracker.job(id).percent.value());
        QVERIFY(f.tracker.percent(id).value() < 100.0);
        QVERIFY(!f.tracker.percentIsEstimate(id));
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);
        QCOMPARE(f.tracker.percent(id).value(), 100.0);
    }

    void percentEstimatedWhereTheCloudGivesNone()
    {
        Fixture f;
        f.world.cloud.capabilities.givesPercent = false;
        f.world.cloud.pollsToComplete = 1000000;
        const QString id = f.tracker.submit(f.request());
        // Nothing to say before the cloud has the copy.
        QVERIFY(!f.tracker.percent(id).has_value());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Running);

        // 400 MB at the assumed 40 MB/s: 10 s.
        QCOMPARE(f.tracker.percent(id).value(), 0.0);
        f.world.clock.advance(5);
        QCOMPARE(f.tracker.percent(id).value(), 50.0);
        QVERIFY(f.tracker.percentIsEstimate(id));
        QCOMPARE(f.tracker.secondsLeft(id).value(), 5);

        // Once earlier copies on this route are known (20 MB/s), the estimate follows them.
        CopyJob earlier = f.tracker.job(id);
        earlier.state = CopyJobState::Completed;
        earlier.sizeBytes = 200 * MB;
        earlier.created = f.world.clock.now().addSecs(-100);
        earlier.completed = f.world.clock.now().addSecs(-90);
        f.history.record(earlier);
        QCOMPARE(f.tracker.percent(id).value(), 25.0);
        QCOMPARE(f.tracker.secondsLeft(id).value(), 15);
    }

    void completedCopiesTeachTheHistory()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 20;
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Running);
        f.world.clock.advance(10); // 400 MB in 10 s
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);
        QCOMPARE(f.history.bytesPerSecond(f.tracker.job(id)).value(), 40.0 * MB);
    }

    void pollErrorsLeaveTheCopyRunning()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 5;
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Running);
        CloudError unavailable = FakeCloud::cloudError(QStringLiteral("ServiceUnavailable"),
                                                       QStringLiteral("Slow down."), 503);
        unavailable.kind = CloudError::Kind::Server;
        f.world.cloud.pollError = unavailable;
        QTRY_VERIFY(f.tracker.job(id).error.has_value());
        QCOMPARE(f.tracker.job(id).state, CopyJobState::Running);

        f.world.cloud.pollError.reset();
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);
        QVERIFY(!f.tracker.job(id).error.has_value());
    }

    void aJobTheCloudForgotIsLost()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 1000000;
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Running);
        f.world.cloud.jobs.clear();
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Lost);
        QCOMPARE(f.tracker.job(id).error->kind, CloudError::Kind::NotFound);
    }

    void accountsMayChangeWhileAPollIsUnderway()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 6;
        f.world.cloud.latency = 30ms;
        const QString id = f.tracker.submit(f.request());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Running);
        QTest::qWait(20); // the next poll is in flight
        f.world.connections.setAccounts(f.world.connections.accounts());
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.callsCutShort, 0);
        QCOMPARE(f.world.cloud.overlappingPolls, 0);
    }

    void theTrackerMayGoWhileACallIsUnderway()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 1000000;
        f.world.cloud.latency = 30ms;
        auto tracker
            = std::make_unique<CopyJobTracker>(&f.world.connections, &f.history, &f.world.clock);
        tracker->setPollSchedule(PollSchedule::fast());
        tracker->submit(f.request());
        QTRY_COMPARE(f.world.cloud.startCalls, 1);
        QTest::qWait(40); // a poll is in flight now, or about to be
        tracker.reset();
        const int polls = f.world.cloud.pollCalls;
        QTest::qWait(150);
        QVERIFY(f.world.cloud.pollCalls <= polls + 1); // at most the one already sent
    }
};

QTEST_GUILESS_MAIN(TestCopyJobTracker)
#include "tst_copyjobtracker.moc"
