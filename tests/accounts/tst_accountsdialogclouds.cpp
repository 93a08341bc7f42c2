// Issue #6, GUI: an account of each cloud added through the accounts dialog of the real main
// window, offscreen, the way a user adds one on first start: the welcome page's "Add Account…",
// the cloud from the Add menu, the form's fields typed (a key file chosen in the file dialog),
// "Test Connection" with a wrong key and then the right one, OK; then the account's backups in
// the window. One row per way to sign in (DemoSignIn; AWS is in tst_accountsdialog). The
// secrets land in the real keychain (a Secret Service on the D-Bus session; scripts/test.sh runs
// the tests under `dbus-run-session -- scripts/with-keyring.sh`), never in the settings file.
#include "AccountsDialogDriver.h"
#include "AccountsSandbox.h"
#include "AccountsWindowWorld.h"
#include "DemoSignIn.h"
#include "keychain/AwaitResult.h"

#include "auth/KeychainSecretStore.h"
#include "models/BackupTableModel.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"
#include "ui/accounts/AccountsDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <algorithm>

using namespace Copydeck;
using Copydeck::Test::AccountsDialogDriver;
using Copydeck::Test::AccountsSandbox;
using Copydeck::Test::DemoSignIn;
using Copydeck::Testing::awaitResult;

Q_DECLARE_METATYPE(Copydeck::Test::DemoSignIn)

namespace {

constexpr int TestTimeoutMs = 20'000;
const QString Works = QStringLiteral("Works: the cloud accepted the credentials.");
const QString WrongKey = QStringLiteral("Wrong key: the cloud did not accept these credentials.");

template<typename T> T *child(QObject *root, const QString &name)
{
    T *found = root ? root->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QStringList displayed(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

// The tree's node called `text` under the account node called `account`, at any depth; the
// account node itself when `text` is empty.
QModelIndex nodeUnder(const QAbstractItemModel *model, const QString &account, const QString &text)
{
    const QModelIndex accountNode = ModelSearch::find(model, [&account](const QModelIndex &index) {
        return !index.parent().isValid() && index.data().toString() == account;
    });
    if (!accountNode.isValid() || text.isEmpty())
        return accountNode;
    return ModelSearch::find(
        model, [&text](const QModelIndex &index) { return index.data().toString() == text; },
        accountNode);
}

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestAccountsDialogClouds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void addTestSaveAndSeeBackups_data();
    void addTestSaveAndSeeBackups();

private:
    QByteArray keychainValue(const QString &key);

    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountsSandbox> m_sandbox;
    QStringList m_written; // keychain keys to remove after each row, whatever happened
};

void TestAccountsDialogClouds::initTestCase()
{
    const QString howToRun = QStringLiteral(
        "This test needs a keychain (a Secret Service on the D-Bus session). Run it through "
        "scripts/test.sh, or as `dbus-run-session -- scripts/with-keyring.sh ctest -R "
        "tst_accountsdialogclouds` from the build folder; set COPYDECK_KEYCHAIN_OPTIONAL=1 to "
        "skip it instead.");
    m_service
        = QStringLiteral("Copydeck-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keychain = std::make_unique<KeychainSecretStore>(m_service, std::chrono::seconds(20));
    const auto available = awaitResult(m_keychain->checkAvailable());
    if (!available || !available->ok()) {
        const QString message = (available ? available->error().userText()
                                           : QStringLiteral("The keychain did not answer."))
            + QLatin1Char(' ') + howToRun;
        m_keychain.reset();
        if (qEnvironmentVariable("COPYDECK_KEYCHAIN_OPTIONAL") == QLatin1String("1"))
            QSKIP(qPrintable(message));
        QFAIL(qPrintable(message));
    }
    // One sandbox for every row (the rows only read from it): the rows' data needs its ports.
    m_sandbox = std::make_unique<AccountsSandbox>();
    QString message;
    QVERIFY2(m_sandbox->start(&message), qPrintable(message));
}

void TestAccountsDialogClouds::cleanup()
{
    for (const QString &key : std::as_const(m_written))
        awaitResult(m_keychain->remove(key));
    m_written.clear();
}

void TestAccountsDialogClouds::cleanupTestCase()
{
    m_sandbox.reset();
    m_keychain.reset();
}

void TestAccountsDialogClouds::addTestSaveAndSeeBackups_data()
{
    QTest::addColumn<DemoSignIn>("signIn");
    QString error;
    const QList<DemoSignIn> signIns = DemoSignIn::all(*m_sandbox, &error);
    QVERIFY2(!signIns.isEmpty(), qPrintable(error));
    for (const DemoSignIn &signIn : signIns)
        QTest::newRow(qPrintable(signIn.label)) << signIn;
}

void TestAccountsDialogClouds::addTestSaveAndSeeBackups()
{
    QFETCH(DemoSignIn, signIn);

    Test::AccountsWindowWorld world(m_sandbox.get(), m_keychain.get());
    QString message;
    QVERIFY2(world.start(&message), qPrintable(message));
    MainWindow *window = world.window();
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // First start: the welcome page, whose "Add Account…" opens the accounts dialog.
    auto *welcome = child<QWidget>(window, QStringLiteral("welcomeWidget"));
    QVERIFY(welcome && welcome->isVisible());
    QTest::mouseClick(child<QPushButton>(welcome, QStringLiteral("addAccountPushButton")),
                      Qt::LeftButton);
    QPointer<AccountsDialog> dialog;
    QTRY_VERIFY((dialog = window->findChild<AccountsDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    AccountsDialogDriver driver(dialog);

    // The cloud from the Add menu: its form, and the name ready to be typed over.
    QVERIFY2(driver.addAccount(signIn.cloud, signIn.cloudName), qPrintable(driver.error()));
    QCOMPARE(child<QListWidget>(dialog, QStringLiteral("accountsListWidget"))->count(), 1);
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("accountCloudLabel"))->text(), signIn.cloudName);
    QVERIFY(driver.form());
    QCOMPARE(driver.form()->objectName(), signIn.formName);
    QVERIFY2(driver.typeName(signIn.accountName), qPrintable(driver.error()));
    QVERIFY2(driver.choose(signIn.signIn), qPrintable(driver.error()));
    auto *incomplete = child<QLabel>(dialog, QStringLiteral("incompleteLabel"));
    QVERIFY(incomplete->isVisible()); // nothing entered yet

    // A wrong key first: the plain words say so, and never a secret.
    QVERIFY2(driver.fill(signIn.wrongFirst()), qPrintable(driver.error()));
    for (const QString &region : std::as_const(signIn.regions))
        QVERIFY2(driver.checkRegion(region), qPrintable(driver.error()));
    QVERIFY2(incomplete->isHidden(), qPrintable(incomplete->text()));
    // The form is as tall as its fields need, not stretched to the tallest cloud's form, and
    // "Test Connection" follows right under it (once the layout has caught up with the note
    // that went away).
    QWidget *form = driver.form();
    auto *testButton = child<QPushButton>(dialog, QStringLiteral("testConnectionPushButton"));
    const auto needed = [form] {
        return std::max(form->sizeHint().height(),
                        form->hasHeightForWidth() ? form->heightForWidth(form->width()) : 0);
    };
    const auto gapUnderForm = [form, &dialog, testButton] {
        return testButton->mapTo(dialog, QPoint()).y()
            - form->mapTo(dialog, QPoint(0, form->height())).y();
    };
    QTRY_VERIFY2(form->height() <= needed() && gapUnderForm() >= 0 && gapUnderForm() < 30,
                 qPrintable(QStringLiteral("the form is %1 px tall for %2 px of fields, %3 px "
                                           "above Test Connection")
                                .arg(form->height())
                                .arg(needed())
                                .arg(gapUnderForm())));
    QString summary = driver.testConnection(TestTimeoutMs);
    QString details = driver.connectionDetails();
    QVERIFY2(summary == WrongKey, qPrintable(summary + QLatin1Char(' ') + details));
    QVERIFY(!details.isEmpty());
    for (const QString &secret : std::as_const(signIn.secretTexts))
        QVERIFY2(!details.contains(secret), qPrintable(details));

    // The right one: the old answer goes at once, the new one says it works.
    QVERIFY2(driver.fill(signIn.rightAgain()), qPrintable(driver.error()));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("connectionResultLabel"))->isHidden());
    summary = driver.testConnection(TestTimeoutMs);
    QVERIFY2(summary == Works, qPrintable(summary + QLatin1Char(' ') + driver.connectionDetails()));
    QVERIFY(driver.connectionDetails().isEmpty());

    QVERIFY2(driver.accept(), qPrintable(driver.error()));
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Saved: the window leaves the welcome page and lists the account.
    auto *tree = child<QTreeView>(window, QStringLiteral("locationsTreeView"));
    QTRY_VERIFY_WITH_TIMEOUT(nodeUnder(tree->model(), signIn.accountName, QString()).isValid(),
                             TestTimeoutMs);
    QVERIFY(!welcome->isVisible());
    const QList<Account> saved = world.store()->load();
    QCOMPARE(saved.size(), 1);
    const Account account = saved.constFirst();
    QCOMPARE(account.cloud, signIn.cloud);
    QCOMPARE(account.name, signIn.accountName);
    const QStringList secretNames = m_sandbox->forms().secretNames(signIn.cloud);
    for (const QString &secretName : secretNames)
        m_written << account.secretKey(secretName);

    // The secrets are in the keychain (read back through a store of its own) under the
    // account's keys; the cloud's other secrets are not there at all.
    QStringList expectedNames;
    for (const auto &secret : std::as_const(signIn.secrets)) {
        expectedNames << secret.name;
        QCOMPARE(keychainValue(account.secretKey(secret.name)), secret.value.toUtf8());
    }
    for (const QString &secretName : secretNames) {
        if (!expectedNames.contains(secretName))
            QVERIFY2(keychainValue(account.secretKey(secretName)).isEmpty(),
                     qPrintable(secretName));
    }
    // The settings file, as it is on disk, holds the account and no secret in any spelling.
    const QByteArray settings = world.settingsFileBytes();
    for (const QString &held : std::as_const(signIn.settingsHold))
        QVERIFY2(settings.contains(held.toUtf8()), qPrintable(held));
    for (const QString &secret : std::as_const(signIn.secretTexts)) {
        QVERIFY(!secret.isEmpty());
        const QByteArray bytes = secret.toUtf8();
        QVERIFY2(!settings.contains(bytes), qPrintable(secret.left(8)));
        QVERIFY2(!settings.contains(bytes.toBase64()), qPrintable(secret.left(8)));
        QVERIFY2(!settings.contains(QUrl::toPercentEncoding(secret)), qPrintable(secret.left(8)));
    }

    // Its backups, as the user sees them: select the place in the tree, read the names.
    QModelIndex node;
    QTRY_VERIFY_WITH_TIMEOUT(
        (node = nodeUnder(tree->model(), signIn.accountName, signIn.location)).isValid(),
        TestTimeoutMs);
    clickRow(tree, node);
    auto *table = child<QTableView>(window, QStringLiteral("backupsTableView"));
    for (const QString &backup : std::as_const(signIn.backups))
        QTRY_VERIFY2_WITH_TIMEOUT(
            displayed(table->model(), BackupTableModel::NameColumn).contains(backup),
            qPrintable(
                displayed(table->model(), BackupTableModel::NameColumn).join(QLatin1String(", "))),
            TestTimeoutMs);
    const QStringList accounts = displayed(table->model(), BackupTableModel::AccountColumn);
    QCOMPARE(accounts.count(signIn.accountName), accounts.size());
    // Nothing went wrong on the way, in the status bar's words.
    const QString error = child<QLabel>(window, QStringLiteral("errorLabel"))->text();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QByteArray TestAccountsDialogClouds::keychainValue(const QString &key)
{
    KeychainSecretStore other(m_service, std::chrono::seconds(20));
    const auto read = awaitResult(other.read(key));
    if (!read || !read->ok()) {
        qWarning("the keychain did not answer for %s", qPrintable(key));
        return QByteArrayLiteral("<no answer>");
    }
    return read->value();
}

QTEST_MAIN(TestAccountsDialogClouds)
#include "tst_accountsdialogclouds.moc"
