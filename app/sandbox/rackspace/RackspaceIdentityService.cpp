#include "RackspaceIdentityService.h"

#include "RackspaceDatabaseState.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Copydeck::Sandbox {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject endpoint(const QString &region, const QString &tenantId, const QUrl &url)
{
    QJsonObject entry;
    entry.insert(QStringLiteral("region"), region);
    entry.insert(QStringLiteral("tenantId"), tenantId);
    entry.insert(QStringLiteral("publicURL"), url.toString());
    return entry;
}

} // namespace

RackspaceIdentityService::RackspaceIdentityService(const Clock &wallClock, RegionUrl regionUrl)
    : m_wallClock(wallClock)
    , m_regionUrl(std::move(regionUrl))
{ }

void RackspaceIdentityService::addUser(const User &user)
{
    m_users.append(user);
}

SandboxResponse RackspaceIdentityService::tokens(const SandboxRequest &request)
{
    if (request.method != "POST")
        return RackspaceFault::badMethod(QStringLiteral("Method not allowed.")).toResponse();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject auth = document.object().value(QStringLiteral("auth")).toObject();
    if (parseError.error != QJsonParseError::NoError || auth.isEmpty())
        return RackspaceFault::badRequest(
                   QStringLiteral("Invalid json request body: expected an \"auth\" object."))
            .toResponse();

    const QJsonObject apiKey = auth.value(QStringLiteral("RAX-KSKEY:apiKeyCredentials")).toObject();
    const QJsonObject password = auth.value(QStringLiteral("passwordCredentials")).toObject();
    const bool byKey = !apiKey.isEmpty();
    if (!byKey && password.isEmpty())
        return RackspaceFault::badRequest(
                   QStringLiteral("Invalid request: credentials must be apiKeyCredentials or "
                                  "passwordCredentials."))
            .toResponse();
    const QJsonObject &credentials = byKey ? apiKey : password;
    const QString username = credentials.value(QStringLiteral("username")).toString();
    const QString secret
        = credentials.value(byKey ? QStringLiteral("apiKey") : QStringLiteral("password"))
              .toString();
    if (username.isEmpty() || secret.isEmpty())
        return RackspaceFault::badRequest(byKey
                                              ? QStringLiteral("Expecting apiKey and username.")
                                              : QStringLiteral("Expecting password and username."))
            .toResponse();

    const User *user = nullptr;
    for (const User &candidate : std::as_const(m_users)) {
        if (candidate.username == username
            && (byKey ? candidate.apiKey : candidate.password) == secret)
            user = &candidate;
    }
    if (!user)
        return RackspaceFault::unauthorized(
                   byKey ? QStringLiteral("Username or api key is invalid.")
                         : QStringLiteral("Username or password is invalid."))
            .toResponse();

    const QDateTime now = m_wallClock.now().toUTC();
    const QString tokenId
        = QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-'));
    Token token {user->tenantId, now.addSecs(m_lifetime.count())};
    m_tokens.insert(tokenId, token);
    ++m_issued;
    m_lastToken = tokenId;

    QJsonObject tenant;
    tenant.insert(QStringLiteral("id"), user->tenantId);
    tenant.insert(QStringLiteral("name"), user->tenantId);
    QJsonObject tokenJson;
    tokenJson.insert(QStringLiteral("id"), tokenId);
    tokenJson.insert(QStringLiteral("expires"), iso(token.expires));
    tokenJson.insert(QStringLiteral("tenant"), tenant);
    tokenJson.insert(QStringLiteral("RAX-AUTH:authenticatedBy"),
                     QJsonArray {byKey ? QStringLiteral("APIKEY") : QStringLiteral("PASSWORD")});

    QJsonArray databaseEndpoints;
    for (const QString &region : RackspaceDatabaseState::regions())
        databaseEndpoints.append(
            endpoint(region, user->tenantId, m_regionUrl(region, user->tenantId)));
    QJsonObject databases;
    databases.insert(QStringLiteral("name"), QStringLiteral("cloudDatabases"));
    databases.insert(QStringLiteral("type"), QStringLiteral("rax:database"));
    databases.insert(QStringLiteral("endpoints"), databaseEndpoints);
    // Another service in the catalog, so that a client must pick the right entry.
    QJsonObject files;
    files.insert(QStringLiteral("name"), QStringLiteral("cloudFiles"));
    files.insert(QStringLiteral("type"), QStringLiteral("object-store"));
    files.insert(QStringLiteral("endpoints"),
                 QJsonArray {endpoint(QStringLiteral("DFW"),
                                      QStringLiteral("MossoCloudFS_") + user->tenantId,
                                      QUrl(QStringLiteral("https://storage101.dfw1.clouddrive.com/"
                                                          "v1/MossoCloudFS_")
                                           + user->tenantId))});

    QJsonObject role;
    role.insert(QStringLiteral("name"), QStringLiteral("identity:default"));
    QJsonObject userJson;
    userJson.insert(QStringLiteral("id"), user->userId);
    userJson.insert(QStringLiteral("name"), user->username);
    userJson.insert(QStringLiteral("roles"), QJsonArray {role});
    userJson.insert(QStringLiteral("RAX-AUTH:defaultRegion"), user->defaultRegion);

    QJsonObject access;
    access.insert(QStringLiteral("token"), tokenJson);
    access.insert(QStringLiteral("serviceCatalog"), QJsonArray {files, databases});
    access.insert(QStringLiteral("user"), userJson);
    SandboxResponse response;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = QJsonDocument(QJsonObject {{QStringLiteral("access"), access}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

std::optional<RackspaceFault> RackspaceIdentityService::authorize(const SandboxRequest &request,
                                                                  const QString &tenantId) const
{
    const QString tokenId = QString::fromLatin1(request.header("X-Auth-Token"));
    const auto it = m_tokens.constFind(tokenId);
    if (tokenId.isEmpty() || it == m_tokens.cend() || it->expires <= m_wallClock.now()
        || it->tenantId != tenantId)
        return RackspaceFault::unauthorized(
            QStringLiteral("This server could not verify that you are authorized to access the "
                           "document you requested. Either you supplied the wrong credentials "
                           "(e.g., bad password), or your browser does not understand how to "
                           "supply the credentials required."));
    return std::nullopt;
}

} // namespace Copydeck::Sandbox
