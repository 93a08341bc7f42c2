// AccountsEditor, the window's side of the accounts dialog, offscreen against the in-process
// sandbox: an account added in the dialog reaches the secret store, the settings file and the
// connections (and lists its vaults); a removed one takes its secrets with it; the welcome page's
// imports are added without a secret.
#include "AccountsSandbox.h"

#include "accounts/AccountStore.h"
#include "core/AccountConnections.h"
#include "core/ProviderConnection.h"
#include "support/FinishTask.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/AccountsEditor.h"
#include "ui/accounts/WelcomeWidget.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;

namespace {

constexpr int SaveTimeoutMs = 10'000;

// A keychain that refuses to write (locked, or the user said no): the test is about what the
// editor does then, not about the keychain.
class RefusingSecretStore final : public SecretStore
{
public:
    QCoro::Task<Result<QByteArray>> read(QString) override { co_return QByteArray(); }
    QCoro::Task<Result<void>> write(QString, QByteArray) override
    {
        co_return CloudError::local(QStringLiteral("The keychain is locked."));
    }
    QCoro::Task<Result<void>> remove(QString) override { co_return Result<void>(); }
};

template<typename T> T *child(QWidget *root, const char *name)
{
    T *found = root->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace

class TestAccountsEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addedAccountIsSavedAndConnected();
    void removedAccountTakesItsSecrets();
    void welcomeImportsAreAdded();
    void welcomeAddOpensTheDialogWithANewAccount();
    void oneDialogAtATime();
    void aRefusedSecretKeepsTheAccountsShown();

private:
    QByteArray savedSecret(const QString &key);

    std::unique_ptr<Test::AccountsSandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountConnections> m_connections;
    std::unique_ptr<QWidget> m_window;
    AccountsEditor *m_editor = nullptr;
};

void TestAccountsEditor::init()
{
    m_sandbox = std::make_unique<Test::AccountsSandbox>();
    QString message;
    QVERIFY2(m_sandbox->start(&message), qPrintable(message));
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(
        QDir(m_settingsDir->path()).filePath(QStringLiteral("copydeck.ini")), QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get(), &m_sandbox->savedSecrets());
    m_connections
        = std::make_unique<AccountConnections>(m_sandbox->providers(), m_sandbox->context());
    m_window = std::make_unique<QWidget>();
    m_window->resize(400, 300);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const ProviderContext context = m_sandbox->context();
    m_editor = new AccountsEditor(AccountsEditorParts {m_connections.get(), &m_sandbox->forms(),
                                                       m_store.get(), context.secrets,
                                                       context.network, context.retryPolicy},
                                  m_window.get());
}

void TestAccountsEditor::cleanup()
{
    m_window.reset();
    m_connections.reset();
    m_store.reset();
    m_settings.reset();
    m_settingsDir.reset();
    m_sandbox.reset();
}

QByteArray TestAccountsEditor::savedSecret(const QString &key)
{
    const auto read = Test::finish(m_sandbox->savedSecrets().read(key));
    return read && read->ok() ? read->value() : QByteArrayLiteral("<error>");
}

void TestAccountsEditor::addedAccountIsSavedAndConnected()
{
    const auto credential = m_sandbox->production();
    QSignalSpy saved(m_editor, &AccountsEditor::saved);
    AccountsDialog *dialog = m_editor->openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), never exec()
    child<QAction>(dialog, "awsAddAccountAction")->trigger();
    child<QLineEdit>(dialog, "accountNameLineEdit")->setText(QString());
    QTest::keyClicks(child<QLineEdit>(dialog, "accountNameLineEdit"), QStringLiteral("Ops"));
    QTest::keyClicks(child<QLineEdit>(dialog, "accessKeyIdLineEdit"), credential.accessKeyId);
    QTest::keyClicks(child<QLineEdit>(dialog, "secretAccessKeyLineEdit"),
                     credential.secretAccessKey);
    QTest::keyClicks(child<QLineEdit>(dialog, "endpointLineEdit"),
                     m_sandbox->endpoint().toString());
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "dialogButtonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, SaveTimeoutMs);

    QCOMPARE(m_connections->accounts().size(), 1);
    const Account account = m_connections->accounts().constFirst();
    QCOMPARE(account.name, QStringLiteral("Ops"));
    QCOMPARE(m_store->load().size(), 1);
    QCOMPARE(savedSecret(account.secretKey(QStringLiteral("secretAccessKey"))),
             credential.secretAccessKey.toUtf8());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Ops"));
    QVERIFY(!text.contains(credential.secretAccessKey.toUtf8()));
    QVERIFY(!text.contains(credential.accessKeyId.toUtf8()));

    // The saved account connects with the saved keys and sees its vaults.
    ProviderConnection *connection = m_connections->connection(account.id);
    QVERIFY(connection);
    const auto locations = Test::finish(connection->listLocations());
    QVERIFY(locations);
    QVERIFY2(locations->ok(),
             qPrintable(locations->ok() ? QString() : locations->error().userText()));
    QVERIFY(!locations->value().isEmpty());
}

void TestAccountsEditor::removedAccountTakesItsSecrets()
{
    const Account account = m_sandbox->savedKeysAccount();
    QVERIFY(m_store->save({account}).ok());
    m_connections->setAccounts(m_store->load());
    const QString secretKey = account.secretKey(QStringLiteral("secretAccessKey"));
    QVERIFY(!savedSecret(secretKey).isEmpty());

    QSignalSpy saved(m_editor, &AccountsEditor::saved);
    AccountsDialog *dialog = m_editor->openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "removeAccountPushButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = dialog->findChild<QMessageBox *>(QStringLiteral("removeAccountMessageBox"))));
    QTest::mouseClick(child<QPushButton>(box, "confirmRemovePushButton"), Qt::LeftButton);
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "dialogButtonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, SaveTimeoutMs);

    QVERIFY(m_connections->accounts().isEmpty());
    QVERIFY(m_store->load().isEmpty());
    QVERIFY(savedSecret(secretKey).isEmpty());
    QVERIFY(savedSecret(account.secretKey(QStringLiteral("accessKeyId"))).isEmpty());
}

void TestAccountsEditor::welcomeImportsAreAdded()
{
    const Account existing = m_sandbox->savedKeysAccount();
    QVERIFY(m_store->save({existing}).ok());
    m_connections->setAccounts(m_store->load());

    Account imported;
    imported.id = QStringLiteral("aws-imported");
    imported.cloud = QStringLiteral("aws");
    imported.name = QStringLiteral("AWS ops");
    imported.authMethod = QStringLiteral("profile");
    imported.settings.insert(QStringLiteral("profile"), QStringLiteral("ops"));
    QSignalSpy saved(m_editor, &AccountsEditor::saved);
    m_editor->addAccounts({imported});
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, SaveTimeoutMs);
    QCOMPARE(m_connections->accounts().size(), 2);
    QCOMPARE(m_store->load().at(1).settings.value(QStringLiteral("profile")).toString(),
             QStringLiteral("ops"));
}

void TestAccountsEditor::welcomeAddOpensTheDialogWithANewAccount()
{
    WelcomeWidget welcome(&m_sandbox->forms());
    m_editor->attachWelcome(&welcome);
    QTest::mouseClick(child<QPushButton>(&welcome, "addAccountPushButton"), Qt::LeftButton);
    AccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AccountsDialog *>()));
    QVERIFY(dialog->isVisible());
    // Several clouds: nothing is added until the user picks one from the Add menu.
    QCOMPARE(child<QListWidget>(dialog, "accountsListWidget")->count(), 0);
    auto *addMenu = child<QMenu>(dialog, "addAccountMenu");
    QStringList offered;
    for (const QAction *action : addMenu->actions())
        offered << action->objectName();
    QVERIFY2(offered.contains(QStringLiteral("awsAddAccountAction")) && offered.size() >= 2,
             qPrintable(offered.join(QLatin1Char(' '))));
    child<QAction>(dialog, "awsAddAccountAction")->trigger();
    QCOMPARE(child<QListWidget>(dialog, "accountsListWidget")->count(), 1);
    QCOMPARE(child<QLineEdit>(dialog, "accountNameLineEdit")->text(),
             QStringLiteral("New AWS Backup account"));

    // The menu's action opens the same dialog.
    m_editor->action()->trigger();
    QCOMPARE(m_window->findChildren<AccountsDialog *>().size(), 1);
}

void TestAccountsEditor::oneDialogAtATime()
{
    AccountsDialog *first = m_editor->openDialog();
    QCOMPARE(m_editor->openDialog(), first);
    first->reject();
    AccountsDialog *second = m_editor->openDialog();
    QVERIFY(second != first);
    QVERIFY(second->isVisible());
}

void TestAccountsEditor::aRefusedSecretKeepsTheAccountsShown()
{
    // As in the sandbox: the accounts shown are not (yet) in the settings file.
    const Account shown = m_sandbox->savedKeysAccount();
    m_connections->setAccounts({shown});
    RefusingSecretStore refusing;
    AccountStore store(m_settings.get(), &refusing);
    auto *editor
        = new AccountsEditor(AccountsEditorParts {m_connections.get(), &m_sandbox->forms(), &store,
                                                  &refusing, m_sandbox->context().network, nullptr},
                             m_window.get());
    QSignalSpy failed(editor, &AccountsEditor::saveFailed);

    AccountChanges changes;
    Account added = shown;
    added.id = QStringLiteral("aws-added");
    changes.accounts = {shown, added};
    changes.secretsToWrite.insert(added.secretKey(QStringLiteral("secretAccessKey")), "secret");
    editor->save(changes);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, SaveTimeoutMs);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("keychain is locked")));
    QCOMPARE(m_connections->accounts().size(), 1);
    QCOMPARE(m_connections->accounts().constFirst().id, shown.id);
    QVERIFY(store.load().isEmpty());
}

QTEST_MAIN(TestAccountsEditor)
#include "tst_accountseditor.moc"
