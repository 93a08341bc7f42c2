#include "AccountsSandbox.h"

#include "providers/aws/AwsProvider.h"
#include "providers/huawei/HuaweiProvider.h"
#include "providers/rackspace/RackspaceProvider.h"
#include "providers/spanner/SpannerProvider.h"
#include "sandbox/huawei/HuaweiSandbox.h"
#include "sandbox/spanner/SpannerSandbox.h"
#include "ui/accounts/AccountForms.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>

namespace Copydeck::Test {

namespace {

// A secret as long as `right`, its digits and letters shifted: what a user pastes from the wrong
// line.
QString another(const QString &right)
{
    QString wrong = right;
    for (QChar &c : wrong) {
        if (c.isDigit())
            c = QChar(u'0' + (c.digitValue() + 7) % 10);
        else if (c >= u'a' && c <= u'z')
            c = QChar(u'a' + (c.unicode() - u'a' + 11) % 26);
        else if (c >= u'A' && c <= u'Z')
            c = QChar(u'A' + (c.unicode() - u'A' + 11) % 26);
    }
    return wrong;
}

} // namespace

AccountsSandbox::AccountsSandbox()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_providers.add(std::make_unique<AwsProvider>(QProcessEnvironment(), m_home.path()));
    m_providers.add(std::make_unique<SpannerProvider>(QProcessEnvironment(), m_home.path()));
    m_providers.add(std::make_unique<HuaweiProvider>(QProcessEnvironment()));
    m_providers.add(std::make_unique<RackspaceProvider>(QProcessEnvironment()));
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

QString AccountsSandbox::writeGoogleServiceAccountKey(Credential which)
{
    if (!m_sandbox.spanner())
        return {};
    QJsonObject key = m_sandbox.spanner()->serviceAccountKey();
    QString name = QStringLiteral("keys/copydeck-robot.json");
    if (which == Credential::Wrong) {
        key.insert(QStringLiteral("client_email"),
                   QStringLiteral("someone-else@copydeck-demo.iam.gserviceaccount.com"));
        name = QStringLiteral("keys/someone-else.json");
    }
    return writeHomeFile(name, QJsonDocument(key).toJson()) ? QDir(m_home.path()).filePath(name)
                                                            : QString();
}

QString AccountsSandbox::writeGoogleAuthorizedUser(Credential which)
{
    if (!m_sandbox.spanner())
        return {};
    QJsonObject user = m_sandbox.spanner()->authorizedUser();
    QString name = QStringLiteral("keys/gcloud-user.json");
    if (which == Credential::Wrong) {
        user.insert(QStringLiteral("refresh_token"),
                    another(user.value(QStringLiteral("refresh_token")).toString()));
        name = QStringLiteral("keys/gcloud-user-revoked.json");
    }
    return writeHomeFile(name, QJsonDocument(user).toJson()) ? QDir(m_home.path()).filePath(name)
                                                             : QString();
}

Sandbox::HuaweiDemoAccount AccountsSandbox::huawei(Credential which) const
{
    if (!m_sandbox.huawei())
        return {};
    Sandbox::HuaweiDemoAccount demo = m_sandbox.huawei()->demoAccount();
    if (which == Credential::Wrong) {
        demo.secretKey = another(demo.secretKey);
        demo.password = another(demo.password);
    }
    return demo;
}

Sandbox::SandboxCredential AccountsSandbox::rackspace(Credential which) const
{
    Sandbox::SandboxCredential demo = m_sandbox.rackspaceCredential();
    if (which == Credential::Wrong)
        demo.secretAccessKey = another(demo.secretAccessKey);
    return demo;
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
