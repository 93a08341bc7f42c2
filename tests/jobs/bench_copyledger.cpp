// Not a test: how long the calling thread (the UI thread in the app) spends on the copy ledger, the
// old way (SQLite on the calling thread, LedgerDatabase) beside the new (CopyLedger: queued to the
// ledger's own thread), and how long each write takes to reach the file. Each round writes 1000
// state changes the way the tracker does (the job's row updated and one event appended, one
// transaction each), spread over 20 jobs, to a real file in a temporary folder; every way of
// writing gets a fresh file. Also: opening the file, and reading a history of 5000 jobs at start.
//   bench_copyledger [rounds=15] [folder=system temporary folder]
#include "jobs/CopyLedger.h"
#include "jobs/LedgerDatabase.h"

#include "LedgerSamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <qcoro/qcorofuture.h>
#include <qcoro/qcorotask.h>

using namespace Copydeck;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kEvents = 1000;
constexpr int kJobs = 20; // the changes spread over a few jobs, as when several copies run
constexpr int kHistory = 5000;

double microseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

struct Figures
{
    std::vector<double> us;

    double at(double share) const
    {
        std::vector<double> sorted = us;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? -1
                              : sorted[std::min(sorted.size() - 1, size_t(share * sorted.size()))];
    }
    double median() const { return at(0.5); }
    double p99() const { return at(0.99); }
    double worst() const { return us.empty() ? -1 : *std::max_element(us.cbegin(), us.cend()); }
    long over(double limit) const
    {
        return long(std::count_if(us.cbegin(), us.cend(), [limit](double v) { return v > limit; }));
    }
};

QByteArray shown(double us)
{
    if (us < 0)
        return "-";
    return us >= 1000 ? QByteArray::number(us / 1000.0, 'f', 1) + " ms"
                      : QByteArray::number(us, 'f', us < 10 ? 1 : 0) + " us";
}

void printRow(const char *name, const Figures &caller, const Figures &durable)
{
    std::printf("%-46s %8s %8s %8s %7ld   %8s %8s %8s\n", name, shown(caller.median()).constData(),
                shown(caller.p99()).constData(), shown(caller.worst()).constData(),
                caller.over(1000), shown(durable.median()).constData(),
                shown(durable.p99()).constData(), shown(durable.worst()).constData());
}

// The change number `i`, as the tracker writes it.
std::pair<LedgerRecord, LedgerEvent> change(std::vector<LedgerRecord> &records, int i)
{
    LedgerRecord &record = records[size_t(i % kJobs)];
    record.job.percent = double(i % 100);
    const LedgerEvent event {record.job.localId,    QDateTime::currentDateTimeUtc(),
                             CopyJobState::Running, QStringLiteral("RUNNING"),
                             record.job.percent,    QString()};
    return {record, event};
}

std::vector<LedgerRecord> sampleJobs(int count)
{
    std::vector<LedgerRecord> records;
    for (int j = 0; j < count; ++j)
        records.push_back(Test::sampleRecord(QStringLiteral("job-%1").arg(j)));
    return records;
}

// What the tracker does with a state change: queue it, and watch for a failure without waiting.
QCoro::Task<> watch(QFuture<Result<void>> writing, int *left)
{
    const Result<void> written = co_await writing;
    if (!written)
        std::fprintf(stderr, "write failed\n");
    --*left;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rounds = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 15;
    QTemporaryDir dir(args.size() > 2 ? args.at(2) + QStringLiteral("/bench-XXXXXX") : QString());
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    const auto file = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
    Figures openOld;
    Figures openNew;

    // Old: every write on the calling thread; it returns once the change is in the file.
    Figures oldCall;
    {
        const Clock::time_point t0 = Clock::now();
        auto opened = LedgerDatabase::open(file("old.sqlite"));
        openOld.us.push_back(microseconds(Clock::now() - t0));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().userText()));
            return 1;
        }
        LedgerDatabase &database = *opened.value();
        std::vector<LedgerRecord> records = sampleJobs(kJobs);
        for (int i = 0; i < rounds * kEvents; ++i) {
            const auto [record, event] = change(records, i);
            const Clock::time_point start = Clock::now();
            if (!database.save(record, event)) {
                std::fprintf(stderr, "write failed\n");
                return 1;
            }
            oldCall.us.push_back(microseconds(Clock::now() - start));
        }
    }

    // New, in bursts: 1000 changes queued back to back, then the next round once they are in.
    // Time to durable runs from the call to the moment its future says it is in the file (this
    // thread looks between calls, and spins once all are queued: the writes finish in order).
    Figures burstCall;
    Figures burstDurable;
    Figures watchedCall;
    {
        const Clock::time_point t0 = Clock::now();
        auto opened = CopyLedger::open(file("burst.sqlite"));
        openNew.us.push_back(microseconds(Clock::now() - t0));
        if (!opened)
            return 1;
        CopyLedger &ledger = *opened.value();
        std::vector<LedgerRecord> records = sampleJobs(kJobs);
        std::vector<Clock::time_point> started(kEvents);
        std::vector<QFuture<Result<void>>> writes(kEvents);
        for (int round = 0; round < rounds; ++round) {
            size_t next = 0; // the first write not seen in the file yet
            const auto look = [&](size_t queued, bool wait) {
                while (next < queued) {
                    if (!writes[next].isFinished()) {
                        if (!wait)
                            return;
                        std::this_thread::yield();
                        continue;
                    }
                    burstDurable.us.push_back(microseconds(Clock::now() - started[next]));
                    ++next;
                }
            };
            for (int i = 0; i < kEvents; ++i) {
                const auto [record, event] = change(records, i);
                started[size_t(i)] = Clock::now();
                writes[size_t(i)] = ledger.save(record, event);
                burstCall.us.push_back(microseconds(Clock::now() - started[size_t(i)]));
                look(size_t(i) + 1, false);
            }
            look(size_t(kEvents), true);
        }
    }
    {
        // As the tracker does it on the UI thread: queue, then watch the answer (QCoro).
        auto opened = CopyLedger::open(file("watched.sqlite"));
        if (!opened)
            return 1;
        CopyLedger &ledger = *opened.value();
        std::vector<LedgerRecord> records = sampleJobs(kJobs);
        for (int round = 0; round < rounds; ++round) {
            int left = kEvents;
            for (int i = 0; i < kEvents; ++i) {
                const auto [record, event] = change(records, i);
                const Clock::time_point start = Clock::now();
                watch(ledger.save(record, event), &left);
                watchedCall.us.push_back(microseconds(Clock::now() - start));
            }
            while (left > 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }

    // New, one at a time: each change waited for before the next, so nothing queues behind it.
    Figures singleCall;
    Figures singleDurable;
    {
        auto opened = CopyLedger::open(file("single.sqlite"));
        if (!opened)
            return 1;
        CopyLedger &ledger = *opened.value();
        std::vector<LedgerRecord> records = sampleJobs(kJobs);
        for (int i = 0; i < rounds * kEvents; ++i) {
            const auto [record, event] = change(records, i);
            const Clock::time_point start = Clock::now();
            QFuture<Result<void>> saving = ledger.save(record, event);
            singleCall.us.push_back(microseconds(Clock::now() - start));
            while (!saving.isFinished())
                std::this_thread::yield();
            singleDurable.us.push_back(microseconds(Clock::now() - start));
        }
    }

    // Reading the history at start: the old way blocks the caller for all of it.
    Figures readOld;
    Figures readNewCall;
    Figures readNewAnswer;
    {
        auto opened = LedgerDatabase::open(file("history.sqlite"));
        if (!opened)
            return 1;
        for (const LedgerRecord &record : sampleJobs(kHistory))
            opened.value()->save(record);
        const Clock::time_point start = Clock::now();
        const auto read = opened.value()->loadJobs();
        readOld.us.push_back(microseconds(Clock::now() - start));
        if (!read || read.value().size() != kHistory)
            return 1;
    }
    {
        auto opened = CopyLedger::open(file("history.sqlite"));
        if (!opened)
            return 1;
        const Clock::time_point start = Clock::now();
        QFuture<Result<QList<LedgerRecord>>> reading = opened.value()->loadJobs();
        readNewCall.us.push_back(microseconds(Clock::now() - start));
        reading.waitForFinished();
        readNewAnswer.us.push_back(microseconds(Clock::now() - start));
        if (!reading.result() || reading.result().value().size() != kHistory)
            return 1;
    }

    std::printf("ledger: %s (WAL, synchronous=NORMAL, one transaction per change)\n",
                qPrintable(dir.path()));
    std::printf("%d rounds of %d state changes over %d jobs, per write:\n\n", rounds, kEvents,
                kJobs);
    std::printf("%-46s %35s   %26s\n", "", "the calling thread spends", "time to durable");
    std::printf("%-46s %8s %8s %8s %7s   %8s %8s %8s\n", "", "median", "p99", "worst", ">1 ms",
                "median", "p99", "worst");
    printRow("old: synchronous, on the calling thread", oldCall, oldCall);
    printRow("new: queued, one at a time", singleCall, singleDurable);
    printRow("new: queued, 1000 back to back", burstCall, burstDurable);
    printRow("new: queued + watched (what the tracker does)", watchedCall, Figures {});
    std::printf("\n>1 ms: how many of the %d calls kept the calling thread longer than 1 ms.\n"
                "old: the call returns once the change is in the file, so its two sides are the "
                "same.\nback to back: time to durable includes the wait behind the changes queued "
                "before it.\n\n",
                rounds * kEvents);
    std::printf("open the file (the caller waits, once at start): old %s, new %s\n",
                shown(openOld.worst()).constData(), shown(openNew.worst()).constData());
    std::printf("read a history of %d jobs at start: old: the caller waits %s; new: the caller "
                "spends %s, the jobs arrive after %s\n",
                kHistory, shown(readOld.worst()).constData(),
                shown(readNewCall.worst()).constData(), shown(readNewAnswer.worst()).constData());
    return 0;
}
