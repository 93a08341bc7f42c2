#pragma once

#include "core/Backup.h"
#include "core/CloudError.h"
#include "core/Location.h"
#include "jobs/Metatypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <qcoro/qcorotask.h>

namespace Copydeck {

class AccountConnections;
class CopyJobTracker;

// The backups table: every backup in the locations given, loaded page by page from all of them at
// once. Rows live in one contiguous list; the first page shows as soon as it arrives, and each page
// goes in with one insertion. Loads of locations no longer shown are dropped.
class BackupTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTableModel)

public:
    enum Column {
        NameColumn,
        CloudColumn,
        AccountColumn,
        LocationColumn,
        SourceColumn,
        StateColumn,
        SizeColumn,
        CreatedColumn,
        ExpiresColumn,
        EncryptionColumn,
        CopiesColumn,
        ColumnCount
    };
    enum Role {
        BackupRole = Qt::UserRole + 1, // Backup
        // Sorts correctly: qint64 size, QDateTime, int state, int copies, lower-case text.
        RawValueRole,
        BackupIdRole, // QString
    };

    // `tracker` may be null: the Copies column then stays at 0.
    BackupTableModel(AccountConnections *connections, CopyJobTracker *tracker,
                     QObject *parent = nullptr);
    ~BackupTableModel() override;

    void setLocations(const QList<Location> &locations);
    QList<Location> locations() const { return m_locations; }
    void reload();
    // Lists the same locations again while the rows stay on screen, then updates them in place:
    // changed rows change, new ones are added, gone ones removed; selections on kept rows stay.
    // A location that cannot be listed keeps its rows (and reports loadFailed).
    void refresh();
    bool isLoading() const;

    Backup backup(int row) const; // invalid when out of range
    const Backup *backupAt(int row) const; // null when out of range; valid until rows change
    int rowOfBackup(const QString &backupId) const; // -1 when not shown
    // Completed copies Copydeck made of that backup.
    int copiesOf(const QString &backupId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const Copydeck::Location &location, const Copydeck::CloudError &error);

private:
    QCoro::Task<> load(Location location, quint64 generation);
    void append(const QList<Backup> &backups);
    void finishOne();
    void applyRefresh();
    void countCopies();
    void onJobFinished(const QString &localId);
    QVariant display(const Backup &backup, int column) const;
    QVariant rawValue(const Backup &backup, int column) const;
    QVariant toolTip(const Backup &backup, int column) const;

    AccountConnections *m_connections;
    CopyJobTracker *m_tracker;
    QList<Location> m_locations;
    QList<Backup> m_rows;
    QHash<QString, int> m_rowOf; // backup id -> row
    QHash<QString, int> m_copies; // source backup id -> completed copies
    quint64 m_generation = 0; // bumped by each reload; older loads then stand down
    int m_pending = 0;
    // While refreshing: the new listing, and the locations that could not be listed.
    bool m_refreshing = false;
    QList<Backup> m_incoming;
    QSet<QString> m_unlisted;
};

} // namespace Copydeck
