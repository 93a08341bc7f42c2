// The ledger's history limit.
#include "LedgerDatabase.h"

#include "JobsLogging.h"
#include "LedgerJson.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Copydeck {

Result<int> LedgerDatabase::forgetEndedBefore(const QDateTime &cutoff)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList ended;
    for (const CopyJobState state :
         {CopyJobState::Completed, CopyJobState::Failed, CopyJobState::Partial,
          CopyJobState::Cancelled, CopyJobState::Lost})
        ended << QLatin1Char('\'') + LedgerJson::stateKey(state) + QLatin1Char('\'');
    // Times are stored as UTC ISO text of one length, so text order is time order.
    const QString which = QStringLiteral("state IN (%1) AND completed != '' AND completed < ?")
                              .arg(ended.join(QLatin1Char(',')));
    const QString before = cutoff.toUTC().toString(Qt::ISODateWithMs);
    const auto failed = [this, &db](const QSqlError &error) {
        db.rollback();
        qCWarning(lcLedger) << "Ledger" << m_path << "forgetting old jobs failed:" << error.text();
        return CloudError::local(tr("Copydeck could not forget old jobs in its copy ledger %1: %2")
                                     .arg(QDir::toNativeSeparators(m_path), error.text()),
                                 tr("Check that the disk is not full."));
    };
    if (!db.transaction())
        return failed(db.lastError());
    QSqlQuery events(db);
    events.prepare(QStringLiteral("DELETE FROM events WHERE local_id IN "
                                  "(SELECT local_id FROM jobs WHERE %1)")
                       .arg(which));
    events.bindValue(0, before);
    if (!events.exec())
        return failed(events.lastError());
    QSqlQuery jobs(db);
    jobs.prepare(QStringLiteral("DELETE FROM jobs WHERE %1").arg(which));
    jobs.bindValue(0, before);
    if (!jobs.exec())
        return failed(jobs.lastError());
    const int forgotten = jobs.numRowsAffected();
    if (!db.commit())
        return failed(db.lastError());
    qCInfo(lcLedger) << "Ledger" << m_path << "forgot" << forgotten << "jobs ended before"
                     << cutoff;
    return forgotten;
}

} // namespace Copydeck
