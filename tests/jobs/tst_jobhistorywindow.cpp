// The Job History window offscreen, over a tracker and ledger on the fake cloud: every job shows,
// the filters by cloud, state, account and time narrow it, export writes what is shown as CSV
// and JSON (in the background), the history limit is a setting, and the ledger forgets finished
// jobs older than it. COPYDECK_HISTORY_PNG=<file> saves a picture of the window.
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"
#include "jobs/JobHistoryExport.h"
#include "models/JobHistoryModel.h"
#include "ui/MainWindowParts.h"
#include "ui/history/JobHistoryAction.h"
#include "ui/history/JobHistoryWindow.h"

#include "FakeCloud.h"
#include "support/LedgerSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

struct Fixture
{
    Fixture()
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    {
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        world.addAccount(QStringLiteral("acct-2"), QStringLiteral("Staging"));
        const Location source
            = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 1)
                  .first();
        destination
            = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-west-2"), 1)
                  .first();
        backups = world.cloud.addBackups(source, 3);
        const Location staging
            = world.cloud.addLocations(QStringLiteral("acct-2"), QStringLiteral("eu-west-1"), 1)
                  .first();
        stagingBackup = world.cloud.addBackups(staging, 1).first();
    }

    // As Copydeck starts: the ledger opens and the tracker starts reading it.
    bool open()
    {
        auto opened = CopyLedger::open(dir.filePath(QStringLiteral("ledger.sqlite")));
        if (!opened)
            return false;
        ledger = std::move(opened).value();
        tracker = std::make_unique<CopyJobTracker>(&world.connections, nullptr, &world.clock,
                                                   ledger.get());
        tracker->setPollSchedule(PollSchedule::fast());
        return true;
    }

    bool start() { return open() && waitUntilLoaded(*tracker); }

    // Three copies of Production (one refused by the rules: Failed), one of Staging.
    bool submitAll()
    {
        tracker->submit(world.copyRequest(backups.at(0), destination));
        tracker->submit(world.copyRequest(backups.at(1), destination));
        CopyRequest refused = world.copyRequest(backups.at(2), destination);
        refused.name = QStringLiteral("refuse-me");
        tracker->submit(refused);
        tracker->submit(world.copyRequest(stagingBackup, destination));
        return QTest::qWaitFor(
            [this] {
                const QList<CopyJob> jobs = tracker->jobs();
                return std::all_of(jobs.cbegin(), jobs.cend(),
                                   [](const CopyJob &job) { return job.isTerminal(); });
            },
            10'000);
    }

    QTemporaryDir dir;
    QSettings settings;
    FakeWorld world;
    Location destination;
    QList<Backup> backups;
    Backup stagingBackup;
    std::unique_ptr<CopyLedger> ledger;
    std::unique_ptr<CopyJobTracker> tracker;
};

template<typename T> T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QLatin1String(name));
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

class TestJobHistoryWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowListsFiltersAndExportsEveryJob()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.submitAll());

        QWidget mainWindow;
        MainWindowParts parts;
        parts.connections = &f.world.connections;
        parts.tracker = f.tracker.get();
        parts.settings = &f.settings;
        auto *action = new JobHistoryAction(parts, &mainWindow);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        action->trigger();
        JobHistoryWindow *window = action->window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *table = child<QTableView>(window, "historyTableView");
        auto *count = child<QLabel>(window, "countLabel");
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(count->text(), QStringLiteral("4 of 4 jobs shown"));

        // By state: the refused one.
        choose(child<QComboBox>(window, "stateComboBox"), QStringLiteral("Failed"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JobHistoryModel::SourceColumn).data().toString(),
                 f.backups.at(2).name);
        choose(child<QComboBox>(window, "stateComboBox"), QStringLiteral("All states"));

        // By account, by its name.
        choose(child<QComboBox>(window, "accountComboBox"), QStringLiteral("Staging"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JobHistoryModel::AccountColumn).data().toString(),
                 QStringLiteral("Staging"));
        choose(child<QComboBox>(window, "accountComboBox"), QStringLiteral("All accounts"));

        // By cloud, by the provider's name.
        choose(child<QComboBox>(window, "cloudComboBox"), QStringLiteral("Fake Cloud"));
        QCOMPARE(table->model()->rowCount(), 4);

        // By time: the jobs started on 2025-03-01 (the test clock), not in the last 7 days.
        choose(child<QComboBox>(window, "periodComboBox"), QStringLiteral("Last 7 days"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(window, "exportCsvButton")->isEnabled());
        choose(child<QComboBox>(window, "periodComboBox"), QStringLiteral("Between dates"));
        child<QDateEdit>(window, "fromDateEdit")->setDate(QDate(2025, 2, 28));
        child<QDateEdit>(window, "toDateEdit")->setDate(QDate(2025, 3, 1));
        QCOMPARE(table->model()->rowCount(), 4);
        child<QDateEdit>(window, "toDateEdit")->setDate(QDate(2025, 2, 28));
        QCOMPARE(table->model()->rowCount(), 0);
        child<QDateEdit>(window, "toDateEdit")->setDate(QDate(2025, 3, 2));

        // Export what is shown: Production's three.
        choose(child<QComboBox>(window, "accountComboBox"), QStringLiteral("Production"));
        QCOMPARE(table->model()->rowCount(), 3);
        QSignalSpy exported(window, &JobHistoryWindow::exportFinished);
        const QString csvPath = f.dir.filePath(QStringLiteral("jobs.csv"));
        window->exportTo(csvPath, JobHistoryWindow::Format::Csv);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith("id,operation,cloud,accountId,account,"));
        QCOMPARE(lines.count(lines.at(1)), 1);
        QVERIFY(lines.join().contains(
            "Copydeck did not send this copy because Fake Cloud would refuse it"));
        QVERIFY(child<QLabel>(window, "statusLabel")->text().startsWith(QStringLiteral("Saved")));

        const QString jsonPath = f.dir.filePath(QStringLiteral("jobs.json"));
        window->exportTo(jsonPath, JobHistoryWindow::Format::Json);
        QVERIFY(exported.wait(5000));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 3);
        QStringList states;
        for (const QJsonValue &item : array) {
            QCOMPARE(item.toObject().value(QStringLiteral("account")).toString(),
                     QStringLiteral("Production"));
            states << item.toObject().value(QStringLiteral("state")).toString();
        }
        states.sort();
        QCOMPARE(states,
                 (QStringList {QStringLiteral("completed"), QStringLiteral("completed"),
                               QStringLiteral("failed")}));

        // A folder that cannot be written is reported, with the path.
        window->exportTo(f.dir.filePath(QStringLiteral("missing/jobs.csv")),
                         JobHistoryWindow::Format::Csv);
        QVERIFY(exported.wait(5000));
        QVERIFY(!exported.last().at(1).toString().isEmpty());
        QVERIFY(child<QLabel>(window, "statusLabel")
                    ->text()
                    .startsWith(QStringLiteral("Could not save")));

        // A new job shows at once.
        choose(child<QComboBox>(window, "accountComboBox"), QStringLiteral("All accounts"));
        f.tracker->submit(f.world.copyRequest(f.backups.at(0), f.destination));
        QCOMPARE(table->model()->rowCount(), 5);

        // The history limit is a setting, applied on start.
        auto *keep = child<QSpinBox>(window, "keepDaysSpinBox");
        QCOMPARE(keep->text(), QStringLiteral("for ever"));
        keep->setValue(30);
        QCOMPARE(f.settings.value(QLatin1String(JobHistoryWindow::KeepDaysKey)).toInt(), 30);

        if (const QString png = qEnvironmentVariable("COPYDECK_HISTORY_PNG"); !png.isEmpty()) {
            choose(child<QComboBox>(window, "periodComboBox"), QStringLiteral("All time"));
            table->resizeColumnsToContents();
            QVERIFY(window->grab().save(png));
        }
    }

    void csvQuotesWhatWouldBreakAField()
    {
        CopyJob job;
        job.localId = QStringLiteral("job-1");
        job.cloud = QStringLiteral("aws");
        job.accountId = QStringLiteral("acct-1");
        job.state = CopyJobState::Failed;
        job.statusMessage = QStringLiteral("Vault \"dr\" is full, says AWS\nline two");
        const QByteArray csv = JobHistoryExport::toCsv(
            {job}, [](const QString &) { return QStringLiteral("Production, EU"); });
        QVERIFY(csv.contains(",\"Production, EU\","));
        QVERIFY(csv.endsWith(",\"Vault \"\"dr\"\" is full, says AWS\nline two\"\r\n"));
        QVERIFY(csv.contains(",failed,"));
    }

    void aWindowOpenedWhileTheHistoryIsReadFillsOnceRead()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.submitAll());
        f.tracker.reset();
        f.ledger.reset();

        QVERIFY(f.open());
        QVERIFY(f.tracker->isLoading());
        JobHistoryWindow window(f.tracker.get(), &f.world.connections, &f.settings);
        auto *count = child<QLabel>(&window, "countLabel");
        auto *accounts = child<QComboBox>(&window, "accountComboBox");
        // No event loop has run since the tracker was made: the history is still being read.
        QCOMPARE(count->text(), QStringLiteral("Reading the history…"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(count->text(), QStringLiteral("4 of 4 jobs shown"));
        QCOMPARE(child<QTableView>(&window, "historyTableView")->model()->rowCount(), 4);
        QVERIFY(accounts->findText(QStringLiteral("Staging")) >= 0);
        QVERIFY(accounts->findText(QStringLiteral("Production")) >= 0);
    }

    void theLedgerForgetsFinishedJobsOlderThanTheLimit()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.submitAll());
        f.world.cloud.pollsToComplete = 1000;
        const QString running
            = f.tracker->submit(f.world.copyRequest(f.backups.at(0), f.destination));
        QTRY_COMPARE(f.tracker->job(running).state, CopyJobState::Running);
        f.tracker.reset();
        // Everything ended on 2025-03-01 (the test clock): a cutoff after that forgets all the
        // finished jobs and keeps the running one.
        const Result<int> none
            = f.ledger
                  ->forgetEndedBefore(QDateTime(QDate(2025, 2, 1), QTime(0, 0), QTimeZone::utc()))
                  .result();
        QVERIFY(none);
        QCOMPARE(none.value(), 0);
        QCOMPARE(f.ledger->loadJobs().result().value().size(), 5);
        const Result<int> forgotten
            = f.ledger
                  ->forgetEndedBefore(QDateTime(QDate(2025, 4, 1), QTime(0, 0), QTimeZone::utc()))
                  .result();
        QVERIFY(forgotten);
        QCOMPARE(forgotten.value(), 4);
        const QList<LedgerRecord> kept = f.ledger->loadJobs().result().value();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().job.localId, running);
        QVERIFY(f.ledger->events(running).result().value().size() > 0);
    }
};

QTEST_MAIN(TestJobHistoryWindow)
#include "tst_jobhistorywindow.moc"
