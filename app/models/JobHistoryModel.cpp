#include "JobHistoryModel.h"

#include "DisplayFormat.h"
#include "JobRows.h"

#include "jobs/CopyJobTracker.h"

namespace Copydeck {

JobHistoryModel::JobHistoryModel(CopyJobTracker *tracker, Name accountName, Name cloudName,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
    , m_accountName(std::move(accountName))
    , m_cloudName(std::move(cloudName))
{
    m_rows = m_tracker->jobs();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).localId, row);
    connect(m_tracker, &CopyJobTracker::loaded, this, &JobHistoryModel::onLoaded);
    connect(m_tracker, &CopyJobTracker::jobAdded, this, &JobHistoryModel::onJobAdded);
    connect(m_tracker, &CopyJobTracker::jobChanged, this, &JobHistoryModel::onJobChanged);
}

JobHistoryModel::~JobHistoryModel() = default;

// The ledger's jobs, read after the model was made: ahead of any submitted meanwhile, in one
// insertion.
void JobHistoryModel::onLoaded()
{
    const QList<CopyJob> loaded = JobRows::withoutRow(m_tracker->jobs(), m_rowOf);
    if (loaded.isEmpty())
        return;
    beginInsertRows({}, 0, int(loaded.size()) - 1);
    JobRows::prepend(loaded, m_rows, m_rowOf);
    endInsertRows();
}

void JobHistoryModel::onJobAdded(const QString &localId)
{
    if (m_rowOf.contains(localId))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(m_tracker->job(localId));
    m_rowOf.insert(localId, row);
    endInsertRows();
}

void JobHistoryModel::onJobChanged(const QString &localId)
{
    const int row = m_rowOf.value(localId, -1);
    if (row < 0)
        return;
    m_rows[row] = m_tracker->job(localId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

CopyJob JobHistoryModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CopyJob();
}

QString JobHistoryModel::accountName(const QString &accountId) const
{
    const QString name = m_accountName ? m_accountName(accountId) : QString();
    return name.isEmpty() ? accountId : name;
}

QString JobHistoryModel::cloudName(const QString &cloud) const
{
    const QString name = m_cloudName ? m_cloudName(cloud) : QString();
    return name.isEmpty() ? cloud : name;
}

int JobHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CopyJob &job = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return DisplayFormat::longDateTime(job.created);
        if (index.column() == EndedColumn && job.isTerminal())
            return DisplayFormat::longDateTime(job.completed);
        return index.column() == MessageColumn ? display(job, MessageColumn) : QVariant();
    case JobRole:
        return QVariant::fromValue(job);
    case StateRole:
        return int(job.state);
    case CloudRole:
        return job.cloud;
    case AccountRole:
        return job.accountId;
    case CreatedRole:
        return job.created;
    case SortRole:
        if (index.column() == CreatedColumn)
            return job.created;
        if (index.column() == EndedColumn)
            return job.completed;
        return display(job, index.column());
    default:
        return {};
    }
}

QVariant JobHistoryModel::display(const CopyJob &job, int column) const
{
    switch (column) {
    case CreatedColumn:
        return DisplayFormat::dateTime(job.created);
    case CloudColumn:
        return cloudName(job.cloud);
    case AccountColumn:
        return accountName(job.accountId);
    case SourceColumn:
        return job.sourceName.isEmpty() ? job.sourceId : job.sourceName;
    case DestinationColumn:
        return DisplayFormat::locationTitle(job.destination);
    case StateColumn:
        return copyJobStateName(job.state);
    case EndedColumn:
        return job.isTerminal() ? DisplayFormat::dateTime(job.completed) : QString();
    case MessageColumn:
        return job.error ? job.error->userText() : job.statusMessage;
    default:
        return {};
    }
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Started");
    case CloudColumn:
        return tr("Cloud");
    case AccountColumn:
        return tr("Account");
    case SourceColumn:
        return tr("Backup");
    case DestinationColumn:
        return tr("Destination");
    case StateColumn:
        return tr("State");
    case EndedColumn:
        return tr("Ended");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Copydeck
