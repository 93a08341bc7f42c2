// KeychainSecretStore when the keychain is locked and nobody can unlock it (no prompt can be
// shown). The test locks the default collection of the Secret Service, so it runs on a D-Bus
// session and keyring of its own (see CMakeLists.txt): other keychain tests never see the lock.

#include "keychain/AwaitResult.h"

#include "auth/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QTest>
#include <QUuid>

using namespace Copydeck;
using Copydeck::Testing::awaitResult;

class TestLockedKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void probeSaysTheKeychainIsLocked();
    void writeSaysTheKeychainIsLocked();
    void readOfALockedSecretIsAnError();

private:
    QString m_service;
    QString m_storedKey;
};

void TestLockedKeychain::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()
        || !bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))) {
        const QByteArray message = "No Secret Service on the D-Bus session: run this test through "
                                   "ctest (it starts its own session with "
                                   "scripts/with-keyring.sh); set COPYDECK_KEYCHAIN_OPTIONAL=1 to "
                                   "skip it instead.";
        if (qEnvironmentVariable("COPYDECK_KEYCHAIN_OPTIONAL") == QLatin1String("1"))
            QSKIP(message.constData());
        QFAIL(message.constData());
    }

    m_service
        = QStringLiteral("Copydeck-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_storedKey = QStringLiteral("account-1/secretAccessKey");
    KeychainSecretStore store(m_service);
    const auto written = awaitResult(store.write(m_storedKey, QByteArrayLiteral("stored-before")));
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().userText()));

    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> {
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))});
    const QDBusMessage reply = bus.call(lock);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
}

void TestLockedKeychain::probeSaysTheKeychainIsLocked()
{
    KeychainSecretStore store(m_service);
    const auto probe = awaitResult(store.checkAvailable());
    QVERIFY2(probe, "the probe did not end within 30 s");
    QVERIFY(!probe->ok());
    const QString text = probe->error().userText();
    QCOMPARE(probe->error().kind, CloudError::Kind::Local);
    QVERIFY2(text.contains(QLatin1String("locked")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Unlock it")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("keep secrets for this session only")), qPrintable(text));
}

void TestLockedKeychain::writeSaysTheKeychainIsLocked()
{
    KeychainSecretStore store(m_service);
    const QByteArray secret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const auto written = awaitResult(store.write(QStringLiteral("account-2/apiKey"), secret));
    QVERIFY2(written, "the write did not end within 30 s");
    QVERIFY(!written->ok());
    const QString text = written->error().userText();
    QVERIFY2(text.contains(QLatin1String("locked")), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
}

void TestLockedKeychain::readOfALockedSecretIsAnError()
{
    // libsecret answers "not found" for an entry it could not unlock: that must not read as
    // "no secret stored".
    KeychainSecretStore store(m_service);
    const auto read = awaitResult(store.read(m_storedKey));
    QVERIFY2(read, "the read did not end within 30 s");
    QVERIFY2(!read->ok(), read->ok() ? read->value().constData() : "");
    const QString text = read->error().userText();
    QVERIFY2(text.contains(QLatin1String("locked")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("keep secrets for this session only")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestLockedKeychain)
#include "tst_lockedkeychain.moc"
