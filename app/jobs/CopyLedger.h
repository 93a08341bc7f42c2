#pragma once

#include "LedgerDatabase.h"
#include "LedgerRecord.h"

#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Copydeck {

class LedgerThread;

// The durable record of every copy Copydeck starts: a SQLite file in WAL mode (LedgerDatabase
// describes the file). A job is written before its request is sent, then again on every change;
// each state change is appended to the job's events. History is kept without limit unless the user
// sets one (forgetEndedBefore(), applied on start).
//
// The disk is never touched on the caller's thread (the UI thread in the app): the file lives on
// a thread of the ledger's own, and every call below only queues its work there and answers at
// once with a QFuture (awaitable with QCoro, <qcoro/qcorofuture.h>). The queue keeps the order of
// the calls: writes reach the file in the order they were made, and a read sees every write queued
// before it. A future answers once its work is done: for save(), once the change is committed to
// the file (it then survives a SIGKILL). Await it before sending the request it records; a state
// change may be left to complete on its own. Closing (the destructor) waits for the queue to
// drain.
//
// A damaged, locked or newer file is reported (a Local CloudError naming the path) and left
// exactly as it was: Copydeck never replaces or deletes it. Thread-safe.
class CopyLedger final
{
    Q_DISABLE_COPY_MOVE(CopyLedger)

public:
    static constexpr int kSchemaVersion = LedgerDatabase::kSchemaVersion;

    // Opens the file (creating it and its folder when missing) on the ledger's thread, and waits
    // for that: once, as Copydeck starts, before the window shows. It costs a few milliseconds
    // whatever the file holds (bench_copyledger prints it); a file another program holds is
    // reported after SQLite's busy timeout of 100 ms.
    static Result<std::unique_ptr<CopyLedger>> open(const QString &path);
    // Waits for every queued change to reach the file, then closes it.
    ~CopyLedger();

    QString path() const { return m_path; }
    QFuture<QString> journalMode() const; // "wal"

    // Every job, in the order they were first written.
    QFuture<Result<QList<LedgerRecord>>> loadJobs() const;
    // The events of one job, oldest first.
    QFuture<Result<QList<LedgerEvent>>> events(const QString &localId) const;

    // Writes the job (inserted or updated) and, when given, appends its event, in one transaction.
    QFuture<Result<void>> save(const LedgerRecord &record,
                               const std::optional<LedgerEvent> &event = {});

    // The history limit: forgets every job that ended before `cutoff` (with its events), in one
    // transaction. Unfinished jobs are always kept. Answers how many jobs were forgotten.
    QFuture<Result<int>> forgetEndedBefore(const QDateTime &cutoff);

    // Answers once everything queued before it has been done.
    QFuture<void> flush() const;

private:
    CopyLedger(QString path, std::unique_ptr<LedgerThread> thread);
    template<typename T, typename Work> QFuture<T> queue(Work work) const;

    QString m_path;
    std::unique_ptr<LedgerThread> m_thread;
};

} // namespace Copydeck
