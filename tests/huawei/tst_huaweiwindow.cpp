// The real main window on the in-process sandbox, with the Huawei demo account signed in as its
// IAM user and with its access key (a data row each): pick a backup, fill the Huawei copy page
// (first wrongly, then rightly), replicate, watch Huawei's percentage in the jobs panel, find the
// replica in the destination region. Saves pictures of the copy page and the account form when
// COPYDECK_SCREENSHOT_DIR is set.
#include "accounts/AccountStore.h"
#include "auth/InMemorySecretStore.h"
#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/PollSchedule.h"
#include "jobs/ThroughputHistory.h"
#include "models/BackupTableModel.h"
#include "models/CopyJobModel.h"
#include "models/LocationTreeModel.h"
#include "providers/BuiltInProviders.h"
#include "sandbox/Sandbox.h"
#include "sandbox/huawei/HuaweiSandbox.h"
#include "sandbox/huawei/HuaweiState.h"
#include "ui/CopyDialog.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/AccountForms.h"
#include "ui/huawei/HuaweiAccountForm.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Copydeck;

namespace {

constexpr int LoadTimeoutMs = 20'000;
constexpr int CopyTimeoutMs = 60'000;

QModelIndex locationIndex(QTreeView *tree, const QString &id, const QString &accountId)
{
    return ModelSearch::find(tree->model(), [&](const QModelIndex &index) {
        const Location location = index.data(LocationTreeModel::LocationRole).value<Location>();
        return location.id == id && location.accountId == accountId;
    });
}

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int rowWhere(const QAbstractItemModel *model, const std::function<bool(const Backup &)> &matches)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (matches(model->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>()))
            return row;
    }
    return -1;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COPYDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestHuaweiWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replicateFromTheWindow_data();
    void replicateFromTheWindow();
    void accountFormShowsBothSignIns();
    void cleanupTestCase();

private:
    QString vaultId(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    ProviderRegistry m_registry;
    InMemorySecretStore m_secrets;
    AccountFormRegistry m_forms;
    std::unique_ptr<AccountStore> m_store;
    SystemClock m_clock;
    std::unique_ptr<ThroughputHistory> m_history;
    std::unique_ptr<AccountConnections> m_connections;
    std::unique_ptr<CopyJobTracker> m_tracker;
    std::unique_ptr<MainWindow> m_window;
};

void TestHuaweiWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("copydeck.ini")),
                                             QSettings::IniFormat);
    Sandbox::SandboxOptions options;
    options.speed = 40.0; // a 40 GB backup replicates in about five seconds
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    registerBuiltInProviders(m_registry);
    registerBuiltInAccountForms(m_forms, AccountFormContext {QProcessEnvironment(), m_dir.path()});
    m_store = std::make_unique<AccountStore>(m_settings.get(), &m_secrets);

    const Sandbox::HuaweiDemoAccount demo = m_sandbox.huawei()->demoAccount();
    Account iam;
    iam.id = QStringLiteral("sandbox-huawei-iam");
    iam.cloud = QStringLiteral("huawei");
    iam.name = QStringLiteral("Huawei IAM user");
    iam.authMethod = QStringLiteral("password");
    iam.regions = demo.regions;
    iam.endpointOverride = QUrl(m_sandbox.huaweiEndpoint());
    iam.settings.insert(QStringLiteral("iamEndpoint"), m_sandbox.huaweiIamEndpoint().toString());
    iam.settings.insert(QStringLiteral("userName"), demo.userName);
    iam.settings.insert(QStringLiteral("domainName"), demo.domainName);
    m_secrets.insert(iam.secretKey(QStringLiteral("password")), demo.password.toUtf8());
    Account keys = iam;
    keys.id = QStringLiteral("sandbox-huawei-keys");
    keys.name = QStringLiteral("Huawei AK/SK");
    keys.authMethod = QStringLiteral("aksk");
    keys.settings.remove(QStringLiteral("userName"));
    keys.settings.remove(QStringLiteral("domainName"));
    m_secrets.insert(keys.secretKey(QStringLiteral("accessKey")), demo.accessKey.toUtf8());
    m_secrets.insert(keys.secretKey(QStringLiteral("secretKey")), demo.secretKey.toUtf8());

    m_history = std::make_unique<ThroughputHistory>(nullptr);
    m_connections = std::make_unique<AccountConnections>(
        m_registry, ProviderContext {&m_network, &m_secrets, nullptr});
    m_connections->setAccounts({iam, keys});
    m_tracker = std::make_unique<CopyJobTracker>(m_connections.get(), m_history.get(), &m_clock);
    m_tracker->setPollSchedule(PollSchedule::fast());
    m_window = std::make_unique<MainWindow>(
        MainWindowParts {m_connections.get(), m_tracker.get(), &m_clock, m_settings.get(), &m_forms,
                         m_store.get(), &m_secrets, &m_network});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHuaweiWindow::cleanupTestCase()
{
    m_window.reset();
    m_tracker.reset();
    m_connections.reset();
}

QString TestHuaweiWindow::vaultId(const QString &name) const
{
    for (const Sandbox::HuaweiVault &vault : m_sandbox.huawei()->state().vaults) {
        if (vault.name == name)
            return vault.id;
    }
    return {};
}

void TestHuaweiWindow::replicateFromTheWindow_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("sourceName"); // the backup's name, or empty: any of sourceResource
    QTest::addColumn<QString>("sourceResource");
    QTest::addColumn<QString>("destinationRegion");
    QTest::addColumn<QString>("vaultName");
    QTest::addColumn<QString>("replicaName");
    // The IAM user replicates the weekly backup (already in cn-east-3) to Hong Kong, refused
    // inputs first; the access key replicates a daily backup of another server to Shanghai.
    QTest::newRow("IAM password") << QStringLiteral("sandbox-huawei-iam")
                                  << QStringLiteral("weekly-web-01") << QStringLiteral("ecs-web-01")
                                  << QStringLiteral("ap-southeast-1")
                                  << QStringLiteral("vault-replicas-hongkong")
                                  << QStringLiteral("weekly-web-01-hk");
    QTest::newRow("AK/SK") << QStringLiteral("sandbox-huawei-keys") << QString()
                           << QStringLiteral("ecs-web-02") << QStringLiteral("cn-east-3")
                           << QStringLiteral("vault-dr-shanghai") << QStringLiteral("web-02-sh");
}

void TestHuaweiWindow::replicateFromTheWindow()
{
    QFETCH(QString, accountId);
    QFETCH(QString, sourceName);
    QFETCH(QString, sourceResource);
    QFETCH(QString, destinationRegion);
    QFETCH(QString, vaultName);
    QFETCH(QString, replicaName);
    const bool weekly = !sourceName.isEmpty();
    MainWindow &window = *m_window;
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("locationsTreeView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("backupsTableView"));
    auto *jobs = window.findChild<QTableView *>(QStringLiteral("copyJobsTableView"));
    auto *copyAction = window.findChild<QAction *>(QStringLiteral("copyAction"));
    QVERIFY(tree && table && jobs && copyAction);

    const QString sourceVault = vaultId(QStringLiteral("vault-prod-servers"));
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(tree, sourceVault, accountId).isValid(), LoadTimeoutMs);
    clickRow(tree, locationIndex(tree, sourceVault, accountId));

    // The weekly backup of the web tier is already replicated to cn-east-3; the daily ones of
    // the second web server nowhere yet.
    const auto isSource = [&](const Backup &b) {
        return b.location.accountId == accountId && b.sourceResource == sourceResource
            && b.rawState == QLatin1String("available")
            && (weekly ? b.name == sourceName : b.name != QLatin1String("weekly-web-01"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(table->model(), isSource) >= 0, LoadTimeoutMs);
    const int sourceRow = rowWhere(table->model(), isSource);
    const Backup source
        = table->model()->index(sourceRow, 0).data(BackupTableModel::BackupRole).value<Backup>();
    clickRow(table, table->model()->index(sourceRow, BackupTableModel::NameColumn));
    QVERIFY(copyAction->isEnabled());
    copyAction->trigger();
    QPointer<CopyDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<CopyDialog *>()) != nullptr && dialog->isVisible());

    auto *copyButton = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    auto *region = dialog->findChild<QComboBox *>(QStringLiteral("destinationRegionComboBox"));
    auto *vault = dialog->findChild<QComboBox *>(QStringLiteral("destinationVaultComboBox"));
    auto *project = dialog->findChild<QLineEdit *>(QStringLiteral("destinationProjectLineEdit"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("replicaNameLineEdit"));
    auto *description
        = dialog->findChild<QLineEdit *>(QStringLiteral("replicaDescriptionLineEdit"));
    auto *nameIssue = dialog->findChild<QLabel *>(QStringLiteral("replicaNameIssueLabel"));
    auto *descriptionIssue
        = dialog->findChild<QLabel *>(QStringLiteral("replicaDescriptionIssueLabel"));
    QVERIFY(copyButton && region && vault && project && name && description && nameIssue
            && descriptionIssue);

    // Both regions cn-north-4 may replicate to are offered; the one holding a replica is not
    // choosable and says why.
    QTRY_VERIFY_WITH_TIMEOUT(region->count() == 2, LoadTimeoutMs);
    auto *regions = qobject_cast<QStandardItemModel *>(region->model());
    QVERIFY(regions);
    const int east = region->findData(QStringLiteral("cn-east-3"));
    const int hongKong = region->findData(QStringLiteral("ap-southeast-1"));
    QVERIFY(east >= 0 && hongKong >= 0);
    QCOMPARE(regions->item(east)->isEnabled(), !weekly);
    if (weekly)
        QVERIFY2(region->itemText(east).contains(QLatin1String("replica")),
                 qPrintable(region->itemText(east)));
    QVERIFY(regions->item(hongKong)->isEnabled());
    QVERIFY(!copyButton->isEnabled());

    region->setCurrentIndex(region->findData(destinationRegion));
    QCOMPARE(project->text(), m_sandbox.huawei()->projectId(destinationRegion));
    // One replication vault there: chosen for the user.
    QCOMPARE(vault->currentData().toString(), vaultId(vaultName));
    QVERIFY(copyButton->isEnabled());

    if (weekly) {
        // Names and descriptions CBR refuses, refused as they are typed.
        name->setFocus();
        QTest::keyClicks(name, QString(65, QLatin1Char('w')));
        QVERIFY(!copyButton->isEnabled());
        QVERIFY(nameIssue->isVisible());
        QVERIFY2(nameIssue->text().contains(QLatin1String("64")), qPrintable(nameIssue->text()));
        QTest::keyClicks(description, QStringLiteral("copy <for> DR"));
        QVERIFY(descriptionIssue->isVisible());
        QVERIFY(!copyButton->isEnabled());
    }
    name->clear();
    QTest::keyClicks(name, replicaName);
    QVERIFY(!nameIssue->isVisible());
    description->clear();
    QTest::keyClicks(description, QStringLiteral("Disaster recovery copy"));
    QVERIFY(!descriptionIssue->isVisible());
    QVERIFY(copyButton->isEnabled());
    saveShot(dialog, QStringLiteral("huawei-copy-page-%1.png").arg(accountId));

    const int jobsBefore = jobs->model()->rowCount();
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    // Huawei's own percentage in the jobs panel, rising to the end.
    QTRY_COMPARE(jobs->model()->rowCount(), jobsBefore + 1);
    int jobRow = -1;
    for (int row = 0; row < jobs->model()->rowCount(); ++row) {
        if (jobs->model()->index(row, 0).data(CopyJobModel::JobRole).value<CopyJob>().sourceId
            == source.id)
            jobRow = row;
    }
    QVERIFY(jobRow >= 0);
    const QModelIndex progress = jobs->model()->index(jobRow, CopyJobModel::ProgressColumn);
    QTRY_VERIFY_WITH_TIMEOUT(progress.data(CopyJobModel::ProgressRole).toDouble() > 0
                                 && progress.data(CopyJobModel::ProgressRole).toDouble() < 100,
                             CopyTimeoutMs);
    QVERIFY(!progress.data(CopyJobModel::ProgressIsEstimateRole).toBool());
    saveShot(&window, QStringLiteral("huawei-window-progress-%1.png").arg(accountId));
    const QModelIndex state = jobs->model()->index(jobRow, CopyJobModel::StateColumn);
    QTRY_COMPARE_WITH_TIMEOUT(state.data(CopyJobModel::StateRole).toInt(),
                              int(CopyJobState::Completed), CopyTimeoutMs);
    QCOMPARE(progress.data(CopyJobModel::ProgressRole).toDouble(), 100.0);
    const CopyJob job
        = jobs->model()->index(jobRow, 0).data(CopyJobModel::JobRole).value<CopyJob>();
    QCOMPARE(job.sourceId, source.id);
    QCOMPARE(job.accountId, accountId);
    QVERIFY(!job.destinationBackupId.isEmpty());

    // The replica in the destination region's replication vault.
    const QString destinationVault = vaultId(vaultName);
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(tree, destinationVault, accountId).isValid(),
                             LoadTimeoutMs);
    clickRow(tree, locationIndex(tree, destinationVault, accountId));
    const auto isReplica = [&job](const Backup &b) { return b.id == job.destinationBackupId; };
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(table->model(), isReplica) >= 0, LoadTimeoutMs);
    const Backup replica = table->model()
                               ->index(rowWhere(table->model(), isReplica), 0)
                               .data(BackupTableModel::BackupRole)
                               .value<Backup>();
    QCOMPARE(replica.name, replicaName);
    QCOMPARE(replica.location.region, destinationRegion);
    QCOMPARE(replica.sourceResource, source.sourceResource);
    saveShot(&window, QStringLiteral("huawei-window-replica-%1.png").arg(accountId));
}

void TestHuaweiWindow::accountFormShowsBothSignIns()
{
    HuaweiAccountForm form(AccountFormContext {QProcessEnvironment(), m_dir.path()});
    const Account iam = m_connections->account(QStringLiteral("sandbox-huawei-iam"));
    form.setAccount(iam, {}, iam);
    form.resize(640, 620);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("huaweiIamUserNameLineEdit"))->text(),
             QStringLiteral("ops-admin"));
    // The saved password is kept when the field stays empty.
    QVERIFY(form.incompleteReason().isEmpty());
    QVERIFY(!form.secrets().contains(QStringLiteral("password")));
    const Account back = form.account(iam);
    QCOMPARE(back.regions, iam.regions);
    QCOMPARE(back.authMethod, QStringLiteral("password"));
    saveShot(&form, QStringLiteral("huawei-account-form-iam.png"));

    auto *keysRadio
        = form.findChild<QAbstractButton *>(QStringLiteral("huaweiAccessKeyRadioButton"));
    QTest::mouseClick(keysRadio, Qt::LeftButton);
    QVERIFY(!form.incompleteReason().isEmpty());
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("huaweiAccessKeyLineEdit")),
                     QStringLiteral("AKEXAMPLE"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("huaweiSecretKeyLineEdit")),
                     QStringLiteral("secret"));
    QVERIFY(form.incompleteReason().isEmpty());
    const auto secrets = form.secrets();
    QCOMPARE(secrets.value(QStringLiteral("accessKey")), QByteArray("AKEXAMPLE"));
    QVERIFY(secrets.contains(QStringLiteral("password"))); // no longer used: forgotten
    QVERIFY(secrets.value(QStringLiteral("password")).isEmpty());
    QCOMPARE(form.account(iam).authMethod, QStringLiteral("aksk"));
    saveShot(&form, QStringLiteral("huawei-account-form-keys.png"));
}

QTEST_MAIN(TestHuaweiWindow)
#include "tst_huaweiwindow.moc"
