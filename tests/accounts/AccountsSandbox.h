#pragma once

#include "auth/InMemorySecretStore.h"
#include "core/ProviderRegistry.h"
#include "core/RetryPolicy.h"
#include "sandbox/Sandbox.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/AccountsDialog.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace Copydeck::Test {

// What the accounts suites stand on, built the way the composition root builds it: the in-process
// sandbox on loopback, the real AWS provider and account forms seeing an empty environment and a
// temporary home (so nothing of the machine running the tests leaks in), and an in-memory store
// standing for the keychain's saved secrets.
class AccountsSandbox final
{
    Q_DISABLE_COPY_MOVE(AccountsSandbox)

public:
    AccountsSandbox();
    ~AccountsSandbox();

    bool start(QString *error);

    Sandbox::Sandbox &sandbox() { return m_sandbox; }
    // The sandbox's "Production" demo credential, as a user would type it.
    Sandbox::SandboxCredential production() const;
    QUrl endpoint() const { return m_sandbox.awsEndpoint(); }

    QString homePath() const { return m_home.path(); }
    // Writes `text` to a file under the temporary home ("~/.aws/credentials").
    bool writeHomeFile(const QString &relativePath, const QByteArray &text);

    const ProviderRegistry &providers() const { return m_providers; }
    const AccountFormRegistry &forms() const { return m_forms; }
    InMemorySecretStore &savedSecrets() { return m_secrets; }
    ProviderContext context();
    AccountsDialogParts dialogParts();

    // A Production account with access keys, as if saved earlier: its keys are in savedSecrets().
    Account savedKeysAccount();
    // A Google Cloud Spanner account with the sandbox's service-account key, as if saved
    // earlier: the key file is in savedSecrets(); it sees both demo projects.
    Account savedSpannerAccount();

private:
    QTemporaryDir m_home;
    Sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    ProviderRegistry m_providers;
    AccountFormRegistry m_forms;
    InMemorySecretStore m_secrets;
    RetryPolicy m_policy = RetryPolicy::fast();
};

} // namespace Copydeck::Test
