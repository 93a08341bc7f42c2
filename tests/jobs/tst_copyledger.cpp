// CopyLedger on a real SQLite file in a temporary folder: a round trip of every field, WAL, events
// in order, writes queued without waiting that reach the file in order (and all of them, when the
// ledger closes at once), and damaged, foreign and locked files reported by path and left
// untouched.
#include "jobs/CopyLedger.h"

#include "LedgerSamples.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

std::unique_ptr<CopyLedger> openOrFail(const QString &path)
{
    Result<std::unique_ptr<CopyLedger>> opened = CopyLedger::open(path);
    if (!opened) {
        qWarning() << opened.error().userText();
        return nullptr;
    }
    return std::move(opened).value();
}

// Another process's view of the file, through a connection of its own.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QString::number(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
};

} // namespace

class TestCopyLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sub/folder/ledger.sqlite"));
        const LedgerRecord written = sampleRecord(QStringLiteral("job-1"));
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            QCOMPARE(ledger->journalMode().result(), QStringLiteral("wal"));
            QCOMPARE(ledger->path(), QFileInfo(path).absoluteFilePath());
            QVERIFY(ledger->save(written).result());
        }
        auto ledger = openOrFail(path);
        QVERIFY(ledger);
        const Result<QList<LedgerRecord>> loaded = ledger->loadJobs().result();
        QVERIFY(loaded);
        QCOMPARE(loaded.value().size(), 1);
        const LedgerRecord &read = loaded.value().first();
        const CopyJob &j = read.job;
        const CopyJob &w = written.job;
        QCOMPARE(j.localId, w.localId);
        QCOMPARE(j.cloud, w.cloud);
        QCOMPARE(j.accountId, w.accountId);
        QCOMPARE(j.remoteId, w.remoteId);
        QCOMPARE(j.sourceId, w.sourceId);
        QCOMPARE(j.sourceName, w.sourceName);
        QVERIFY(j.sourceLocation == w.sourceLocation);
        QVERIFY(j.destination == w.destination);
        QCOMPARE(j.state, w.state);
        QCOMPARE(j.rawState, w.rawState);
        QCOMPARE(j.percent, w.percent);
        QCOMPARE(j.sizeBytes, w.sizeBytes);
        QCOMPARE(j.created, w.created);
        QVERIFY(!j.completed.isValid());
        QCOMPARE(j.statusMessage, w.statusMessage);
        QCOMPARE(j.isParent, true);
        QCOMPARE(j.childJobs, w.childJobs);
        QCOMPARE(j.childJobsInState, w.childJobsInState);
        QCOMPARE(j.clientToken, w.clientToken);
        QVERIFY(j.error.has_value());
        QCOMPARE(j.error->kind, CloudError::Kind::Throttled);
        QCOMPARE(j.error->userText(), w.error->userText());

        const CopyRequest &r = read.request;
        const CopyRequest &wr = written.request;
        QCOMPARE(r.source.id, wr.source.id);
        QCOMPARE(r.source.name, wr.source.name);
        QVERIFY(r.source.location == wr.source.location);
        QCOMPARE(r.source.sizeBytes, wr.source.sizeBytes);
        QCOMPARE(r.source.resourceType, wr.source.resourceType);
        QVERIFY(r.destination == wr.destination);
        QCOMPARE(r.roleArn, wr.roleArn);
        QVERIFY(r.lifecycle == wr.lifecycle);
        QCOMPARE(r.expireTime, wr.expireTime);
        QCOMPARE(r.encryptionType, wr.encryptionType);
        QCOMPARE(r.kmsKeyNames, wr.kmsKeyNames);
        QCOMPARE(r.name, wr.name);
        QCOMPARE(r.description, wr.description);
        QCOMPARE(r.clientToken, wr.clientToken);
        QCOMPARE(read.refusedByRules, false);
    }

    void keepForeverAndNoErrorSurvive()
    {
        QTemporaryDir dir;
        auto ledger = openOrFail(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger);
        LedgerRecord record = sampleRecord(QStringLiteral("job-1"));
        record.request.lifecycle = Lifecycle {-1, -1};
        record.job.error.reset();
        record.job.percent.reset();
        record.refusedByRules = true;
        QVERIFY(ledger->save(record).result());
        const LedgerRecord read = ledger->loadJobs().result().value().first();
        QVERIFY(read.request.lifecycle.keepsForever());
        QVERIFY(!read.job.error.has_value());
        QVERIFY(!read.job.percent.has_value());
        QVERIFY(read.refusedByRules);

        record.request.lifecycle = Lifecycle {};
        QVERIFY(ledger->save(record).result());
        QVERIFY(ledger->loadJobs().result().value().first().request.lifecycle.isEmpty());
    }

    void walAndSchemaVersionOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        QVERIFY(openOrFail(path));
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 CopyLedger::kSchemaVersion);
    }

    void aCreateBackupRequestKeepsItsKindAndVersionTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        LedgerRecord record = sampleRecord(QStringLiteral("job-1"));
        record.request.operation = CopyOperation::CreateBackup;
        record.job.operation = CopyOperation::CreateBackup;
        record.request.versionTime = QDateTime(QDate(2026, 11, 20), QTime(8, 30), QTimeZone::utc());
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            QVERIFY(ledger->save(record).result());
        }
        auto ledger = openOrFail(path);
        QVERIFY(ledger);
        const LedgerRecord read = ledger->loadJobs().result().value().first();
        QCOMPARE(read.request.operation, CopyOperation::CreateBackup);
        QCOMPARE(read.job.operation, CopyOperation::CreateBackup);
        QCOMPARE(read.request.versionTime, record.request.versionTime);
    }

    void aLedgerOfTheFirstSchemaIsUpgradedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            QVERIFY(ledger->save(sampleRecord(QStringLiteral("job-1"))).result());
        }
        {
            // The file as the first Copydeck wrote it: schema 1, without the later columns.
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE jobs DROP COLUMN operation")));
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE jobs DROP COLUMN version_time")));
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE jobs DROP COLUMN after_local_id")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=1")));
        }
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            const Result<QList<LedgerRecord>> loaded = ledger->loadJobs().result();
            QVERIFY(loaded);
            QCOMPARE(loaded.value().size(), 1);
            QCOMPARE(loaded.value().first().job.localId, QStringLiteral("job-1"));
            QCOMPARE(loaded.value().first().request.operation, CopyOperation::Copy);
            QVERIFY(!loaded.value().first().request.versionTime.isValid());
            QVERIFY(ledger->save(sampleRecord(QStringLiteral("job-2"))).result());
        }
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 CopyLedger::kSchemaVersion);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM jobs")).toInt(), 2);
    }

    void aLedgerOfTheSecondSchemaGainsQueuedJobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            QVERIFY(ledger->save(sampleRecord(QStringLiteral("job-1"))).result());
        }
        {
            // Schema 2: no jobs waited for other jobs yet.
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE jobs DROP COLUMN after_local_id")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=2")));
        }
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            const Result<QList<LedgerRecord>> loaded = ledger->loadJobs().result();
            QVERIFY(loaded);
            QCOMPARE(loaded.value().size(), 1);
            QVERIFY(loaded.value().first().afterLocalId.isEmpty());
            QCOMPARE(loaded.value().first().job.state, CopyJobState::Running);
            LedgerRecord queued = sampleRecord(QStringLiteral("job-2"));
            queued.job.state = CopyJobState::Queued;
            queued.afterLocalId = QStringLiteral("job-1");
            QVERIFY(ledger->save(queued).result());
        }
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            const LedgerRecord read = ledger->loadJobs().result().value().at(1);
            QCOMPARE(read.job.state, CopyJobState::Queued);
            QCOMPARE(read.afterLocalId, QStringLiteral("job-1"));
        }
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT state FROM jobs WHERE local_id='job-2'")).toString(),
            QStringLiteral("queued"));
    }

    void eventsAppendInOrderAndJobsKeepTheirOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const QList<CopyJobState> states {CopyJobState::Submitting, CopyJobState::Created,
                                          CopyJobState::Running, CopyJobState::Running,
                                          CopyJobState::Completed};
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            LedgerRecord first = sampleRecord(QStringLiteral("job-a"));
            LedgerRecord second = sampleRecord(QStringLiteral("job-b"));
            for (int i = 0; i < states.size(); ++i) {
                first.job.state = states.at(i);
                LedgerEvent event {first.job.localId, t0.addSecs(i),
                                   states.at(i),      QStringLiteral("RAW-%1").arg(i),
                                   20.0 * i,          QStringLiteral("message %1").arg(i)};
                QVERIFY(ledger->save(first, event).result());
                if (i == 0)
                    QVERIFY(
                        ledger
                            ->save(second,
                                   LedgerEvent {second.job.localId, t0, CopyJobState::Submitting,
                                                QString(), std::nullopt, QString()})
                            .result());
            }
        }
        auto ledger = openOrFail(path);
        QVERIFY(ledger);
        const QList<LedgerRecord> jobs = ledger->loadJobs().result().value();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).job.localId, QStringLiteral("job-a")); // first written, first listed
        QCOMPARE(jobs.at(0).job.state, CopyJobState::Completed);
        QCOMPARE(jobs.at(1).job.localId, QStringLiteral("job-b"));

        const QList<LedgerEvent> events = ledger->events(QStringLiteral("job-a")).result().value();
        QCOMPARE(events.size(), states.size());
        for (int i = 0; i < states.size(); ++i) {
            QCOMPARE(events.at(i).state, states.at(i));
            QCOMPARE(events.at(i).time, t0.addSecs(i));
            QCOMPARE(events.at(i).rawState, QStringLiteral("RAW-%1").arg(i));
            QCOMPARE(events.at(i).percent.value(), 20.0 * i);
            QCOMPARE(events.at(i).message, QStringLiteral("message %1").arg(i));
        }
        QCOMPARE(ledger->events(QStringLiteral("job-b")).result().value().size(), 1);
    }

    void queuedWritesReachTheFileInTheOrderTheyWereMade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        constexpr int kChanges = 300;
        QList<QFuture<Result<void>>> writes;
        QFuture<Result<QList<LedgerRecord>>> midway;
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            LedgerRecord record = sampleRecord(QStringLiteral("job-a"));
            record.job.state = CopyJobState::Running;
            // Nothing is awaited: every call only queues its work.
            for (int i = 0; i < kChanges; ++i) {
                record.job.rawState = QStringLiteral("STEP-%1").arg(i);
                record.job.percent = double(i) / 3.0;
                writes << ledger->save(record,
                                       LedgerEvent {record.job.localId, t0.addMSecs(i),
                                                    CopyJobState::Running, record.job.rawState,
                                                    record.job.percent, QString()});
                if (i == kChanges / 2)
                    midway = ledger->loadJobs();
            }
            // Closed at once: closing waits for the queue to drain.
        }
        for (const QFuture<Result<void>> &write : std::as_const(writes)) {
            QVERIFY(write.isFinished());
            QVERIFY(write.result());
        }
        // A read sees exactly the writes queued before it.
        QVERIFY(midway.isFinished());
        QCOMPARE(midway.result().value().first().job.rawState,
                 QStringLiteral("STEP-%1").arg(kChanges / 2));

        auto ledger = openOrFail(path);
        QVERIFY(ledger);
        QCOMPARE(ledger->loadJobs().result().value().first().job.rawState,
                 QStringLiteral("STEP-%1").arg(kChanges - 1));
        const QList<LedgerEvent> events = ledger->events(QStringLiteral("job-a")).result().value();
        QCOMPARE(events.size(), kChanges);
        for (int i = 0; i < kChanges; ++i) {
            QCOMPARE(events.at(i).rawState, QStringLiteral("STEP-%1").arg(i));
            QCOMPARE(events.at(i).time, t0.addMSecs(i));
        }
    }

    void damagedFileIsReportedAndUntouched_data()
    {
        QTest::addColumn<bool>("startFromLedger");
        QTest::newRow("garbage bytes") << false;
        QTest::newRow("ledger with a damaged schema page") << true;
    }

    void damagedFileIsReportedAndUntouched()
    {
        QFETCH(bool, startFromLedger);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        QByteArray bytes;
        if (startFromLedger) {
            {
                auto ledger = openOrFail(path);
                QVERIFY(ledger);
                QVERIFY(ledger->save(sampleRecord(QStringLiteral("job-1"))).result());
            }
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
            bytes = fileBytes(path);
            QVERIFY(bytes.size() >= 4096);
            // Keep the 100-byte header, ruin the schema table behind it.
            for (qsizetype i = 100; i < 4096; ++i)
                bytes[i] = char(0xA5);
        } else {
            QRandomGenerator random(7);
            bytes.resize(8192);
            for (char &c : bytes)
                c = char(random.bounded(256));
        }
        writeBytes(path, bytes);
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

        Result<std::unique_ptr<CopyLedger>> opened = CopyLedger::open(path);
        QVERIFY(!opened);
        const CloudError &error = opened.error();
        QCOMPARE(error.kind, CloudError::Kind::Local);
        QVERIFY2(error.userText().contains(path), qPrintable(error.userText()));
        QVERIFY2(error.userText().contains(QStringLiteral("damaged")),
                 qPrintable(error.userText()));

        QCOMPARE(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256), hash);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("ledger.sqlite")});
    }

    void someoneElsesDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        }
        const QByteArray before = fileBytes(path);
        Result<std::unique_ptr<CopyLedger>> opened = CopyLedger::open(path);
        QVERIFY(!opened);
        QVERIFY(opened.error().userText().contains(path));
        QCOMPARE(fileBytes(path), before);
    }

    void aSecondLedgerOnTheSameFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        auto first = openOrFail(path);
        QVERIFY(first);
        QVERIFY(first->save(sampleRecord(QStringLiteral("job-1"))).result());

        Result<std::unique_ptr<CopyLedger>> second = CopyLedger::open(path);
        QVERIFY(!second);
        QCOMPARE(second.error().kind, CloudError::Kind::Local);
        QVERIFY2(second.error().userText().contains(path), qPrintable(second.error().userText()));
        QVERIFY(second.error().userText().contains(QStringLiteral("in use")));
        // The first one is unaffected, and the file opens again once it is closed.
        QVERIFY(first->save(sampleRecord(QStringLiteral("job-2"))).result());
        first.reset();
        auto again = openOrFail(path);
        QVERIFY(again);
        QCOMPARE(again->loadJobs().result().value().size(), 2);
    }

    void aFileLockedByAnotherConnectionIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        QVERIFY(openOrFail(path)); // a ledger, closed again
        const QByteArray before = fileBytes(path);

        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE held (x)")));

        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<CopyLedger>> opened = CopyLedger::open(path);
        QVERIFY(timer.elapsed() < 2000); // said at once, not after a long wait
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, CloudError::Kind::Local);
        QVERIFY2(opened.error().userText().contains(path), qPrintable(opened.error().userText()));
        QVERIFY(opened.error().userText().contains(QStringLiteral("in use")));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCopyLedger)
#include "tst_copyledger.moc"
