#pragma once

#include "core/CopyJob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <chrono>

namespace Copydeck {

class Clock;
class CopyJobTracker;

// The copy jobs table over the tracker. Rows live in one contiguous list of snapshots; a new job
// is appended at once, while changes (polls, progress, the passing of time) are gathered and
// published at most every kUpdateInterval, so that a busy tracker never floods the view.
class CopyJobModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyJobModel)

public:
    enum Column {
        SourceColumn,
        DestinationColumn,
        ProgressColumn,
        SpeedColumn,
        TimeLeftColumn,
        StateColumn,
        ElapsedColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        JobRole = Qt::UserRole + 1, // CopyJob
        LocalIdRole, // QString
        ProgressRole, // double 0..100, or -1 when unknown
        ProgressIsEstimateRole, // bool: Copydeck estimated the percent
        StateRole, // int CopyJobState
        CanCancelRole, // bool
        CanRetryRole, // bool
        ChildJobsTextRole, // "3 of 5 completed" for composite jobs; empty otherwise
    };

    static constexpr std::chrono::milliseconds kUpdateInterval {250};
    // Running jobs' elapsed time and estimates move on by themselves; refreshed this often.
    static constexpr std::chrono::milliseconds kClockInterval {1000};

    // Both must outlive the model.
    CopyJobModel(CopyJobTracker *tracker, const Clock *clock, QObject *parent = nullptr);
    ~CopyJobModel() override;

    CopyJob job(int row) const; // invalid when out of range
    int rowOfJob(const QString &localId) const; // -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onLoaded();
    void onJobAdded(const QString &localId);
    void onJobChanged(const QString &localId);
    void markDirty(int row);
    void publish();
    void markRunningDirty();
    void updateClockTimer();
    QVariant display(const CopyJob &job, int column) const;
    QVariant toolTip(const CopyJob &job, int column) const;
    QString progressText(const CopyJob &job) const;
    QString childJobsText(const CopyJob &job) const;
    qint64 elapsedSeconds(const CopyJob &job) const;

    CopyJobTracker *m_tracker;
    const Clock *m_clock;
    QList<CopyJob> m_rows;
    QHash<QString, int> m_rowOf; // local id -> row
    int m_firstDirty = -1;
    int m_lastDirty = -1;
    QTimer m_publishTimer; // single-shot, kUpdateInterval
    QTimer m_clockTimer; // repeating while a job runs
};

} // namespace Copydeck
