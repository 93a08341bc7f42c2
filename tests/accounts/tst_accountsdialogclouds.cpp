// Issue #6, GUI: an account of each cloud added through the accounts dialog of the real main
// window, offscreen, the way a user adds one on first start: the welcome page's "Add Account…",
// the cloud from the Add menu, the form's fields typed (a key file chosen in the file dialog),
// "Test connection" with a wrong key and then the right one, OK; then the account's backups in
// the window. One row per way to sign in (AWS is in tst_accountsdialog). The secrets land in the
// real keychain (a Secret Service on the D-Bus session; scripts/test.sh runs the tests under
// `dbus-run-session -- scripts/with-keyring.sh`), never in the settings file.
#include "AccountsSandbox.h"
#include "AccountsWindowWorld.h"
#include "keychain/AwaitResult.h"

#include "auth/KeychainSecretStore.h"
#include "models/BackupTableModel.h"
#include "models/LocationTreeModel.h"
#include "ui/MainWindow.h"
#include "ui/ModelSearch.h"
#include "ui/accounts/AccountsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

using namespace Copydeck;
using Copydeck::Test::AccountsSandbox;
using Copydeck::Testing::awaitResult;
using Credential = AccountsSandbox::Credential;

namespace {

constexpr int TestTimeoutMs = 20'000;
const QString Works = QStringLiteral("Works: the cloud accepted the credentials.");
const QString WrongKey = QStringLiteral("Wrong key: the cloud did not accept these credentials.");

// A form's field by object name and what goes into it: typed into a line edit, or, for a button,
// the file chosen in the file dialog it opens. For secrets: the secret's name and its value.
struct Field
{
    QString name;
    QString value;
};
using Fields = QList<Field>;

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

// The tree node called `text` under the account node called `account`, at any depth.
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

Q_DECLARE_METATYPE(Field)

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
    // The form shown in the dialog now.
    QWidget *currentForm(AccountsDialog *dialog) const;
    // Picks the cloud from the Add button's menu with the mouse.
    bool addFromMenu(AccountsDialog *dialog, const QString &cloud, const QString &cloudName);
    // Types or chooses each field's value into the form.
    void fill(QWidget *form, const Fields &fields);
    void chooseFile(QWidget *form, QPushButton *button, const QString &path);
    void checkRegion(QWidget *form, const QString &region);
    QString testConnection(AccountsDialog *dialog);
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
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("cloudName"); // as the Add menu and the dialog name it
    QTest::addColumn<QString>("formName");
    QTest::addColumn<QString>("accountName");
    QTest::addColumn<QString>("signIn"); // the sign-in choice's radio button
    QTest::addColumn<Fields>("fields"); // in the order a user fills them
    QTest::addColumn<Fields>("wrongFields"); // what a user gets wrong first
    QTest::addColumn<QStringList>("regions"); // checked in the form's region table
    QTest::addColumn<Fields>("secrets"); // what the keychain must hold, by secret name
    QTest::addColumn<QStringList>("settingsHold"); // what the settings file must show
    // Every secret of the row, right and wrong: never in the settings file, never in what the
    // dialog says.
    QTest::addColumn<QStringList>("secretTexts");
    QTest::addColumn<QString>("location"); // the tree node under the account to select
    QTest::addColumn<QStringList>("backups"); // names the backup table must show

    AccountsSandbox &sandbox = *m_sandbox;
    const QString spanner = sandbox.spannerEndpoint().toString();

    {
        const QString key = sandbox.writeGoogleServiceAccountKey(Credential::Right);
        const QString wrong = sandbox.writeGoogleServiceAccountKey(Credential::Wrong);
        QFile file(key);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(file.readAll());
        // A line of the private key's base64 body: in the key file, never in the settings.
        const QString privateKeyLine = body.section(QStringLiteral("\\n"), 3, 3);
        QVERIFY(privateKeyLine.size() >= 60);
        QTest::newRow("Google, service-account key file")
            << QStringLiteral("spanner") << QStringLiteral("Google Cloud Spanner")
            << QStringLiteral("googleAccountForm") << QStringLiteral("Google robot")
            << QStringLiteral("serviceAccountKeyRadioButton")
            << Fields {{QStringLiteral("chooseKeyFilePushButton"), key},
                       {QStringLiteral("googleProjectsLineEdit"),
                        QStringLiteral("copydeck-demo, copydeck-archive")},
                       {QStringLiteral("googleEndpointLineEdit"), spanner}}
            << Fields {{QStringLiteral("chooseKeyFilePushButton"), wrong}} << QStringList()
            << Fields {{QStringLiteral("serviceAccountKey"), body}}
            << QStringList {QStringLiteral("Google robot"), QStringLiteral("copydeck-archive")}
            << QStringList {body, privateKeyLine} << QStringLiteral("Long-term archive")
            << QStringList {QStringLiteral("ledger-monthly-01"),
                            QStringLiteral("ledger-monthly-03")};
    }
    {
        const QString file = sandbox.writeGoogleAuthorizedUser(Credential::Right);
        const QString wrong = sandbox.writeGoogleAuthorizedUser(Credential::Wrong);
        const auto read = [](const QString &path) {
            QFile opened(path);
            return opened.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(opened.readAll()).object()
                : QJsonObject();
        };
        const QJsonObject user = read(file);
        const QJsonObject revoked = read(wrong);
        QVERIFY(!user.isEmpty() && !revoked.isEmpty());
        // The file stays where it is and is read each time: the account keeps its path, and
        // neither the keychain nor the settings get what is in it.
        QTest::newRow("Google, authorized-user file")
            << QStringLiteral("spanner") << QStringLiteral("Google Cloud Spanner")
            << QStringLiteral("googleAccountForm") << QStringLiteral("Google gcloud user")
            << QStringLiteral("credentialsFileRadioButton")
            << Fields {{QStringLiteral("credentialsFileLineEdit"), file},
                       {QStringLiteral("googleEndpointLineEdit"), spanner}}
            << Fields {{QStringLiteral("credentialsFileLineEdit"), wrong}} << QStringList()
            << Fields()
            << QStringList {QStringLiteral("Google gcloud user"),
                            QStringLiteral("gcloud-user.json")}
            << QStringList {user.value(QStringLiteral("refresh_token")).toString(),
                            user.value(QStringLiteral("client_secret")).toString(),
                            revoked.value(QStringLiteral("refresh_token")).toString()}
            << QStringLiteral("Orders (production)")
            << QStringList {QStringLiteral("orders-daily-01"),
                            QStringLiteral("customers-weekly-01")};
    }

    const auto huawei = sandbox.huawei(Credential::Right);
    const auto wrongHuawei = sandbox.huawei(Credential::Wrong);
    const Fields huaweiEndpoints
        = {{QStringLiteral("huaweiEndpointLineEdit"), sandbox.huaweiEndpoint()},
           {QStringLiteral("huaweiIamEndpointLineEdit"), sandbox.huaweiIamEndpoint().toString()}};
    QTest::newRow("Huawei, access key (AK/SK)")
        << QStringLiteral("huawei") << QStringLiteral("Huawei Cloud CBR")
        << QStringLiteral("huaweiAccountForm") << QStringLiteral("Huawei keys")
        << QStringLiteral("huaweiAccessKeyRadioButton")
        << Fields {{QStringLiteral("huaweiAccessKeyLineEdit"), huawei.accessKey},
                   {QStringLiteral("huaweiSecretKeyLineEdit"), huawei.secretKey}}
            + huaweiEndpoints
        << Fields {{QStringLiteral("huaweiSecretKeyLineEdit"), wrongHuawei.secretKey}}
        << QStringList {QStringLiteral("cn-north-4")}
        << Fields {{QStringLiteral("accessKey"), huawei.accessKey},
                   {QStringLiteral("secretKey"), huawei.secretKey}}
        << QStringList {QStringLiteral("Huawei keys"), QStringLiteral("cn-north-4")}
        << QStringList {huawei.accessKey, huawei.secretKey, wrongHuawei.secretKey}
        << QStringLiteral("vault-prod-servers") << QStringList {QStringLiteral("weekly-web-01")};
    QTest::newRow("Huawei, IAM user and password")
        << QStringLiteral("huawei") << QStringLiteral("Huawei Cloud CBR")
        << QStringLiteral("huaweiAccountForm") << QStringLiteral("Huawei IAM")
        << QStringLiteral("huaweiIamPasswordRadioButton")
        << Fields {{QStringLiteral("huaweiIamUserNameLineEdit"), huawei.userName},
                   {QStringLiteral("huaweiIamPasswordLineEdit"), huawei.password},
                   {QStringLiteral("huaweiAccountNameLineEdit"), huawei.domainName}}
            + huaweiEndpoints
        << Fields {{QStringLiteral("huaweiIamPasswordLineEdit"), wrongHuawei.password}}
        << QStringList {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3")}
        << Fields {{QStringLiteral("password"), huawei.password}}
        << QStringList {QStringLiteral("Huawei IAM"), huawei.userName, huawei.domainName}
        << QStringList {huawei.password, wrongHuawei.password}
        << QStringLiteral("vault-prod-servers") << QStringList {QStringLiteral("weekly-web-01")};

    const auto rackspace = sandbox.rackspace(Credential::Right);
    const auto wrongRackspace = sandbox.rackspace(Credential::Wrong);
    // No region checked: every region of the service catalog.
    QTest::newRow("Rackspace, username and API key")
        << QStringLiteral("rackspace") << QStringLiteral("Rackspace Cloud Databases")
        << QStringLiteral("rackspaceAccountForm") << QStringLiteral("Rackspace databases")
        << QStringLiteral("rackspaceApiKeyRadioButton")
        << Fields {{QStringLiteral("rackspaceUsernameLineEdit"), rackspace.accessKeyId},
                   {QStringLiteral("rackspaceApiKeyLineEdit"), rackspace.secretAccessKey},
                   {QStringLiteral("rackspaceIdentityEndpointLineEdit"),
                    sandbox.rackspaceIdentityEndpoint().toString()}}
        << Fields {{QStringLiteral("rackspaceApiKeyLineEdit"), wrongRackspace.secretAccessKey}}
        << QStringList() << Fields {{QStringLiteral("apiKey"), rackspace.secretAccessKey}}
        << QStringList {QStringLiteral("Rackspace databases"), rackspace.accessKeyId}
        << QStringList {rackspace.secretAccessKey, wrongRackspace.secretAccessKey}
        << QStringLiteral("DFW")
        << QStringList {QStringLiteral("orders-db-full-weekly"),
                        QStringLiteral("inventory-db-manual")};
}

void TestAccountsDialogClouds::addTestSaveAndSeeBackups()
{
    QFETCH(QString, cloud);
    QFETCH(QString, cloudName);
    QFETCH(QString, formName);
    QFETCH(QString, accountName);
    QFETCH(QString, signIn);
    QFETCH(Fields, fields);
    QFETCH(Fields, wrongFields);
    QFETCH(QStringList, regions);
    QFETCH(Fields, secrets);
    QFETCH(QStringList, settingsHold);
    QFETCH(QStringList, secretTexts);
    QFETCH(QString, location);
    QFETCH(QStringList, backups);

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
    QVERIFY(addFromMenu(dialog, cloud, cloudName));
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("accountCloudLabel"))->text(), cloudName);
    QCOMPARE(child<QListWidget>(dialog, QStringLiteral("accountsListWidget"))->count(), 1);
    QWidget *form = currentForm(dialog);
    QVERIFY(form);
    QCOMPARE(form->objectName(), formName);

    // The new account's name is selected and focused: typing replaces it.
    auto *name = child<QLineEdit>(dialog, QStringLiteral("accountNameLineEdit"));
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, accountName);
    QCOMPARE(name->text(), accountName);

    auto *radio = child<QRadioButton>(form, signIn);
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton);
    QVERIFY(radio->isChecked());
    auto *incomplete = child<QLabel>(dialog, QStringLiteral("incompleteLabel"));
    QVERIFY(incomplete->isVisible()); // nothing entered yet

    // A wrong key first: the plain words say so, and never what was typed.
    Fields firstTry = fields;
    for (const Field &wrong : std::as_const(wrongFields)) {
        for (Field &field : firstTry) {
            if (field.name == wrong.name)
                field.value = wrong.value;
        }
    }
    fill(form, firstTry);
    for (const QString &region : std::as_const(regions))
        checkRegion(form, region);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(incomplete->isHidden(), qPrintable(incomplete->text()));
    auto *detailsLabel = child<QLabel>(dialog, QStringLiteral("connectionDetailsLabel"));
    QString summary = testConnection(dialog);
    QVERIFY2(summary == WrongKey, qPrintable(summary + QLatin1Char(' ') + detailsLabel->text()));
    const QString details = detailsLabel->text();
    QVERIFY(detailsLabel->isVisible() && !details.isEmpty());
    for (const QString &secret : std::as_const(secretTexts))
        QVERIFY2(!details.contains(secret), qPrintable(details));

    // The right one: works.
    fill(
        form, wrongFields.isEmpty() ? Fields() : [&] {
            Fields right;
            for (const Field &field : std::as_const(fields)) {
                for (const Field &wrong : std::as_const(wrongFields)) {
                    if (field.name == wrong.name)
                        right << field;
                }
            }
            return right;
        }());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(child<QLabel>(dialog, QStringLiteral("connectionResultLabel"))->isHidden());
    summary = testConnection(dialog);
    QVERIFY2(summary == Works, qPrintable(summary + QLatin1Char(' ') + detailsLabel->text()));
    QVERIFY(detailsLabel->isHidden());

    QTest::mouseClick(child<QDialogButtonBox>(dialog, QStringLiteral("dialogButtonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Saved: the window leaves the welcome page and lists the account.
    auto *tree = child<QTreeView>(window, QStringLiteral("locationsTreeView"));
    QTRY_VERIFY_WITH_TIMEOUT(nodeUnder(tree->model(), accountName, QString()).isValid(),
                             TestTimeoutMs);
    QVERIFY(!welcome->isVisible());
    const QList<Account> saved = world.store()->load();
    QCOMPARE(saved.size(), 1);
    const Account account = saved.constFirst();
    QCOMPARE(account.cloud, cloud);
    QCOMPARE(account.name, accountName);
    const QStringList secretNames = m_sandbox->forms().secretNames(cloud);
    for (const QString &secretName : secretNames)
        m_written << account.secretKey(secretName);

    // The secrets are in the keychain (read back through a store of its own), under the
    // account's keys; the cloud's other secrets are not there at all.
    QStringList expectedNames;
    for (const Field &secret : std::as_const(secrets)) {
        expectedNames << secret.name;
        QCOMPARE(keychainValue(account.secretKey(secret.name)), secret.value.toUtf8());
    }
    for (const QString &secretName : secretNames) {
        if (!expectedNames.contains(secretName))
            QVERIFY2(keychainValue(account.secretKey(secretName)).isEmpty(),
                     qPrintable(secretName));
    }
    // The settings file holds the account, and no secret in any spelling.
    const QByteArray settings = world.settingsFileBytes();
    for (const QString &held : std::as_const(settingsHold))
        QVERIFY2(settings.contains(held.toUtf8()), qPrintable(held));
    for (const QString &secret : std::as_const(secretTexts)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!settings.contains(secret.toUtf8()), qPrintable(secret.left(8)));
        QVERIFY2(!settings.contains(secret.toUtf8().toBase64()), qPrintable(secret.left(8)));
        QVERIFY2(!settings.contains(QUrl::toPercentEncoding(secret)), qPrintable(secret.left(8)));
    }

    // Its backups, as the user sees them: select the place in the tree, read the names.
    QModelIndex node;
    QTRY_VERIFY_WITH_TIMEOUT((node = nodeUnder(tree->model(), accountName, location)).isValid(),
                             TestTimeoutMs);
    clickRow(tree, node);
    auto *table = child<QTableView>(window, QStringLiteral("backupsTableView"));
    for (const QString &backup : std::as_const(backups))
        QTRY_VERIFY2_WITH_TIMEOUT(
            displayed(table->model(), BackupTableModel::NameColumn).contains(backup),
            qPrintable(
                displayed(table->model(), BackupTableModel::NameColumn).join(QLatin1String(", "))),
            TestTimeoutMs);
    const QStringList accounts = displayed(table->model(), BackupTableModel::AccountColumn);
    QCOMPARE(accounts.count(accountName), accounts.size());
    // Nothing went wrong on the way, in the status bar's words.
    const QString error = child<QLabel>(window, QStringLiteral("errorLabel"))->text();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QWidget *TestAccountsDialogClouds::currentForm(AccountsDialog *dialog) const
{
    auto *stack = child<QStackedWidget>(dialog, QStringLiteral("accountFormStackedWidget"));
    return stack ? stack->currentWidget() : nullptr;
}

bool TestAccountsDialogClouds::addFromMenu(AccountsDialog *dialog, const QString &cloud,
                                           const QString &cloudName)
{
    auto *button = child<QPushButton>(dialog, QStringLiteral("addAccountPushButton"));
    auto *menu = child<QMenu>(dialog, QStringLiteral("addAccountMenu"));
    auto *action = child<QAction>(dialog, cloud + QStringLiteral("AddAccountAction"));
    if (!button || !menu || !action)
        return false;
    // The Add button's menu offers the cloud by its name. The entry is chosen by triggering it:
    // the offscreen platform makes an opened menu the active window and leaves it so once it
    // closes, which takes the keyboard focus (and the name's selection) away from the dialog in a
    // way no window manager does.
    if (button->menu() != menu || !menu->actions().contains(action) || !action->isEnabled()
        || action->text() != cloudName + QStringLiteral(" Account…")) {
        qWarning("the Add menu offers \"%s\"", qPrintable(action->text()));
        return false;
    }
    action->trigger();
    return true;
}

void TestAccountsDialogClouds::fill(QWidget *form, const Fields &fields)
{
    for (const Field &field : fields) {
        QWidget *widget = child<QWidget>(form, field.name);
        QVERIFY(widget);
        QVERIFY2(widget->isVisible(), qPrintable(field.name));
        if (auto *button = qobject_cast<QPushButton *>(widget)) {
            chooseFile(form, button, field.value);
            continue;
        }
        auto *edit = qobject_cast<QLineEdit *>(widget);
        QVERIFY(edit);
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, field.value);
        QCOMPARE(edit->text(), field.value);
    }
}

void TestAccountsDialogClouds::chooseFile(QWidget *form, QPushButton *button, const QString &path)
{
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QFileDialog> files;
    QTRY_VERIFY((files = form->findChild<QFileDialog *>()) && files->isVisible());
    // The file, then Open. (Typing a whole path into the name field offscreen races the
    // dialog's completer, which follows each "/" into the folder typed so far.)
    files->selectFile(path);
    auto *buttons = child<QDialogButtonBox>(files, QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    QVERIFY(open);
    QTRY_VERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY(!files || !files->isVisible());
}

void TestAccountsDialogClouds::checkRegion(QWidget *form, const QString &region)
{
    auto *table = form->findChild<QTableWidget *>();
    QVERIFY(table);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() != region)
            continue;
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(row, 0)->checkState(), Qt::Checked);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no region %1 in the form").arg(region)));
}

QString TestAccountsDialogClouds::testConnection(AccountsDialog *dialog)
{
    auto *result = child<QLabel>(dialog, QStringLiteral("connectionResultLabel"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("testConnectionPushButton")),
                      Qt::LeftButton);
    const bool answered = QTest::qWaitFor(
        [result] {
            return !result->text().isEmpty()
                && !result->text().startsWith(QLatin1String("Testing the connection"));
        },
        TestTimeoutMs);
    if (!answered)
        return QStringLiteral("(no answer within %1 ms)").arg(TestTimeoutMs);
    return result->text();
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
