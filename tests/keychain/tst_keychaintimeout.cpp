// A keychain that never answers (a Secret Service stuck behind an unlock prompt nobody answers):
// this process owns org.freedesktop.secrets on a D-Bus session of its own and takes every call
// without replying. Each keychain job ends at the store's timeout with a clear Timeout error, and
// the start-up check reports the keychain as unavailable instead of waiting forever.
// Runs under `dbus-run-session` (tests/keychain/CMakeLists.txt), without gnome-keyring.

#include "keychain/AwaitResult.h"

#include "accounts/KeychainStartupCheck.h"
#include "auth/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Copydeck;
using Copydeck::Testing::awaitResult;
using namespace std::chrono_literals;

namespace {

// Takes every method call on every path and never replies.
class SilentSecretService final : public QDBusVirtualObject
{
    Q_OBJECT

public:
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        if (message.type() != QDBusMessage::MethodCallMessage)
            return false;
        message.setDelayedReply(true);
        ++m_calls;
        return true;
    }
    QString introspect(const QString &) const override { return {}; }

    int calls() const { return m_calls; }

private:
    int m_calls = 0;
};

} // namespace

class TestKeychainTimeout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writeEndsWithATimeout();
    void readEndsWithATimeout();
    void startupCheckReportsTheHang();

private:
    static void verifyTimeout(const CloudError &error);

    SilentSecretService m_service;
};

void TestKeychainTimeout::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QFAIL("No D-Bus session bus: run this test under dbus-run-session (ctest does).");
    if (bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")))
        QFAIL("A Secret Service already runs on this D-Bus session: run this test on a session "
              "of its own (ctest does, through dbus-run-session).");
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &m_service, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
}

void TestKeychainTimeout::verifyTimeout(const CloudError &error)
{
    QCOMPARE(error.kind, CloudError::Kind::Timeout);
    QVERIFY(error.retryable);
    const QString text = error.userText();
    QVERIFY2(text.contains(QLatin1String("did not answer within 1 second")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("unlock prompt")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("keep secrets for this session only")), qPrintable(text));
}

void TestKeychainTimeout::writeEndsWithATimeout()
{
    KeychainSecretStore store(QStringLiteral("Copydeck-test-timeout"), 1s);
    const QByteArray secret = QByteArrayLiteral("hung-keychain-secret-3f9a");
    QElapsedTimer clock;
    clock.start();
    const auto written = awaitResult(store.write(QStringLiteral("account-1/apiKey"), secret), 10s);
    QVERIFY2(written, "the write was still waiting after 10 s");
    QVERIFY(!written->ok());
    verifyTimeout(written->error());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!written->error().userText().contains(QString::fromLatin1(secret)));
    // The call did reach the silent service: the timeout is about a hang, not a missing bus.
    QVERIFY(m_service.calls() > 0);
}

void TestKeychainTimeout::readEndsWithATimeout()
{
    KeychainSecretStore store(QStringLiteral("Copydeck-test-timeout"), 1s);
    const auto read = awaitResult(store.read(QStringLiteral("account-1/apiKey")), 10s);
    QVERIFY2(read, "the read was still waiting after 10 s");
    QVERIFY(!read->ok());
    verifyTimeout(read->error());
}

void TestKeychainTimeout::startupCheckReportsTheHang()
{
    KeychainSecretStore store(QStringLiteral("Copydeck-test-timeout"), 1s);
    KeychainStartupCheck check(&store);
    QSignalSpy unavailable(&check, &KeychainStartupCheck::unavailable);
    QSignalSpy available(&check, &KeychainStartupCheck::available);
    check.start();
    // start() returns at once: the probe runs on the event loop.
    QVERIFY(check.isRunning());
    QCOMPARE(unavailable.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
    QCOMPARE(available.count(), 0);
    verifyTimeout(unavailable.first().first().value<CloudError>());
    QVERIFY(!check.isRunning());
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychaintimeout.moc"
