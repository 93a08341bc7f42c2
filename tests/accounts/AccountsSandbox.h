#pragma once

#include "auth/InMemorySecretStore.h"
#include "core/ProviderRegistry.h"
#include "core/RetryPolicy.h"
#include "sandbox/Sandbox.h"
#include "sandbox/huawei/HuaweiSeed.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/AccountsDialog.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace Copydeck::Test {

// What the accounts suites stand on, built the way the composition root builds it: the in-process
// sandbox on loopback, every cloud's real provider and account form seeing an empty environment
// and a temporary home (so nothing of the machine running the tests leaks in), and an in-memory
// store standing for the keychain's saved secrets. It also hands out each cloud's demo sign-in as
// a user would enter it into that cloud's form, and a wrong one the sandbox refuses.
class AccountsSandbox final
{
    Q_DISABLE_COPY_MOVE(AccountsSandbox)

public:
    // The demo credential the sandbox accepts, or one it refuses as a wrong key (the same user or
    // account, with a secret that does not match).
    enum class Credential { Right, Wrong };

    AccountsSandbox();
    ~AccountsSandbox();

    bool start(QString *error);

    Sandbox::Sandbox &sandbox() { return m_sandbox; }
    // The sandbox's "Production" demo credential, as a user would type it.
    Sandbox::SandboxCredential production() const;
    QUrl endpoint() const { return m_sandbox.awsEndpoint(); }

    // Google Cloud Spanner: the Admin API root, and the sandbox's service-account key and gcloud
    // authorized-user file written under the temporary home ("~/keys/...json", what a user
    // chooses in the form). A wrong key names a service account the sandbox does not know; a
    // wrong authorized-user file carries a revoked refresh token. Empty when writing failed.
    QUrl spannerEndpoint() const { return m_sandbox.spannerEndpoint(); }
    QString writeGoogleServiceAccountKey(Credential which);
    QString writeGoogleAuthorizedUser(Credential which);
    // Huawei Cloud: the demo account's access key and secret key, IAM user, password and account
    // (domain) name, and the regions holding its data. A wrong one has another secret key and
    // another password. The CBR endpoint template ("http://127.0.0.1:<port>/cbr/{region}") and
    // the IAM endpoint.
    Sandbox::HuaweiDemoAccount huawei(Credential which) const;
    QString huaweiEndpoint() const { return m_sandbox.huaweiEndpoint(); }
    QUrl huaweiIamEndpoint() const { return m_sandbox.huaweiIamEndpoint(); }
    // Rackspace: the demo user's username (accessKeyId) and API key (secretAccessKey); a wrong one
    // has another API key of the same shape. The Identity v2.0 endpoint.
    Sandbox::SandboxCredential rackspace(Credential which) const;
    QUrl rackspaceIdentityEndpoint() const { return m_sandbox.rackspaceIdentityEndpoint(); }

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
