#include "LedgerDatabase.h"

#include "JobsLogging.h"
#include "LedgerJson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>

namespace Copydeck {

namespace {

// The job row's columns, in the order values are bound.
constexpr std::array<const char *, 35> kJobColumns {
    "local_id",
    "cloud",
    "account_id",
    "remote_id",
    "source_id",
    "source_name",
    "source_location",
    "destination",
    "state",
    "raw_state",
    "percent",
    "size_bytes",
    "created",
    "completed",
    "status_message",
    "destination_backup_id",
    "is_parent",
    "child_jobs",
    "child_jobs_in_state",
    "client_token",
    "error",
    "refused_by_rules",
    "request_source",
    "request_destination",
    "role_arn",
    "cold_storage_after_days",
    "delete_after_days",
    "expire_time",
    "encryption_type",
    "kms_key_names",
    "request_name",
    "request_description",
    "operation",
    "version_time",
    "after_local_id",
};

const char *const kCreateJobs = R"(CREATE TABLE jobs (
    local_id TEXT PRIMARY KEY NOT NULL,
    cloud TEXT NOT NULL,
    account_id TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_location TEXT NOT NULL,
    destination TEXT NOT NULL,
    state TEXT NOT NULL,
    raw_state TEXT NOT NULL,
    percent REAL,
    size_bytes INTEGER NOT NULL,
    created TEXT NOT NULL,
    completed TEXT NOT NULL,
    status_message TEXT NOT NULL,
    destination_backup_id TEXT NOT NULL,
    is_parent INTEGER NOT NULL,
    child_jobs INTEGER NOT NULL,
    child_jobs_in_state TEXT NOT NULL,
    client_token TEXT NOT NULL,
    error TEXT,
    refused_by_rules INTEGER NOT NULL,
    request_source TEXT NOT NULL,
    request_destination TEXT NOT NULL,
    role_arn TEXT NOT NULL,
    cold_storage_after_days INTEGER,
    delete_after_days INTEGER,
    expire_time TEXT NOT NULL,
    encryption_type TEXT NOT NULL,
    kms_key_names TEXT NOT NULL,
    request_name TEXT NOT NULL,
    request_description TEXT NOT NULL))";

const char *const kCreateEvents = R"(CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    local_id TEXT NOT NULL REFERENCES jobs(local_id),
    time TEXT NOT NULL,
    state TEXT NOT NULL,
    raw_state TEXT NOT NULL,
    percent REAL,
    message TEXT NOT NULL))";

const char *const kIndexEvents = "CREATE INDEX events_by_job ON events(local_id, id)";

// kCreateJobs/kCreateEvents make schema 1; each step here takes a file from `version - 1` to
// `version`. A new file runs them all, an older one the ones it lacks, in one transaction.
struct Migration
{
    int version;
    std::array<const char *, 2> statements; // null: none
};
constexpr std::array<Migration, 2> kMigrations {{
    // Backups made on demand (Spanner create) beside copies.
    {2,
     {"ALTER TABLE jobs ADD COLUMN operation TEXT NOT NULL DEFAULT 'copy'",
      "ALTER TABLE jobs ADD COLUMN version_time TEXT NOT NULL DEFAULT ''"}},
    // Jobs queued behind another job (CopyJobState::Queued).
    {3, {"ALTER TABLE jobs ADD COLUMN after_local_id TEXT NOT NULL DEFAULT ''", nullptr}},
}};

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> intFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> doubleFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// SQLite's primary result code, from the driver's native code.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

CloudError ledgerError(const QString &path, const QSqlError &error, const char *doing)
{
    const QString detail
        = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    qCWarning(lcLedger) << "Ledger" << path << doing << "failed:" << error.nativeErrorCode()
                        << error.text();
    switch (sqliteCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return CloudError::local(
            LedgerDatabase::tr("The copy ledger %1 is in use by another program, perhaps another "
                               "Copydeck (%2).")
                .arg(QDir::toNativeSeparators(path), detail),
            LedgerDatabase::tr("Close the other Copydeck and start Copydeck again. Copies are not "
                               "recorded until then."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return CloudError::local(
            LedgerDatabase::tr(
                "The copy ledger %1 is damaged (%2). Copydeck left the file as it is.")
                .arg(QDir::toNativeSeparators(path), detail),
            LedgerDatabase::tr("Move the file elsewhere or restore it from a backup, then start "
                               "Copydeck again; it starts a new ledger where the file was."));
    default:
        return CloudError::local(LedgerDatabase::tr("Copydeck could not use its copy ledger %1: %2")
                                     .arg(QDir::toNativeSeparators(path), detail),
                                 LedgerDatabase::tr("Check that the folder can be written and that "
                                                    "the disk is not full."));
    }
}

} // namespace

LedgerDatabase::LedgerDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

LedgerDatabase::~LedgerDatabase()
{
    m_upsertJob.reset();
    m_insertEvent.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LedgerDatabase>> LedgerDatabase::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return CloudError::local(tr("Copydeck could not create the folder %1 for its copy ledger.")
                                     .arg(QDir::toNativeSeparators(info.absolutePath())),
                                 tr("Check that the folder can be written."));

    const QString name
        = QStringLiteral("copydeck-ledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LedgerDatabase> ledger(new LedgerDatabase(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(ledger->m_path);
        // Nobody else should hold the file: say so at once rather than freeze the window.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        if (!db.open())
            return ledgerError(ledger->m_path, db.lastError(), "open");
    }
    if (std::optional<CloudError> error = ledger->prepare())
        return *error;
    qCInfo(lcLedger) << "Ledger open:" << ledger->m_path;
    return ledger;
}

// Reads before it writes: a file that is not a ledger (or not this version's) is never touched.
std::optional<CloudError> LedgerDatabase::prepare()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    // Exclusive: held from the first write until the ledger closes; no shared-memory file.
    if (!q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")))
        return ledgerError(m_path, q.lastError(), "locking");
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return ledgerError(m_path, q.lastError(), "reading the version");
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return CloudError::local(tr("The copy ledger %1 was written by a newer Copydeck (schema "
                                    "%2; this Copydeck knows %3). Copydeck left it as it is.")
                                     .arg(QDir::toNativeSeparators(m_path))
                                     .arg(version)
                                     .arg(kSchemaVersion),
                                 tr("Use the newer Copydeck."));
    if (version == 0) {
        // A new file is empty; a version-0 file with tables is somebody else's database.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
            return ledgerError(m_path, q.lastError(), "reading the schema");
        if (q.value(0).toInt() != 0)
            return CloudError::local(
                tr("The file %1 is a database, but not a Copydeck copy ledger. Copydeck left it "
                   "as it is.")
                    .arg(QDir::toNativeSeparators(m_path)),
                tr("Move the file elsewhere and start Copydeck again."));
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return ledgerError(m_path, q.lastError(), "switching to WAL");
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return CloudError::local(tr("The copy ledger %1 could not be switched to write-ahead "
                                    "logging (journal mode %2).")
                                     .arg(QDir::toNativeSeparators(m_path), q.value(0).toString()));
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return ledgerError(m_path, q.lastError(), "setting synchronous");

    // Takes the exclusive lock (kept, see locking_mode) even when the schema is there already.
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return ledgerError(m_path, q.lastError(), "locking");
    if (version < kSchemaVersion) {
        bool done = version > 0
            || (q.exec(QLatin1String(kCreateJobs)) && q.exec(QLatin1String(kCreateEvents))
                && q.exec(QLatin1String(kIndexEvents)));
        for (const Migration &migration : kMigrations) {
            if (!done || migration.version <= version)
                continue;
            for (const char *statement : migration.statements)
                done = done && (!statement || q.exec(QLatin1String(statement)));
        }
        done = done && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
        if (!done) {
            const QSqlError error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return ledgerError(m_path, error,
                               version == 0 ? "creating the schema" : "upgrading the schema");
        }
        if (version > 0)
            qCInfo(lcLedger) << "Ledger" << m_path << "upgraded from schema" << version << "to"
                             << kSchemaVersion;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return ledgerError(m_path, q.lastError(), "creating the schema");

    QStringList columns;
    QStringList marks;
    QStringList updates;
    for (const char *column : kJobColumns) {
        columns << QLatin1String(column);
        marks << QStringLiteral("?");
        if (QLatin1String(column) != QLatin1String("local_id"))
            updates << QLatin1String(column) + QLatin1String("=excluded.") + QLatin1String(column);
    }
    m_upsertJob = std::make_unique<QSqlQuery>(db);
    if (!m_upsertJob->prepare(
            QStringLiteral("INSERT INTO jobs(%1) VALUES(%2) ON CONFLICT(local_id) "
                           "DO UPDATE SET %3")
                .arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
                     updates.join(QLatin1Char(',')))))
        return ledgerError(m_path, m_upsertJob->lastError(), "preparing");
    m_insertEvent = std::make_unique<QSqlQuery>(db);
    if (!m_insertEvent->prepare(QStringLiteral("INSERT INTO events(local_id, time, state, "
                                               "raw_state, percent, message) VALUES(?,?,?,?,?,?)")))
        return ledgerError(m_path, m_insertEvent->lastError(), "preparing");
    return std::nullopt;
}

QString LedgerDatabase::journalMode() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

Result<void> LedgerDatabase::save(const LedgerRecord &record,
                                  const std::optional<LedgerEvent> &event)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const CopyJob &j = record.job;
    const CopyRequest &r = record.request;
    QJsonArray keys;
    for (const QString &key : r.kmsKeyNames)
        keys.append(key);
    const std::array<QVariant, kJobColumns.size()> values {
        j.localId,
        j.cloud,
        j.accountId,
        j.remoteId,
        j.sourceId,
        j.sourceName,
        LedgerJson::fromLocation(j.sourceLocation),
        LedgerJson::fromLocation(j.destination),
        LedgerJson::stateKey(j.state),
        j.rawState,
        optionalDouble(j.percent),
        j.sizeBytes,
        dateText(j.created),
        dateText(j.completed),
        j.statusMessage,
        j.destinationBackupId,
        int(j.isParent),
        j.childJobs,
        LedgerJson::fromCounts(j.childJobsInState),
        j.clientToken,
        j.error ? QVariant(LedgerJson::fromError(*j.error)) : QVariant(),
        int(record.refusedByRules),
        LedgerJson::fromBackup(r.source),
        LedgerJson::fromLocation(r.destination),
        r.roleArn,
        optionalInt(r.lifecycle.moveToColdStorageAfterDays),
        optionalInt(r.lifecycle.deleteAfterDays),
        dateText(r.expireTime),
        r.encryptionType,
        QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)),
        r.name,
        r.description,
        r.operation == CopyOperation::CreateBackup ? QStringLiteral("create")
                                                   : QStringLiteral("copy"),
        dateText(r.versionTime),
        record.afterLocalId,
    };
    // Empty strings, not NULLs, for the NOT NULL text columns.
    for (qsizetype i = 0; i < qsizetype(values.size()); ++i) {
        const QVariant &value = values[size_t(i)];
        m_upsertJob->bindValue(int(i),
                               value.typeId() == QMetaType::QString && value.toString().isNull()
                                   ? QVariant(QLatin1String(""))
                                   : value);
    }

    if (!db.transaction())
        return ledgerError(m_path, db.lastError(), "beginning a write");
    if (!m_upsertJob->exec()) {
        const QSqlError error = m_upsertJob->lastError();
        db.rollback();
        return ledgerError(m_path, error, "writing a job");
    }
    if (event) {
        m_insertEvent->bindValue(0, event->localId);
        m_insertEvent->bindValue(1, dateText(event->time));
        m_insertEvent->bindValue(2, LedgerJson::stateKey(event->state));
        m_insertEvent->bindValue(3, event->rawState.isNull() ? QLatin1String("") : event->rawState);
        m_insertEvent->bindValue(4, optionalDouble(event->percent));
        m_insertEvent->bindValue(5, event->message.isNull() ? QLatin1String("") : event->message);
        if (!m_insertEvent->exec()) {
            const QSqlError error = m_insertEvent->lastError();
            db.rollback();
            return ledgerError(m_path, error, "appending an event");
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return ledgerError(m_path, error, "committing");
    }
    return {};
}

Result<QList<LedgerRecord>> LedgerDatabase::loadJobs() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QStringList columns;
    for (const char *column : kJobColumns)
        columns << QLatin1String(column);
    if (!q.exec(QStringLiteral("SELECT %1 FROM jobs ORDER BY rowid")
                    .arg(columns.join(QLatin1Char(',')))))
        return ledgerError(m_path, q.lastError(), "reading jobs");
    QList<LedgerRecord> records;
    while (q.next()) {
        int c = 0;
        const auto next = [&q, &c] { return q.value(c++); };
        LedgerRecord record;
        CopyJob &j = record.job;
        CopyRequest &r = record.request;
        j.localId = next().toString();
        j.cloud = next().toString();
        j.accountId = next().toString();
        j.remoteId = next().toString();
        j.sourceId = next().toString();
        j.sourceName = next().toString();
        j.sourceLocation = LedgerJson::toLocation(next().toString());
        j.destination = LedgerJson::toLocation(next().toString());
        j.state = LedgerJson::stateFromKey(next().toString());
        j.rawState = next().toString();
        j.percent = doubleFrom(next());
        j.sizeBytes = next().toLongLong();
        j.created = dateFrom(next());
        j.completed = dateFrom(next());
        j.statusMessage = next().toString();
        j.destinationBackupId = next().toString();
        j.isParent = next().toInt() != 0;
        j.childJobs = next().toLongLong();
        j.childJobsInState = LedgerJson::toCounts(next().toString());
        j.clientToken = next().toString();
        r.clientToken = j.clientToken;
        if (const QVariant error = next(); !error.isNull())
            j.error = LedgerJson::toError(error.toString());
        record.refusedByRules = next().toInt() != 0;
        r.source = LedgerJson::toBackup(next().toString());
        r.destination = LedgerJson::toLocation(next().toString());
        r.roleArn = next().toString();
        r.lifecycle.moveToColdStorageAfterDays = intFrom(next());
        r.lifecycle.deleteAfterDays = intFrom(next());
        r.expireTime = dateFrom(next());
        r.encryptionType = next().toString();
        const QJsonArray keys = QJsonDocument::fromJson(next().toString().toUtf8()).array();
        for (const QJsonValue &key : keys)
            r.kmsKeyNames << key.toString();
        r.name = next().toString();
        r.description = next().toString();
        r.operation = next().toString() == QLatin1String("create") ? CopyOperation::CreateBackup
                                                                   : CopyOperation::Copy;
        j.operation = r.operation;
        r.versionTime = dateFrom(next());
        record.afterLocalId = next().toString();
        records.append(record);
    }
    if (q.lastError().isValid())
        return ledgerError(m_path, q.lastError(), "reading jobs");
    return records;
}

Result<QList<LedgerEvent>> LedgerDatabase::events(const QString &localId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT time, state, raw_state, percent, message FROM events "
                             "WHERE local_id = ? ORDER BY id"));
    q.bindValue(0, localId);
    if (!q.exec())
        return ledgerError(m_path, q.lastError(), "reading events");
    QList<LedgerEvent> events;
    while (q.next()) {
        LedgerEvent event;
        event.localId = localId;
        event.time = dateFrom(q.value(0));
        event.state = LedgerJson::stateFromKey(q.value(1).toString());
        event.rawState = q.value(2).toString();
        event.percent = doubleFrom(q.value(3));
        event.message = q.value(4).toString();
        events.append(event);
    }
    return events;
}

} // namespace Copydeck
