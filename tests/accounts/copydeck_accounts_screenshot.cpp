// Pictures of the accounts dialog, the import dialog and the welcome page on the in-process
// sandbox, for looking at what was built: copydeck_accounts_screenshot <folder>
// (run it under xvfb-run -a, or with QT_QPA_PLATFORM=offscreen). Each cloud's form is shown
// filled in the way tst_accountsdialogclouds fills it, tested: accounts-<sign-in>.png, and with
// the wrong key first: accounts-<sign-in>-wrong-key.png.
#include "AccountsDialogDriver.h"
#include "AccountsSandbox.h"
#include "DemoSignIn.h"

#include "ui/accounts/AccountImportDialog.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/WelcomeWidget.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <cstdio>

using namespace Copydeck;

namespace {

bool save(QWidget *widget, const QDir &folder, const QString &name)
{
    QApplication::processEvents();
    const QString path = folder.filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Waits (the event loop running) until the dialog has the test's answer.
bool waitForResult(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("connectionResultLabel"));
    return QTest::qWaitFor(
        [label] {
            return !label->text().isEmpty() && !label->text().startsWith(QLatin1String("Testing"));
        },
        20'000);
}

// "Huawei, IAM user and password" -> "huawei-iam-user-and-password"
QString slug(const QString &label)
{
    QString result;
    for (const QChar c : label.toLower()) {
        if (c.isLetterOrNumber())
            result += c;
        else if (!result.endsWith(QLatin1Char('-')))
            result += QLatin1Char('-');
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

// A new account of the sign-in's cloud, filled in and tested, first with the wrong key, then with
// the right one: a picture of each answer.
bool fillAndTest(Test::AccountsSandbox &sandbox, const Test::DemoSignIn &signIn, const QDir &folder)
{
    AccountsDialog dialog(sandbox.dialogParts(), {});
    dialog.show();
    if (!QTest::qWaitForWindowActive(&dialog))
        return false;
    Test::AccountsDialogDriver driver(&dialog);
    bool ok = driver.addAccount(signIn.cloud, signIn.cloudName)
        && driver.typeName(signIn.accountName) && driver.choose(signIn.signIn)
        && driver.fill(signIn.wrongFirst());
    for (const QString &region : signIn.regions)
        ok = ok && driver.checkRegion(region);
    if (!ok) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(signIn.label), qPrintable(driver.error()));
        return false;
    }
    driver.testConnection();
    ok = save(&dialog, folder, QStringLiteral("accounts-%1-wrong-key.png").arg(slug(signIn.label)));
    if (!driver.fill(signIn.rightAgain())) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(signIn.label), qPrintable(driver.error()));
        return false;
    }
    driver.testConnection();
    return save(&dialog, folder, QStringLiteral("accounts-%1.png").arg(slug(signIn.label))) && ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QDir folder(arguments.size() > 1 ? arguments.at(1) : QStringLiteral("."));
    QDir().mkpath(folder.path());

    Test::AccountsSandbox sandbox;
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "the sandbox could not start: %s\n", qPrintable(error));
        return 1;
    }
    const auto production = sandbox.production();
    sandbox.writeHomeFile(QStringLiteral(".aws/credentials"),
                          "[ops]\naws_access_key_id = " + production.accessKeyId.toUtf8()
                              + "\naws_secret_access_key = " + production.secretAccessKey.toUtf8()
                              + "\n");
    sandbox.writeHomeFile(QStringLiteral(".aws/config"),
                          "[profile ops]\nregion = us-west-2\n[profile admin]\n"
                          "role_arn = arn:aws:iam::111122223333:role/Admin\n"
                          "source_profile = ops\n");
    bool ok = true;

    {
        Account saved = sandbox.savedKeysAccount();
        Account profile;
        profile.id = QStringLiteral("aws-ops");
        profile.cloud = QStringLiteral("aws");
        profile.name = QStringLiteral("Operations (profile)");
        profile.authMethod = QStringLiteral("profile");
        profile.settings.insert(QStringLiteral("profile"), QStringLiteral("ops"));
        profile.regions = {QStringLiteral("us-west-2")};
        profile.readOnly = true;
        AccountsDialog dialog(sandbox.dialogParts(), {saved, profile});
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        dialog.findChild<QPushButton *>(QStringLiteral("testConnectionPushButton"))->click();
        ok = waitForResult(&dialog) && save(&dialog, folder, QStringLiteral("accounts-dialog.png"))
            && ok;

        dialog.findChild<QLineEdit *>(QStringLiteral("accessKeyIdLineEdit"))
            ->setText(production.accessKeyId);
        dialog.findChild<QLineEdit *>(QStringLiteral("secretAccessKeyLineEdit"))
            ->setText(QStringLiteral("typed-wrong"));
        dialog.findChild<QPushButton *>(QStringLiteral("testConnectionPushButton"))->click();
        ok = waitForResult(&dialog)
            && save(&dialog, folder, QStringLiteral("accounts-dialog-wrong-key.png")) && ok;

        dialog.findChild<QWidget *>(QStringLiteral("accountsListWidget"))->setFocus();
        QTest::keyClick(dialog.findChild<QWidget *>(QStringLiteral("accountsListWidget")),
                        Qt::Key_Down);
        ok = save(&dialog, folder, QStringLiteral("accounts-dialog-profile.png")) && ok;
    }
    {
        AccountsDialog empty(sandbox.dialogParts(), {});
        empty.show();
        ok = QTest::qWaitForWindowExposed(&empty) && ok;
        ok = save(&empty, folder, QStringLiteral("accounts-dialog-empty.png")) && ok;
        AccountImportDialog import(sandbox.forms().discover({}), &empty);
        import.show();
        ok = QTest::qWaitForWindowExposed(&import) && ok;
        ok = save(&import, folder, QStringLiteral("accounts-import.png")) && ok;
    }
    {
        WelcomeWidget welcome(&sandbox.forms());
        welcome.resize(900, 640);
        welcome.show();
        ok = QTest::qWaitForWindowExposed(&welcome) && ok;
        ok = save(&welcome, folder, QStringLiteral("welcome.png")) && ok;
        welcome.showImport();
        ok = QTest::qWaitFor([&welcome] { return !welcome.isImportBusy(); }) && ok;
        ok = save(&welcome, folder, QStringLiteral("welcome-import.png")) && ok;
    }
    {
        const QList<Test::DemoSignIn> signIns = Test::DemoSignIn::all(sandbox, &error);
        if (signIns.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            ok = false;
        }
        for (const Test::DemoSignIn &signIn : signIns)
            ok = fillAndTest(sandbox, signIn, folder) && ok;
    }
    return ok ? 0 : 1;
}
