#include "JobHistoryFilterProxyModel.h"

#include "JobHistoryModel.h"

namespace Copydeck {

JobHistoryFilterProxyModel::JobHistoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobHistoryModel::SortRole);
}

JobHistoryFilterProxyModel::~JobHistoryFilterProxyModel() = default;

void JobHistoryFilterProxyModel::setCloud(const QString &cloud)
{
    m_cloud = cloud;
    invalidateRowsFilter();
}

void JobHistoryFilterProxyModel::setAccount(const QString &accountId)
{
    m_account = accountId;
    invalidateRowsFilter();
}

void JobHistoryFilterProxyModel::setState(std::optional<CopyJobState> state)
{
    m_state = state;
    invalidateRowsFilter();
}

void JobHistoryFilterProxyModel::setStartedBetween(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

QList<CopyJob> JobHistoryFilterProxyModel::shownJobs() const
{
    QList<CopyJob> jobs;
    jobs.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        jobs.append(index(row, 0).data(JobHistoryModel::JobRole).value<CopyJob>());
    return jobs;
}

bool JobHistoryFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_cloud.isEmpty() && index.data(JobHistoryModel::CloudRole).toString() != m_cloud)
        return false;
    if (!m_account.isEmpty() && index.data(JobHistoryModel::AccountRole).toString() != m_account)
        return false;
    if (m_state && index.data(JobHistoryModel::StateRole).toInt() != int(*m_state))
        return false;
    const QDateTime created = index.data(JobHistoryModel::CreatedRole).toDateTime();
    if (m_from.isValid() && (!created.isValid() || created < m_from))
        return false;
    if (m_to.isValid() && (!created.isValid() || created > m_to))
        return false;
    return true;
}

} // namespace Copydeck
