// Start-up without a keychain, offscreen: the session bus points at a socket that does not exist,
// as on a machine with no D-Bus session. The window shows what is missing and how to fix it, and
// nothing falls back by itself: secrets keep failing until the user chooses "Keep Secrets for
// This Session Only"; then they live in memory and the status bar says so for the rest of the run.

#include "keychain/AwaitResult.h"

#include "accounts/ChosenSecretStore.h"
#include "accounts/KeychainStartupCheck.h"
#include "auth/KeychainSecretStore.h"
#include "ui/accounts/KeychainNotice.h"

#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using Copydeck::Testing::awaitResult;

class TestKeychainNotice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saysWhatIsMissingAndHowToFixIt();
    void nothingFallsBackWithoutTheChoice();
    void sessionOnlyKeepsSecretsInMemoryAndSaysSo();
    void tryAgainProbesAgain();

private:
    QMessageBox *waitForMessage();

    QTemporaryDir m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<ChosenSecretStore> m_secrets;
    std::unique_ptr<QMainWindow> m_window;
    KeychainStartupCheck *m_check = nullptr;
    KeychainNotice *m_notice = nullptr;
};

void TestKeychainNotice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-bus"))));
}

void TestKeychainNotice::init()
{
    m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("Copydeck-test-notice"));
    m_secrets = std::make_unique<ChosenSecretStore>(m_keychain.get());
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QLabel(QStringLiteral("work area")));
    m_window->show();
    m_check = new KeychainStartupCheck(m_keychain.get(), m_window.get());
    m_notice = new KeychainNotice(m_check, m_secrets.get(), m_window.get());
    m_check->start();
    // The probe runs on the event loop: nothing is shown before it answers.
    QVERIFY(m_check->isRunning());
    QVERIFY(!m_notice->messageBox());
}

void TestKeychainNotice::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_keychain.reset();
}

QMessageBox *TestKeychainNotice::waitForMessage()
{
    if (!QTest::qWaitFor([this] { return m_notice->messageBox() != nullptr; }, 30000))
        return nullptr;
    QMessageBox *box = m_notice->messageBox();
    return box->isVisible() ? box : nullptr;
}

void TestKeychainNotice::saysWhatIsMissingAndHowToFixIt()
{
    QMessageBox *box = waitForMessage();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("keychainUnavailableMessageBox"));
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    QVERIFY2(text.contains(QLatin1String("Secret Service")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("GNOME Keyring")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("KWallet")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("gnome-keyring")), qPrintable(text)); // the package
    QVERIFY2(text.contains(QLatin1String("unlock it")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("forgets them when it closes")), qPrintable(text));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("keepSecretsForSessionButton")));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("retryKeychainButton")));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("continueWithoutKeychainButton")));
}

void TestKeychainNotice::nothingFallsBackWithoutTheChoice()
{
    QMessageBox *box = waitForMessage();
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("continueWithoutKeychainButton"))->click();
    QTRY_VERIFY(!m_notice->messageBox());
    QVERIFY(!m_secrets->isSessionOnly());
    const auto written = awaitResult(
        m_secrets->write(QStringLiteral("account-1/secretAccessKey"), QByteArrayLiteral("s3cr3t")));
    QVERIFY(written);
    QVERIFY(!written->ok());
    QVERIFY(written->error().userText().contains(QLatin1String("keep secrets for this session")));
    QVERIFY(!m_window->statusBar()->findChild<QLabel *>(QStringLiteral("sessionOnlySecretsLabel")));
}

void TestKeychainNotice::sessionOnlyKeepsSecretsInMemoryAndSaysSo()
{
    QMessageBox *box = waitForMessage();
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("keepSecretsForSessionButton"))->click();
    QTRY_VERIFY(!m_notice->messageBox());
    QVERIFY(m_secrets->isSessionOnly());

    const QString key = QStringLiteral("account-1/secretAccessKey");
    const auto written = awaitResult(m_secrets->write(key, QByteArrayLiteral("s3cr3t")));
    QVERIFY(written && written->ok());
    const auto read = awaitResult(m_secrets->read(key));
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), QByteArrayLiteral("s3cr3t"));
    // Memory only: the keychain itself still has nothing and still says why.
    const auto keychainRead = awaitResult(m_keychain->read(key));
    QVERIFY(keychainRead && !keychainRead->ok());

    auto *label
        = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("sessionOnlySecretsLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("this session only")), qPrintable(label->text()));
}

void TestKeychainNotice::tryAgainProbesAgain()
{
    QMessageBox *box = waitForMessage();
    QVERIFY(box);
    const QPointer<QMessageBox> first(box);
    box->findChild<QPushButton *>(QStringLiteral("retryKeychainButton"))->click();
    // The first message goes; still no keychain, so a new one comes, and the choice is still the
    // user's.
    QTRY_VERIFY(first.isNull());
    QMessageBox *again = waitForMessage();
    QVERIFY(again);
    QVERIFY(!m_secrets->isSessionOnly());
}

QTEST_MAIN(TestKeychainNotice)
#include "tst_keychainnotice.moc"
