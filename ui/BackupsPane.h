#pragma once

#include "core/Backup.h"

#include <QWidget>

#include <optional>

class QAction;
class QSplitter;
class QTableView;

namespace Copydeck {

class AccountConnections;
class BackupDetailsWidget;
class BackupFilterBar;
class BackupFilterProxyModel;
class BackupTableModel;

// The centre of the window: the filter bar, the sortable backups table and the detail pane of the
// selected backup.
class BackupsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsPane)

public:
    enum class Selection { Selected, HiddenByFilter, NotListed };

    // `proxy` filters and sorts `model`; every pointer outlives the pane.
    BackupsPane(BackupTableModel *model, BackupFilterProxyModel *proxy,
                AccountConnections *connections, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    BackupFilterBar *filterBar() const { return m_filterBar; }
    BackupDetailsWidget *details() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }

    // What the table's context menu offers.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    // The selected backup, if exactly one is.
    std::optional<Backup> currentBackup() const;
    Selection selectBackup(const QString &backupId);

Q_SIGNALS:
    void currentBackupChanged();
    // Enter or double click on a row.
    void backupActivated();

private:
    void updateDetails();
    void showContextMenu(const QPoint &position);

    BackupTableModel *m_model;
    BackupFilterProxyModel *m_proxy;
    AccountConnections *m_connections;
    BackupFilterBar *m_filterBar;
    QTableView *m_view;
    BackupDetailsWidget *m_details;
    QSplitter *m_splitter;
    QList<QAction *> m_contextActions;
};

} // namespace Copydeck
