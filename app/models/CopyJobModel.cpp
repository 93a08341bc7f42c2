#include "CopyJobModel.h"

#include "DisplayFormat.h"
#include "JobRows.h"

#include "core/Clock.h"
#include "jobs/CopyJobTracker.h"

#include <QLocale>

#include <algorithm>

namespace Copydeck {

CopyJobModel::CopyJobModel(CopyJobTracker *tracker, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
    , m_clock(clock)
{
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(kUpdateInterval);
    connect(&m_publishTimer, &QTimer::timeout, this, &CopyJobModel::publish);
    m_clockTimer.setInterval(kClockInterval);
    connect(&m_clockTimer, &QTimer::timeout, this, &CopyJobModel::markRunningDirty);

    m_rows = m_tracker->jobs();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).localId, row);
    connect(m_tracker, &CopyJobTracker::loaded, this, &CopyJobModel::onLoaded);
    connect(m_tracker, &CopyJobTracker::jobAdded, this, &CopyJobModel::onJobAdded);
    connect(m_tracker, &CopyJobTracker::jobChanged, this, &CopyJobModel::onJobChanged);
    connect(m_tracker, &CopyJobTracker::jobFinished, this, &CopyJobModel::onJobChanged);
    updateClockTimer();
}

CopyJobModel::~CopyJobModel() = default;

// The ledger's jobs, read after the model was made: ahead of any submitted meanwhile, in one
// insertion.
void CopyJobModel::onLoaded()
{
    const QList<CopyJob> loaded = JobRows::withoutRow(m_tracker->jobs(), m_rowOf);
    if (loaded.isEmpty())
        return;
    const int count = int(loaded.size());
    beginInsertRows({}, 0, count - 1);
    JobRows::prepend(loaded, m_rows, m_rowOf);
    if (m_firstDirty >= 0) {
        m_firstDirty += count;
        m_lastDirty += count;
    }
    endInsertRows();
    updateClockTimer();
}

void CopyJobModel::onJobAdded(const QString &localId)
{
    if (m_rowOf.contains(localId))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(m_tracker->job(localId));
    m_rowOf.insert(localId, row);
    endInsertRows();
    updateClockTimer();
}

void CopyJobModel::onJobChanged(const QString &localId)
{
    const int row = rowOfJob(localId);
    if (row < 0)
        return;
    markDirty(row);
}

void CopyJobModel::markDirty(int row)
{
    m_firstDirty = m_firstDirty < 0 ? row : std::min(m_firstDirty, row);
    m_lastDirty = std::max(m_lastDirty, row);
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void CopyJobModel::markRunningDirty()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).isTerminal())
            markDirty(row);
    }
}

void CopyJobModel::publish()
{
    if (m_firstDirty < 0)
        return;
    const int first = m_firstDirty;
    const int last = std::min(m_lastDirty, int(m_rows.size()) - 1);
    m_firstDirty = m_lastDirty = -1;
    for (int row = first; row <= last; ++row)
        m_rows[row] = m_tracker->job(m_rows.at(row).localId);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    updateClockTimer();
}

void CopyJobModel::updateClockTimer()
{
    const bool running = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                     [](const CopyJob &job) { return !job.isTerminal(); });
    if (running && !m_clockTimer.isActive())
        m_clockTimer.start();
    else if (!running)
        m_clockTimer.stop();
}

CopyJob CopyJobModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CopyJob();
}

int CopyJobModel::rowOfJob(const QString &localId) const
{
    return m_rowOf.value(localId, -1);
}

int CopyJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CopyJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CopyJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CopyJob &job = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::ToolTipRole:
        return toolTip(job, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SpeedColumn || index.column() == TimeLeftColumn
            || index.column() == ElapsedColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case JobRole:
        return QVariant::fromValue(job);
    case LocalIdRole:
        return job.localId;
    case ProgressRole:
        return m_tracker->percentOf(job).value_or(-1.0);
    case ProgressIsEstimateRole:
        return m_tracker->percentIsEstimateOf(job);
    case StateRole:
        return int(job.state);
    case CanCancelRole:
        return m_tracker->canCancel(job.localId);
    case CanRetryRole:
        return m_tracker->canRetry(job.localId);
    case ChildJobsTextRole:
        return childJobsText(job);
    default:
        return {};
    }
}

QString CopyJobModel::progressText(const CopyJob &job) const
{
    const auto percent = m_tracker->percentOf(job);
    if (!percent)
        return {};
    const QString number = QLocale().toString(*percent, 'f', 0);
    if (m_tracker->percentIsEstimateOf(job))
        return tr("≈ %1 % (estimate)").arg(number);
    return tr("%1 %").arg(number);
}

QString CopyJobModel::childJobsText(const CopyJob &job) const
{
    if (!job.isParent || job.childJobs <= 0)
        return {};
    return tr("%1 of %2 completed").arg(CopyJobTracker::completedChildJobs(job)).arg(job.childJobs);
}

qint64 CopyJobModel::elapsedSeconds(const CopyJob &job) const
{
    if (!job.created.isValid())
        return -1;
    const QDateTime end
        = job.isTerminal() && job.completed.isValid() ? job.completed : m_clock->now();
    return std::max<qint64>(0, job.created.secsTo(end));
}

QVariant CopyJobModel::display(const CopyJob &job, int column) const
{
    const bool estimated = m_tracker->percentIsEstimateOf(job);
    const QString approximately = estimated ? tr("≈ ") : QString();
    switch (column) {
    case SourceColumn:
        return job.sourceName.isEmpty() ? job.sourceId : job.sourceName;
    case DestinationColumn:
        return DisplayFormat::locationTitle(job.destination);
    case ProgressColumn: {
        const QString children = childJobsText(job);
        const QString percent = progressText(job);
        if (!children.isEmpty() && !percent.isEmpty())
            return tr("%1 (%2)").arg(percent, children);
        return percent.isEmpty() ? children : percent;
    }
    case SpeedColumn: {
        const auto rate = m_tracker->bytesPerSecondOf(job);
        return rate ? approximately + DisplayFormat::rate(*rate) : QString();
    }
    case TimeLeftColumn: {
        const auto left = m_tracker->secondsLeftOf(job);
        return left ? approximately + DisplayFormat::duration(*left) : QString();
    }
    case StateColumn:
        return copyJobStateName(job.state);
    case ElapsedColumn:
        return DisplayFormat::duration(elapsedSeconds(job));
    case MessageColumn:
        return job.error ? job.error->userText() : job.statusMessage;
    default:
        return {};
    }
}

QVariant CopyJobModel::toolTip(const CopyJob &job, int column) const
{
    switch (column) {
    case SourceColumn:
        return tr("%1\nin %2").arg(job.sourceId, DisplayFormat::locationTitle(job.sourceLocation));
    case DestinationColumn:
        if (!job.destinationBackupId.isEmpty())
            return tr("%1\nCopy: %2").arg(job.destination.id, job.destinationBackupId);
        return job.destination.id;
    case ProgressColumn:
    case SpeedColumn:
    case TimeLeftColumn:
        if (m_tracker->percentIsEstimateOf(job))
            return tr("This cloud does not report progress. Copydeck estimates it from the "
                      "backup's size and the speed of earlier copies.");
        return {};
    case StateColumn:
        if (job.rawState.isEmpty())
            return {};
        return tr("The cloud says: %1").arg(job.rawState);
    case ElapsedColumn:
        return tr("Started %1").arg(DisplayFormat::longDateTime(job.created));
    case MessageColumn: {
        const QString text = display(job, MessageColumn).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    default:
        return {};
    }
}

QVariant CopyJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Backup");
    case DestinationColumn:
        return tr("Destination");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    case ElapsedColumn:
        return tr("Elapsed");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QHash<int, QByteArray> CopyJobModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(JobRole, QByteArrayLiteral("job"));
    names.insert(LocalIdRole, QByteArrayLiteral("localId"));
    names.insert(ProgressRole, QByteArrayLiteral("progress"));
    names.insert(ProgressIsEstimateRole, QByteArrayLiteral("progressIsEstimate"));
    names.insert(StateRole, QByteArrayLiteral("state"));
    names.insert(CanCancelRole, QByteArrayLiteral("canCancel"));
    names.insert(CanRetryRole, QByteArrayLiteral("canRetry"));
    names.insert(ChildJobsTextRole, QByteArrayLiteral("childJobsText"));
    return names;
}

} // namespace Copydeck
