// CopyJobModel over a real tracker and the fake cloud: rows appear at once, progress and time
// texts, roles the delegate and buttons rely on, and coalesced updates.
#include "jobs/CopyJobTracker.h"
#include "jobs/ThroughputHistory.h"
#include "models/CopyJobModel.h"

#include "FakeCloud.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;
using namespace std::chrono_literals;

namespace {

using Model = CopyJobModel;
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
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     model);
    }
    ~Fixture() { delete model; }

    QString submit() { return tracker.submit(world.copyRequest(backup, destination)); }
    QVariant cell(const QString &localId, int column, int role = Qt::DisplayRole) const
    {
        return model->index(model->rowOfJob(localId), column).data(role);
    }

    FakeWorld world;
    ThroughputHistory history;
    CopyJobTracker tracker {&world.connections, &history, &world.clock};
    Model *model = new Model(&tracker, &world.clock);
    Location source;
    Location destination;
    Backup backup;
};

} // namespace

class TestCopyJobModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewJobIsARowAtOnce()
    {
        Fixture f;
        QSignalSpy inserted(f.model, &Model::rowsInserted);
        const QString id = f.submit();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(f.model->rowCount(), 1);
        QCOMPARE(f.model->rowOfJob(id), 0);
        QCOMPARE(f.model->job(0).localId, id);
        QCOMPARE(f.cell(id, Model::SourceColumn).toString(), f.backup.name);
        QCOMPARE(f.cell(id, Model::DestinationColumn).toString(), QStringLiteral("vault-2"));
        QCOMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Submitting"));
        QCOMPARE(f.cell(id, Model::ProgressColumn, Model::ProgressRole).toDouble(), -1.0);
        QCOMPARE(f.cell(id, Model::SourceColumn, Model::LocalIdRole).toString(), id);

        QTRY_COMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Completed"));
        QCOMPARE(f.cell(id, Model::StateColumn, Model::StateRole).toInt(),
                 int(CopyJobState::Completed));
        QCOMPARE(f.cell(id, Model::ProgressColumn).toString(), QStringLiteral("100 %"));
        QCOMPARE(f.cell(id, Model::DestinationColumn, Qt::ToolTipRole).toString(),
                 f.destination.id + QStringLiteral("\nCopy: copy-job-1:copy"));
        QCOMPARE(f.cell(id, Model::SourceColumn, Model::JobRole).value<CopyJob>().remoteId,
                 QStringLiteral("copy-job-1"));

        // A model made later shows the jobs already there.
        Model later(&f.tracker, &f.world.clock);
        QCOMPARE(later.rowCount(), 1);
        QCOMPARE(later.job(0).state, CopyJobState::Completed);
    }

    void estimatedProgressIsMarkedAsSuch()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 1000000;
        const QString id = f.submit();
        QTRY_COMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Running"));

        // 400 MB at the assumed 40 MB/s: half way after 5 s.
        f.world.clock.advance(5);
        QCOMPARE(f.cell(id, Model::ProgressColumn, Model::ProgressRole).toDouble(), 50.0);
        QVERIFY(f.cell(id, Model::ProgressColumn, Model::ProgressIsEstimateRole).toBool());
        QCOMPARE(f.cell(id, Model::ProgressColumn).toString(), QStringLiteral("≈ 50 % (estimate)"));
        QCOMPARE(f.cell(id, Model::TimeLeftColumn).toString(), QStringLiteral("≈ 5 s"));
        QCOMPARE(f.cell(id, Model::ElapsedColumn).toString(), QStringLiteral("5 s"));
        QCOMPARE(f.cell(id, Model::SpeedColumn).toString(),
                 QStringLiteral("≈ ") + QLocale().formattedDataSize(40 * MB, 1)
                     + QStringLiteral("/s"));
        QVERIFY(!f.cell(id, Model::ProgressColumn, Qt::ToolTipRole).toString().isEmpty());

        f.world.clock.advance(200);
        QCOMPARE(f.cell(id, Model::ElapsedColumn).toString(), QStringLiteral("3 min 25 s"));
    }

    void progressFromTheCloudIsNotAnEstimate()
    {
        Fixture f;
        f.world.cloud.capabilities.givesPercent = true;
        f.world.cloud.pollsToComplete = 1000000;
        const QString id = f.submit();
        QTRY_VERIFY(f.cell(id, Model::ProgressColumn, Model::ProgressRole).toDouble() > 0);
        QVERIFY(!f.cell(id, Model::ProgressColumn, Model::ProgressIsEstimateRole).toBool());
        const QString text = f.cell(id, Model::ProgressColumn).toString();
        QVERIFY2(text.endsWith(QStringLiteral(" %")) && !text.contains(QStringLiteral("≈")),
                 qPrintable(text));
    }

    void compositeJobsCountTheirChildren()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 1000000;
        f.world.cloud.childJobs = 5;
        f.world.cloud.childJobsInState
            = {{QStringLiteral("COMPLETED"), 3}, {QStringLiteral("RUNNING"), 2}};
        const QString id = f.submit();
        QTRY_COMPARE(f.cell(id, Model::ProgressColumn, Model::ChildJobsTextRole).toString(),
                     QStringLiteral("3 of 5 completed"));
        QCOMPARE(f.cell(id, Model::ProgressColumn, Model::ProgressRole).toDouble(), 60.0);
        QVERIFY(!f.cell(id, Model::ProgressColumn, Model::ProgressIsEstimateRole).toBool());
        QCOMPARE(f.cell(id, Model::ProgressColumn).toString(),
                 QStringLiteral("60 % (3 of 5 completed)"));
    }

    void failuresShowTheCloudsWordsAndOfferRetry()
    {
        Fixture f;
        f.world.cloud.startError = FakeCloud::cloudError(
            QStringLiteral("InvalidParameterValueException"),
            QStringLiteral("Invalid lifecycle. DeleteAfterDays cannot be less than 1"));
        const QString id = f.submit();
        QTRY_COMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Failed"));
        const QString message = f.cell(id, Model::MessageColumn).toString();
        QVERIFY2(message.contains(QStringLiteral("DeleteAfterDays cannot be less than 1")),
                 qPrintable(message));
        QVERIFY(f.cell(id, Model::MessageColumn, Model::CanRetryRole).toBool());
        QVERIFY(!f.cell(id, Model::MessageColumn, Model::CanCancelRole).toBool());

        f.world.cloud.startError.reset();
        f.tracker.retry(id);
        QTRY_COMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Completed"));
        QCOMPARE(f.model->rowCount(), 1); // the same row, not a new one
        QVERIFY(f.cell(id, Model::MessageColumn).toString().isEmpty());
    }

    void cancelFollowsTheCapability()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 1000000;
        f.world.cloud.capabilities.canCancel = true;
        const QString id = f.submit();
        QTRY_VERIFY(f.cell(id, Model::StateColumn, Model::CanCancelRole).toBool());
        f.tracker.cancel(id);
        QTRY_COMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Cancelled"));
        QVERIFY(!f.cell(id, Model::StateColumn, Model::CanCancelRole).toBool());
    }

    void aBurstOfChangesBecomesAFewUpdates()
    {
        Fixture f;
        // Polls as fast as timers go, so that 10 jobs change over 100 times in a moment.
        f.tracker.setPollSchedule(PollSchedule {1ms, 1ms, 1.0});
        f.world.cloud.latency = 0ms;
        f.world.cloud.pollsToComplete = 10;
        QSignalSpy jobChanges(&f.tracker, &CopyJobTracker::jobChanged);
        QSignalSpy updates(f.model, &Model::dataChanged);

        QElapsedTimer timer;
        timer.start();
        QStringList ids;
        for (int i = 0; i < 10; ++i)
            ids << f.submit();
        QTRY_VERIFY(std::all_of(ids.cbegin(), ids.cend(),
                                [&](const QString &id) { return f.tracker.job(id).isTerminal(); }));
        QTRY_COMPARE(f.cell(ids.last(), Model::StateColumn).toString(),
                     QStringLiteral("Completed"));
        const qint64 elapsed = timer.elapsed();

        QVERIFY2(jobChanges.count() >= 100, qPrintable(QString::number(jobChanges.count())));
        // At most one update per interval (plus the one that flushes the end).
        const qint64 allowed = elapsed / Model::kUpdateInterval.count() + 2;
        QVERIFY2(updates.count() <= allowed,
                 qPrintable(QStringLiteral("%1 updates in %2 ms for %3 changes")
                                .arg(updates.count())
                                .arg(elapsed)
                                .arg(jobChanges.count())));
        QVERIFY(updates.count() >= 1);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Completed"));
    }

    void runningJobsRefreshWithTheClock()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 1000000;
        f.tracker.setPollSchedule(PollSchedule {100s, 100s, 1.0}); // no polls to hide the clock
        const QString id = f.submit();
        QTRY_COMPARE(f.cell(id, Model::StateColumn).toString(), QStringLiteral("Created"));
        QSignalSpy updates(f.model, &Model::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 1, 3000);
        QCOMPARE(updates.first().at(0).toModelIndex().row(), 0);
    }
};

QTEST_MAIN(TestCopyJobModel)
#include "tst_copyjobmodel.moc"
