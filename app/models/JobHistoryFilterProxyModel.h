#pragma once

#include "core/CopyJob.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>

namespace Copydeck {

// The jobs history's filters over a JobHistoryModel: cloud, state, account and a time range (when
// the job started). An empty or unset filter lets everything through.
class JobHistoryFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryFilterProxyModel)

public:
    explicit JobHistoryFilterProxyModel(QObject *parent = nullptr);
    ~JobHistoryFilterProxyModel() override;

    void setCloud(const QString &cloud);
    void setAccount(const QString &accountId);
    void setState(std::optional<CopyJobState> state);
    void setStartedBetween(const QDateTime &from, const QDateTime &to); // invalid: open-ended

    // The jobs shown, in the order shown (a snapshot for exporting).
    QList<CopyJob> shownJobs() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_cloud;
    QString m_account;
    std::optional<CopyJobState> m_state;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace Copydeck
