#include "RackspaceIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck {

QUrl RackspaceIdentity::tokensUrl(const QUrl &identityEndpoint)
{
    QUrl url = identityEndpoint;
    QString path = url.path();
    if (path.endsWith(QLatin1String("/tokens")))
        return url;
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("tokens"));
    return url;
}

static QByteArray authBody(const QString &kind, const QString &username, const QString &secretName,
                           const QString &secret)
{
    QJsonObject credentials;
    credentials.insert(QStringLiteral("username"), username);
    credentials.insert(secretName, secret);
    QJsonObject auth;
    auth.insert(kind, credentials);
    return QJsonDocument(QJsonObject {{QStringLiteral("auth"), auth}})
        .toJson(QJsonDocument::Compact);
}

QByteArray RackspaceIdentity::apiKeyBody(const QString &username, const QString &apiKey)
{
    return authBody(QStringLiteral("RAX-KSKEY:apiKeyCredentials"), username,
                    QStringLiteral("apiKey"), apiKey);
}

QByteArray RackspaceIdentity::passwordBody(const QString &username, const QString &password)
{
    return authBody(QStringLiteral("passwordCredentials"), username, QStringLiteral("password"),
                    password);
}

Result<RackspaceToken> RackspaceIdentity::parse(const QByteArray &body)
{
    const QJsonObject access
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("access")).toObject();
    const QJsonObject tokenJson = access.value(QStringLiteral("token")).toObject();
    RackspaceToken token;
    token.id = tokenJson.value(QStringLiteral("id")).toString().toLatin1();
    token.expires = QDateTime::fromString(tokenJson.value(QStringLiteral("expires")).toString(),
                                          Qt::ISODateWithMs)
                        .toUTC();
    token.tenantId = tokenJson.value(QStringLiteral("tenant"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString();
    if (token.id.isEmpty())
        return CloudError::protocol(
            tr("Rackspace Identity answered without a token; is the identity endpoint right?"));
    for (const QJsonValue &service : access.value(QStringLiteral("serviceCatalog")).toArray()) {
        const QJsonObject entry = service.toObject();
        if (entry.value(QStringLiteral("type")).toString() != QLatin1String("rax:database")
            && entry.value(QStringLiteral("name")).toString() != QLatin1String("cloudDatabases"))
            continue;
        for (const QJsonValue &value : entry.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject endpoint = value.toObject();
            const QString region = endpoint.value(QStringLiteral("region")).toString().toUpper();
            const QUrl url(endpoint.value(QStringLiteral("publicURL")).toString());
            if (!region.isEmpty() && url.isValid())
                token.databaseEndpoints.insert(region, url);
            if (token.tenantId.isEmpty())
                token.tenantId = endpoint.value(QStringLiteral("tenantId")).toString();
        }
    }
    if (token.databaseEndpoints.isEmpty()) {
        CloudError error = CloudError::protocol(
            tr("The account's service catalog has no Cloud Databases endpoint."));
        error.retryable = false;
        error.nextStep = tr("Check that Cloud Databases is enabled for this Rackspace account.");
        return error;
    }
    return token;
}

} // namespace Copydeck
