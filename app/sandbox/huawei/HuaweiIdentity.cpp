#include "HuaweiIdentity.h"

#include "HuaweiSandboxJson.h"
#include "HuaweiState.h"
#include "auth/HuaweiSigner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Copydeck::Sandbox {

namespace {

HuaweiErrorReply keystone(int status, const QString &title, const QString &message)
{
    return HuaweiErrorReply {status, title, message, true};
}

QJsonObject object(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}

} // namespace

HuaweiIdentity::HuaweiIdentity(const HuaweiState &state, HuaweiDemoAccount account)
    : m_state(state)
    , m_account(std::move(account))
    , m_random(0x1a4u)
{ }

SandboxResponse HuaweiIdentity::issueToken(const SandboxRequest &request, qint64 nowMs,
                                           const QByteArray &requestId)
{
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return keystone(400, QStringLiteral("Bad Request"),
                        QStringLiteral("The request body is not JSON."))
            .toResponse(requestId);
    const QJsonObject auth = object(body, "auth");
    const QJsonObject identity = object(auth, "identity");
    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    if (!methods.contains(QStringLiteral("password")))
        return keystone(400, QStringLiteral("Bad Request"),
                        QStringLiteral("The sandbox's IAM issues tokens for the password method "
                                       "only."))
            .toResponse(requestId);
    const QJsonObject user = object(object(identity, "password"), "user");
    const QJsonObject domain = object(user, "domain");
    const QString domainName = domain.value(QStringLiteral("name")).toString();
    const QString domainId = domain.value(QStringLiteral("id")).toString();
    const bool domainMatches = domainName == m_account.domainName
        || (!domainId.isEmpty() && domainId == m_state.domainId);
    if (!domainMatches || user.value(QStringLiteral("name")).toString() != m_account.userName
        || user.value(QStringLiteral("password")).toString() != m_account.password)
        return keystone(401, QStringLiteral("Unauthorized"),
                        QStringLiteral("The username or password is wrong."))
            .toResponse(requestId);

    const QJsonObject scope = object(object(auth, "scope"), "project");
    const HuaweiProject *project = nullptr;
    if (!scope.isEmpty()) {
        for (const HuaweiProject &p : m_state.projects) {
            if (p.id == scope.value(QStringLiteral("id")).toString()
                || p.name == scope.value(QStringLiteral("name")).toString())
                project = &p;
        }
        if (!project)
            return keystone(400, QStringLiteral("Bad Request"),
                            QStringLiteral("The project in the scope does not exist."))
                .toResponse(requestId);
    }

    QByteArray token = QByteArrayLiteral("MIIsandbox");
    for (int i = 0; i < 48; ++i)
        token.append(char('A' + m_random.bounded(26)));
    m_tokens.insert(QString::fromLatin1(token),
                    Token {project ? project->id : QString(), nowMs + m_tokenLifetimeMs});
    ++m_tokensIssued;

    const QJsonObject domainJson {{QStringLiteral("id"), m_state.domainId},
                                  {QStringLiteral("name"), m_state.domainName}};
    QJsonObject tokenJson {
        {QStringLiteral("expires_at"), HuaweiSandboxJson::zonedTime(nowMs + m_tokenLifetimeMs)},
        {QStringLiteral("issued_at"), HuaweiSandboxJson::zonedTime(nowMs)},
        {QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
        {QStringLiteral("user"),
         QJsonObject {
             {QStringLiteral("id"), QString(m_state.domainId.left(16) + QStringLiteral("user"))},
             {QStringLiteral("name"), m_account.userName},
             {QStringLiteral("domain"), domainJson}}},
        {QStringLiteral("roles"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("cbr_adm")}}}},
        {QStringLiteral("catalog"), QJsonArray()},
    };
    if (project)
        tokenJson.insert(QStringLiteral("project"),
                         QJsonObject {{QStringLiteral("id"), project->id},
                                      {QStringLiteral("name"), project->name},
                                      {QStringLiteral("domain"), domainJson}});
    SandboxResponse response;
    response.status = 201;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("X-Subject-Token"), token},
                        {QByteArrayLiteral("X-Request-Id"), requestId}};
    response.body = QJsonDocument(QJsonObject {{QStringLiteral("token"), tokenJson}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

std::variant<HuaweiCaller, HuaweiErrorReply>
HuaweiIdentity::authenticate(const SandboxRequest &request, qint64 nowMs) const
{
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty()) {
        const auto found = m_tokens.constFind(QString::fromLatin1(token));
        if (found == m_tokens.cend())
            return HuaweiErrors::unauthenticated(QStringLiteral("the token is not valid."));
        if (found->expiresMs <= nowMs)
            return HuaweiErrors::unauthenticated(QStringLiteral("the token has expired."));
        return HuaweiCaller {found->projectId, false};
    }
    if (!request.header("Authorization").isEmpty())
        return verifySignature(request, nowMs);
    return HuaweiErrors::unauthenticated(
        QStringLiteral("the request has neither X-Auth-Token nor an Authorization signature."));
}

std::variant<HuaweiCaller, HuaweiErrorReply>
HuaweiIdentity::verifySignature(const SandboxRequest &request, qint64 nowMs) const
{
    const auto authorization = HuaweiSigner::parseAuthorization(request.header("Authorization"));
    if (!authorization)
        return HuaweiErrors::unauthenticated(
            QStringLiteral("the Authorization header is not SDK-HMAC-SHA256."));
    if (authorization->accessKey != m_account.accessKey)
        return HuaweiErrors::unauthenticated(QStringLiteral("the access key does not exist."));
    if (!authorization->signedHeaders.contains("x-sdk-date"))
        return HuaweiErrors::unauthenticated(QStringLiteral("X-Sdk-Date is not signed."));
    const auto date = HuaweiSigner::parseSdkDate(request.header("X-Sdk-Date"));
    if (!date)
        return HuaweiErrors::unauthenticated(
            QStringLiteral("X-Sdk-Date is missing or not in the form YYYYMMDDTHHMMSSZ."));
    if (std::abs(date->toMSecsSinceEpoch() - nowMs) > AllowedClockSkewMs)
        return HuaweiErrors::unauthenticated(
            QStringLiteral("X-Sdk-Date is more than 15 minutes away from the server's time."));
    const QByteArray canonical = HuaweiSigner::canonicalRequest(
        request.method, request.rawPath, request.rawQuery, request.headers,
        authorization->signedHeaders, HuaweiSigner::payloadHashHex(request.headers, request.body));
    const QByteArray expected = HuaweiSigner::signatureHex(
        m_account.secretKey, HuaweiSigner::stringToSign(request.header("X-Sdk-Date"), canonical));
    if (expected != authorization->signature)
        return HuaweiErrors::unauthenticated(QStringLiteral("verify aksk signature fail."));
    return HuaweiCaller {QString::fromLatin1(request.header("X-Project-Id")), true};
}

HuaweiReply HuaweiIdentity::listProjects(const QUrlQuery &query) const
{
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    QJsonArray projects;
    for (const HuaweiProject &p : m_state.projects) {
        if (!name.isEmpty() && p.name != name)
            continue;
        projects.append(QJsonObject {{QStringLiteral("id"), p.id},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("domain_id"), m_state.domainId},
                                     {QStringLiteral("parent_id"), m_state.domainId},
                                     {QStringLiteral("enabled"), true},
                                     {QStringLiteral("is_domain"), false},
                                     {QStringLiteral("description"), QString()}});
    }
    return QJsonObject {{QStringLiteral("projects"), projects},
                        {QStringLiteral("links"),
                         QJsonObject {{QStringLiteral("self"), QStringLiteral("/v3/projects")}}}};
}

} // namespace Copydeck::Sandbox
