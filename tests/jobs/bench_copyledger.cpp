// Not a test: how long the UI thread spends writing to the ledger. Each round writes 1000 state
// changes the way the tracker does (the job's row updated and one event appended, one transaction
// each) to a real file in a temporary folder; prints the median round and the median single write.
//   bench_copyledger [rounds=15] [folder=system temporary folder]
#include "jobs/CopyLedger.h"

#include "LedgerSamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Copydeck;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
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
    Result<std::unique_ptr<CopyLedger>> opened
        = CopyLedger::open(dir.filePath(QStringLiteral("ledger.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().userText()));
        return 1;
    }
    CopyLedger &ledger = *opened.value();

    constexpr int kEvents = 1000;
    constexpr int kJobs = 20; // the changes spread over a few jobs, as when several copies run
    std::vector<LedgerRecord> records;
    for (int j = 0; j < kJobs; ++j)
        records.push_back(Test::sampleRecord(QStringLiteral("job-%1").arg(j)));

    std::vector<double> roundMs;
    std::vector<double> writeUs;
    QElapsedTimer total;
    QElapsedTimer one;
    for (int round = 0; round < rounds; ++round) {
        total.start();
        for (int i = 0; i < kEvents; ++i) {
            LedgerRecord &record = records[size_t(i % kJobs)];
            record.job.percent = double(i % 100);
            const LedgerEvent event {record.job.localId,    QDateTime::currentDateTimeUtc(),
                                     CopyJobState::Running, QStringLiteral("RUNNING"),
                                     record.job.percent,    QString()};
            one.start();
            if (!ledger.save(record, event)) {
                std::fprintf(stderr, "write failed\n");
                return 1;
            }
            writeUs.push_back(double(one.nsecsElapsed()) / 1000.0);
        }
        roundMs.push_back(double(total.nsecsElapsed()) / 1e6);
    }
    std::sort(writeUs.begin(), writeUs.end());
    std::printf("ledger: %s (WAL, synchronous=NORMAL, one transaction per change)\n",
                qPrintable(ledger.path()));
    std::printf("rounds of %d events: %d\n", kEvents, rounds);
    std::printf("median time to write %d events: %.1f ms\n", kEvents, median(roundMs));
    std::printf("single write: median %.0f us, 99th percentile %.0f us, max %.0f us\n",
                median(writeUs), writeUs[size_t(double(writeUs.size()) * 0.99)], writeUs.back());
    return 0;
}
