// KeychainSecretStore against a real Secret Service: gnome-keyring-daemon on a private D-Bus
// session, as scripts/test.sh runs every test:
//   dbus-run-session -- scripts/with-keyring.sh ctest -R keychain
// Each run uses its own keychain service name and removes what it wrote.

#include "keychain/AwaitResult.h"

#include "accounts/AccountStore.h"
#include "accounts/ChosenSecretStore.h"
#include "accounts/KeychainStartupCheck.h"
#include "auth/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Copydeck;
using Copydeck::Testing::awaitResult;

namespace {

template<typename T> QString failureOf(const std::optional<Result<T>> &result)
{
    if (!result)
        return QStringLiteral("the keychain did not answer within 30 s");
    return result->ok() ? QString() : result->error().userText();
}

} // namespace

// Evaluates `expr` once: it usually starts a keychain operation.
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto verified = (expr);                                                              \
        QVERIFY2(verified && verified->ok(), qPrintable(failureOf(verified)));                     \
    } while (false)

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void absentSecretReadsEmpty();
    void writeReadOverwriteRemove();
    void binarySecretsSurviveUnchanged();
    void secretsLandInTheSecretService();
    void keysOfTwoAccountsDoNotCollide();
    void servicesDoNotSeeEachOther();
    void probeFindsTheKeychain();
    void startupCheckFindsTheKeychainAndSecretsGoThere();
    void secretNeverReachesTheSettingsFile();

private:
    QString key(const QString &accountId, const QString &name);

    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_written; // removed again in cleanupTestCase, whatever happened
};

void TestKeychainSecretStore::initTestCase()
{
    const QString howToRun = QStringLiteral(
        "Run the keychain tests through scripts/test.sh, or as "
        "`dbus-run-session -- scripts/with-keyring.sh ctest -R keychain` from the build "
        "folder; set COPYDECK_KEYCHAIN_OPTIONAL=1 to skip them instead.");
    QString missing;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        missing
            = QStringLiteral("There is no D-Bus session bus (%1).").arg(bus.lastError().message());
    else if (!bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")))
        missing = QStringLiteral(
            "No Secret Service (org.freedesktop.secrets) runs on the D-Bus session bus.");
    if (!missing.isEmpty()) {
        const QString message = missing + QLatin1Char(' ') + howToRun;
        if (qEnvironmentVariable("COPYDECK_KEYCHAIN_OPTIONAL") == QLatin1String("1"))
            QSKIP(qPrintable(message));
        QFAIL(qPrintable(message));
    }

    m_service
        = QStringLiteral("Copydeck-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<KeychainSecretStore>(m_service);
    const auto available = awaitResult(m_store->checkAvailable());
    QVERIFY2(available && available->ok(),
             qPrintable(failureOf(available) + QLatin1Char(' ') + howToRun));
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &k : std::as_const(m_written))
        awaitResult(m_store->remove(k));
}

QString TestKeychainSecretStore::key(const QString &accountId, const QString &name)
{
    Account account;
    account.id = accountId;
    const QString k = account.secretKey(name);
    m_written.append(k);
    return k;
}

void TestKeychainSecretStore::absentSecretReadsEmpty()
{
    const auto read
        = awaitResult(m_store->read(key(QStringLiteral("nobody"), QStringLiteral("x"))));
    VERIFY_OK(read);
    QVERIFY(read->value().isEmpty());
}

void TestKeychainSecretStore::writeReadOverwriteRemove()
{
    const QString k = key(QStringLiteral("aws-prod"), QStringLiteral("secretAccessKey"));

    VERIFY_OK(awaitResult(m_store->write(k, QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG/first"))));
    auto read = awaitResult(m_store->read(k));
    VERIFY_OK(read);
    QCOMPARE(read->value(), QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG/first"));

    VERIFY_OK(awaitResult(m_store->write(k, QByteArrayLiteral("second"))));
    read = awaitResult(m_store->read(k));
    VERIFY_OK(read);
    QCOMPARE(read->value(), QByteArrayLiteral("second"));

    VERIFY_OK(awaitResult(m_store->remove(k)));
    read = awaitResult(m_store->read(k));
    VERIFY_OK(read);
    QVERIFY2(read->value().isEmpty(), read->value().constData());

    // Removing what is already gone is not an error: removing an account twice must work.
    VERIFY_OK(awaitResult(m_store->remove(k)));
}

void TestKeychainSecretStore::binarySecretsSurviveUnchanged()
{
    // A service-account key file body: newlines, quotes, and bytes that are not UTF-8.
    const QByteArray secret
        = QByteArrayLiteral("{\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n"
                            "MIIE\"\n}\n")
        + QByteArray("\x00\xff\xfe\x80", 4);
    const QString k = key(QStringLiteral("gcp"), QStringLiteral("serviceAccountKey"));
    VERIFY_OK(awaitResult(m_store->write(k, secret)));
    const auto read = awaitResult(m_store->read(k));
    VERIFY_OK(read);
    QCOMPARE(read->value(), secret);
}

void TestKeychainSecretStore::secretsLandInTheSecretService()
{
    // Asked through another client (libsecret's command line tool), the Secret Service holds the
    // entry under Copydeck's service and key: the store wrote to the real keychain, not elsewhere.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (Debian package libsecret-tools, installed by scripts/setup.sh) is "
              "missing");
    const QString k = key(QStringLiteral("rackspace"), QStringLiteral("apiKey"));
    const QByteArray secret = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    VERIFY_OK(awaitResult(m_store->write(k, secret)));

    QProcess lookup;
    lookup.start(
        secretTool,
        {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), k});
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.exitCode(), 0);
    // QtKeychain keeps binary data base64-encoded.
    QCOMPARE(QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed()), secret);
}

void TestKeychainSecretStore::keysOfTwoAccountsDoNotCollide()
{
    const QString a = key(QStringLiteral("account-a"), QStringLiteral("secretAccessKey"));
    const QString b = key(QStringLiteral("account-b"), QStringLiteral("secretAccessKey"));
    VERIFY_OK(awaitResult(m_store->write(a, QByteArrayLiteral("secret-of-a"))));
    VERIFY_OK(awaitResult(m_store->write(b, QByteArrayLiteral("secret-of-b"))));

    auto readA = awaitResult(m_store->read(a));
    auto readB = awaitResult(m_store->read(b));
    VERIFY_OK(readA);
    VERIFY_OK(readB);
    QCOMPARE(readA->value(), QByteArrayLiteral("secret-of-a"));
    QCOMPARE(readB->value(), QByteArrayLiteral("secret-of-b"));

    VERIFY_OK(awaitResult(m_store->remove(a)));
    readA = awaitResult(m_store->read(a));
    readB = awaitResult(m_store->read(b));
    VERIFY_OK(readA);
    VERIFY_OK(readB);
    QVERIFY(readA->value().isEmpty());
    QCOMPARE(readB->value(), QByteArrayLiteral("secret-of-b"));
}

void TestKeychainSecretStore::servicesDoNotSeeEachOther()
{
    const QString k = key(QStringLiteral("shared-id"), QStringLiteral("password"));
    VERIFY_OK(awaitResult(m_store->write(k, QByteArrayLiteral("mine"))));

    KeychainSecretStore other(m_service + QStringLiteral("-other"));
    const auto read = awaitResult(other.read(k));
    VERIFY_OK(read);
    QVERIFY(read->value().isEmpty());
}

void TestKeychainSecretStore::probeFindsTheKeychain()
{
    // The probe runs on a store that is gone before it ends: it must not depend on it.
    auto store = std::make_unique<KeychainSecretStore>(m_service);
    QCoro::Task<Result<void>> probe = store->checkAvailable();
    store.reset();
    VERIFY_OK(awaitResult(std::move(probe)));
}

// The start-up probe answers "available" on the event loop, and the store the window uses keeps
// secrets in the keychain itself (read back through a store of its own), never in memory.
void TestKeychainSecretStore::startupCheckFindsTheKeychainAndSecretsGoThere()
{
    KeychainStartupCheck check(m_store.get());
    QSignalSpy available(&check, &KeychainStartupCheck::available);
    QSignalSpy unavailable(&check, &KeychainStartupCheck::unavailable);
    check.start();
    QVERIFY(check.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(available.count(), 1, 30000);
    QCOMPARE(unavailable.count(), 0);

    ChosenSecretStore chosen(m_store.get());
    QVERIFY(!chosen.isSessionOnly());
    const QString k = key(QStringLiteral("account-chosen"), QStringLiteral("apiKey"));
    VERIFY_OK(awaitResult(chosen.write(k, QByteArrayLiteral("kept-in-the-keychain"))));
    KeychainSecretStore other(m_service);
    const auto read = awaitResult(other.read(k));
    VERIFY_OK(read);
    QCOMPARE(read->value(), QByteArrayLiteral("kept-in-the-keychain"));
}

void TestKeychainSecretStore::secretNeverReachesTheSettingsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("copydeck.ini"));
    auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    AccountStore accounts(settings.get(), m_store.get());

    Account aws;
    aws.id = QStringLiteral("sweep-aws");
    aws.cloud = QStringLiteral("aws");
    aws.name = QStringLiteral("Production");
    aws.authMethod = QStringLiteral("keys");
    aws.regions = {QStringLiteral("eu-west-1")};
    aws.settings.insert(QStringLiteral("accessKeyId"), QStringLiteral("AKIDEXAMPLE"));
    Account rackspace;
    rackspace.id = QStringLiteral("sweep-rackspace");
    rackspace.cloud = QStringLiteral("rackspace");
    rackspace.name = QStringLiteral("Databases");
    rackspace.authMethod = QStringLiteral("apiKey");
    rackspace.settings.insert(QStringLiteral("username"), QStringLiteral("operator"));

    const QByteArray awsSecret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const QByteArray rackspaceSecret = QByteArrayLiteral("f00dfacef00dfacef00dface");
    m_written << aws.secretKey(QStringLiteral("secretAccessKey"))
              << rackspace.secretKey(QStringLiteral("apiKey"));
    VERIFY_OK(
        awaitResult(m_store->write(aws.secretKey(QStringLiteral("secretAccessKey")), awsSecret)));
    VERIFY_OK(awaitResult(
        m_store->write(rackspace.secretKey(QStringLiteral("apiKey")), rackspaceSecret)));

    const Result<void> saved = accounts.save({aws, rackspace});
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userText()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QVERIFY2(written.contains("Production") && written.contains("AKIDEXAMPLE"),
             written.constData());
    QVERIFY2(!written.contains(awsSecret), written.constData());
    QVERIFY2(!written.contains(rackspaceSecret), written.constData());
    QVERIFY2(!written.contains(awsSecret.toBase64()), written.constData());

    // Removing the account removes its secret from the keychain and the account from the file.
    VERIFY_OK(awaitResult(accounts.remove(aws.id, {QStringLiteral("secretAccessKey")})));
    const auto gone = awaitResult(m_store->read(aws.secretKey(QStringLiteral("secretAccessKey"))));
    VERIFY_OK(gone);
    QVERIFY(gone->value().isEmpty());
    const auto kept = awaitResult(m_store->read(rackspace.secretKey(QStringLiteral("apiKey"))));
    VERIFY_OK(kept);
    QCOMPARE(kept->value(), rackspaceSecret);

    settings.reset();
    QSettings reread(path, QSettings::IniFormat);
    AccountStore rereadAccounts(&reread, m_store.get());
    const QList<Account> left = rereadAccounts.load();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, rackspace.id);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
