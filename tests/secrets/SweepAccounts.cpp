#include "secrets/SweepAccounts.h"

#include "auth/InMemorySecretStore.h"
#include "core/Provider.h"
#include "sandbox/Sandbox.h"
#include "sandbox/huawei/HuaweiSandbox.h"
#include "sandbox/spanner/SpannerSandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Copydeck::Test {

namespace {

void addSecret(SweepAccount &sweep, const QString &name, const QByteArray &value)
{
    sweep.secretNames << name;
    sweep.secrets.insert(name, value);
    sweep.knownSecrets << value;
}

// The parts of a Google credential file that are secret: the private key (each line of its body,
// so that a re-wrapped copy is found too), its id, the client secret, the refresh token.
void addGoogleFileSecrets(SweepAccount &sweep, const QJsonObject &file)
{
    for (const char *field : {"private_key_id", "client_secret", "refresh_token"}) {
        const QByteArray value = file.value(QLatin1String(field)).toString().toUtf8();
        if (!value.isEmpty())
            sweep.knownSecrets << value;
    }
    const QByteArray pem = file.value(QLatin1String("private_key")).toString().toUtf8();
    for (const QByteArray &line : pem.split('\n')) {
        if (line.size() >= 40 && !line.startsWith("-----"))
            sweep.knownSecrets << line;
    }
}

} // namespace

QByteArray SweepAccount::wrongSecret(const QString &name) const
{
    const QByteArray right = secrets.value(name);
    if (name != wrongName)
        return right;
    const QJsonObject file = QJsonDocument::fromJson(right).object();
    if (!file.isEmpty()) {
        QJsonObject wrong = file;
        if (file.contains(QLatin1String("refresh_token")))
            wrong.insert(QStringLiteral("refresh_token"), QStringLiteral("1//wrong-refresh-token"));
        else
            wrong.insert(QStringLiteral("client_email"),
                         QStringLiteral("nobody@wrong-project.iam.gserviceaccount.com"));
        return QJsonDocument(wrong).toJson(QJsonDocument::Compact);
    }
    QByteArray wrong = right;
    std::reverse(wrong.begin(), wrong.end());
    return wrong == right ? right + "x" : wrong;
}

std::optional<SweepAccount> sweepAccountFor(const Sandbox::Sandbox &sandbox, const QString &cloud,
                                            const QString &variant, InMemorySecretStore &secrets)
{
    SweepAccount sweep;
    Account &account = sweep.account;
    account.id = QStringLiteral("sweep-%1-%2").arg(cloud, variant);
    account.cloud = cloud;
    account.name = QStringLiteral("Sweep %1 %2").arg(cloud, variant);

    if (cloud == QLatin1String("aws")) {
        const bool session = variant == QLatin1String("session");
        std::optional<Sandbox::SandboxCredential> found;
        for (const auto &credential : sandbox.credentials()) {
            if (credential.sessionToken.isEmpty() != session) {
                found = credential;
                break;
            }
        }
        if (!found)
            return std::nullopt;
        account.authMethod = QStringLiteral("keys");
        account.regions = found->regions;
        account.endpointOverride = sandbox.awsEndpoint();
        account.settings.insert(QStringLiteral("accountNumber"), found->accountNumber);
        addSecret(sweep, QStringLiteral("accessKeyId"), found->accessKeyId.toUtf8());
        addSecret(sweep, QStringLiteral("secretAccessKey"), found->secretAccessKey.toUtf8());
        if (session)
            addSecret(sweep, QStringLiteral("sessionToken"), found->sessionToken.toUtf8());
        sweep.wrongName = QStringLiteral("secretAccessKey");
    } else if (cloud == QLatin1String("spanner")) {
        const Sandbox::SpannerSandbox *spanner = sandbox.spanner();
        if (!spanner)
            return std::nullopt;
        const bool serviceAccount = variant == QLatin1String("serviceAccount");
        const QJsonObject file
            = serviceAccount ? spanner->serviceAccountKey() : spanner->authorizedUser();
        account.authMethod = QStringLiteral("serviceAccountKey");
        account.endpointOverride = sandbox.spannerEndpoint();
        if (serviceAccount)
            account.settings.insert(QStringLiteral("projects"),
                                    spanner->startupInfo()
                                        .value(QStringLiteral("projects"))
                                        .toVariant()
                                        .toStringList());
        addSecret(sweep, QStringLiteral("serviceAccountKey"),
                  QJsonDocument(file).toJson(QJsonDocument::Compact));
        addGoogleFileSecrets(sweep, file);
        sweep.wrongName = QStringLiteral("serviceAccountKey");
    } else if (cloud == QLatin1String("huawei")) {
        const Sandbox::HuaweiSandbox *huawei = sandbox.huawei();
        if (!huawei)
            return std::nullopt;
        const Sandbox::HuaweiDemoAccount demo = huawei->demoAccount();
        account.regions = demo.regions;
        account.endpointOverride = QUrl(sandbox.huaweiEndpoint());
        account.settings.insert(QStringLiteral("iamEndpoint"),
                                sandbox.huaweiIamEndpoint().toString());
        if (variant == QLatin1String("aksk")) {
            account.authMethod = QStringLiteral("aksk");
            addSecret(sweep, QStringLiteral("accessKey"), demo.accessKey.toUtf8());
            addSecret(sweep, QStringLiteral("secretKey"), demo.secretKey.toUtf8());
            sweep.wrongName = QStringLiteral("secretKey");
        } else {
            account.authMethod = QStringLiteral("password");
            account.settings.insert(QStringLiteral("userName"), demo.userName);
            account.settings.insert(QStringLiteral("domainName"), demo.domainName);
            addSecret(sweep, QStringLiteral("password"), demo.password.toUtf8());
            sweep.wrongName = QStringLiteral("password");
        }
    } else if (cloud == QLatin1String("rackspace")) {
        const Sandbox::SandboxCredential demo = sandbox.rackspaceCredential();
        if (demo.accessKeyId.isEmpty())
            return std::nullopt;
        account.authMethod = QStringLiteral("apiKey");
        account.endpointOverride = sandbox.rackspaceIdentityEndpoint();
        account.settings.insert(QStringLiteral("username"), demo.accessKeyId);
        addSecret(sweep, QStringLiteral("apiKey"), demo.secretAccessKey.toUtf8());
        sweep.wrongName = QStringLiteral("apiKey");
    } else {
        return std::nullopt;
    }
    for (const QString &name : std::as_const(sweep.secretNames))
        secrets.insert(account.secretKey(name), sweep.secrets.value(name));
    return sweep;
}

CopyRequest copyRequestFor(const Account &account, const Provider &provider, const Backup &backup,
                           const Location &destination, int attempt)
{
    const ProviderCapabilities capabilities = provider.capabilities();
    CopyRequest request;
    request.source = backup;
    request.destination = destination;
    if (capabilities.needsRoleArn)
        request.roleArn
            = QStringLiteral("arn:aws:iam::%1:role/service-role/"
                             "AWSBackupDefaultServiceRole")
                  .arg(account.settings.value(QStringLiteral("accountNumber")).toString());
    if (capabilities.hasExpireTime)
        request.expireTime = backup.expires.isValid() ? backup.expires
                                                      : QDateTime::currentDateTimeUtc().addDays(14);
    request.name = QStringLiteral("sweep-copy-%1").arg(attempt + 1);
    if (capabilities.hasNameAndDescription)
        request.description = QStringLiteral("made by the secret sweep");
    return request;
}

} // namespace Copydeck::Test
