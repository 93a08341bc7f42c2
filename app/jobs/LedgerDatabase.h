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

// The copy ledger's SQLite file, used synchronously: one file in WAL mode, its schema versioned
// with PRAGMA user_version. CopyLedger runs it on a thread of its own; nothing else in the app
// touches it (the benchmark does, to compare).
//
// The file is held with an exclusive lock while open, so two Copydeck processes never follow the
// same jobs. A damaged, locked or newer file is reported (a Local CloudError naming the path) and
// left exactly as it was: Copydeck never replaces or deletes it.
//
// Each save is one small transaction; with WAL and synchronous=NORMAL a commit appends to the WAL
// without an fsync (a SIGKILL loses nothing; a power cut may lose the last commits).
//
// Not thread-safe, and bound to a thread: open it, use it and destroy it on the same one.
class LedgerDatabase final
{
    Q_DISABLE_COPY_MOVE(LedgerDatabase)
    Q_DECLARE_TR_FUNCTIONS(LedgerDatabase)

public:
    static constexpr int kSchemaVersion = 3;

    // Opens the file, creating it (and its folder) when missing.
    static Result<std::unique_ptr<LedgerDatabase>> open(const QString &path);
    ~LedgerDatabase();

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
    explicit LedgerDatabase(QString path, QString connectionName);
    std::optional<CloudError> prepare();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_upsertJob;
    std::unique_ptr<QSqlQuery> m_insertEvent;
};

} // namespace Copydeck
