// The real main window with a Google Cloud Spanner account on the in-process sandbox over
// loopback, driven by object names the way a user drives it: copy a backup to another instance
// with customer-managed keys and watch the percentage rise to READY, cancel a second copy, create
// a backup from the create dialog and copy it on, extend a backup's expiry, and see invalid fields
// refused in the dialogs before anything is sent.
#include "GuiSandbox.h"

#include "auth/InMemorySecretStore.h"
#include "core/AccountConnections.h"
#include "core/Backup.h"
#include "jobs/CopyJobTracker.h"
#include "models/BackupTableModel.h"
#include "models/LocationTreeModel.h"
#include "sandbox/spanner/SpannerSandbox.h"
#include "sandbox/spanner/SpannerState.h"
#include "ui/BackupDetailsWidget.h"
#include "ui/BackupOperationDialog.h"
#include "ui/CopyDialog.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace Copydeck;

namespace {

constexpr int LoadTimeoutMs = 20'000;
constexpr int CopyTimeoutMs = 60'000;
constexpr double FastSpeed = 200.0; // a 20-minute copy takes 6 seconds
constexpr double SlowSpeed = 5.0; // slow enough to cancel half-way

const QString OrdersProd = QStringLiteral("projects/copydeck-demo/instances/orders-prod");
const QString OrdersEu = QStringLiteral("projects/copydeck-demo/instances/orders-eu");
const QString EuropeKey
    = QStringLiteral("projects/copydeck-demo/locations/europe-west1/keyRings/backups/cryptoKeys/"
                     "orders");
const QString AmericaKey
    = QStringLiteral("projects/copydeck-demo/locations/us-east1/keyRings/backups/cryptoKeys/"
                     "orders");

QModelIndex locationIndex(QTreeView *tree, const QString &id)
{
    return ModelSearch::find(tree->model(), [&id](const QModelIndex &index) {
        return index.data(LocationTreeModel::LocationRole).value<Location>().id == id;
    });
}

int rowOfBackupId(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(BackupTableModel::BackupIdRole).toString() == id)
            return row;
    }
    return -1;
}

Backup backupAt(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>();
}

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Replaces a line edit's text by typing, as a user does.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// With COPYDECK_SCREENSHOTS set to a folder, a picture of `widget` there, to look at.
void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("COPYDECK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + name);
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestSpannerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyWithCustomerKeysRisesToReady();
    void cancelledCopyLeavesNoBackup();
    void createBackupFromTheDialog();
    void extendExpiryShowsTheNewTime();
    void runningCopyShowsCreatingThenReady();
    void cleanupTestCase();

private:
    // Selects the instance in the tree and waits for its backups.
    void showInstance(const QString &instance);
    // Selects the backup in the table (after showInstance).
    void selectBackup(const QString &backupId);
    CopyDialog *openCopyDialog();
    // Copies the selected backup to the instance under the id through the copy dialog, with its
    // default expiry and encryption.
    void copySelectedTo(const QString &instance, const QString &backupId);
    // The backup that the instance's table lists with this id, once it is READY.
    bool listedReady(const QString &backupId);

    std::unique_ptr<GuiSandbox> m_world;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QString m_accountId;
};

void TestSpannerWindow::initTestCase()
{
    m_world = std::make_unique<GuiSandbox>();
    QString error;
    QVERIFY2(m_world->start(FastSpeed, &error), qPrintable(error));
    Sandbox::SpannerSandbox *spanner = m_world->sandbox().spanner();
    QVERIFY(spanner);

    // A Spanner account as the accounts dialog saves one: the sandbox's service-account key in
    // the keychain, both demo projects, the sandbox as the endpoint.
    Account account;
    account.id = QStringLiteral("sandbox-spanner");
    account.cloud = QStringLiteral("spanner");
    account.name = QStringLiteral("Spanner demo");
    account.authMethod = QStringLiteral("serviceAccountKey");
    account.endpointOverride = m_world->sandbox().spannerEndpoint();
    account.settings.insert(
        QStringLiteral("projects"),
        QStringList {QStringLiteral("copydeck-demo"), QStringLiteral("copydeck-archive")});
    auto *secrets = static_cast<InMemorySecretStore *>(m_world->parts().secrets);
    secrets->insert(account.secretKey(QStringLiteral("serviceAccountKey")),
                    QJsonDocument(spanner->serviceAccountKey()).toJson());
    QList<Account> accounts = m_world->connections()->accounts();
    accounts.prepend(account);
    m_world->connections()->setAccounts(accounts);
    m_accountId = account.id;

    m_window = std::make_unique<MainWindow>(m_world->parts());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tree = m_window->findChild<QTreeView *>(QStringLiteral("locationsTreeView"));
    m_table = m_window->findChild<QTableView *>(QStringLiteral("backupsTableView"));
    QVERIFY(m_tree && m_table);
}

void TestSpannerWindow::cleanupTestCase()
{
    m_window.reset();
    m_world.reset();
}

void TestSpannerWindow::showInstance(const QString &instance)
{
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(m_tree, instance).isValid(), LoadTimeoutMs);
    clickRow(m_tree, locationIndex(m_tree, instance));
    QCOMPARE(m_tree->currentIndex().data(LocationTreeModel::LocationRole).value<Location>().id,
             instance);
    QTRY_VERIFY_WITH_TIMEOUT(m_table->model()->rowCount() > 0
                                 && backupAt(m_table->model(), 0).location.id == instance,
                             LoadTimeoutMs);
}

void TestSpannerWindow::selectBackup(const QString &backupId)
{
    QTRY_VERIFY_WITH_TIMEOUT(rowOfBackupId(m_table->model(), backupId) >= 0, LoadTimeoutMs);
    clickRow(m_table,
             m_table->model()->index(rowOfBackupId(m_table->model(), backupId),
                                     BackupTableModel::NameColumn));
    QVERIFY(m_window->currentBackup().has_value());
    QCOMPARE(m_window->currentBackup()->id, backupId);
}

CopyDialog *TestSpannerWindow::openCopyDialog()
{
    auto *copyAction = m_window->findChild<QAction *>(QStringLiteral("copyAction"));
    if (!copyAction || !copyAction->isEnabled())
        return nullptr;
    copyAction->trigger();
    return m_window->findChild<CopyDialog *>();
}

void TestSpannerWindow::copySelectedTo(const QString &instanceId, const QString &id)
{
    QPointer<CopyDialog> dialog = openCopyDialog();
    QVERIFY(dialog);
    auto *copyButton = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    auto *instance = dialog->findChild<QComboBox *>(QStringLiteral("destinationInstanceComboBox"));
    auto *backupId = dialog->findChild<QLineEdit *>(QStringLiteral("backupIdLineEdit"));
    QVERIFY(copyButton && instance && backupId);
    QTRY_VERIFY_WITH_TIMEOUT(instance->isEnabled() && instance->count() > 0, LoadTimeoutMs);
    chooseData(instance, instanceId);
    retype(backupId, id);
    QTRY_VERIFY(copyButton->isEnabled());
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
}

bool TestSpannerWindow::listedReady(const QString &backupId)
{
    const int row = rowOfBackupId(m_table->model(), backupId);
    return row >= 0 && backupAt(m_table->model(), row).rawState == QLatin1String("READY");
}

void TestSpannerWindow::copyWithCustomerKeysRisesToReady()
{
    const QString source = OrdersProd + QStringLiteral("/backups/orders-daily-01");
    showInstance(OrdersProd);
    selectBackup(source);

    QPointer<CopyDialog> dialog = openCopyDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("spannerCopyPage")));
    auto *copyButton = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    auto *project = dialog->findChild<QComboBox *>(QStringLiteral("destinationProjectComboBox"));
    auto *instance = dialog->findChild<QComboBox *>(QStringLiteral("destinationInstanceComboBox"));
    auto *backupId = dialog->findChild<QLineEdit *>(QStringLiteral("backupIdLineEdit"));
    auto *backupIdIssue = dialog->findChild<QLabel *>(QStringLiteral("backupIdIssueLabel"));
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expireTimeDateTimeEdit"));
    auto *encryption = dialog->findChild<QComboBox *>(QStringLiteral("encryptionTypeComboBox"));
    auto *keys = dialog->findChild<QPlainTextEdit *>(QStringLiteral("kmsKeyNamesPlainTextEdit"));
    auto *encryptionIssue = dialog->findChild<QLabel *>(QStringLiteral("encryptionIssueLabel"));
    QVERIFY(copyButton && project && instance && backupId && backupIdIssue && expiry && encryption
            && keys && encryptionIssue);

    // The instances of both projects load; the backup's own project is chosen, no instance is.
    QTRY_VERIFY_WITH_TIMEOUT(instance->isEnabled() && project->count() == 2, LoadTimeoutMs);
    QCOMPARE(project->currentData().toString(), QStringLiteral("copydeck-demo"));
    QVERIFY(!copyButton->isEnabled());
    chooseData(instance, OrdersEu);
    QCOMPARE(backupId->text(), QStringLiteral("orders-daily-01-copy"));

    // The expiry is bounded to the window the source allows.
    const Backup sourceBackup = *m_window->currentBackup();
    QVERIFY(expiry->minimumDateTime() >= sourceBackup.created.addSecs(6 * 3600));
    QVERIFY(expiry->minimumDateTime() < sourceBackup.created.addSecs(6 * 3600 + 60));
    QVERIFY(expiry->maximumDateTime() <= sourceBackup.created.addDays(366));
    QVERIFY(copyButton->isEnabled());

    // An id Spanner refuses is refused here, beside the field, as it is typed.
    const auto operationsBefore = m_world->sandbox().spanner()->state().operations.size();
    retype(backupId, QStringLiteral("Orders_EU"));
    QTRY_VERIFY(backupIdIssue->isVisible());
    QVERIFY2(backupIdIssue->text().contains(QLatin1String("lowercase")),
             qPrintable(backupIdIssue->text()));
    QVERIFY(!copyButton->isEnabled());
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    retype(backupId, QStringLiteral("orders-daily-01-eu"));
    QTRY_VERIFY(!backupIdIssue->isVisible());
    QVERIFY(copyButton->isEnabled());

    // Customer-managed keys must cover the destination's region (europe-west1).
    encryption->setCurrentIndex(
        encryption->findData(QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION")));
    QVERIFY(keys->isEnabled());
    QVERIFY(!copyButton->isEnabled());
    keys->setFocus();
    QTest::keyClicks(keys, AmericaKey);
    QTRY_VERIFY(encryptionIssue->isVisible());
    QVERIFY2(encryptionIssue->text().contains(QLatin1String("europe-west1")),
             qPrintable(encryptionIssue->text()));
    QVERIFY(!copyButton->isEnabled());
    saveShot(dialog, QStringLiteral("spanner-copy-refused-key.png"));
    keys->selectAll();
    keys->clear();
    QTest::keyClicks(keys, EuropeKey);
    QTRY_VERIFY(!encryptionIssue->isVisible());
    QVERIFY(copyButton->isEnabled());
    saveShot(dialog, QStringLiteral("spanner-copy-page.png"));
    // Nothing reached the cloud while the dialog refused.
    QCOMPARE(m_world->sandbox().spanner()->state().operations.size(), operationsBefore);

    // Copy; watch the job's percentage rise to the end.
    QList<double> percents;
    CopyJobTracker *tracker = m_world->tracker();
    QString localId;
    connect(tracker, &CopyJobTracker::jobChanged, this, [&](const QString &id) {
        const CopyJob job = tracker->job(id);
        if (job.cloud == QLatin1String("spanner") && job.percent
            && (percents.isEmpty() || percents.last() != *job.percent)) {
            localId = id;
            percents << *job.percent;
        }
    });
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!localId.isEmpty() && tracker->job(localId).isTerminal(),
                             CopyTimeoutMs);
    disconnect(tracker, &CopyJobTracker::jobChanged, this, nullptr);
    const CopyJob job = tracker->job(localId);
    QCOMPARE(job.state, CopyJobState::Completed);
    QCOMPARE(job.destinationBackupId, OrdersEu + QStringLiteral("/backups/orders-daily-01-eu"));
    QVERIFY2(
        std::any_of(percents.cbegin(), percents.cend(), [](double p) { return p > 0 && p < 100; }),
        "no percentage between 0 and 100 was seen");
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QCOMPARE(percents.last(), 100.0);

    // The copy is READY in the destination instance, encrypted with the key.
    showInstance(OrdersEu);
    QTRY_VERIFY_WITH_TIMEOUT(listedReady(job.destinationBackupId), LoadTimeoutMs);
    const Backup copy
        = backupAt(m_table->model(), rowOfBackupId(m_table->model(), job.destinationBackupId));
    QVERIFY2(copy.encryption.contains(QLatin1String("orders")), qPrintable(copy.encryption));
}

void TestSpannerWindow::cancelledCopyLeavesNoBackup()
{
    m_world->sandbox().setSpeed(SlowSpeed);
    const auto restoreSpeed = qScopeGuard([this] { m_world->sandbox().setSpeed(FastSpeed); });
    const QString source = OrdersProd + QStringLiteral("/backups/orders-daily-02");
    const QString destination = OrdersEu + QStringLiteral("/backups/orders-daily-02-eu");
    showInstance(OrdersProd);
    selectBackup(source);
    copySelectedTo(OrdersEu, QStringLiteral("orders-daily-02-eu"));
    if (QTest::currentTestFailed())
        return;

    // Running, with the cloud's handle: Cancel is offered and works.
    CopyJobTracker *tracker = m_world->tracker();
    QString localId;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const CopyJob &job : tracker->jobs()) {
                if (job.sourceId == source && job.state == CopyJobState::Running) {
                    localId = job.localId;
                    return true;
                }
            }
            return false;
        }(),
        LoadTimeoutMs);
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("cancelJobAction"));
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isEnabled());
    cancel->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(tracker->job(localId).state, CopyJobState::Cancelled, CopyTimeoutMs);

    // The destination instance holds no such backup.
    showInstance(OrdersEu);
    auto *reload = m_window->findChild<QAction *>(QStringLiteral("reloadAction"));
    reload->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOfBackupId(m_table->model(), OrdersEu + QStringLiteral("/backups/orders-daily-01-eu"))
            >= 0,
        LoadTimeoutMs);
    QCOMPARE(rowOfBackupId(m_table->model(), destination), -1);
}

void TestSpannerWindow::createBackupFromTheDialog()
{
    showInstance(OrdersEu);
    auto *create = m_window->findChild<QAction *>(QStringLiteral("createBackupAction"));
    QVERIFY(create);
    QTRY_VERIFY(create->isEnabled());
    create->trigger();
    QPointer<BackupOperationDialog> dialog = m_window->findChild<BackupOperationDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->objectName(), QStringLiteral("createBackupDialog"));
    auto *createButton = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    auto *database = dialog->findChild<QComboBox *>(QStringLiteral("databaseComboBox"));
    auto *backupId = dialog->findChild<QLineEdit *>(QStringLiteral("backupIdLineEdit"));
    auto *backupIdIssue = dialog->findChild<QLabel *>(QStringLiteral("backupIdIssueLabel"));
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expireTimeDateTimeEdit"));
    QVERIFY(createButton && database && backupId && backupIdIssue && expiry);

    // The instance's one database is chosen, with an id made from it.
    QTRY_VERIFY_WITH_TIMEOUT(database->count() == 1 && database->currentIndex() == 0,
                             LoadTimeoutMs);
    QVERIFY2(backupId->text().startsWith(QLatin1String("orders-eu-")),
             qPrintable(backupId->text()));
    QVERIFY(createButton->isEnabled());
    saveShot(dialog, QStringLiteral("spanner-create-dialog.png"));
    // The expiry: 6 hours to 366 days from now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(expiry->minimumDateTime() >= now.addSecs(6 * 3600 - 60));
    QVERIFY(expiry->maximumDateTime() <= now.addDays(366));

    // A refused id disables Create and says why, before anything is sent.
    const auto operationsBefore = m_world->sandbox().spanner()->state().operations.size();
    retype(backupId, QStringLiteral("9-lives"));
    QTRY_VERIFY(backupIdIssue->isVisible());
    QVERIFY(!createButton->isEnabled());
    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_world->sandbox().spanner()->state().operations.size(), operationsBefore);

    retype(backupId, QStringLiteral("orders-eu-manual"));
    QTRY_VERIFY(createButton->isEnabled());
    QTest::mouseClick(createButton, Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    // Followed like a copy, to READY in the instance on screen.
    CopyJobTracker *tracker = m_world->tracker();
    const QString created = OrdersEu + QStringLiteral("/backups/orders-eu-manual");
    QString localId;
    for (const CopyJob &job : tracker->jobs()) {
        if (job.operation == CopyOperation::CreateBackup && job.destination.id == OrdersEu)
            localId = job.localId;
    }
    QVERIFY(!localId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(tracker->job(localId).isTerminal(), CopyTimeoutMs);
    QCOMPARE(tracker->job(localId).state, CopyJobState::Completed);
    QTRY_VERIFY_WITH_TIMEOUT(listedReady(created), LoadTimeoutMs);

    // The backup just made is copied on, to the other instance, and is READY there.
    selectBackup(created);
    copySelectedTo(OrdersProd, QStringLiteral("orders-eu-manual-back"));
    if (QTest::currentTestFailed())
        return;
    const QString copied = OrdersProd + QStringLiteral("/backups/orders-eu-manual-back");
    QString copyId;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const CopyJob &job : tracker->jobs()) {
                if (job.sourceId == created && job.operation == CopyOperation::Copy)
                    copyId = job.localId;
            }
            return !copyId.isEmpty();
        }(),
        LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->job(copyId).isTerminal(), CopyTimeoutMs);
    QCOMPARE(tracker->job(copyId).state, CopyJobState::Completed);
    QCOMPARE(tracker->job(copyId).destinationBackupId, copied);
    showInstance(OrdersProd);
    QTRY_VERIFY_WITH_TIMEOUT(listedReady(copied), LoadTimeoutMs);
}

void TestSpannerWindow::extendExpiryShowsTheNewTime()
{
    const QString backupName = OrdersEu + QStringLiteral("/backups/orders-eu-daily-01");
    showInstance(OrdersEu);
    selectBackup(backupName);
    const Backup before = *m_window->currentBackup();
    auto *extend = m_window->findChild<QAction *>(QStringLiteral("extendExpiryAction"));
    QVERIFY(extend);
    QTRY_VERIFY(extend->isEnabled());
    extend->trigger();
    QPointer<BackupOperationDialog> dialog = m_window->findChild<BackupOperationDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->objectName(), QStringLiteral("extendExpiryDialog"));
    auto *extendButton = dialog->findChild<QPushButton *>(QStringLiteral("extendButton"));
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expireTimeDateTimeEdit"));
    auto *longest = dialog->findChild<QPushButton *>(QStringLiteral("expireLongestButton"));
    QVERIFY(extendButton && expiry && longest);
    QVERIFY(extendButton->isEnabled());
    // Bounded by the backup's latest allowed expiry (366 days after it was made).
    QVERIFY(expiry->maximumDateTime() < before.created.addDays(366));
    QTest::mouseClick(longest, Qt::LeftButton);
    QCOMPARE(expiry->dateTime(), expiry->maximumDateTime());
    const QDateTime chosen = expiry->dateTime().toUTC();
    QVERIFY(chosen > before.expires);
    saveShot(dialog, QStringLiteral("spanner-extend-dialog.png"));
    QTest::mouseClick(extendButton, Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    // The detail pane shows the backup as the cloud now describes it, with the new expiry.
    auto *details
        = m_window->findChild<BackupDetailsWidget *>(QStringLiteral("backupDetailsWidget"));
    QVERIFY(details);
    QTRY_COMPARE_WITH_TIMEOUT(details->backup().expires, chosen, LoadTimeoutMs);
    QCOMPARE(details->backup().id, backupName);
    QCOMPARE(m_window->currentBackup()->expires, chosen);
}

void TestSpannerWindow::runningCopyShowsCreatingThenReady()
{
    // Slow enough that the copy is seen running; the table is never reloaded by hand here.
    m_world->sandbox().setSpeed(SlowSpeed * 4);
    const auto restoreSpeed = qScopeGuard([this] { m_world->sandbox().setSpeed(FastSpeed); });
    const QString source = OrdersProd + QStringLiteral("/backups/orders-daily-01");
    const QString destination = OrdersEu + QStringLiteral("/backups/orders-daily-01-watched");

    // The whole project on screen: both instances' backups in one table.
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(m_tree, OrdersProd).isValid(), LoadTimeoutMs);
    // The nearest node above both instances (the project, or the account).
    QModelIndex project = locationIndex(m_tree, OrdersProd).parent();
    const auto holdsEu = [&](const QModelIndex &node) {
        for (QModelIndex up = locationIndex(m_tree, OrdersEu); up.isValid(); up = up.parent()) {
            if (up == node)
                return true;
        }
        return false;
    };
    while (project.isValid() && !holdsEu(project))
        project = project.parent();
    QVERIFY(project.isValid());
    clickRow(m_tree, project);
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOfBackupId(m_table->model(), source) >= 0
            && rowOfBackupId(m_table->model(),
                             OrdersEu + QStringLiteral("/backups/orders-eu-daily-01"))
                >= 0,
        LoadTimeoutMs);
    selectBackup(source);

    // Every state the table shows for the destination, as the user would see it change.
    QStringList seen;
    const auto record = [&] {
        const int row = rowOfBackupId(m_table->model(), destination);
        const QString state = row < 0 ? QString() : backupAt(m_table->model(), row).rawState;
        if (!state.isEmpty() && (seen.isEmpty() || seen.last() != state))
            seen << state;
    };
    QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, record);
    connect(model, &QAbstractItemModel::dataChanged, this, record);
    connect(model, &QAbstractItemModel::modelReset, this, record);
    const auto stopRecording = qScopeGuard([&] { disconnect(model, nullptr, this, nullptr); });

    copySelectedTo(OrdersEu, QStringLiteral("orders-daily-01-watched"));
    if (QTest::currentTestFailed())
        return;

    // While the copy runs, the new backup is listed as Spanner describes it: CREATING.
    CopyJobTracker *tracker = m_world->tracker();
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QLatin1String("CREATING")), LoadTimeoutMs);
    QString localId;
    for (const CopyJob &job : tracker->jobs()) {
        if (job.destinationBackupId == destination || job.remoteId.startsWith(destination))
            localId = job.localId;
    }
    QVERIFY(!localId.isEmpty());
    QVERIFY2(!tracker->job(localId).isTerminal(), "the copy ended before it was seen running");
    // The operator's selection survived the update.
    QVERIFY(m_window->currentBackup().has_value());
    QCOMPARE(m_window->currentBackup()->id, source);

    // It ends READY in the same table, still without a reload.
    m_world->sandbox().setSpeed(FastSpeed);
    QTRY_COMPARE_WITH_TIMEOUT(tracker->job(localId).state, CopyJobState::Completed, CopyTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(listedReady(destination), LoadTimeoutMs);
    QCOMPARE(seen, (QStringList {QStringLiteral("CREATING"), QStringLiteral("READY")}));
    QCOMPARE(m_window->currentBackup()->id, source);
}

QTEST_MAIN(TestSpannerWindow)
#include "tst_spannerwindow.moc"
