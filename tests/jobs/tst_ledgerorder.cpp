// The tracker and its ledger now that the ledger writes on a thread of its own, over the fake
// cloud of tests/models and a real file: the cloud hears of a copy only once the copy is in the
// file; a copy the file refuses is never sent and the user is told which file; every change of
// several copies running at once reaches the ledger in the order it happened; and the jobs are
// read at start without holding up the caller, with copies submitted meanwhile kept after them
// (the job models, the history and the backups table's copy counts take them in once read).
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"
#include "jobs/Metatypes.h"
#include "models/BackupTableModel.h"
#include "models/CopyJobModel.h"
#include "models/JobHistoryModel.h"

#include "FakeCloud.h"
#include "support/LedgerSupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

struct Fixture
{
    Fixture()
    {
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        const Location source
            = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 1)
                  .first();
        destination
            = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-west-2"), 1)
                  .first();
        backups = world.cloud.addBackups(source, 4, 400 * 1000 * 1000);
        path = dir.filePath(QStringLiteral("ledger.sqlite"));
    }

    CopyRequest request(int backup = 0) const
    {
        return world.copyRequest(backups.at(backup), destination);
    }

    // As Copydeck starts: the ledger opens, the tracker starts reading it.
    bool open()
    {
        auto opened = CopyLedger::open(path);
        if (!opened) {
            qWarning() << opened.error().userText();
            return false;
        }
        ledger = std::move(opened).value();
        tracker = std::make_unique<CopyJobTracker>(&world.connections, nullptr, &world.clock,
                                                   ledger.get());
        tracker->setPollSchedule(PollSchedule::fast());
        return true;
    }

    bool start() { return open() && waitUntilLoaded(*tracker); }

    void stop()
    {
        tracker.reset();
        ledger.reset();
    }

    // What a process killed at this moment would leave: the file and its write-ahead log.
    bool fileHolds(const QByteArray &text) const
    {
        for (const QString &name : QStringList {path, path + QStringLiteral("-wal")}) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
                return true;
        }
        return false;
    }

    bool allEnded() const
    {
        const QList<CopyJob> jobs = tracker->jobs();
        return std::all_of(jobs.cbegin(), jobs.cend(),
                           [](const CopyJob &job) { return job.isTerminal(); });
    }

    QTemporaryDir dir;
    QString path;
    FakeWorld world;
    Location destination;
    QList<Backup> backups;
    std::unique_ptr<CopyLedger> ledger;
    std::unique_ptr<CopyJobTracker> tracker;
};

// One moment of a job as an event keeps it.
struct Moment
{
    CopyJobState state;
    QString rawState;
    std::optional<double> percent;

    bool operator==(const Moment &other) const = default;
};

Moment momentOf(const CopyJob &job)
{
    return {job.state, job.rawState, job.percent};
}

Moment momentOf(const LedgerEvent &event)
{
    return {event.state, event.rawState, event.percent};
}

QString describe(const QList<Moment> &moments)
{
    QStringList parts;
    for (const Moment &m : moments)
        parts << QStringLiteral("%1/%2/%3")
                     .arg(copyJobStateName(m.state), m.rawState,
                          m.percent ? QString::number(*m.percent) : QStringLiteral("-"));
    return parts.join(QLatin1String(", "));
}

} // namespace

class TestLedgerOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCloudHearsOfACopyOnlyOnceItIsInTheFile()
    {
        Fixture f;
        QVERIFY(f.start());
        QStringList sent;
        QStringList sentBeforeWritten;
        f.world.cloud.onSend = [&f, &sent, &sentBeforeWritten](const CopyRequest &request) {
            sent << request.clientToken;
            if (!f.fileHolds(request.clientToken.toUtf8()))
                sentBeforeWritten << request.clientToken;
        };
        CopyRequest create = f.request(3);
        create.operation = CopyOperation::CreateBackup;
        create.name = QStringLiteral("orders-now");
        const QStringList ids {f.tracker->submit(f.request(0)), f.tracker->submit(f.request(1)),
                               f.tracker->submit(f.request(2)), f.tracker->submit(create)};
        // Nothing was sent from inside submit(): the ledger had not answered yet.
        QCOMPARE(sent.size(), 0);
        QTRY_VERIFY(f.allEnded());
        f.world.cloud.onSend = nullptr;

        QCOMPARE(sent.size(), 4);
        QCOMPARE(sentBeforeWritten, QStringList());
        for (const QString &id : ids) {
            QCOMPARE(f.tracker->job(id).state, CopyJobState::Completed);
            QVERIFY(sent.contains(f.tracker->job(id).clientToken));
        }
        QVERIFY(!f.fileHolds(QByteArrayLiteral("a-token-nobody-sent")));
    }

    void aCopyTheFileRefusesIsNotSentAndTheUserIsToldWhichFile()
    {
        Fixture f;
        QVERIFY(f.start());
        f.stop();
        {
            // The disk refuses this one copy's row, the way SQLite refuses a write: an error from
            // inside the transaction, which is rolled back.
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusing"));
            db.setDatabaseName(f.path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON jobs "
                                          "WHEN NEW.source_id = '%1' BEGIN "
                                          "SELECT RAISE(ABORT, 'no room for this copy'); END")
                               .arg(f.backups.at(1).id)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refusing"));

        QVERIFY(f.start());
        QSignalSpy ledgerFailed(f.tracker.get(), &CopyJobTracker::ledgerFailed);
        const QString refused = f.tracker->submit(f.request(1));
        const QString kept = f.tracker->submit(f.request(0));
        QTRY_COMPARE(f.tracker->job(refused).state, CopyJobState::Failed);
        QTRY_COMPARE(f.tracker->job(kept).state, CopyJobState::Completed);

        // Never sent: the cloud got the other copy only.
        QCOMPARE(f.world.cloud.startCalls, 1);
        QCOMPARE(f.world.cloud.startTokens, QStringList {f.tracker->job(kept).clientToken});
        // The job says it was not sent and names the file; the ledger's own words say why.
        const QString message = f.tracker->job(refused).error->userText();
        QVERIFY2(message.contains(QStringLiteral("did not send")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(f.path)), qPrintable(message));
        QVERIFY(!ledgerFailed.isEmpty());
        const auto why = ledgerFailed.first().first().value<CloudError>();
        QCOMPARE(why.kind, CloudError::Kind::Local);
        QVERIFY2(why.userText().contains(QDir::toNativeSeparators(f.path)),
                 qPrintable(why.userText()));
        QVERIFY2(why.userText().contains(QStringLiteral("no room for this copy")),
                 qPrintable(why.userText()));
        QVERIFY(f.tracker->canRetry(refused));

        // After a restart the file holds the copy that was sent, and nothing to resend.
        f.stop();
        QVERIFY(f.start());
        QCOMPARE(f.tracker->jobs().size(), 1);
        QCOMPARE(f.tracker->jobs().first().localId, kept);
        QTest::qWait(50);
        QCOMPARE(f.world.cloud.startCalls, 1);
    }

    void everyChangeReachesTheLedgerInTheOrderItHappened()
    {
        Fixture f;
        f.world.cloud.capabilities.givesPercent = true;
        f.world.cloud.pollsToComplete = 12;
        QVERIFY(f.start());
        // What the user saw of each job, change by change.
        QHash<QString, QList<Moment>> seen;
        const auto see = [&f, &seen](const QString &id) {
            const Moment now = momentOf(f.tracker->job(id));
            QList<Moment> &moments = seen[id];
            if (moments.isEmpty() || !(moments.constLast() == now))
                moments << now;
        };
        QObject context;
        connect(f.tracker.get(), &CopyJobTracker::jobAdded, &context, see);
        connect(f.tracker.get(), &CopyJobTracker::jobChanged, &context, see);
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << f.tracker->submit(f.request(i));
        QTRY_VERIFY(f.allEnded());

        // Read behind every write queued so far.
        for (const QString &id : std::as_const(ids)) {
            QList<Moment> written;
            const QList<LedgerEvent> events = f.ledger->events(id).result().value();
            for (const LedgerEvent &event : events)
                written << momentOf(event);
            QVERIFY2(seen.value(id).size() >= 12, qPrintable(describe(seen.value(id))));
            QVERIFY2(written == seen.value(id),
                     qPrintable(QStringLiteral("seen: %1\nwritten: %2")
                                    .arg(describe(seen.value(id)), describe(written))));
        }
    }

    void theJobsAreReadWithoutHoldingUpTheCaller()
    {
        Fixture f;
        f.world.cloud.pollsToComplete = 6;
        QVERIFY(f.start());
        const QString done = f.tracker->submit(f.request(2));
        QTRY_COMPARE(f.tracker->job(done).state, CopyJobState::Completed);
        const QString before = f.tracker->submit(f.request(0));
        QTRY_COMPARE(f.tracker->job(before).state, CopyJobState::Running);
        f.stop();

        QVERIFY(f.open());
        // The constructor only asked: nothing is there yet, and the views are built regardless.
        QVERIFY(f.tracker->isLoading());
        QVERIFY(f.tracker->jobs().isEmpty());
        CopyJobModel jobsModel(f.tracker.get(), &f.world.clock);
        QAbstractItemModelTester jobsTester(&jobsModel);
        JobHistoryModel historyModel(f.tracker.get(), {}, {});
        QAbstractItemModelTester historyTester(&historyModel);
        BackupTableModel backupsModel(&f.world.connections, f.tracker.get());
        QCOMPARE(backupsModel.copiesOf(f.backups.at(2).id), 0);
        QSignalSpy loaded(f.tracker.get(), &CopyJobTracker::loaded);
        // A copy asked for meanwhile shows at once, and waits for the read before it is written.
        const QString during = f.tracker->submit(f.request(1));
        QCOMPARE(jobsModel.rowCount(), 1);
        QCOMPARE(f.tracker->job(during).state, CopyJobState::Submitting);

        QVERIFY(loaded.wait());
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!f.tracker->loadError());
        // The ledger's jobs come first, as they were submitted first.
        const QStringList order {done, before, during};
        QCOMPARE(f.tracker->jobs().size(), 3);
        QCOMPARE(jobsModel.rowCount(), 3);
        QCOMPARE(historyModel.rowCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(f.tracker->jobs().at(i).localId, order.at(i));
            QCOMPARE(jobsModel.job(i).localId, order.at(i));
            QCOMPARE(historyModel.job(i).localId, order.at(i));
        }
        // The copy made before the restart counts in the backups table.
        QCOMPARE(backupsModel.copiesOf(f.backups.at(2).id), 1);

        QTRY_VERIFY(f.allEnded());
        QCOMPARE(f.tracker->job(before).state, CopyJobState::Completed);
        QCOMPARE(f.tracker->job(during).state, CopyJobState::Completed);
        QCOMPARE(backupsModel.copiesOf(f.backups.at(0).id), 1);
        QCOMPARE(backupsModel.copiesOf(f.backups.at(1).id), 1);
        QCOMPARE(f.world.cloud.startCalls, 3); // each sent once
        const QList<LedgerRecord> records = f.ledger->loadJobs().result().value();
        QCOMPARE(records.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(records.at(i).job.localId, order.at(i));
    }
};

QTEST_GUILESS_MAIN(TestLedgerOrder)
#include "tst_ledgerorder.moc"
