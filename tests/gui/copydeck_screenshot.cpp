// Pictures of the real main window and copy dialog on the in-process sandbox:
//   copydeck_screenshot --out docs/screenshot-main.png [--dialog dialog.png] [--size 1400x860]
// Headless: without a display it renders offscreen. Used for the README and to look at the UI.
#include "GuiSandbox.h"

#include "core/AccountConnections.h"
#include "core/ProviderConnection.h"
#include "jobs/CopyJobTracker.h"
#include "models/BackupTableModel.h"
#include "models/LocationTreeModel.h"
#include "ui/CopyDialog.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace Copydeck;

namespace {

constexpr int PollMs = 50;
constexpr int GiveUpMs = 30'000;

QString vaultArn(const QString &region, const QString &name)
{
    return QStringLiteral("arn:aws:backup:%1:111122223333:backup-vault:%2").arg(region, name);
}

// Calls `then` once `ready` holds, polling from the event loop; fails the tool after GiveUpMs.
void whenReady(QObject *context, std::function<bool()> ready, std::function<void()> then,
               int waitedMs = 0)
{
    if (ready()) {
        then();
        return;
    }
    if (waitedMs > GiveUpMs) {
        std::fprintf(stderr, "copydeck_screenshot: the sandbox did not answer in time\n");
        QCoreApplication::exit(2);
        return;
    }
    QTimer::singleShot(PollMs, context,
                       [=] { whenReady(context, ready, then, waitedMs + PollMs); });
}

bool save(QWidget *widget, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool saved = widget->grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write",
                 qPrintable(path));
    return saved;
}

CopyRequest copyOf(const Backup &backup, const QString &region, const QString &vault)
{
    CopyRequest request;
    request.source = backup;
    request.destination.cloud = backup.cloud;
    request.destination.accountId = backup.accountId;
    request.destination.region = region;
    request.destination.id = vaultArn(region, vault);
    request.destination.name = vault;
    request.destination.displayName = vault;
    request.roleArn
        = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");
    request.lifecycle.deleteAfterDays = 120;
    return request;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "copydeck.*.debug=false;copydeck.*.info=false;qt.qpa.*=false");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Copydeck"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Picture of the main window."),
                      QStringLiteral("file"), QStringLiteral("screenshot-main.png")});
    parser.addOption(
        {QStringLiteral("dialog"),
         QStringLiteral("Also a picture of the copy dialog with an invalid lifecycle."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size, WxH."),
                      QStringLiteral("size"), QStringLiteral("1400x860")});
    parser.process(app);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QString out = parser.value(QStringLiteral("out"));
    const QString dialogOut = parser.value(QStringLiteral("dialog"));

    GuiSandbox world;
    QString error;
    if (!world.start(40.0, &error)) {
        std::fprintf(stderr, "copydeck_screenshot: the sandbox did not start: %s\n",
                     qPrintable(error));
        return 1;
    }
    MainWindow window(world.parts());
    window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1400,
                  size.value(1).toInt() > 0 ? size.value(1).toInt() : 860);
    window.show();

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("locationsTreeView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("backupsTableView"));
    const QString daily = vaultArn(QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    const auto dailyIndex = [tree, daily] {
        return ModelSearch::find(tree->model(), [&daily](const QModelIndex &index) {
            return index.data(LocationTreeModel::LocationRole).value<Location>().id == daily;
        });
    };
    const auto backupOf = [table](const QString &resource, bool largest) {
        std::optional<Backup> found;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const Backup b
                = table->model()->index(row, 0).data(BackupTableModel::BackupRole).value<Backup>();
            if (b.rawState == QLatin1String("COMPLETED") && b.sourceResource.contains(resource)
                && (!found
                    || (largest ? b.sizeBytes > found->sizeBytes : b.sizeBytes < found->sizeBytes)))
                found = b;
        }
        return found;
    };

    // 1. The production account's daily vault.
    whenReady(
        &window, [&] { return dailyIndex().isValid(); },
        [&] {
            tree->setCurrentIndex(dailyIndex());
            // 2. Its backups; start a short and a long copy so the jobs panel has something to
            // show.
            whenReady(
                &window,
                [&] {
                    return backupOf(QStringLiteral("payments"), true).has_value()
                        && backupOf(QStringLiteral("sessions"), false).has_value();
                },
                [&] {
                    world.tracker()->submit(copyOf(*backupOf(QStringLiteral("sessions"), false),
                                                   QStringLiteral("us-west-2"),
                                                   QStringLiteral("prod-dr-copies")));
                    world.tracker()->submit(copyOf(*backupOf(QStringLiteral("payments"), true),
                                                   QStringLiteral("eu-west-1"),
                                                   QStringLiteral("Default")));
                    table->selectRow(1);
                    // 3. Let the copies move and the view settle, then take the picture.
                    QTimer::singleShot(2500, &window, [&] {
                        if (!save(&window, out)) {
                            QCoreApplication::exit(1);
                            return;
                        }
                        if (dialogOut.isEmpty()) {
                            QCoreApplication::exit(0);
                            return;
                        }
                        table->selectRow(0);
                        for (int row = 0; row < table->model()->rowCount(); ++row) {
                            if (table->model()
                                    ->index(row, 0)
                                    .data(BackupTableModel::BackupRole)
                                    .value<Backup>()
                                    .sourceResource.contains(QLatin1String("sessions"))) {
                                table->selectRow(row);
                                break;
                            }
                        }
                        CopyDialog *dialog = window.openCopyDialog();
                        if (!dialog) {
                            QCoreApplication::exit(1);
                            return;
                        }
                        auto *region = dialog->findChild<QComboBox *>(
                            QStringLiteral("destinationRegionComboBox"));
                        whenReady(
                            dialog, [region] { return region->count() > 0; },
                            [=] {
                                region->setCurrentIndex(
                                    region->findData(QStringLiteral("us-west-2")));
                                dialog
                                    ->findChild<QCheckBox *>(QStringLiteral("coldStorageCheckBox"))
                                    ->setChecked(true);
                                dialog
                                    ->findChild<QCheckBox *>(QStringLiteral("deleteAfterCheckBox"))
                                    ->setChecked(true);
                                dialog
                                    ->findChild<QSpinBox *>(
                                        QStringLiteral("coldStorageDaysSpinBox"))
                                    ->setValue(30);
                                dialog
                                    ->findChild<QSpinBox *>(
                                        QStringLiteral("deleteAfterDaysSpinBox"))
                                    ->setValue(60);
                                dialog->adjustSize();
                                QTimer::singleShot(300, dialog, [=] {
                                    QCoreApplication::exit(save(dialog, dialogOut) ? 0 : 1);
                                });
                            });
                    });
                });
        });
    return app.exec();
}
