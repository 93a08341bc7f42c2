// The real main window on the sandbox's Rackspace module, driven by object names: pick DFW and an
// incremental backup whose parent is not in ORD, read why DFW and LON cannot be chosen, let the
// dialog queue the parent first, watch both copies in the jobs panel (with an estimate, since
// Cloud Databases gives no progress) and find both copies in ORD.

#include "RackspaceWindowWorld.h"

#include "core/Backup.h"
#include "jobs/CopyJobTracker.h"
#include "models/BackupTableModel.h"
#include "models/CopyJobModel.h"
#include "models/LocationTreeModel.h"
#include "ui/CopyDialog.h"
#include "ui/CopyProgressDelegate.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Copydeck;

namespace {

constexpr int LoadTimeoutMs = 20'000;
constexpr int CopyTimeoutMs = 60'000;

QModelIndex locationIndex(QTreeView *tree, const QString &id)
{
    return ModelSearch::find(tree->model(), [&id](const QModelIndex &index) {
        return index.data(LocationTreeModel::LocationRole).value<Location>().id == id;
    });
}

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int rowNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>().name == name)
            return row;
    }
    return -1;
}

Backup backupAt(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>();
}

bool itemEnabled(QComboBox *combo, int index)
{
    const auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    return model && model->item(index)->isEnabled();
}

} // namespace

class TestRackspaceWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyIncrementalWithItsParentFromTheWindow();
    void cleanupTestCase();

private:
    std::unique_ptr<RackspaceWindowWorld> m_world;
    std::unique_ptr<MainWindow> m_window;
};

void TestRackspaceWindow::initTestCase()
{
    m_world = std::make_unique<RackspaceWindowWorld>();
    QString error;
    // Slow enough to see a copy running; sped up once it has been seen.
    QVERIFY2(m_world->start(2.0, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_world->parts());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRackspaceWindow::cleanupTestCase()
{
    m_window.reset();
    m_world.reset();
}

void TestRackspaceWindow::copyIncrementalWithItsParentFromTheWindow()
{
    MainWindow &window = *m_window;
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("locationsTreeView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("backupsTableView"));
    auto *jobs = window.findChild<QTableView *>(QStringLiteral("copyJobsTableView"));
    auto *copyAction = window.findChild<QAction *>(QStringLiteral("copyAction"));
    QVERIFY(tree && table && jobs && copyAction);

    // DFW, and the Monday incremental of orders-db (its parent is the weekly full backup).
    const QString dfw = m_world->regionId(QStringLiteral("DFW"));
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(tree, dfw).isValid(), LoadTimeoutMs);
    clickRow(tree, locationIndex(tree, dfw));
    const QString monday = QStringLiteral("orders-db-incr-mon");
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(table->model(), monday) >= 0, LoadTimeoutMs);
    clickRow(table,
             table->model()->index(rowNamed(table->model(), monday), BackupTableModel::NameColumn));
    QVERIFY(copyAction->isEnabled());
    copyAction->trigger();
    QPointer<CopyDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<CopyDialog *>()) != nullptr && dialog->isVisible());

    auto *copyButton = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    auto *region = dialog->findChild<QComboBox *>(QStringLiteral("targetRegionComboBox"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("copyNameLineEdit"));
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit"));
    auto *parent = dialog->findChild<QLabel *>(QStringLiteral("parentStatusLabel"));
    auto *parentFirst = dialog->findChild<QCheckBox *>(QStringLiteral("copyParentFirstCheckBox"));
    auto *regionIssue = dialog->findChild<QLabel *>(QStringLiteral("targetRegionIssueLabel"));
    auto *nameIssue = dialog->findChild<QLabel *>(QStringLiteral("copyNameIssueLabel"));
    QVERIFY(copyButton && region && name && description && parent && parentFirst && regionIssue
            && nameIssue);
    QCOMPARE(name->text(), QStringLiteral("orders-db-incr-mon-copy"));

    // Every region of the catalog; the backup's own and LON cannot be chosen, each says why.
    QTRY_COMPARE_WITH_TIMEOUT(region->count(), 6, LoadTimeoutMs);
    QVERIFY(!copyButton->isEnabled());
    const int ownIndex = region->findData(QStringLiteral("DFW"));
    const int lonIndex = region->findData(QStringLiteral("LON"));
    QVERIFY(!itemEnabled(region, ownIndex));
    QVERIFY(!itemEnabled(region, lonIndex));
    QVERIFY(region->itemData(ownIndex, Qt::ToolTipRole).toString().contains(QLatin1String("DFW")));
    QVERIFY(region->itemData(lonIndex, Qt::ToolTipRole).toString().contains(QLatin1String("LON")));
    QVERIFY(region->itemText(lonIndex).contains(QLatin1String("unavailable")));
    QVERIFY(itemEnabled(region, region->findData(QStringLiteral("ORD"))));

    // ORD lacks the parent: the page says so and offers to copy it first.
    region->setCurrentIndex(region->findData(QStringLiteral("ORD")));
    QTRY_VERIFY_WITH_TIMEOUT(parentFirst->isVisible(), LoadTimeoutMs);
    QVERIFY2(parent->text().contains(QLatin1String("orders-db-full-weekly"))
                 && parent->text().contains(QLatin1String("ORD")),
             qPrintable(parent->text()));
    QVERIFY(parentFirst->isChecked());
    QTRY_VERIFY(copyButton->isEnabled());

    // Without the parent first, Cloud Databases would refuse: the dialog says so and waits.
    parentFirst->setChecked(false);
    QVERIFY(!copyButton->isEnabled());
    QVERIFY(regionIssue->isVisible());
    QVERIFY2(regionIssue->text().contains(QLatin1String("parent")),
             qPrintable(regionIssue->text()));
    parentFirst->setChecked(true);
    QVERIFY(copyButton->isEnabled());

    // The name is checked as it is typed.
    name->clear();
    QVERIFY(!copyButton->isEnabled());
    QVERIFY(nameIssue->isVisible());
    QTest::keyClicks(name, QStringLiteral("mon-to-ord"));
    QVERIFY(!nameIssue->isVisible());
    QTest::keyClicks(description, QStringLiteral("Disaster recovery copy"));
    QVERIFY(copyButton->isEnabled());
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    // Two jobs: the parent first, the incremental waiting for it.
    QAbstractItemModel *jobModel = jobs->model();
    QTRY_COMPARE(jobModel->rowCount(), 2);
    const CopyJob parentJob = jobModel->index(0, 0).data(CopyJobModel::JobRole).value<CopyJob>();
    const CopyJob mondayJob = jobModel->index(1, 0).data(CopyJobModel::JobRole).value<CopyJob>();
    QCOMPARE(parentJob.sourceName, QStringLiteral("orders-db-full-weekly"));
    QCOMPARE(mondayJob.sourceName, monday);
    QCOMPARE(m_world->tracker()->waitsFor(mondayJob.localId), parentJob.localId);

    // The parent's copy runs with an estimated percent, labelled as one.
    const QModelIndex parentProgress = jobModel->index(0, CopyJobModel::ProgressColumn);
    QTRY_VERIFY_WITH_TIMEOUT(parentProgress.data(CopyJobModel::ProgressIsEstimateRole).toBool(),
                             LoadTimeoutMs);
    QVERIFY(parentProgress.data(CopyJobModel::ProgressRole).toDouble() >= 0);
    QVERIFY2(CopyProgressDelegate::progressText(parentProgress).contains(QLatin1String("estimate")),
             qPrintable(CopyProgressDelegate::progressText(parentProgress)));
    QCOMPARE(jobModel->index(1, CopyJobModel::StateColumn).data(CopyJobModel::StateRole).toInt(),
             int(CopyJobState::Queued));

    // Faster now; both end, in order.
    m_world->sandbox().setSpeed(500);
    QTRY_COMPARE_WITH_TIMEOUT(
        jobModel->index(0, CopyJobModel::StateColumn).data(CopyJobModel::StateRole).toInt(),
        int(CopyJobState::Completed), CopyTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        jobModel->index(1, CopyJobModel::StateColumn).data(CopyJobModel::StateRole).toInt(),
        int(CopyJobState::Completed), CopyTimeoutMs);

    // Both copies are in ORD, the incremental on its parent's copy.
    const QString ord = m_world->regionId(QStringLiteral("ORD"));
    QTRY_VERIFY_WITH_TIMEOUT(locationIndex(tree, ord).isValid(), LoadTimeoutMs);
    clickRow(tree, locationIndex(tree, ord));
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(table->model(), QStringLiteral("mon-to-ord")) >= 0,
                             LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        rowNamed(table->model(), QStringLiteral("orders-db-full-weekly-copy")) >= 0, LoadTimeoutMs);
    const Backup mondayCopy
        = backupAt(table->model(), rowNamed(table->model(), QStringLiteral("mon-to-ord")));
    const Backup parentCopy = backupAt(
        table->model(), rowNamed(table->model(), QStringLiteral("orders-db-full-weekly-copy")));
    QCOMPARE(mondayCopy.rawState, QStringLiteral("COMPLETED"));
    QCOMPARE(mondayCopy.location.region, QStringLiteral("ORD"));
    QCOMPARE(mondayCopy.details.value(QStringLiteral("Description")).toString(),
             QStringLiteral("Disaster recovery copy"));
    QCOMPARE(
        mondayCopy.id,
        jobModel->index(1, 0).data(CopyJobModel::JobRole).value<CopyJob>().destinationBackupId);
    QCOMPARE(mondayCopy.details.value(QStringLiteral("Parent backup")).toString(), parentCopy.id);
}

QTEST_MAIN(TestRackspaceWindow)
#include "tst_rackspacewindow.moc"
