// The accounts dialog and the welcome page, offscreen, driven by object names and the keyboard the
// way a user drives them, against the in-process sandbox over loopback: add an AWS account with
// keys, test it (works, then a wrong secret), save; edit, rename and remove saved accounts; import
// a profile from this computer. What the dialog returns keeps every secret out of the accounts.
#include "AccountsSandbox.h"

#include "accounts/AccountStore.h"
#include "ui/accounts/AccountImportDialog.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/WelcomeWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Copydeck;

namespace {

constexpr int TestTimeoutMs = 20'000;

template<typename T> T *child(QWidget *root, const char *name)
{
    T *found = root->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Checks a region the way a user does: select its row, press Space.
bool checkRegion(QListWidget *list, const QString &code)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() != code)
            continue;
        list->setFocus(Qt::OtherFocusReason);
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Space);
        return list->item(row)->checkState() == Qt::Checked;
    }
    return false;
}

// Every text an account holds, to search for secrets.
QString everythingIn(const Account &account)
{
    QStringList parts = {account.id,
                         account.cloud,
                         account.name,
                         account.authMethod,
                         account.regions.join(QLatin1Char(',')),
                         account.endpointOverride.toString()};
    for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it)
        parts << it.key() << it.value().toString();
    return parts.join(QLatin1Char('\n'));
}

QByteArray profileFile(const Sandbox::SandboxCredential &credential)
{
    return "[ops]\naws_access_key_id = " + credential.accessKeyId.toUtf8()
        + "\naws_secret_access_key = " + credential.secretAccessKey.toUtf8() + "\n";
}

} // namespace

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addAwsAccountWithKeysTestAndSave();
    void unreachableEndpointIsSaidSo();
    void tabGoesThroughTheFormInOrder();
    void incompleteAccountIsNotAccepted();
    void savedAccountIsRenamedAndTestedWithItsSavedKeys();
    void removeAsksFirstThenRemovesTheSecrets();
    void switchingToAProfileRemovesTheSavedKeys();
    void importAProfileFromThisComputer();
    void welcomePageOffersImportAddAndSandbox();

private:
    std::unique_ptr<AccountsDialog> openDialog(const QList<Account> &accounts = {});

    std::unique_ptr<Test::AccountsSandbox> m_sandbox;
};

void TestAccountsDialog::init()
{
    m_sandbox = std::make_unique<Test::AccountsSandbox>();
    QString message;
    QVERIFY2(m_sandbox->start(&message), qPrintable(message));
}

void TestAccountsDialog::cleanup()
{
    m_sandbox.reset();
}

std::unique_ptr<AccountsDialog> TestAccountsDialog::openDialog(const QList<Account> &accounts)
{
    auto dialog = std::make_unique<AccountsDialog>(m_sandbox->dialogParts(), accounts);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the dialog did not become active");
    return dialog;
}

void TestAccountsDialog::addAwsAccountWithKeysTestAndSave()
{
    const auto credential = m_sandbox->production();
    auto dialog = openDialog();
    auto *list = child<QListWidget>(dialog.get(), "accountsListWidget");
    QVERIFY(list);
    QCOMPARE(list->count(), 0);

    auto *add = child<QAction>(dialog.get(), "awsAddAccountAction");
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("AWS Backup Account…"));
    add->trigger();
    QCOMPARE(list->count(), 1);

    // The name is selected and focused: typing replaces it.
    auto *name = child<QLineEdit>(dialog.get(), "accountNameLineEdit");
    QVERIFY(name);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Ops"));
    QCOMPARE(name->text(), QStringLiteral("Ops"));
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("Ops\n")));

    QVERIFY(child<QRadioButton>(dialog.get(), "accessKeyRadioButton")->isChecked());
    auto *incomplete = child<QLabel>(dialog.get(), "incompleteLabel");
    QVERIFY(incomplete->isVisible());
    QCOMPARE(incomplete->text(),
             QStringLiteral("Enter the access key ID and the secret access key."));
    auto *keyId = child<QLineEdit>(dialog.get(), "accessKeyIdLineEdit");
    auto *secret = child<QLineEdit>(dialog.get(), "secretAccessKeyLineEdit");
    QVERIFY(keyId && secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    replaceText(keyId, credential.accessKeyId);
    replaceText(secret, credential.secretAccessKey);
    if (!credential.sessionToken.isEmpty())
        replaceText(child<QLineEdit>(dialog.get(), "sessionTokenLineEdit"),
                    credential.sessionToken);
    QVERIFY(incomplete->isHidden());
    QVERIFY(checkRegion(child<QListWidget>(dialog.get(), "regionsListWidget"),
                        QStringLiteral("us-east-1")));
    auto *defaultRegion = child<QComboBox>(dialog.get(), "defaultRegionComboBox");
    defaultRegion->setCurrentIndex(defaultRegion->findData(QStringLiteral("us-east-1")));
    replaceText(child<QLineEdit>(dialog.get(), "endpointLineEdit"),
                m_sandbox->endpoint().toString());

    // Test connection, from the keyboard: works.
    auto *result = child<QLabel>(dialog.get(), "connectionResultLabel");
    QTest::keyClick(dialog.get(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(),
                              QStringLiteral("Works: the cloud accepted the credentials."),
                              TestTimeoutMs);

    // A wrong secret: the old answer goes at once, the new one says so in plain words.
    replaceText(secret, QStringLiteral("not-the-secret"));
    QVERIFY(result->isHidden());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnectionPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        result->text(), QStringLiteral("Wrong key: the cloud did not accept these credentials."),
        TestTimeoutMs);
    auto *details = child<QLabel>(dialog.get(), "connectionDetailsLabel");
    QVERIFY2(details->text().contains(QLatin1String("secret access key")),
             qPrintable(details->text()));
    QVERIFY(!details->text().contains(QLatin1String("not-the-secret")));

    replaceText(secret, credential.secretAccessKey);
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog.get(), "dialogButtonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const AccountChanges changes = dialog->changes();
    QCOMPARE(changes.accounts.size(), 1);
    const Account &account = changes.accounts.constFirst();
    QCOMPARE(account.cloud, QStringLiteral("aws"));
    QCOMPARE(account.name, QStringLiteral("Ops"));
    QCOMPARE(account.authMethod, QStringLiteral("keys"));
    QCOMPARE(account.regions, QStringList {QStringLiteral("us-east-1")});
    QCOMPARE(account.settings.value(QStringLiteral("region")).toString(),
             QStringLiteral("us-east-1"));
    QCOMPARE(account.endpointOverride, m_sandbox->endpoint());
    QVERIFY(!account.readOnly);
    // The secrets travel apart, under the account's keys, and nowhere in the account.
    QCOMPARE(changes.secretsToWrite.value(account.secretKey(QStringLiteral("accessKeyId"))),
             credential.accessKeyId.toUtf8());
    QCOMPARE(changes.secretsToWrite.value(account.secretKey(QStringLiteral("secretAccessKey"))),
             credential.secretAccessKey.toUtf8());
    QVERIFY(changes.secretsToRemove.isEmpty());
    const QString text = everythingIn(account);
    QVERIFY(!text.contains(credential.secretAccessKey));
    QVERIFY(!text.contains(credential.accessKeyId));
    for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it)
        QVERIFY2(!AccountStore::looksLikeSecret(it.key()), qPrintable(it.key()));
}

void TestAccountsDialog::unreachableEndpointIsSaidSo()
{
    const auto credential = m_sandbox->production();
    auto dialog = openDialog();
    child<QAction>(dialog.get(), "awsAddAccountAction")->trigger();
    replaceText(child<QLineEdit>(dialog.get(), "accessKeyIdLineEdit"), credential.accessKeyId);
    replaceText(child<QLineEdit>(dialog.get(), "secretAccessKeyLineEdit"),
                credential.secretAccessKey);
    // Port 9 (discard) on loopback: nothing listens there.
    replaceText(child<QLineEdit>(dialog.get(), "endpointLineEdit"),
                QStringLiteral("http://127.0.0.1:9"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnectionPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog.get(), "connectionResultLabel")->text(),
                              QStringLiteral("Cannot reach the endpoint http://127.0.0.1:9."),
                              TestTimeoutMs);
}

void TestAccountsDialog::tabGoesThroughTheFormInOrder()
{
    auto dialog = openDialog({m_sandbox->savedKeysAccount()});
    auto *readOnly = child<QWidget>(dialog.get(), "readOnlyCheckBox");
    readOnly->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(readOnly, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog.get(), "accessKeyRadioButton"));

    auto *endpoint = child<QWidget>(dialog.get(), "endpointLineEdit");
    endpoint->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(endpoint, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog.get(), "testConnectionPushButton"));
}

void TestAccountsDialog::incompleteAccountIsNotAccepted()
{
    auto dialog = openDialog({m_sandbox->savedKeysAccount()});
    child<QAction>(dialog.get(), "awsAddAccountAction")->trigger();
    replaceText(child<QLineEdit>(dialog.get(), "endpointLineEdit"), QStringLiteral("ftp://x"));
    auto *list = child<QListWidget>(dialog.get(), "accountsListWidget");
    list->setCurrentRow(0); // the saved account is complete
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog.get(), "dialogButtonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    // The incomplete one is shown with what it lacks.
    QCOMPARE(list->currentRow(), 1);
    auto *incomplete = child<QLabel>(dialog.get(), "incompleteLabel");
    QVERIFY(incomplete->isVisible());
    QCOMPARE(incomplete->text(),
             QStringLiteral("Enter the access key ID and the secret access key."));

    // Testing it says the same instead of calling anyone.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnectionPushButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(dialog.get(), "connectionResultLabel")->text(),
             QStringLiteral("Cannot test yet."));
}

void TestAccountsDialog::savedAccountIsRenamedAndTestedWithItsSavedKeys()
{
    const Account saved = m_sandbox->savedKeysAccount();
    auto dialog = openDialog({saved});
    auto *list = child<QListWidget>(dialog.get(), "accountsListWidget");
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(child<QLineEdit>(dialog.get(), "secretAccessKeyLineEdit")->placeholderText(),
             QStringLiteral("Unchanged (saved in the keychain)"));

    // F2 on the list renames: the name field takes the keys.
    list->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(list, Qt::Key_F2);
    auto *name = child<QLineEdit>(dialog.get(), "accountNameLineEdit");
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Production (main)"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnectionPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog.get(), "connectionResultLabel")->text(),
                              QStringLiteral("Works: the cloud accepted the credentials."),
                              TestTimeoutMs);

    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const AccountChanges changes = dialog->changes();
    QCOMPARE(changes.accounts.size(), 1);
    QCOMPARE(changes.accounts.constFirst().id, saved.id);
    QCOMPARE(changes.accounts.constFirst().name, QStringLiteral("Production (main)"));
    QCOMPARE(changes.accounts.constFirst().regions, saved.regions);
    // Nothing typed: the saved keys stay as they are.
    QVERIFY(changes.secretsToWrite.isEmpty());
    QVERIFY(changes.secretsToRemove.isEmpty());
}

void TestAccountsDialog::removeAsksFirstThenRemovesTheSecrets()
{
    const Account saved = m_sandbox->savedKeysAccount();
    auto dialog = openDialog({saved});
    auto *list = child<QListWidget>(dialog.get(), "accountsListWidget");

    // Delete on the list asks; "Keep" keeps it.
    list->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(list, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = dialog->findChild<QMessageBox *>(QStringLiteral("removeAccountMessageBox"))));
    QVERIFY(box->text().contains(QLatin1String("\"Production\"")));
    QTest::mouseClick(child<QPushButton>(box, "keepAccountPushButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("removeAccountMessageBox")));
    QCOMPARE(list->count(), 1);

    QTest::mouseClick(child<QPushButton>(dialog.get(), "removeAccountPushButton"), Qt::LeftButton);
    QTRY_VERIFY(
        (box = dialog->findChild<QMessageBox *>(QStringLiteral("removeAccountMessageBox"))));
    QTest::mouseClick(child<QPushButton>(box, "confirmRemovePushButton"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 0);
    QVERIFY(child<QLabel>(dialog.get(), "noAccountsLabel")->isVisible());

    dialog->accept();
    const AccountChanges changes = dialog->changes();
    QVERIFY(changes.accounts.isEmpty());
    QStringList expected = {saved.secretKey(QStringLiteral("accessKeyId")),
                            saved.secretKey(QStringLiteral("secretAccessKey")),
                            saved.secretKey(QStringLiteral("sessionToken"))};
    QStringList removed = changes.secretsToRemove;
    expected.sort();
    removed.sort();
    QCOMPARE(removed, expected);
}

void TestAccountsDialog::switchingToAProfileRemovesTheSavedKeys()
{
    QVERIFY(m_sandbox->writeHomeFile(QStringLiteral(".aws/credentials"),
                                     profileFile(m_sandbox->production())));
    const Account saved = m_sandbox->savedKeysAccount();
    auto dialog = openDialog({saved});
    QTest::keyClick(dialog.get(), Qt::Key_P, Qt::AltModifier); // "&Profile from the AWS files"
    QTRY_VERIFY(child<QRadioButton>(dialog.get(), "profileRadioButton")->isChecked());
    auto *profile = child<QComboBox>(dialog.get(), "profileComboBox");
    QCOMPARE(profile->currentText(), QStringLiteral("ops"));
    QVERIFY(child<QLabel>(dialog.get(), "profileInfoLabel")
                ->text()
                .contains(QLatin1String("~/.aws/credentials")));

    // The profile's keys reach the sandbox through the account's endpoint.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnectionPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog.get(), "connectionResultLabel")->text(),
                              QStringLiteral("Works: the cloud accepted the credentials."),
                              TestTimeoutMs);

    dialog->accept();
    const AccountChanges changes = dialog->changes();
    const Account &account = changes.accounts.constFirst();
    QCOMPARE(account.authMethod, QStringLiteral("profile"));
    QCOMPARE(account.settings.value(QStringLiteral("profile")).toString(), QStringLiteral("ops"));
    QVERIFY(changes.secretsToWrite.isEmpty());
    QCOMPARE(changes.secretsToRemove.size(), 3);
    QVERIFY(changes.secretsToRemove.contains(saved.secretKey(QStringLiteral("secretAccessKey"))));
}

void TestAccountsDialog::importAProfileFromThisComputer()
{
    const auto credential = m_sandbox->production();
    QVERIFY(m_sandbox->writeHomeFile(QStringLiteral(".aws/credentials"), profileFile(credential)));
    QVERIFY(m_sandbox->writeHomeFile(QStringLiteral(".aws/config"),
                                     "[profile ops]\nregion = us-west-2\n"));
    auto dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "importAccountsPushButton"), Qt::LeftButton);
    AccountImportDialog *import = nullptr;
    QTRY_VERIFY((import = dialog->findChild<AccountImportDialog *>()));
    auto *found = child<QListWidget>(import, "discoveredAccountsListWidget");
    // The importers answer on a worker, through the event loop.
    QTRY_VERIFY(!import->isBusy());
    QCOMPARE(found->count(), 1);
    QCOMPARE(found->item(0)->text(),
             QStringLiteral("AWS ops\nprofile \"ops\" in ~/.aws/credentials, region us-west-2"));
    QCOMPARE(found->item(0)->checkState(), Qt::Checked);
    QTest::mouseClick(
        child<QDialogButtonBox>(import, "dialogButtonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);

    auto *list = child<QListWidget>(dialog.get(), "accountsListWidget");
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(child<QLineEdit>(dialog.get(), "accountNameLineEdit")->text(),
             QStringLiteral("AWS ops"));
    QVERIFY(child<QRadioButton>(dialog.get(), "profileRadioButton")->isChecked());
    // Point it at the sandbox and test it: the keys come from the file.
    replaceText(child<QLineEdit>(dialog.get(), "endpointLineEdit"),
                m_sandbox->endpoint().toString());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnectionPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog.get(), "connectionResultLabel")->text(),
                              QStringLiteral("Works: the cloud accepted the credentials."),
                              TestTimeoutMs);

    dialog->accept();
    const AccountChanges changes = dialog->changes();
    QCOMPARE(changes.accounts.size(), 1);
    QCOMPARE(changes.accounts.constFirst().regions, QStringList {QStringLiteral("us-west-2")});
    // Imported profiles keep reading the file: nothing goes to the keychain.
    QVERIFY(changes.secretsToWrite.isEmpty());
    QVERIFY(!everythingIn(changes.accounts.constFirst()).contains(credential.secretAccessKey));

    // Importing again offers it as already added.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "importAccountsPushButton"), Qt::LeftButton);
    QTRY_VERIFY((import = dialog->findChild<AccountImportDialog *>()));
    found = child<QListWidget>(import, "discoveredAccountsListWidget");
    QTRY_VERIFY(!import->isBusy());
    QCOMPARE(found->count(), 1);
    QVERIFY(found->item(0)->text().contains(QLatin1String("(already added)")));
    QVERIFY(!(found->item(0)->flags() & Qt::ItemIsEnabled));
    QVERIFY(!child<QDialogButtonBox>(import, "dialogButtonBox")
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
}

void TestAccountsDialog::welcomePageOffersImportAddAndSandbox()
{
    QVERIFY(m_sandbox->writeHomeFile(QStringLiteral(".aws/credentials"),
                                     profileFile(m_sandbox->production())));
    QVERIFY(m_sandbox->writeHomeFile(QStringLiteral(".aws/config"), "[profile broken\n"));
    WelcomeWidget welcome(&m_sandbox->forms());
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QSignalSpy chosen(&welcome, &WelcomeWidget::accountsChosen);
    QSignalSpy add(&welcome, &WelcomeWidget::addAccountRequested);
    QSignalSpy sandbox(&welcome, &WelcomeWidget::sandboxRequested);

    // A malformed file is named with its line; nothing is proposed from a file set that is broken.
    QTest::mouseClick(child<QPushButton>(&welcome, "importPushButton"), Qt::LeftButton);
    auto *problems = child<QLabel>(&welcome, "discoveryProblemsLabel");
    QTRY_VERIFY(!welcome.isImportBusy());
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("config, line 1")),
             qPrintable(problems->text()));
    QVERIFY(child<QLabel>(&welcome, "nothingFoundLabel")->isVisible());
    QVERIFY(!child<QPushButton>(&welcome, "addChosenAccountsPushButton")->isEnabled());

    // Fixed, imported again: one account, chosen.
    QVERIFY(m_sandbox->writeHomeFile(QStringLiteral(".aws/config"), "[profile ops]\n"));
    QTest::mouseClick(child<QPushButton>(&welcome, "importPushButton"), Qt::LeftButton);
    QTRY_VERIFY(!welcome.isImportBusy());
    QVERIFY(problems->isHidden());
    QCOMPARE(child<QListWidget>(&welcome, "discoveredAccountsListWidget")->count(), 1);
    QTest::mouseClick(child<QPushButton>(&welcome, "addChosenAccountsPushButton"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const auto accounts = chosen.at(0).at(0).value<QList<Account>>();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.constFirst().authMethod, QStringLiteral("profile"));
    QVERIFY(!everythingIn(accounts.constFirst()).contains(m_sandbox->production().secretAccessKey));

    // Mnemonics click after a short animation.
    QTest::keyClick(&welcome, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(add.size(), 1);
    QTest::keyClick(&welcome, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(sandbox.size(), 1);
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
