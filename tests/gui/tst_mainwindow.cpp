// The real main window on the in-process sandbox over loopback, driven by object names the way a
// user drives it: pick a vault and a backup, fill the copy dialog (first wrongly, then rightly),
// submit, watch the job finish, find the copy in its destination vault.
#include "GuiSandbox.h"

#include "core/AccountConnections.h"
#include "core/Backup.h"
#include "core/ProviderConnection.h"
#include "jobs/CopyJobTracker.h"
#include "models/BackupTableModel.h"
#include "models/CopyJobModel.h"
#include "models/LocationTreeModel.h"
#include "ui/BackupDetailsWidget.h"
#include "ui/CopyDialog.h"
#include "ui/CopyDialogPages.h"
#include "ui/CopyJobsPanel.h"
#include "ui/CopyProgressDelegate.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Copydeck;

namespace {

constexpr int LoadTimeoutMs = 20'000;
constexpr int CopyTimeoutMs = 60'000;

const QString Production = QStringLiteral("111122223333");

QString vaultArn(const QString &region, const QString &name)
{
    return QStringLiteral("arn:aws:backup:%1:%2:backup-vault:%3").arg(region, Production, name);
}

QModelIndex locationIndex(QTreeView *tree, const QString &arn)
{
    return ModelSearch::find(tree->model(), [&arn](const QModelIndex &index) {
        return index.data(LocationTreeModel::LocationRole).value<Location>().id == arn;
    });
}

// Clicks a row the way a user does: scrolled into view, then a mouse click on it.
void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// The smallest completed backup of `resourceName` in the table, by proxy row; -1 when none yet.
int completedBackupRow(QTableView *table, const QString &resourceName)
{
    int best = -1;
    qint64 bestSize = 0;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Backup backup
            = model->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>();
        if (backup.rawState != QLatin1String("COMPLETED") || backup.continuous
            || !backup.sourceResource.contains(resourceName))
            continue;
        if (best < 0 || backup.sizeBytes < bestSize) {
            best = row;
            bestSize = backup.sizeBytes;
        }
    }
    return best;
}

int rowOfBackupId(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(BackupTableModel::BackupIdRole).toString() == id)
            return row;
    }
    return -1;
}

void setDays(QSpinBox *spin, int days)
{
    // Typed, as a user would, so that valueChanged fires the way it does for them.
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(days));
    QTest::keyClick(spin, Qt::Key_Tab);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyFromTheWindow();
    void progressColumnIsPainted();
    void windowStateSurvivesRestart();
    void keyboardFiltersTheTable();
    void refusalShowsInTheStatusBar();
    void copyDialogKeepsForever();
    void readOnlyAccountsJobsOfferNoRetry();
    void cleanupTestCase();

private:
    // The largest completed backup in the account's prod-monthly vault (us-east-1).
    std::optional<Backup> largestCompletedBackup(const QString &accountId);

    std::unique_ptr<GuiSandbox> m_world;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_world = std::make_unique<GuiSandbox>();
    QString error;
    QVERIFY2(m_world->start(500.0, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_world->parts());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::readOnlyAccountsJobsOfferNoRetry()
{
    MainWindow &window = *m_window;
    auto *panel = window.findChild<CopyJobsPanel *>(QStringLiteral("copyJobsPanel"));
    auto *retryButton = window.findChild<QToolButton *>(QStringLiteral("retryJobButton"));
    QVERIFY(panel && retryButton);
    AccountConnections *connections = m_world->connections();
    const QString accountId = m_world->accountId(QStringLiteral("Production"));
    const std::optional<Backup> source = largestCompletedBackup(accountId);
    QVERIFY(source);

    // A copy the cloud refuses (no such vault): it fails, and Retry is offered.
    CopyRequest request;
    request.source = *source;
    request.destination = source->location;
    request.destination.region = QStringLiteral("us-west-2");
    request.destination.id = vaultArn(request.destination.region, QStringLiteral("NoSuchVault"));
    request.destination.name = QStringLiteral("NoSuchVault");
    request.roleArn
        = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");
    const QString localId = m_world->tracker()->submit(request);
    QTRY_COMPARE_WITH_TIMEOUT(m_world->tracker()->job(localId).state, CopyJobState::Failed,
                              CopyTimeoutMs);
    panel->selectJob(localId);
    QCOMPARE(panel->currentJobId(), localId);
    QVERIFY(panel->retryAction()->isEnabled());

    // The account becomes read-only: Retry is off, and its tooltip says why.
    const QList<Account> writable = connections->accounts();
    const auto restore = qScopeGuard([&] { connections->setAccounts(writable); });
    QList<Account> readOnly = writable;
    for (Account &account : readOnly) {
        if (account.id == accountId)
            account.readOnly = true;
    }
    connections->setAccounts(readOnly);
    QTRY_VERIFY(!panel->retryAction()->isEnabled());
    QVERIFY(!retryButton->isEnabled());
    QVERIFY2(retryButton->toolTip().contains(QLatin1String("read-only"))
                 && retryButton->toolTip().contains(connections->account(accountId).name),
             qPrintable(retryButton->toolTip()));
    QVERIFY(!panel->cancelAction()->isEnabled());

    // Writable again: offered again.
    connections->setAccounts(writable);
    QTRY_VERIFY(panel->retryAction()->isEnabled());
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_world.reset();
}

void TestMainWindow::copyFromTheWindow()
{
    MainWindow &window = *m_window;
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("locationsTreeView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("backupsTableView"));
    auto *jobs = window.findChild<QTableView *>(QStringLiteral("copyJobsTableView"));
    auto *details = window.findChild<BackupDetailsWidget *>(QStringLiteral("backupDetailsWidget"));
    auto *copyAction = window.findChild<QAction *>(QStringLiteral("copyAction"));
    QVERIFY(tree && table && jobs && details && copyAction);

    // The source: the production account's daily vault in us-east-1.
    const QString sourceArn = vaultArn(QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(tree, sourceArn).isValid(), LoadTimeoutMs);
    clickRow(tree, locationIndex(tree, sourceArn));
    QCOMPARE(tree->currentIndex().data(LocationTreeModel::LocationRole).value<Location>().id,
             sourceArn);

    // A completed backup of the small DynamoDB table: it can go to cold storage, so every
    // lifecycle rule applies to it.
    QTRY_VERIFY_WITH_TIMEOUT(completedBackupRow(table, QStringLiteral("sessions")) >= 0,
                             LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!table->model()->index(0, 0).data().toString().isEmpty(),
                             LoadTimeoutMs);
    const int sourceRow = completedBackupRow(table, QStringLiteral("sessions"));
    const Backup source
        = table->model()->index(sourceRow, 0).data(BackupTableModel::BackupRole).value<Backup>();
    QVERIFY(!copyAction->isEnabled());
    clickRow(table, table->model()->index(sourceRow, BackupTableModel::NameColumn));
    QVERIFY(copyAction->isEnabled());
    // The detail pane shows the backup, including the cloud's own word for its state.
    QCOMPARE(details->backup().id, source.id);
    QVERIFY2(details->text().contains(QLatin1String("COMPLETED")), qPrintable(details->text()));
    QVERIFY(details->text().contains(source.id));

    // Copy… by its shortcut, as a keyboard user would.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<CopyDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<CopyDialog *>()) != nullptr && dialog->isVisible());

    auto *copyButton = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    auto *region = dialog->findChild<QComboBox *>(QStringLiteral("destinationRegionComboBox"));
    auto *vault = dialog->findChild<QComboBox *>(QStringLiteral("destinationVaultComboBox"));
    auto *role = dialog->findChild<QLineEdit *>(QStringLiteral("iamRoleLineEdit"));
    auto *cold = dialog->findChild<QCheckBox *>(QStringLiteral("coldStorageCheckBox"));
    auto *coldDays = dialog->findChild<QSpinBox *>(QStringLiteral("coldStorageDaysSpinBox"));
    auto *remove = dialog->findChild<QCheckBox *>(QStringLiteral("deleteAfterCheckBox"));
    auto *removeDays = dialog->findChild<QSpinBox *>(QStringLiteral("deleteAfterDaysSpinBox"));
    auto *removeIssue = dialog->findChild<QLabel *>(QStringLiteral("deleteAfterIssueLabel"));
    QVERIFY(copyButton && region && vault && role && cold && coldDays && remove && removeDays
            && removeIssue);
    QCOMPARE(copyButton->text(), QStringLiteral("Copy"));
    QCOMPARE(role->text(),
             QStringLiteral("arn:aws:iam::111122223333:role/service-role/"
                            "AWSBackupDefaultServiceRole"));

    // The destinations load through the account's connection; nothing is chosen for the user.
    QTRY_VERIFY_WITH_TIMEOUT(region->count() > 0, LoadTimeoutMs);
    QVERIFY(!copyButton->isEnabled());

    // A lifecycle AWS Backup refuses: deleted 30 days after going cold, not 90.
    cold->setChecked(true);
    remove->setChecked(true);
    setDays(coldDays, 30);
    setDays(removeDays, 60);
    QCOMPARE(coldDays->value(), 30);
    QCOMPARE(removeDays->value(), 60);
    QVERIFY(!copyButton->isEnabled());
    QVERIFY(removeIssue->isVisible());
    QVERIFY2(removeIssue->text().contains(QLatin1String("90 days")),
             qPrintable(removeIssue->text()));
    QVERIFY(removeDays->property("hasIssue").toBool());

    // Fixed: 120 days is 90 after the move to cold storage.
    setDays(removeDays, 120);
    QVERIFY(!removeIssue->isVisible());
    QVERIFY(!removeDays->property("hasIssue").toBool());

    // Another region, the production account's Default vault there.
    const QString destinationArn = vaultArn(QStringLiteral("eu-west-1"), QStringLiteral("Default"));
    const int regionIndex = region->findData(QStringLiteral("eu-west-1"));
    QVERIFY(regionIndex >= 0);
    region->setCurrentIndex(regionIndex);
    const int vaultIndex = vault->findData(destinationArn);
    QVERIFY2(vaultIndex >= 0, "the Default vault of eu-west-1 is offered");
    vault->setCurrentIndex(vaultIndex);
    auto *vaultIssue = dialog->findChild<QLabel *>(QStringLiteral("destinationVaultIssueLabel"));
    QVERIFY(vaultIssue && !vaultIssue->isVisible());
    QVERIFY(copyButton->isEnabled());

    // A role of the user's own, typed over the default; the next copy offers it again.
    const QString ownRole = QStringLiteral("arn:aws:iam::111122223333:role/CopydeckCopies");
    role->selectAll();
    QTest::keyClicks(role, ownRole);
    QCOMPARE(role->text(), ownRole);
    QVERIFY(copyButton->isEnabled());
    QTest::mouseClick(copyButton, Qt::LeftButton);
    // Accepted, closed and gone (it deletes itself).
    QTRY_VERIFY(dialog.isNull());

    // The jobs panel follows the copy to its end.
    QCOMPARE(jobs->model()->rowCount(), 1);
    const QModelIndex jobState = jobs->model()->index(0, CopyJobModel::StateColumn);
    QTRY_COMPARE_WITH_TIMEOUT(jobState.data(CopyJobModel::StateRole).toInt(),
                              int(CopyJobState::Completed), CopyTimeoutMs);
    QCOMPARE(jobState.data().toString(), copyJobStateName(CopyJobState::Completed));
    const CopyJob job = jobs->model()->index(0, 0).data(CopyJobModel::JobRole).value<CopyJob>();
    QCOMPARE(job.sourceId, source.id);
    QCOMPARE(job.destination.id, destinationArn);
    QVERIFY(!job.destinationBackupId.isEmpty());

    // The copy is in the destination vault, taken from the same resource.
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(tree, destinationArn).isValid(), LoadTimeoutMs);
    clickRow(tree, locationIndex(tree, destinationArn));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfBackupId(table->model(), job.destinationBackupId) >= 0,
                             LoadTimeoutMs);
    const Backup copy = table->model()
                            ->index(rowOfBackupId(table->model(), job.destinationBackupId), 0)
                            .data(BackupTableModel::BackupRole)
                            .value<Backup>();
    QCOMPARE(copy.sourceResource, source.sourceResource);
    QCOMPARE(copy.location.id, destinationArn);

    // "Show copy" from the source vault finds it again and selects it.
    clickRow(tree, locationIndex(tree, sourceArn));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfBackupId(table->model(), job.destinationBackupId) < 0,
                             LoadTimeoutMs);
    auto *showCopy = window.findChild<QAction *>(QStringLiteral("showCopyAction"));
    QVERIFY(showCopy);
    clickRow(jobs, jobs->model()->index(0, CopyJobModel::SourceColumn));
    QVERIFY(showCopy->isEnabled());
    showCopy->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(details->backup().id, job.destinationBackupId, LoadTimeoutMs);
    QCOMPARE(tree->currentIndex().data(LocationTreeModel::LocationRole).value<Location>().id,
             destinationArn);

    // Copying the copy: the dialog remembers the role used last for this account.
    QVERIFY(copyAction->isEnabled());
    copyAction->trigger();
    QPointer<CopyDialog> again;
    QTRY_VERIFY((again = window.findChild<CopyDialog *>()) != nullptr && again->isVisible());
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("iamRoleLineEdit"))->text(), ownRole);
    again->reject();
    QTRY_VERIFY(again.isNull());
}

std::optional<Backup> TestMainWindow::largestCompletedBackup(const QString &accountId)
{
    ProviderConnection *connection = m_world->connections()->connection(accountId);
    if (!connection)
        return {};
    Location sourceVault;
    sourceVault.cloud = QStringLiteral("aws");
    sourceVault.accountId = accountId;
    sourceVault.region = QStringLiteral("us-east-1");
    sourceVault.id = vaultArn(sourceVault.region, QStringLiteral("prod-monthly"));
    sourceVault.name = QStringLiteral("prod-monthly");
    std::optional<Result<BackupPage>> page;
    QCoro::connect(connection->listBackups(sourceVault, {}), this,
                   [&page](Result<BackupPage> result) { page.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&page] { return page.has_value(); }, LoadTimeoutMs) || !page->ok())
        return {};
    std::optional<Backup> largest;
    for (const Backup &backup : page->value().backups) {
        if (backup.rawState == QLatin1String("COMPLETED")
            && (!largest || backup.sizeBytes > largest->sizeBytes))
            largest = backup;
    }
    return largest;
}

void TestMainWindow::progressColumnIsPainted()
{
    MainWindow &window = *m_window;
    auto *jobs = window.findChild<QTableView *>(QStringLiteral("copyJobsTableView"));
    QVERIFY(jobs);

    // A large backup at the pace of the real cloud: it runs for the rest of the test, and AWS
    // gives no percent, so Copydeck shows an estimate.
    m_world->sandbox().setSpeed(1.0);
    const QString accountId = m_world->accountId(QStringLiteral("Production"));
    const std::optional<Backup> largest = largestCompletedBackup(accountId);
    QVERIFY(largest);

    CopyRequest request;
    request.source = *largest;
    request.destination.cloud = QStringLiteral("aws");
    request.destination.accountId = accountId;
    request.destination.region = QStringLiteral("us-west-2");
    request.destination.id = vaultArn(request.destination.region, QStringLiteral("Default"));
    request.destination.name = QStringLiteral("Default");
    request.roleArn
        = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");
    const QString localId = m_world->tracker()->submit(request);

    auto *model = qobject_cast<CopyJobModel *>(jobs->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfJob(localId) >= 0, LoadTimeoutMs);
    const QModelIndex progress
        = model->index(model->rowOfJob(localId), CopyJobModel::ProgressColumn);
    QTRY_VERIFY_WITH_TIMEOUT(progress.data(CopyJobModel::StateRole).toInt()
                                 == int(CopyJobState::Running),
                             CopyTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(progress.data(CopyJobModel::ProgressRole).toDouble() >= 0,
                             LoadTimeoutMs);
    QVERIFY(progress.data(CopyJobModel::ProgressIsEstimateRole).toBool());
    const QString text = CopyProgressDelegate::progressText(progress);
    QVERIFY2(text.startsWith(QStringLiteral("≈ ")) && text.endsWith(QLatin1String("% (estimate)")),
             qPrintable(text));

    // What the delegate paints differs from a plain cell and is not blank.
    jobs->scrollTo(progress);
    const QRect cell = jobs->visualRect(progress);
    QVERIFY(!cell.isEmpty());
    const auto renderCell = [jobs, cell] {
        QImage image(jobs->viewport()->size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        jobs->viewport()->render(&image);
        return image.copy(cell);
    };
    const QImage painted = renderCell();
    QStyledItemDelegate plain;
    QAbstractItemDelegate *delegate = jobs->itemDelegate();
    jobs->setItemDelegate(&plain);
    const QImage plainCell = renderCell();
    jobs->setItemDelegate(delegate);
    QVERIFY(painted != plainCell);
    QSet<QRgb> colours;
    for (int y = 0; y < painted.height(); ++y) {
        for (int x = 0; x < painted.width(); ++x)
            colours.insert(painted.pixel(x, y));
    }
    QVERIFY2(colours.size() > 3, "the progress cell has a frame, a bar and text");
}

void TestMainWindow::windowStateSurvivesRestart()
{
    // The user narrows the tree and hides a column, then closes the window.
    QList<int> sizes;
    {
        MainWindow window(m_world->parts());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("backupsTableView"));
        QVERIFY(splitter && table);
        splitter->setSizes({300, 900});
        sizes = splitter->sizes();
        table->horizontalHeader()->hideSection(BackupTableModel::EncryptionColumn);
        window.close();
    }
    MainWindow window(m_world->parts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1200, 800));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("backupsTableView"))
                ->horizontalHeader()
                ->isSectionHidden(BackupTableModel::EncryptionColumn));
}

void TestMainWindow::keyboardFiltersTheTable()
{
    MainWindow window(m_world->parts());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("locationsTreeView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("backupsTableView"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    auto *state = window.findChild<QComboBox *>(QStringLiteral("stateFilterComboBox"));
    QVERIFY(tree && table && filter && state);
    const QString dailyArn = vaultArn(QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(tree, dailyArn).isValid(), LoadTimeoutMs);
    clickRow(tree, locationIndex(tree, dailyArn));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 20, LoadTimeoutMs);
    const int all = table->model()->rowCount();

    // Ctrl+F from the table, then type: only that resource's backups stay.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("sessions"));
    QTRY_VERIFY(table->model()->rowCount() < all && table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const Backup backup
            = table->model()->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>();
        QVERIFY2(backup.sourceResource.contains(QLatin1String("sessions")),
                 qPrintable(backup.sourceResource));
    }

    // The state filter by keyboard: Alt+T moves to it, then pick "Failed".
    QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), state);
    filter->clear();
    state->setCurrentIndex(state->findText(backupStateName(BackupState::Failed)));
    QTRY_VERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QCOMPARE(
            table->model()->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>().state,
            BackupState::Failed);
    }
}

void TestMainWindow::refusalShowsInTheStatusBar()
{
    // An account whose secret key is wrong: the cloud refuses every call. The window says so in
    // the status bar, in the cloud's words, and opens no message box.
    const QString wrong = m_world->addAccountWithWrongSecret(QStringLiteral("Wrong secret"));
    const auto restore = qScopeGuard([this, wrong] { m_world->removeAccount(wrong); });
    MainWindow window(m_world->parts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QLatin1String("Wrong secret")), LoadTimeoutMs);
    QVERIFY2(error->isVisible(), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("SignatureDoesNotMatch"))
                 || error->text().contains(QLatin1String("InvalidSignatureException"))
                 || error->text().contains(QLatin1String("UnrecognizedClientException")),
             qPrintable(error->text()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void TestMainWindow::copyDialogKeepsForever()
{
    // The dialog alone, on the real provider and a real connection.
    const QString accountId = m_world->accountId(QStringLiteral("Production"));
    AccountConnections *connections = m_world->connections();
    Backup source;
    source.cloud = QStringLiteral("aws");
    source.accountId = accountId;
    source.id = QStringLiteral("arn:aws:backup:us-east-1:111122223333:recovery-point:"
                               "1EB3B5E7-9EB0-435A-A80B-108B488B0D45");
    source.name = QStringLiteral("sessions");
    source.resourceType = QStringLiteral("DynamoDB");
    source.rawState = QStringLiteral("COMPLETED");
    source.state = BackupState::Available;
    source.location.cloud = source.cloud;
    source.location.accountId = accountId;
    source.location.region = QStringLiteral("us-east-1");
    source.location.id = vaultArn(source.location.region, QStringLiteral("prod-daily"));
    source.location.name = QStringLiteral("prod-daily");

    CopyDialogPageRegistry pages;
    registerBuiltInCopyPages(pages);
    CopyDialog dialog(source, connections->provider(accountId), connections->connection(accountId),
                      pages, CopyDialogPageContext {});
    dialog.show();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("destinationStatusLabel"));
    auto *copyButton = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(status && copyButton);
    QCOMPARE(status->text(), QStringLiteral("Loading vaults…"));
    QVERIFY(status->isVisible());
    QVERIFY(!copyButton->isEnabled());

    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("destinationRegionComboBox"));
    auto *vault = dialog.findChild<QComboBox *>(QStringLiteral("destinationVaultComboBox"));
    QTRY_VERIFY_WITH_TIMEOUT(region->count() > 0, LoadTimeoutMs);
    QVERIFY(!status->isVisible());
    // The vault the backup is in is not offered as a destination.
    region->setCurrentIndex(region->findData(QStringLiteral("us-east-1")));
    QVERIFY(vault->count() > 0);
    QCOMPARE(vault->findData(source.location.id), -1);
    region->setCurrentIndex(region->findData(QStringLiteral("us-west-2")));
    vault->setCurrentIndex(
        vault->findData(vaultArn(QStringLiteral("us-west-2"), QStringLiteral("prod-dr-copies"))));
    QVERIFY(copyButton->isEnabled());

    // Keep forever: -1 and -1, and the day fields are out of the way.
    auto *cold = dialog.findChild<QCheckBox *>(QStringLiteral("coldStorageCheckBox"));
    auto *coldDays = dialog.findChild<QSpinBox *>(QStringLiteral("coldStorageDaysSpinBox"));
    auto *remove = dialog.findChild<QCheckBox *>(QStringLiteral("deleteAfterCheckBox"));
    auto *removeDays = dialog.findChild<QSpinBox *>(QStringLiteral("deleteAfterDaysSpinBox"));
    auto *forever = dialog.findChild<QCheckBox *>(QStringLiteral("keepForeverCheckBox"));
    cold->setChecked(true);
    remove->setChecked(true);
    coldDays->setValue(30);
    removeDays->setValue(60);
    QVERIFY(!copyButton->isEnabled());
    forever->setChecked(true);
    QVERIFY(!cold->isEnabled() && !coldDays->isEnabled());
    QVERIFY(!remove->isEnabled() && !removeDays->isEnabled());
    QVERIFY(copyButton->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("deleteAfterIssueLabel"))->isVisible());

    QTest::mouseClick(copyButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CopyRequest request = dialog.request();
    QCOMPARE(request.lifecycle.moveToColdStorageAfterDays, std::optional<int>(-1));
    QCOMPARE(request.lifecycle.deleteAfterDays, std::optional<int>(-1));
    QCOMPARE(request.source.id, source.id);
    QCOMPARE(request.destination.id,
             vaultArn(QStringLiteral("us-west-2"), QStringLiteral("prod-dr-copies")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
