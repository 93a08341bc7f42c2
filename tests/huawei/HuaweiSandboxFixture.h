#pragma once

#include "support/FinishTask.h"

#include "auth/InMemorySecretStore.h"
#include "core/ProviderConnection.h"
#include "core/RetryPolicy.h"
#include "providers/huawei/HuaweiConnection.h"
#include "providers/huawei/HuaweiProvider.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace Copydeck::Test {

// The in-process sandbox, a network manager, an in-memory secret store and a HuaweiProvider that
// sees only the environment a test gives it; connections for the demo account in either mode.
class HuaweiSandboxFixture final
{
    Q_DISABLE_COPY_MOVE(HuaweiSandboxFixture)

public:
    enum class Auth { Keys, Password };

    explicit HuaweiSandboxFixture(QProcessEnvironment environment = {});
    ~HuaweiSandboxFixture();

    bool start(QString *error, double speed = 1.0);
    Sandbox::Sandbox &sandbox() { return m_sandbox; }
    HuaweiProvider &provider() { return *m_provider; }

    // The demo account, its keys or IAM user in the secret store. `pageSize` 0 keeps the default.
    Account account(Auth auth, int pageSize = 0, const QByteArray &secretOverride = {});
    std::unique_ptr<HuaweiConnection> connect(const Account &account);

    QList<Backup> allBackups(ProviderConnection &connection, const Location &vault);
    std::optional<Location> vault(ProviderConnection &connection, const QString &region,
                                  const QString &name);
    // An available backup of `resource` in vault-prod-servers (cn-north-4).
    std::optional<Backup> availableBackup(ProviderConnection &connection, const QString &resource);
    // Replicate `source` to vault-replicas-hongkong (ap-southeast-1), named `name`.
    CopyRequest requestTo(ProviderConnection &connection, const Backup &source,
                          const QString &region = QStringLiteral("ap-southeast-1"),
                          const QString &vaultName = QStringLiteral("vault-replicas-hongkong"));

private:
    Sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    std::optional<HuaweiProvider> m_provider;
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
