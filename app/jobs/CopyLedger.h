#pragma once

#include "LedgerRecord.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Copydeck {

// The durable record of every copy Copydeck starts: one SQLite file in WAL mode, its schema
// versioned with PRAGMA user_version. A job is written before its request is sent, then again on
// every change; each state change is appended to the job's events. History is kept without limit
// unless the user sets one (forgetEndedBefore(), applied on start).
//
// The file is held with an exclusive lock while open, so two Copydeck processes never follow the
// same jobs. A damaged, locked or newer file is reported (a Local CloudError naming the path) and
// left exactly as it was: Copydeck never replaces or deletes it.
//
// Writes are synchronous, on the thread that opened the ledger (the UI thread in the app): each is
// one small transaction, and with WAL and synchronous=NORMAL a commit appends to the WAL without an
// fsync (a SIGKILL loses nothing; a power cut may lose the last commits). bench_copyledger measures
// it. Not thread-safe: use it from one thread.
class CopyLedger final
{
    Q_DISABLE_COPY_MOVE(CopyLedger)
    Q_DECLARE_TR_FUNCTIONS(CopyLedger)

public:
    static constexpr int kSchemaVersion = 3;

    // Opens the file, creating it (and its folder) when missing.
    static Result<std::unique_ptr<CopyLedger>> open(const QString &path);
    ~CopyLedger();

    QString path() const { return m_path; }
    QString journalMode() const; // "wal" once open

    // Every job, in the order they were first written.
    Result<QList<LedgerRecord>> loadJobs() const;
    // The events of one job, oldest first.
    Result<QList<LedgerEvent>> events(const QString &localId) const;

    // Writes the job (inserted or updated) and, when given, appends its event, in one transaction.
    Result<void> save(const LedgerRecord &record, const std::optional<LedgerEvent> &event = {});

    // The history limit: forgets every job that ended before `cutoff` (with its events), in one
    // transaction. Unfinished jobs are always kept. Answers how many jobs were forgotten.
    Result<int> forgetEndedBefore(const QDateTime &cutoff);

private:
    explicit CopyLedger(QString path, QString connectionName);
    std::optional<CloudError> prepare();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_upsertJob;
    std::unique_ptr<QSqlQuery> m_insertEvent;
};

} // namespace Copydeck
