#pragma once

#include "models/TestClock.h"
#include "support/FinishTask.h"

#include "auth/InMemorySecretStore.h"
#include "core/ProviderConnection.h"
#include "core/RetryPolicy.h"
#include "providers/spanner/SpannerConnection.h"
#include "providers/spanner/SpannerProvider.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/spanner/SpannerSandbox.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Copydeck::Test {

// What the Spanner client suites share: the sandbox's Spanner module on loopback, run on a clock
// the test moves (so operations rise and tokens expire when the test says), the real
// SpannerProvider seeing an empty environment and a temporary home, and an in-memory secret
// store. The client has its own clock; advance() moves both, advanceSandbox() only the cloud's.
class SpannerSandboxFixture final
{
    Q_DISABLE_COPY_MOVE(SpannerSandboxFixture)

public:
    static inline const QString Demo = QStringLiteral("copydeck-demo");
    static inline const QString Archive = QStringLiteral("copydeck-archive");
    static inline const QString OrdersProd
        = QStringLiteral("projects/copydeck-demo/instances/orders-prod");
    static inline const QString OrdersEu
        = QStringLiteral("projects/copydeck-demo/instances/orders-eu");
    static inline const QString ArchiveEu
        = QStringLiteral("projects/copydeck-archive/instances/archive");
    static inline const QString ArchiveUs
        = QStringLiteral("projects/copydeck-archive/instances/archive-us");

    SpannerSandboxFixture();
    ~SpannerSandboxFixture();

    bool start(QString *error);

    Sandbox::SpannerSandbox &sandbox() { return *m_sandbox; }
    SpannerProvider &provider() { return *m_provider; }
    InMemorySecretStore &secrets() { return m_secrets; }
    TestClock &clientClock() { return m_clientClock; }
    QString homePath() const { return m_home.path(); }

    void advance(qint64 seconds);
    void advanceSandbox(qint64 seconds);

    // An account of both demo projects signing in with the sandbox's service-account key (or,
    // with `authorizedUser`, its gcloud user), the key in the secret store.
    Account serviceAccount(int pageSize = 0, bool authorizedUser = false);
    std::unique_ptr<SpannerConnection> connect(const Account &account);
    // What connections made here use (network, secrets, fast retries).
    ProviderContext context();
    std::unique_ptr<SpannerConnection> connectServiceAccount(int pageSize = 0);

    // The instance `name` as listLocations gives it.
    std::optional<Location> instance(SpannerConnection &connection, const QString &name);
    // Every backup of `instance`, page by page (with `filter`); empty on failure (with a warning).
    QList<Backup> allBackups(SpannerConnection &connection, const Location &instance,
                             const QString &filter = {});
    std::optional<Backup> backup(SpannerConnection &connection, const QString &name);

    // A copy Spanner accepts: orders-prod/orders-daily-01 into orders-eu as `backupId`, expiring
    // 30 days after the source was made.
    CopyRequest copyRequest(SpannerConnection &connection, const QString &backupId);
    // A create Spanner accepts: orders-eu's database into orders-eu as `backupId`, 7 days.
    CopyRequest createRequest(SpannerConnection &connection, const QString &backupId);

private:
    TestClock m_sandboxClock;
    TestClock m_clientClock;
    QTemporaryDir m_home;
    std::unique_ptr<Sandbox::SpannerSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    std::optional<SpannerProvider> m_provider;
    RetryPolicy m_policy = RetryPolicy::fast();
};

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().userText().toUtf8();
}

} // namespace Copydeck::Test

// Waits for a task in a test function; `name` is its Result.
#define AWAIT(name, task)                                                                          \
    auto name##Finished = Copydeck::Test::finish(task);                                            \
    QVERIFY2(name##Finished.has_value(), "timed out");                                             \
    auto &name = *name##Finished

// The same, and the Result must be a success.
#define AWAIT_OK(name, task)                                                                       \
    AWAIT(name, task);                                                                             \
    QVERIFY2(name.ok(), Copydeck::Test::errorText(name).constData())
