#include "AccountsSandbox.h"

#include "providers/aws/AwsProvider.h"
#include "providers/spanner/SpannerProvider.h"
#include "sandbox/spanner/SpannerSandbox.h"
#include "ui/accounts/AccountForms.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkProxy>

namespace Copydeck::Test {

AccountsSandbox::AccountsSandbox()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_providers.add(std::make_unique<AwsProvider>(QProcessEnvironment(), m_home.path()));
    m_providers.add(std::make_unique<SpannerProvider>(QProcessEnvironment(), m_home.path()));
    registerBuiltInAccountForms(m_forms, AccountFormContext {QProcessEnvironment(), m_home.path()});
}

AccountsSandbox::~AccountsSandbox() = default;

bool AccountsSandbox::start(QString *error)
{
    if (!m_home.isValid()) {
        *error = QStringLiteral("no temporary home directory");
        return false;
    }
    return m_sandbox.start(Sandbox::SandboxOptions {}, error);
}

Sandbox::SandboxCredential AccountsSandbox::production() const
{
    for (const auto &credential : m_sandbox.credentials()) {
        if (credential.cloud == QLatin1String("aws")
            && credential.name == QLatin1String("Production"))
            return credential;
    }
    return {};
}

bool AccountsSandbox::writeHomeFile(const QString &relativePath, const QByteArray &text)
{
    const QString path = QDir(m_home.path()).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

ProviderContext AccountsSandbox::context()
{
    return ProviderContext {&m_network, &m_secrets, &m_policy};
}

AccountsDialogParts AccountsSandbox::dialogParts()
{
    return AccountsDialogParts {&m_providers, &m_forms, context()};
}

Account AccountsSandbox::savedKeysAccount()
{
    const auto credential = production();
    Account account;
    account.id = QStringLiteral("aws-saved-production");
    account.cloud = QStringLiteral("aws");
    account.name = QStringLiteral("Production");
    account.authMethod = QStringLiteral("keys");
    account.regions = credential.regions;
    account.endpointOverride = endpoint();
    m_secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                     credential.accessKeyId.toUtf8());
    m_secrets.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                     credential.secretAccessKey.toUtf8());
    if (!credential.sessionToken.isEmpty())
        m_secrets.insert(account.secretKey(QStringLiteral("sessionToken")),
                         credential.sessionToken.toUtf8());
    return account;
}

Account AccountsSandbox::savedSpannerAccount()
{
    Account account;
    account.id = QStringLiteral("spanner-saved-robot");
    account.cloud = QStringLiteral("spanner");
    account.name = QStringLiteral("Spanner robot");
    account.authMethod = QStringLiteral("serviceAccountKey");
    account.endpointOverride = m_sandbox.spannerEndpoint();
    account.settings.insert(
        QStringLiteral("projects"),
        QStringList {QStringLiteral("copydeck-demo"), QStringLiteral("copydeck-archive")});
    if (m_sandbox.spanner()) {
        m_secrets.insert(account.secretKey(QStringLiteral("serviceAccountKey")),
                         QJsonDocument(m_sandbox.spanner()->serviceAccountKey()).toJson());
    }
    return account;
}

} // namespace Copydeck::Test
