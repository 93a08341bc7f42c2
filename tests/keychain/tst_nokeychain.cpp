// KeychainSecretStore when no keychain is reachable: the session bus address points to a socket
// that does not exist, set before anything in this process talks to D-Bus. Every operation fails
// with a message that names what is missing and the session-only alternative, and never with the
// secret in it. A missing keychain must not read as "no secret stored".

#include "keychain/AwaitResult.h"

#include "auth/KeychainSecretStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;
using Copydeck::Testing::awaitResult;

class TestNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void probeSaysWhatIsMissing();
    void writeFailsWithoutTheSecretInTheMessage();
    void readIsAnErrorNotAnEmptySecret();
    void removeIsAnError();

private:
    static void verifyExplains(const CloudError &error);

    QTemporaryDir m_dir;
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray address
        = "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-bus")));
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
}

void TestNoKeychain::verifyExplains(const CloudError &error)
{
    const QString text = error.userText();
    QCOMPARE(error.kind, CloudError::Kind::Local);
    QVERIFY2(text.contains(QLatin1String("Secret Service")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("GNOME Keyring")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("keep secrets for this session only")), qPrintable(text));
}

void TestNoKeychain::probeSaysWhatIsMissing()
{
    KeychainSecretStore store(QStringLiteral("Copydeck-test-nokeychain"));
    const auto probe = awaitResult(store.checkAvailable());
    QVERIFY2(probe, "the probe did not end within 30 s");
    QVERIFY(!probe->ok());
    verifyExplains(probe->error());
}

void TestNoKeychain::writeFailsWithoutTheSecretInTheMessage()
{
    KeychainSecretStore store(QStringLiteral("Copydeck-test-nokeychain"));
    const QByteArray secret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const auto written
        = awaitResult(store.write(QStringLiteral("account-1/secretAccessKey"), secret));
    QVERIFY2(written, "the write did not end within 30 s");
    QVERIFY(!written->ok());
    verifyExplains(written->error());
    const QString text = written->error().userText();
    QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromLatin1(secret.toBase64())), qPrintable(text));
}

void TestNoKeychain::readIsAnErrorNotAnEmptySecret()
{
    KeychainSecretStore store(QStringLiteral("Copydeck-test-nokeychain"));
    const auto read = awaitResult(store.read(QStringLiteral("account-1/secretAccessKey")));
    QVERIFY2(read, "the read did not end within 30 s");
    QVERIFY(!read->ok());
    verifyExplains(read->error());
}

void TestNoKeychain::removeIsAnError()
{
    KeychainSecretStore store(QStringLiteral("Copydeck-test-nokeychain"));
    const auto removed = awaitResult(store.remove(QStringLiteral("account-1/secretAccessKey")));
    QVERIFY2(removed, "the removal did not end within 30 s");
    QVERIFY(!removed->ok());
    verifyExplains(removed->error());
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
