// Pictures of the Rackspace copy page (an incremental backup bound for ORD, whose parent is not
// there yet) and of the Rackspace account form, on the sandbox, offscreen:
//   copydeck_rackspace_screenshot --dialog copy.png --form form.png

#include "RackspaceWindowWorld.h"

#include "core/AccountConnections.h"
#include "models/BackupTableModel.h"
#include "models/CopyJobModel.h"
#include "models/LocationTreeModel.h"
#include "ui/CopyDialog.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"
#include "ui/accounts/AccountForm.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdio>

using namespace Copydeck;

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 20'000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "copydeck_rackspace_screenshot: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dialog"), QStringLiteral("PNG of the copy dialog."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("form"), QStringLiteral("PNG of the account form."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("window"),
                      QStringLiteral("PNG of the main window once the copies have ended."),
                      QStringLiteral("file")});
    parser.process(app);

    RackspaceWindowWorld world;
    QString error;
    if (!world.start(1.0, &error))
        return fail(qPrintable(error));
    MainWindow window(world.parts());
    window.resize(1200, 760);
    window.show();

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("locationsTreeView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("backupsTableView"));
    const QString dfw = world.regionId(QStringLiteral("DFW"));
    const auto dfwIndex = [&] {
        return ModelSearch::find(tree->model(), [&dfw](const QModelIndex &index) {
            return index.data(LocationTreeModel::LocationRole).value<Location>().id == dfw;
        });
    };
    if (!waitFor([&] { return dfwIndex().isValid(); }))
        return fail("DFW never showed in the tree");
    tree->setCurrentIndex(dfwIndex());
    int row = -1;
    const auto findRow = [&] {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(BackupTableModel::BackupRole).value<Backup>().name
                == QLatin1String("orders-db-incr-mon"))
                row = r;
        }
        return row >= 0;
    };
    if (!waitFor(findRow))
        return fail("orders-db-incr-mon never showed in the table");
    table->selectRow(row);
    table->setCurrentIndex(table->model()->index(row, 0));
    window.findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    QPointer<CopyDialog> dialog;
    if (!waitFor([&] { return (dialog = window.findChild<CopyDialog *>()) != nullptr; }))
        return fail("the copy dialog did not open");
    auto *region = dialog->findChild<QComboBox *>(QStringLiteral("targetRegionComboBox"));
    if (!waitFor([&] { return region->count() == 6; }))
        return fail("the regions never loaded");
    region->setCurrentIndex(region->findData(QStringLiteral("ORD")));
    auto *parentFirst = dialog->findChild<QCheckBox *>(QStringLiteral("copyParentFirstCheckBox"));
    if (!waitFor([&] { return parentFirst->isVisible(); }))
        return fail("the parent check never answered");
    dialog->adjustSize();
    QCoreApplication::processEvents();
    if (parser.isSet(QStringLiteral("dialog"))
        && !dialog->grab().save(parser.value(QStringLiteral("dialog"))))
        return fail("could not write the dialog's picture");
    if (parser.isSet(QStringLiteral("window"))) {
        // Copy the parent first, then the incremental, and picture the window once both ended.
        dialog->accept();
        world.sandbox().setSpeed(200);
        auto *jobs = window.findChild<QTableView *>(QStringLiteral("copyJobsTableView"));
        QCoreApplication::processEvents();
        waitFor([&] { return jobs->model()->rowCount() == 2; });
        // One picture while the copies run (with an estimate), one after.
        QDeadlineTimer settle(400);
        waitFor([&] { return settle.hasExpired(); });
        QString path = parser.value(QStringLiteral("window"));
        window.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-running.png")));
        waitFor(
            [&] {
                return jobs->model()->index(1, 0).data(CopyJobModel::JobRole).value<CopyJob>().state
                    == CopyJobState::Completed;
            },
            60'000);
        const QString ord = world.regionId(QStringLiteral("ORD"));
        tree->setCurrentIndex(ModelSearch::find(tree->model(), [&ord](const QModelIndex &index) {
            return index.data(LocationTreeModel::LocationRole).value<Location>().id == ord;
        }));
        QDeadlineTimer later(1500);
        waitFor([&] { return later.hasExpired(); });
        if (!window.grab().save(path))
            return fail("could not write the window's picture");
    } else {
        dialog->reject();
    }

    if (parser.isSet(QStringLiteral("form"))) {
        QWidget frame;
        auto *layout = new QVBoxLayout(&frame);
        AccountForm *form = world.accountForms().createForm(QStringLiteral("rackspace"), &frame);
        if (!form)
            return fail("no Rackspace account form is registered");
        layout->addWidget(form);
        Account account = world.connections()->account(world.accountId());
        account.regions = {QStringLiteral("DFW"), QStringLiteral("IAD"), QStringLiteral("ORD")};
        form->setAccount(account, {}, account);
        frame.resize(560, frame.sizeHint().height());
        frame.show();
        QCoreApplication::processEvents();
        if (!frame.grab().save(parser.value(QStringLiteral("form"))))
            return fail("could not write the form's picture");
    }
    return 0;
}
