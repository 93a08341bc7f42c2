// CopyJobTracker with a CopyLedger on a real file, over the fake cloud of tests/models: requests
// are written before they are sent, and a tracker built again on the same ledger (as after a
// restart or a crash) shows every job and follows the unfinished ones to their end without a
// second copy.
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"

#include "FakeCloud.h"
#include "support/LedgerSupport.h"

#include <QFile>
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
        backup = world.cloud.addBackups(source, 1, 400 * 1000 * 1000).first();
        path = dir.filePath(QStringLiteral("ledger.sqlite"));
    }

    CopyRequest request() const
    {
        CopyRequest r = world.copyRequest(backup, destination);
        r.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Backup");
        r.lifecycle.deleteAfterDays = 120;
        return r;
    }

    // Opens the ledger and a tracker on it, as Copydeck does when it starts, and waits until the
    // tracker has read the ledger.
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

    // Submits a copy and stops Copydeck once it is on its way to the cloud, before the answer.
    QString submitAndStopWhileSending()
    {
        int sent = 0;
        world.cloud.onSend = [&sent](const CopyRequest &) { ++sent; };
        const QString id = tracker->submit(request());
        letRecordedCopiesGo(*ledger);
        world.cloud.onSend = nullptr;
        stop();
        return sent == 1 ? id : QString();
    }

    // Copydeck goes away without warning: the tracker and the ledger close, calls in flight
    // complete in the cloud unseen.
    void stop()
    {
        tracker.reset();
        ledger.reset();
    }

    QTemporaryDir dir;
    QString path;
    FakeWorld world;
    Location source;
    Location destination;
    Backup backup;
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

class TestTrackerLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRequestIsWrittenBeforeItIsSent()
    {
        Fixture f;
        QVERIFY(f.start());
        f.world.cloud.latency = 50ms;
        const QString id = f.tracker->submit(f.request());

        // Nothing has reached the cloud yet, and the ledger already holds the request.
        QCOMPARE(f.world.cloud.startCalls, 0);
        const QList<LedgerRecord> records = f.ledger->loadJobs().result().value();
        QCOMPARE(records.size(), 1);
        const LedgerRecord &record = records.first();
        QCOMPARE(record.job.localId, id);
        QCOMPARE(record.job.state, CopyJobState::Submitting);
        QVERIFY(!record.job.clientToken.isEmpty());
        QCOMPARE(record.job.clientToken, f.tracker->job(id).clientToken);
        QCOMPARE(record.request.source.id, f.backup.id);
        QCOMPARE(record.request.destination.id, f.destination.id);
        QCOMPARE(record.request.roleArn, f.request().roleArn);
        QCOMPARE(record.request.lifecycle.deleteAfterDays, std::optional<int>(120));

        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        const CopyJob done = f.ledger->loadJobs().result().value().first().job;
        QCOMPARE(done.state, CopyJobState::Completed);
        QCOMPARE(done.remoteId, f.tracker->job(id).remoteId);
        QCOMPARE(done.destinationBackupId, f.tracker->job(id).destinationBackupId);
        const QList<CopyJobState> states = statesOf(f.ledger->events(id).result().value());
        QCOMPARE(states.first(), CopyJobState::Submitting);
        QCOMPARE(states.at(1), CopyJobState::Created);
        QVERIFY(states.contains(CopyJobState::Running));
        QCOMPARE(states.last(), CopyJobState::Completed);
        QCOMPARE(states.count(CopyJobState::Completed), 1);
    }

    void aCopyFollowedBeforeARestartIsResumedAndCompletes()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 8;
        QVERIFY(f.start());
        const QString id = f.tracker->submit(f.request());
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Running);
        const QString remoteId = f.tracker->job(id).remoteId;
        f.stop();
        QVERIFY(f.world.cloud.jobs.value(remoteId).polls < f.world.cloud.pollsToComplete);

        QVERIFY(f.start());
        QVERIFY(!f.tracker->loadError());
        // The history shows once read, before anything is asked of the cloud.
        QCOMPARE(f.tracker->jobs().size(), 1);
        QCOMPARE(f.tracker->job(id).state, CopyJobState::Running);
        QCOMPARE(f.tracker->job(id).remoteId, remoteId);
        QCOMPARE(f.tracker->request(id).source.id, f.backup.id);

        QSignalSpy finished(f.tracker.get(), &CopyJobTracker::jobFinished);
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(f.world.cloud.startCalls, 1);
        QCOMPARE(f.world.cloud.jobs.size(), 1);

        const QList<CopyJobState> states = statesOf(f.ledger->events(id).result().value());
        QCOMPARE(states.first(), CopyJobState::Submitting);
        QCOMPARE(states.last(), CopyJobState::Completed);
        QCOMPARE(states.count(CopyJobState::Completed), 1);
    }

    void aSendingCutShortIsResentWithTheSameToken()
    {
        Fixture f;
        f.world.cloud.latency = 30ms;
        QVERIFY(f.start());
        // Copydeck goes while the request is on its way: the cloud makes the copy unseen.
        const QString id = f.submitAndStopWhileSending();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(f.world.cloud.startCalls, 1);
        QCOMPARE(f.world.cloud.jobs.size(), 1);

        QVERIFY(f.start());
        QCOMPARE(f.tracker->job(id).state, CopyJobState::Submitting);
        const QString token = f.tracker->job(id).clientToken;
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.startTokens, QStringList({token, token}));
        QCOMPARE(f.world.cloud.jobs.size(), 1); // one copy, not two
        QCOMPARE(f.tracker->job(id).remoteId, f.world.cloud.jobs.keys().first());
        QCOMPARE(f.ledger->loadJobs().result().value().first().job.state, CopyJobState::Completed);
    }

    void aSendingThatNeverLeftIsSentOnce()
    {
        Fixture f;
        f.world.cloud.latency = 30ms;
        QVERIFY(f.start());
        const QString id = f.submitAndStopWhileSending();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(f.world.cloud.startCalls, 1);
        const QString token = f.world.cloud.startTokens.first();
        // As if the request had been lost on the way: the cloud made nothing.
        f.world.cloud.jobs.clear();
        f.world.cloud.jobOfToken.clear();

        QVERIFY(f.start());
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.startTokens.size(), 2);
        QCOMPARE(f.world.cloud.startTokens.last(), token);
        QCOMPARE(f.world.cloud.jobs.size(), 1);
    }

    void aCloudWithoutTokensIsAskedBeforeSendingAgain()
    {
        Fixture f;
        f.world.cloud.findsSentCopies = true;
        f.world.cloud.latency = 30ms;
        QVERIFY(f.start());
        const QString id = f.submitAndStopWhileSending();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(f.world.cloud.startCalls, 1);

        QVERIFY(f.start());
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.findCalls, 1);
        QCOMPARE(f.world.cloud.startCalls, 1); // found, not sent again
        QCOMPARE(f.world.cloud.jobs.size(), 1);
        QCOMPARE(f.tracker->job(id).remoteId, f.world.cloud.jobs.keys().first());
    }

    void aCloudWithoutTokensThatMadeNothingGetsItOnce()
    {
        Fixture f;
        f.world.cloud.findsSentCopies = true;
        f.world.cloud.latency = 30ms;
        QVERIFY(f.start());
        const QString id = f.submitAndStopWhileSending();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(f.world.cloud.startCalls, 1);
        f.world.cloud.jobs.clear();
        f.world.cloud.jobOfToken.clear();

        QVERIFY(f.start());
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.findCalls, 1);
        QCOMPARE(f.world.cloud.startCalls, 2);
        QCOMPARE(f.world.cloud.jobs.size(), 1);
    }

    void aCloudThatCannotSayIsAskedAgainNotSentAgain()
    {
        Fixture f;
        f.world.cloud.findsSentCopies = true;
        f.world.cloud.latency = 30ms;
        QVERIFY(f.start());
        const QString id = f.submitAndStopWhileSending();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(f.world.cloud.startCalls, 1);
        f.world.cloud.findError = FakeCloud::cloudError(QStringLiteral("Unavailable"),
                                                        QStringLiteral("Try later."), 503);

        QVERIFY(f.start());
        QTRY_VERIFY(f.tracker->job(id).error.has_value());
        QCOMPARE(f.tracker->job(id).state, CopyJobState::Submitting);
        QCOMPARE(f.tracker->job(id).error->cloudMessage, QStringLiteral("Try later."));
        QCOMPARE(f.world.cloud.startCalls, 1);
        f.world.cloud.findError.reset();
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QVERIFY(f.world.cloud.findCalls >= 2);
        QCOMPARE(f.world.cloud.startCalls, 1);
        QCOMPARE(f.world.cloud.jobs.size(), 1);
    }

    void aCreateBackupIsSentAsOneAndResumedAsOne()
    {
        Fixture f;
        QVERIFY(f.start());
        CopyRequest request = f.request();
        request.operation = CopyOperation::CreateBackup;
        request.name = QStringLiteral("orders-nightly");
        const QString id = f.tracker->submit(request);
        QCOMPARE(f.tracker->job(id).operation, CopyOperation::CreateBackup);
        // Accepted (the cloud's handle written down), then Copydeck goes away.
        QTRY_VERIFY(!f.tracker->job(id).remoteId.isEmpty());
        QCOMPARE(f.world.cloud.createCalls, 1);
        f.stop();

        QVERIFY(f.start());
        QCOMPARE(f.tracker->job(id).operation, CopyOperation::CreateBackup);
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.createCalls, 1);
        QCOMPARE(f.world.cloud.startCalls, 1);
    }

    void finishedJobsShowAndAreNotPolled()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString done = f.tracker->submit(f.request());
        QTRY_COMPARE(f.tracker->job(done).state, CopyJobState::Completed);
        CopyRequest refused = f.request();
        refused.name = QStringLiteral("refuse-me");
        const QString failed = f.tracker->submit(refused);
        QTRY_COMPARE(f.tracker->job(failed).state, CopyJobState::Failed);
        f.stop();

        const int polls = f.world.cloud.pollCalls;
        QVERIFY(f.start());
        const QList<CopyJob> jobs = f.tracker->jobs();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).localId, done);
        QCOMPARE(jobs.at(0).state, CopyJobState::Completed);
        QCOMPARE(jobs.at(1).localId, failed);
        QVERIFY(jobs.at(1).error.has_value());
        QVERIFY(jobs.at(1).error->userText().contains(QStringLiteral("This name is not allowed.")));
        // Refused by the rules before: still no retry offered after a restart.
        QVERIFY(!f.tracker->canRetry(failed));
        QTest::qWait(100);
        QCOMPARE(f.world.cloud.pollCalls, polls);
        QCOMPARE(f.world.cloud.startCalls, 1);
    }

    void aLedgerThatCannotBeReadIsReportedAndLeftAlone()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString id = f.tracker->submit(f.request());
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        f.stop();
        // The header and schema (page 1) stay whole; the jobs table (page 2) is ruined.
        QFile file(f.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() >= 3 * 4096);
        for (qsizetype i = 4096; i < 2 * 4096; ++i)
            bytes[i] = char(0x5A);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        QVERIFY(f.start());
        QVERIFY(f.tracker->loadError().has_value());
        QCOMPARE(f.tracker->loadError()->kind, CloudError::Kind::Local);
        QVERIFY2(f.tracker->loadError()->userText().contains(f.path),
                 qPrintable(f.tracker->loadError()->userText()));
        QVERIFY(f.tracker->jobs().isEmpty());
        // Copies still work, in memory, and the file is not written.
        const QString next = f.tracker->submit(f.request());
        QTRY_COMPARE(f.tracker->job(next).state, CopyJobState::Completed);
        f.stop();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void aRetryIsWrittenBeforeItIsSent()
    {
        Fixture f;
        QVERIFY(f.start());
        f.world.cloud.endState = CopyJobState::Failed;
        const QString id = f.tracker->submit(f.request());
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Failed);
        f.world.cloud.endState = CopyJobState::Completed;
        f.world.cloud.latency = 50ms;
        f.tracker->retry(id);
        const LedgerRecord record = f.ledger->loadJobs().result().value().first();
        QCOMPARE(record.job.state, CopyJobState::Submitting);
        QCOMPARE(f.world.cloud.startCalls, 1); // not sent again before that
        QCOMPARE(record.job.clientToken, f.tracker->job(id).clientToken);
        QVERIFY(record.job.remoteId.isEmpty());
        QTRY_COMPARE(f.tracker->job(id).state, CopyJobState::Completed);
        QCOMPARE(f.world.cloud.startTokens.last(), record.job.clientToken);
    }
};

QTEST_GUILESS_MAIN(TestTrackerLedger)
#include "tst_trackerledger.moc"
