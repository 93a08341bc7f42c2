// Crash safety: copydeck_crashrunner follows a batch of copies across every landed cloud against a
// copydeck-sandbox child that injects faults (--faults), and is SIGKILLed at random points several
// times and started again on the same ledger. At the end every job has ended, the sandbox holds
// exactly one copy per request (asked over the clouds' APIs) and the ledger agrees. The figures
// are printed (the README's reliability section quotes them).
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kClouds = 4; // AWS, Spanner, Rackspace, Huawei
constexpr int kCopiesPerCloud = 10;
constexpr int kKills = 6;
constexpr quint32 kSeed = 2026;

QJsonObject lastJsonLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAndRestartedItCopiesEachRequestExactlyOnce()
    {
        QTemporaryDir dir;
        QElapsedTimer clock;
        clock.start();

        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        sandbox.start(QStringLiteral(COPYDECK_SANDBOX_TOOL),
                      {QStringLiteral("--faults"), QStringLiteral("0.15"),
                       QStringLiteral("--fault-seed"), QString::number(kSeed),
                       QStringLiteral("--fault-slow-ms"), QStringLiteral("400"),
                       QStringLiteral("--speed"), QStringLiteral("300")});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10'000);
        const QByteArray startup = sandbox.readLine();
        const QString startupPath = dir.filePath(QStringLiteral("sandbox.json"));
        {
            QFile file(startupPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(startup);
        }
        const QStringList common
            = {QStringLiteral("--sandbox"), startupPath,
               QStringLiteral("--ledger"),  dir.filePath(QStringLiteral("ledger.sqlite")),
               QStringLiteral("--state"),   dir.filePath(QStringLiteral("state.json")),
               QStringLiteral("--copies"),  QString::number(kCopiesPerCloud)};

        // Killed at random points: while submitting, sending, polling, writing the ledger.
        QRandomGenerator random(kSeed);
        int kills = 0;
        for (int run = 0; run < kKills; ++run) {
            QProcess runner;
            runner.start(QStringLiteral(COPYDECK_CRASHRUNNER), common);
            QVERIFY(runner.waitForStarted());
            const int after = 150 + int(random.bounded(1400));
            if (runner.waitForFinished(after)) {
                qInfo() << "run" << run
                        << "ended before its kill:" << runner.readAllStandardError();
                break; // everything had ended already
            }
            runner.kill(); // SIGKILL: nothing is flushed, nothing is closed
            QVERIFY(runner.waitForFinished());
            ++kills;
        }

        // Started once more, it follows what is left to its end.
        QProcess last;
        last.start(QStringLiteral(COPYDECK_CRASHRUNNER), common);
        QVERIFY(last.waitForFinished(120'000));
        QCOMPARE(last.exitCode(), 0);
        const QByteArray lastOutput = last.readAllStandardOutput();
        const QJsonObject ended = lastJsonLine(lastOutput);
        if (ended.value(QStringLiteral("failed")).toInt() > 0)
            qWarning().noquote() << "jobs that did not complete:" << lastOutput;
        QCOMPARE(ended.value(QStringLiteral("done")).toInt(), kClouds * kCopiesPerCloud);

        QProcess verify;
        verify.start(QStringLiteral(COPYDECK_CRASHRUNNER),
                     common + QStringList {QStringLiteral("--verify")});
        QVERIFY(verify.waitForFinished(60'000));
        QCOMPARE(verify.exitCode(), 0);
        QJsonObject figures = lastJsonLine(verify.readAllStandardOutput());
        figures.insert(QStringLiteral("kills"), kills);
        figures.insert(QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0);
        // The figures for the README, on one line.
        qInfo().noquote() << "crash-safety figures:"
                          << QJsonDocument(figures).toJson(QJsonDocument::Compact);

        sandbox.kill();
        sandbox.waitForFinished();

        QVERIFY(kills >= 3);
        QCOMPARE(figures.value(QStringLiteral("requested")).toInt(), kClouds * kCopiesPerCloud);
        QCOMPARE(figures.value(QStringLiteral("unfinished")).toInt(), 0);
        QCOMPARE(figures.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(figures.value(QStringLiteral("lost")).toInt(), 0);
        QCOMPARE(figures.value(QStringLiteral("completed")).toInt(), kClouds * kCopiesPerCloud);
        QVERIFY(figures.value(QStringLiteral("faultsInjected")).toInt() > 0);
        QCOMPARE(figures.value(QStringLiteral("clouds")).toObject().size(), kClouds);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
