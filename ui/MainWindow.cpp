#include "ui/MainWindow.h"

#include "core/AccountConnections.h"
#include "core/ProviderRegistry.h"
#include "jobs/CopyJobTracker.h"
#include "models/BackupFilterProxyModel.h"
#include "models/BackupTableModel.h"
#include "models/CopyJobModel.h"
#include "models/LocationTreeModel.h"
#include "ui/BackupDetailsWidget.h"
#include "ui/BackupFilterBar.h"
#include "ui/BackupOperationActions.h"
#include "ui/BackupsPane.h"
#include "ui/CopyDialog.h"
#include "ui/CopyDialogPages.h"
#include "ui/CopyJobsPanel.h"
#include "ui/DisplayText.h"
#include "ui/ModelSearch.h"
#include "ui/accounts/AccountsEditor.h"
#include "ui/accounts/WelcomeWidget.h"
#include "ui/history/JobHistoryAction.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString MainSplitterKey = QStringLiteral("mainWindow/mainSplitter");
const QString VerticalSplitterKey = QStringLiteral("mainWindow/verticalSplitter");
const QString CentreSplitterKey = QStringLiteral("mainWindow/centreSplitter");
const QString BackupsHeaderKey = QStringLiteral("mainWindow/backupsHeader");
const QString JobsHeaderKey = QStringLiteral("mainWindow/jobsHeader");
const QString LocationPathKey = QStringLiteral("mainWindow/selectedLocationPath");

constexpr int StatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(MainWindowParts parts, QWidget *parent)
    : QMainWindow(parent)
    , m_parts(parts)
    , m_locationModel(new LocationTreeModel(parts.connections, this))
    , m_backupModel(new BackupTableModel(parts.connections, parts.tracker, this))
    , m_backupProxy(new BackupFilterProxyModel(this))
    , m_jobModel(new CopyJobModel(parts.tracker, parts.clock, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Copydeck"));
    registerBuiltInCopyPages(m_copyPages);
    m_backupProxy->setSourceModel(m_backupModel);
    m_accountsEditor = new AccountsEditor(
        AccountsEditorParts {m_parts.connections, m_parts.accountForms, m_parts.accountStore,
                             m_parts.secrets, m_parts.network, nullptr},
        this);

    buildActions();
    buildLayout();
    restoreWindowState();

    connect(m_locationsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onLocationSelected);
    connect(m_backupsPane, &BackupsPane::currentBackupChanged, this,
            &MainWindow::onBackupSelectionChanged);
    connect(m_backupsPane, &BackupsPane::backupActivated, this, [this] {
        if (m_copyAction->isEnabled())
            openCopyDialog();
    });
    connect(m_backupModel, &BackupTableModel::loadingChanged, this,
            &MainWindow::onBackupsLoadingChanged);
    connect(m_backupModel, &BackupTableModel::loadFailed, this, &MainWindow::onBackupsLoadFailed);
    connect(m_backupModel, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::retryPendingSelection);
    connect(m_locationModel, &LocationTreeModel::loadingChanged, this, [this](bool loading) {
        onBackupsLoadingChanged(m_backupModel->isLoading());
        if (!loading)
            retryPendingSelection();
    });
    connect(m_locationModel, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::retryPendingSelection);
    connect(m_locationModel, &LocationTreeModel::loadFailed, this,
            [this](const QString &accountId, const CloudError &error) {
                showError(ErrorSource::Locations,
                          tr("Could not list the vaults of %1: %2")
                              .arg(m_parts.connections->account(accountId).name, error.userText()));
            });
    m_listRunningCopies = new QTimer(this);
    m_listRunningCopies->setSingleShot(true);
    m_listRunningCopies->setInterval(250);
    connect(m_listRunningCopies, &QTimer::timeout, m_backupModel, &BackupTableModel::refresh);
    connect(m_parts.tracker, &CopyJobTracker::jobChanged, this, &MainWindow::onJobChanged);
    connect(m_parts.tracker, &CopyJobTracker::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_jobsPanel, &CopyJobsPanel::showCopyRequested, this, &MainWindow::showCopy);

    m_accountsEditor->attachWelcome(m_welcome);
    connect(m_welcome, &WelcomeWidget::sandboxRequested, this, [this] {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    {QStringLiteral("--sandbox")}))
            close();
    });
    connect(m_accountsEditor, &AccountsEditor::saveFailed, this, [this](const QString &message) {
        showError(ErrorSource::Accounts, tr("The accounts were not all saved: %1").arg(message));
    });
    connect(m_accountsEditor, &AccountsEditor::saved, this,
            [this] { clearError(ErrorSource::Accounts); });
    connect(m_parts.connections, &AccountConnections::accountsChanged, this,
            &MainWindow::updateWelcome);
    connect(m_parts.connections, &AccountConnections::accountsChanged, this,
            &MainWindow::onBackupSelectionChanged);
    updateWelcome();

    onBackupSelectionChanged();
    onBackupsLoadingChanged(m_backupModel->isLoading());
    retryPendingSelection();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_copyAction = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy…"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setToolTip(tr("Copy the selected backup to another region or vault (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copyAction, &QAction::triggered, this, [this] { openCopyDialog(); });

    m_reloadAction = new QAction(QIcon(QStringLiteral(":/icons/reload.svg")), tr("&Reload"), this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh); // F5
    if (m_reloadAction->shortcut().isEmpty())
        m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setToolTip(
        tr("List the backups again (%1)")
            .arg(m_reloadAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_findAction = new QAction(tr("&Filter Backups"), this);
    m_findAction->setObjectName(QStringLiteral("filterAction"));
    m_findAction->setShortcut(QKeySequence::Find); // Ctrl+F
    connect(m_findAction, &QAction::triggered, this,
            [this] { m_backupsPane->filterBar()->focusFilter(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_operations = new BackupOperationActions(m_parts.connections, m_parts.tracker,
                                              CopyDialogPageContext {m_parts.settings}, this);
    connect(m_operations, &BackupOperationActions::createSubmitted, this,
            [this](const QString &localId, const CopyRequest &request) {
                m_jobsPanel->selectJob(localId);
                statusBar()->showMessage(
                    tr("Creating backup %1 of %2…").arg(request.name, request.source.name),
                    StatusMessageMs);
            });
    connect(
        m_operations, &BackupOperationActions::expiryChanged, this, [this](const Backup &backup) {
            statusBar()->showMessage(
                tr("%1 now expires %2.")
                    .arg(DisplayText::backupTitle(backup),
                         QLocale().toString(backup.expires.toLocalTime(), QLocale::ShortFormat)),
                StatusMessageMs);
            // List it again, then select it: the detail pane shows what the cloud now says.
            m_pendingBackupId = backup.id;
            m_backupModel->reload();
        });
    connect(m_operations, &BackupOperationActions::expiryChangeFailed, this,
            [this](const Backup &backup, const CloudError &error) {
                showError(ErrorSource::Backups,
                          tr("Could not change when %1 expires: %2")
                              .arg(DisplayText::backupTitle(backup), error.userText()));
            });
}

void MainWindow::buildLayout()
{
    m_locationsView = new QTreeView;
    m_locationsView->setObjectName(QStringLiteral("locationsTreeView"));
    m_locationsView->setModel(m_locationModel);
    m_locationsView->setHeaderHidden(true);
    m_locationsView->setUniformRowHeights(true);
    m_locationsView->setAccessibleName(tr("Accounts and locations"));
    m_locationsView->setMinimumWidth(180);
    // Show accounts and regions open: the tree is small and the vaults are what people pick.
    connect(m_locationModel, &QAbstractItemModel::rowsInserted, m_locationsView,
            [this](const QModelIndex &parent, int first, int last) {
                const int kind = parent.data(LocationTreeModel::NodeKindRole).toInt();
                if (!parent.isValid() || kind == LocationTreeModel::AccountNode)
                    m_locationsView->expand(parent);
                for (int row = first; row <= last; ++row)
                    m_locationsView->expand(m_locationModel->index(row, 0, parent));
            });

    m_backupsPane = new BackupsPane(m_backupModel, m_backupProxy, m_parts.connections);
    m_backupsPane->setContextActions({m_copyAction, m_operations->extendExpiryAction(),
                                      m_operations->createBackupAction(), m_reloadAction});

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_locationsView);
    m_mainSplitter->addWidget(m_backupsPane);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);

    m_jobsPanel = new CopyJobsPanel(m_jobModel, m_parts.tracker, m_parts.connections);

    m_verticalSplitter = new QSplitter(Qt::Vertical);
    m_verticalSplitter->setObjectName(QStringLiteral("verticalSplitter"));
    m_verticalSplitter->addWidget(m_mainSplitter);
    m_verticalSplitter->addWidget(m_jobsPanel);
    m_verticalSplitter->setStretchFactor(0, 3);
    m_verticalSplitter->setStretchFactor(1, 1);
    m_verticalSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 6);
    centralLayout->addWidget(m_verticalSplitter);
    m_workArea = central;
    m_welcome = new WelcomeWidget(m_parts.accountForms);
    m_centralStack = new QStackedWidget;
    m_centralStack->setObjectName(QStringLiteral("centralStackedWidget"));
    m_centralStack->addWidget(m_workArea);
    m_centralStack->addWidget(m_welcome);
    setCentralWidget(m_centralStack);

    QWidget::setTabOrder(m_locationsView, m_backupsPane->filterBar()->filterLineEdit());
    QWidget::setTabOrder(m_backupsPane->details(), m_jobsPanel->view());

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_accountsEditor->action());
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    auto *backupsMenu = menuBar()->addMenu(tr("&Backups"));
    backupsMenu->addAction(m_copyAction);
    backupsMenu->addAction(m_operations->createBackupAction());
    backupsMenu->addAction(m_operations->extendExpiryAction());
    backupsMenu->addAction(m_reloadAction);
    backupsMenu->addSeparator();
    backupsMenu->addAction(m_findAction);
    auto *jobsMenu = menuBar()->addMenu(tr("&Jobs"));
    jobsMenu->addAction(m_jobsPanel->cancelAction());
    jobsMenu->addAction(m_jobsPanel->retryAction());
    jobsMenu->addAction(m_jobsPanel->showCopyAction());
    jobsMenu->addSeparator();
    jobsMenu->addAction(new JobHistoryAction(m_parts, this));

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_copyAction);
    toolBar->addAction(m_operations->createBackupAction());
    toolBar->addAction(m_operations->extendExpiryAction());
    toolBar->addAction(m_reloadAction);
    // The filter shortcut works from anywhere in the window, not only from the menu.
    addAction(m_findAction);

    m_loadingBar = new QProgressBar;
    m_loadingBar->setObjectName(QStringLiteral("loadingProgressBar"));
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setMaximumWidth(120);
    m_loadingBar->setMaximumHeight(statusBar()->fontMetrics().height());
    m_loadingBar->setTextVisible(false);
    m_loadingLabel = new QLabel;
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    // A long cloud message must not widen the window; the tooltip holds all of it.
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_loadingLabel);
    statusBar()->addPermanentWidget(m_loadingBar);
}

void MainWindow::restoreWindowState()
{
    resize(1280, 800);
    QSettings *settings = m_parts.settings;
    if (!settings)
        return;
    restoreGeometry(settings->value(GeometryKey).toByteArray());
    restoreState(settings->value(StateKey).toByteArray());
    m_mainSplitter->restoreState(settings->value(MainSplitterKey).toByteArray());
    m_verticalSplitter->restoreState(settings->value(VerticalSplitterKey).toByteArray());
    m_backupsPane->splitter()->restoreState(settings->value(CentreSplitterKey).toByteArray());
    m_backupsPane->view()->horizontalHeader()->restoreState(
        settings->value(BackupsHeaderKey).toByteArray());
    m_jobsPanel->view()->horizontalHeader()->restoreState(
        settings->value(JobsHeaderKey).toByteArray());
    m_pendingLocationPath = settings->value(LocationPathKey).toStringList();
}

void MainWindow::saveWindowState() const
{
    QSettings *settings = m_parts.settings;
    if (!settings)
        return;
    settings->setValue(GeometryKey, saveGeometry());
    settings->setValue(StateKey, saveState());
    settings->setValue(MainSplitterKey, m_mainSplitter->saveState());
    settings->setValue(VerticalSplitterKey, m_verticalSplitter->saveState());
    settings->setValue(CentreSplitterKey, m_backupsPane->splitter()->saveState());
    settings->setValue(BackupsHeaderKey, m_backupsPane->view()->horizontalHeader()->saveState());
    settings->setValue(JobsHeaderKey, m_jobsPanel->view()->horizontalHeader()->saveState());
    settings->setValue(LocationPathKey, ModelSearch::displayPath(m_locationsView->currentIndex()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

std::optional<Backup> MainWindow::currentBackup() const
{
    return m_backupsPane->currentBackup();
}

CopyDialog *MainWindow::openCopyDialog()
{
    const std::optional<Backup> backup = currentBackup();
    if (!backup)
        return nullptr;
    if (m_copyDialog)
        m_copyDialog->close();
    AccountConnections *connections = m_parts.connections;
    auto *dialog = new CopyDialog(*backup, connections->provider(backup->accountId),
                                  connections->connection(backup->accountId), m_copyPages,
                                  CopyDialogPageContext {m_parts.settings}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitCopies(dialog->requests()); });
    m_copyDialog = dialog;
    // open(), not exec(): window-modal without a nested event loop.
    dialog->open();
    return dialog;
}

void MainWindow::submitCopies(const QList<CopyRequest> &requests)
{
    if (requests.isEmpty())
        return;
    // Each copy waits for the one before it (an incremental backup's parent goes first).
    QString localId;
    for (const CopyRequest &request : requests)
        localId = m_parts.tracker->submit(request, localId);
    const CopyRequest &request = requests.last();
    m_jobsPanel->selectJob(localId);
    statusBar()->showMessage(tr("Copying %1 to %2…")
                                 .arg(DisplayText::backupTitle(request.source),
                                      DisplayText::locationPath(request.destination)),
                             StatusMessageMs);
}

void MainWindow::onLocationSelected(const QModelIndex &index)
{
    // Nothing selected (the tree is being rebuilt) shows nothing new; the table keeps its rows.
    if (!index.isValid())
        return;
    m_operations->setSelection(index.data(LocationTreeModel::LocationRole).value<Location>(),
                               currentBackup());
    const QList<Location> locations = m_locationModel->locationsUnder(index);
    QStringList ids;
    for (const Location &location : locations)
        ids << location.id;
    if (ids == m_shownLocationIds)
        return;
    m_shownLocationIds = ids;
    clearError(ErrorSource::Backups);
    m_backupModel->setLocations(locations);
}

void MainWindow::onBackupSelectionChanged()
{
    const std::optional<Backup> backup = currentBackup();
    // A read-only account's backups are never copied (its connection would refuse it too).
    m_copyAction->setEnabled(backup.has_value() && m_copyPages.contains(backup->cloud)
                             && !m_parts.connections->account(backup->accountId).readOnly);
    m_operations->setSelection(
        m_locationsView->currentIndex().data(LocationTreeModel::LocationRole).value<Location>(),
        backup);
}

void MainWindow::onBackupsLoadingChanged(bool)
{
    const bool backups = m_backupModel->isLoading();
    const bool locations = m_locationModel->isLoading();
    m_loadingBar->setVisible(backups || locations);
    m_loadingLabel->setVisible(backups || locations);
    m_loadingLabel->setText(backups ? tr("Loading backups…") : tr("Loading locations…"));
    if (!backups && !m_pendingBackupId.isEmpty() && m_pendingLocationId.isEmpty()) {
        if (!selectPendingBackup())
            statusBar()->showMessage(
                tr("The copy is not listed in its vault yet. Reload (%1) to "
                   "look again.")
                    .arg(m_reloadAction->shortcut().toString(QKeySequence::NativeText)),
                StatusMessageMs);
        m_pendingBackupId.clear();
    }
}

void MainWindow::onBackupsLoadFailed(const Location &location, const CloudError &error)
{
    showError(ErrorSource::Backups,
              tr("Could not list the backups in %1: %2")
                  .arg(DisplayText::locationPath(location), error.userText()));
}

void MainWindow::updateWelcome()
{
    const bool none = m_parts.connections->accounts().isEmpty();
    m_centralStack->setCurrentWidget(none ? static_cast<QWidget *>(m_welcome) : m_workArea);
}

void MainWindow::showError(ErrorSource source, const QString &text)
{
    m_errorSource = source;
    m_errorLabel->setText(text);
    m_errorLabel->setToolTip(text);
}

void MainWindow::clearError(ErrorSource source)
{
    // An error about something else (a failed copy, an account that cannot be listed) stays.
    if (m_errorSource != source)
        return;
    m_errorSource = ErrorSource::None;
    m_errorLabel->clear();
    m_errorLabel->setToolTip({});
}

void MainWindow::onJobChanged(const QString &localId)
{
    // Once the cloud has accepted a copy or create, the destination backup exists in its
    // "being created" state (Spanner's CREATING, Huawei's replica, Rackspace's NEW): list it
    // once if its location is on screen, so it is seen without a manual reload; the reload at
    // the end shows it ready.
    if (m_listedRunningJobs.contains(localId))
        return;
    const CopyJob job = m_parts.tracker->job(localId);
    if (job.isTerminal() || job.remoteId.isEmpty())
        return;
    m_listedRunningJobs.insert(localId);
    // Several jobs accepted together (a batch, or jobs resumed at start) list the table once.
    if (m_shownLocationIds.contains(job.destination.id))
        m_listRunningCopies->start();
}

void MainWindow::onJobFinished(const QString &localId)
{
    m_listedRunningJobs.remove(localId);
    const CopyJob job = m_parts.tracker->job(localId);
    switch (job.state) {
    case CopyJobState::Completed:
        statusBar()->showMessage(
            job.operation == CopyOperation::CreateBackup
                ? tr("Backup of %1 in %2 finished.")
                      .arg(job.sourceName, DisplayText::locationPath(job.destination))
                : tr("Copy of %1 to %2 finished.")
                      .arg(job.sourceName, DisplayText::locationPath(job.destination)),
            StatusMessageMs);
        // The copy now exists (or is ready): if its vault is on screen, list it again in place.
        if (m_shownLocationIds.contains(job.destination.id))
            m_backupModel->refresh();
        break;
    case CopyJobState::Cancelled:
        statusBar()->showMessage(tr("Copy of %1 cancelled.").arg(job.sourceName), StatusMessageMs);
        break;
    default:
        showError(ErrorSource::Jobs,
                  tr("Copy of %1 did not finish: %2")
                      .arg(job.sourceName, job.error ? job.error->userText() : job.statusMessage));
        break;
    }
    m_jobsPanel->view()->viewport()->update();
}

void MainWindow::reload()
{
    if (m_errorSource == ErrorSource::Locations) {
        // The tree itself failed: list the locations again, then the same node and its backups.
        clearError(ErrorSource::Locations);
        m_pendingLocationPath = ModelSearch::displayPath(m_locationsView->currentIndex());
        m_shownLocationIds.clear();
        m_locationModel->reload();
        return;
    }
    clearError(ErrorSource::Backups);
    m_backupModel->reload();
}

void MainWindow::showCopy(const CopyJob &job)
{
    m_pendingLocationId = job.destination.id;
    m_pendingBackupId = job.destinationBackupId;
    m_pendingLocationPath.clear();
    const bool alreadyShown = m_shownLocationIds == QStringList {job.destination.id};
    retryPendingSelection();
    // Same vault as before: the table may predate the copy.
    if (alreadyShown && !m_pendingBackupId.isEmpty())
        m_backupModel->reload();
}

bool MainWindow::selectLocation(const QString &locationId)
{
    const QModelIndex index = ModelSearch::find(m_locationModel, [&](const QModelIndex &i) {
        return i.data(LocationTreeModel::NodeKindRole).toInt() == LocationTreeModel::LocationNode
            && i.data(LocationTreeModel::LocationRole).value<Location>().id == locationId;
    });
    if (!index.isValid())
        return false;
    m_locationsView->setCurrentIndex(index);
    m_locationsView->scrollTo(index);
    return true;
}

bool MainWindow::selectPendingBackup()
{
    switch (m_backupsPane->selectBackup(m_pendingBackupId)) {
    case BackupsPane::Selection::NotListed:
        return false;
    case BackupsPane::Selection::HiddenByFilter:
        statusBar()->showMessage(tr("The copy exists but the filter hides it."), StatusMessageMs);
        break;
    case BackupsPane::Selection::Selected:
        break;
    }
    return true;
}

void MainWindow::retryPendingSelection()
{
    const bool treeLoading = m_locationModel->isLoading();
    if (!m_pendingLocationId.isEmpty()) {
        if (selectLocation(m_pendingLocationId)) {
            m_pendingLocationId.clear();
        } else {
            if (!treeLoading) {
                statusBar()->showMessage(tr("The destination of this copy is not in the list of "
                                            "locations."),
                                         StatusMessageMs);
                m_pendingLocationId.clear();
                m_pendingBackupId.clear();
            }
            return;
        }
    }
    if (!m_pendingLocationPath.isEmpty()) {
        const QModelIndex index
            = ModelSearch::findByDisplayPath(m_locationModel, m_pendingLocationPath);
        if (index.isValid()) {
            m_locationsView->setCurrentIndex(index);
            m_pendingLocationPath.clear();
        } else if (!treeLoading) {
            m_pendingLocationPath.clear();
        }
    }
    if (m_pendingLocationPath.isEmpty() && !m_locationsView->currentIndex().isValid()
        && m_locationModel->rowCount() > 0) {
        // Nothing chosen yet: show the first account's backups rather than an empty table.
        m_locationsView->setCurrentIndex(m_locationModel->index(0, 0));
    }
    // An account's locations arrive after the account row: keep the table in step with them.
    if (m_locationsView->currentIndex().isValid())
        onLocationSelected(m_locationsView->currentIndex());
    if (!m_pendingBackupId.isEmpty() && m_pendingLocationId.isEmpty() && selectPendingBackup())
        m_pendingBackupId.clear();
}

} // namespace Copydeck
