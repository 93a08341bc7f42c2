#pragma once

#include "core/CopyJob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace Copydeck {

class CopyJobTracker;

// Every job the tracker holds (all of the ledger's, and each new one), one row each, for the jobs
// history: when, cloud, account, what, where, how it ended. Rows live in one list of snapshots,
// updated in place as jobs change.
class JobHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryModel)

public:
    enum Column {
        CreatedColumn,
        CloudColumn,
        AccountColumn,
        SourceColumn,
        DestinationColumn,
        StateColumn,
        EndedColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        JobRole = Qt::UserRole + 1, // CopyJob
        StateRole, // int CopyJobState
        CloudRole, // QString provider id
        AccountRole, // QString account id
        CreatedRole, // QDateTime
        SortRole, // a value that sorts (times as times)
    };

    // A name for an account id or a provider id (the id itself when it returns an empty string).
    using Name = std::function<QString(const QString &id)>;

    // `tracker` must outlive the model.
    JobHistoryModel(CopyJobTracker *tracker, Name accountName, Name cloudName,
                    QObject *parent = nullptr);
    ~JobHistoryModel() override;

    CopyJob job(int row) const;
    QString accountName(const QString &accountId) const;
    QString cloudName(const QString &cloud) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onLoaded();
    void onJobAdded(const QString &localId);
    void onJobChanged(const QString &localId);
    QVariant display(const CopyJob &job, int column) const;

    CopyJobTracker *m_tracker;
    Name m_accountName;
    Name m_cloudName;
    QList<CopyJob> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace Copydeck
