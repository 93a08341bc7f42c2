#pragma once

#include "support/FinishTask.h"

#include "auth/InMemorySecretStore.h"
#include "core/ProviderConnection.h"
#include "core/RetryPolicy.h"
#include "providers/rackspace/RackspaceConnection.h"
#include "providers/rackspace/RackspaceProvider.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>
#include <optional>

namespace Copydeck::Test {

// What the Rackspace client suites share: the in-process sandbox, a network manager, an in-memory
// secret store and a RackspaceProvider that sees no RAX_*/OS_* variable of the machine running the
// tests. One per test function.
class RackspaceSandboxFixture final
{
    Q_DISABLE_COPY_MOVE(RackspaceSandboxFixture)

public:
    RackspaceSandboxFixture();
    ~RackspaceSandboxFixture();

    bool start(QString *error);

    Sandbox::Sandbox &sandbox() { return m_sandbox; }
    RackspaceProvider &provider() { return m_provider; }

    // The demo account as a user would set it up: username in the settings, API key in the
    // secret store, the sandbox's identity endpoint as the override.
    Account demoAccount(int pageSize = 0) const;
    std::unique_ptr<RackspaceConnection> connect(const Account &account,
                                                 const QByteArray &secret = {});
    std::unique_ptr<RackspaceConnection> connectDemo(int pageSize = 0);

    Location region(RackspaceConnection &connection, const QString &region);
    QList<Backup> allBackups(RackspaceConnection &connection, const QString &region);
    std::optional<Backup> backupNamed(RackspaceConnection &connection, const QString &region,
                                      const QString &name);
    // A request Cloud Databases accepts: `name` in `from` copied to `to` as `copyName`.
    std::optional<CopyRequest> request(RackspaceConnection &connection, const QString &from,
                                       const QString &name, const QString &to,
                                       const QString &copyName);
    // Polls until the job ends (or `timeoutMs` passes); every state seen, in order.
    CopyJob follow(RackspaceConnection &connection, CopyJob job,
                   QList<CopyJobState> *seen = nullptr, int timeoutMs = 20'000);

    InMemorySecretStore &secrets() { return m_secrets; }

private:
    Sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    RackspaceProvider m_provider;
    RetryPolicy m_policy = RetryPolicy::fast();
};

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().userText().toUtf8();
}

} // namespace Copydeck::Test

#define AWAIT(name, task)                                                                          \
    auto name##Finished = Copydeck::Test::finish(task);                                            \
    QVERIFY2(name##Finished.has_value(), "timed out");                                             \
    auto &name = *name##Finished

#define AWAIT_OK(name, task)                                                                       \
    AWAIT(name, task);                                                                             \
    QVERIFY2(name.ok(), Copydeck::Test::errorText(name).constData())
