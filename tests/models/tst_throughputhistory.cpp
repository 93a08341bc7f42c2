// ThroughputHistory (medians per route, estimates, persistence) and PollSchedule.
#include "jobs/PollSchedule.h"
#include "jobs/ThroughputHistory.h"

#include "TestClock.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using Copydeck::Test::TestClock;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MB = 1000 * 1000;

CopyJob route(const QString &cloud, const QString &from, const QString &to)
{
    CopyJob job;
    job.cloud = cloud;
    job.sourceLocation.cloud = cloud;
    job.sourceLocation.region = from;
    job.destination.cloud = cloud;
    job.destination.region = to;
    return job;
}

// A completed copy of `bytes` that took `seconds`.
CopyJob finished(CopyJob job, qint64 bytes, qint64 seconds, const QDateTime &start)
{
    job.state = CopyJobState::Completed;
    job.sizeBytes = bytes;
    job.created = start;
    job.completed = start.addSecs(seconds);
    return job;
}

} // namespace

class TestThroughputHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollScheduleGrowsToItsMaximum()
    {
        const PollSchedule schedule; // 1 s growing by 1.5 to 30 s
        QCOMPARE(schedule.next(0ms), 1000ms);
        QCOMPARE(schedule.next(1000ms), 1500ms);
        QCOMPARE(schedule.next(1500ms), 2250ms);
        QCOMPARE(schedule.next(25000ms), 30000ms);
        QCOMPARE(schedule.next(30000ms), 30000ms);

        const PollSchedule fast = PollSchedule::fast();
        QCOMPARE(fast.next(0ms), 20ms);
        std::chrono::milliseconds wait = 0ms;
        for (int i = 0; i < 20; ++i)
            wait = fast.next(wait);
        QCOMPARE(wait, 200ms);
    }

    void medianOfTheRoute()
    {
        TestClock clock;
        ThroughputHistory history;
        const CopyJob east = route(QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                   QStringLiteral("us-west-2"));
        QVERIFY(!history.bytesPerSecond(east).has_value());

        // 10, 20 and 90 MB/s: the median (20) ignores the outlier.
        history.record(finished(east, 100 * MB, 10, clock.now()));
        history.record(finished(east, 200 * MB, 10, clock.now()));
        history.record(finished(east, 900 * MB, 10, clock.now()));
        QCOMPARE(history.bytesPerSecond(east).value(), 20.0 * MB);

        // An even count takes the mean of the two middle values.
        history.record(finished(east, 400 * MB, 10, clock.now()));
        QCOMPARE(history.bytesPerSecond(east).value(), 30.0 * MB);
    }

    void unfinishedOrUnsizedCopiesTeachNothing()
    {
        TestClock clock;
        ThroughputHistory history;
        const CopyJob east = route(QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                   QStringLiteral("eu-west-1"));
        CopyJob failed = finished(east, 100 * MB, 10, clock.now());
        failed.state = CopyJobState::Failed;
        history.record(failed);
        history.record(finished(east, -1, 10, clock.now()));
        history.record(finished(east, 100 * MB, 0, clock.now()));
        QVERIFY(!history.bytesPerSecond(east).has_value());
    }

    void fallsBackToTheCloudThenToTheAssumption()
    {
        TestClock clock;
        ThroughputHistory history;
        history.record(finished(
            route(QStringLiteral("aws"), QStringLiteral("us-east-1"), QStringLiteral("us-west-2")),
            100 * MB, 10, clock.now()));
        history.record(finished(route(QStringLiteral("aws"), QStringLiteral("eu-west-1"),
                                      QStringLiteral("eu-central-1")),
                                300 * MB, 10, clock.now()));

        // Another route of the same cloud: the median of every copy in that cloud.
        const CopyJob other = route(QStringLiteral("aws"), QStringLiteral("ap-south-1"),
                                    QStringLiteral("ap-east-1"));
        QCOMPARE(history.bytesPerSecond(other).value(), 20.0 * MB);
        // Another cloud: nothing measured, the documented assumption.
        const CopyJob spanner = route(QStringLiteral("spanner"), QStringLiteral("us-central1"),
                                      QStringLiteral("us-east1"));
        QVERIFY(!history.bytesPerSecond(spanner).has_value());
        QCOMPARE(history.expectedBytesPerSecond(spanner),
                 ThroughputHistory::kAssumedBytesPerSecond);
    }

    void estimatesFromElapsedTimeAndSize()
    {
        TestClock clock;
        ThroughputHistory history;
        const CopyJob east = route(QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                   QStringLiteral("us-west-2"));
        history.record(finished(east, 200 * MB, 10, clock.now())); // 20 MB/s

        CopyJob running = east;
        running.state = CopyJobState::Running;
        running.sizeBytes = 200 * MB; // 10 s expected
        running.created = clock.now();
        QCOMPARE(history.estimatePercent(running, clock.now()).value(), 0.0);
        QCOMPARE(history.estimateSecondsLeft(running, clock.now()).value(), 10);

        clock.advance(5);
        QCOMPARE(history.estimatePercent(running, clock.now()).value(), 50.0);
        QCOMPARE(history.estimateSecondsLeft(running, clock.now()).value(), 5);

        // Slower than ever measured: the estimate stops short of done and knows no time left.
        clock.advance(60);
        QCOMPARE(history.estimatePercent(running, clock.now()).value(),
                 ThroughputHistory::kHighestEstimate);
        QVERIFY(!history.estimateSecondsLeft(running, clock.now()).has_value());

        // Without a size or a start there is nothing to estimate from.
        running.sizeBytes = -1;
        QVERIFY(!history.estimatePercent(running, clock.now()).has_value());
    }

    void estimateWithoutHistoryUsesTheAssumption()
    {
        TestClock clock;
        ThroughputHistory history;
        CopyJob running = route(QStringLiteral("huawei"), QStringLiteral("cn-north-4"),
                                QStringLiteral("cn-east-3"));
        running.state = CopyJobState::Running;
        running.sizeBytes = qint64(ThroughputHistory::kAssumedBytesPerSecond) * 20;
        running.created = clock.now();
        clock.advance(5);
        QCOMPARE(history.estimatePercent(running, clock.now()).value(), 25.0);
        QCOMPARE(history.estimateSecondsLeft(running, clock.now()).value(), 15);
    }

    void keepsOnlyRecentCopies()
    {
        TestClock clock;
        ThroughputHistory history;
        const CopyJob east = route(QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                   QStringLiteral("us-west-2"));
        for (int i = 0; i < ThroughputHistory::kSamplesPerRoute; ++i)
            history.record(finished(east, 1 * MB, 1, clock.now())); // slow, long ago
        for (int i = 0; i < ThroughputHistory::kSamplesPerRoute; ++i)
            history.record(finished(east, 50 * MB, 1, clock.now())); // fast, recent
        QCOMPARE(history.bytesPerSecond(east).value(), 50.0 * MB);
    }

    void survivesARestartThroughSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("copydeck.ini"));
        TestClock clock;
        const CopyJob east = route(QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                   QStringLiteral("us-west-2"));
        {
            QSettings settings(file, QSettings::IniFormat);
            ThroughputHistory history(&settings);
            history.record(finished(east, 100 * MB, 10, clock.now()));
            history.record(finished(east, 300 * MB, 10, clock.now()));
            history.record(finished(east, 500 * MB, 10, clock.now()));
        }
        QSettings settings(file, QSettings::IniFormat);
        ThroughputHistory reopened(&settings);
        QCOMPARE(reopened.bytesPerSecond(east).value(), 30.0 * MB);
    }
};

QTEST_GUILESS_MAIN(TestThroughputHistory)
#include "tst_throughputhistory.moc"
