#pragma once

#include "ui/CopyDialogPageRegistry.h"
#include "ui/MainWindowParts.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

class QAction;
class QLabel;
class QModelIndex;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Copydeck {

struct Backup;
struct CloudError;
struct CopyJob;
struct CopyRequest;
struct Location;
class AccountsEditor;
class BackupOperationActions;
class BackupsPane;
class BackupFilterProxyModel;
class BackupTableModel;
class CopyDialog;
class CopyJobModel;
class CopyJobsPanel;
class LocationTreeModel;
class WelcomeWidget;

// The one window: locations on the left, the backups of whatever is selected there in the middle
// (filter bar, sortable table, detail pane), the copy jobs at the bottom. It builds its item
// models from the parts it is given and never blocks: loading runs in the models, copies in the
// tracker, and errors land in the status bar and the jobs table instead of modal boxes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(MainWindowParts parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Writes geometry, splitter and header state to the settings (also done on close).
    void saveWindowState() const;

    // The backup selected in the table, if exactly one is.
    std::optional<Backup> currentBackup() const;
    // Opens the copy dialog for the current backup (non-modal to the event loop: open(), not
    // exec()). Returns the dialog, or null when no backup is selected.
    CopyDialog *openCopyDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void restoreWindowState();
    void onLocationSelected(const QModelIndex &index);
    void onBackupSelectionChanged();
    void onBackupsLoadingChanged(bool loading);
    void onBackupsLoadFailed(const Location &location, const CloudError &error);
    void onJobChanged(const QString &localId);
    void onJobFinished(const QString &localId);
    // Submits the copies in order, each to start once the one before it has completed.
    void submitCopies(const QList<CopyRequest> &requests);
    void reload();
    void showCopy(const CopyJob &job);
    bool selectLocation(const QString &locationId);
    // Selects m_pendingBackupId; false while it is not listed.
    bool selectPendingBackup();
    void retryPendingSelection();
    // The welcome page while there is no account, the backups once there is one.
    void updateWelcome();
    enum class ErrorSource { None, Locations, Backups, Jobs, Accounts };
    void showError(ErrorSource source, const QString &text);
    void clearError(ErrorSource source);

    MainWindowParts m_parts;
    CopyDialogPageRegistry m_copyPages;
    LocationTreeModel *m_locationModel;
    BackupTableModel *m_backupModel;
    BackupFilterProxyModel *m_backupProxy;
    CopyJobModel *m_jobModel;

    QTreeView *m_locationsView = nullptr;
    BackupsPane *m_backupsPane = nullptr;
    CopyJobsPanel *m_jobsPanel = nullptr;
    AccountsEditor *m_accountsEditor = nullptr;
    QStackedWidget *m_centralStack = nullptr; // the work area or the welcome page
    QWidget *m_workArea = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    QSplitter *m_mainSplitter = nullptr; // tree | centre, over the jobs
    QSplitter *m_verticalSplitter = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    ErrorSource m_errorSource = ErrorSource::None; // what the error label talks about

    // Create Backup… and Extend Expiry…, where the selection's cloud can.
    BackupOperationActions *m_operations = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QPointer<CopyDialog> m_copyDialog;

    // "Show copy" waits for the destination to appear in the tree and the copy in the table.
    QString m_pendingLocationId;
    QString m_pendingBackupId;
    // The node selected last time, by display texts, until the tree has it again.
    QStringList m_pendingLocationPath;
    // The locations whose backups the table shows.
    QStringList m_shownLocationIds;
    // Running jobs whose destination backup has been listed once (it shows as being created).
    QSet<QString> m_listedRunningJobs;
    QTimer *m_listRunningCopies = nullptr;
};

} // namespace Copydeck
