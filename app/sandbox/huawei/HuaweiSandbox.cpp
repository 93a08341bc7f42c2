#include "HuaweiSandbox.h"

#include "HuaweiCbrApi.h"
#include "HuaweiIdentity.h"
#include "HuaweiSandboxLogging.h"
#include "HuaweiState.h"
#include "core/Clock.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SimulatedClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace Copydeck::Sandbox {

Q_LOGGING_CATEGORY(lcSandboxHuawei, "copydeck.sandbox.huawei")

namespace {

SandboxResponse reply(const HuaweiReply &result, const QByteArray &requestId, int status = 200)
{
    if (const auto *error = std::get_if<HuaweiErrorReply>(&result))
        return error->toResponse(requestId);
    SandboxResponse response;
    response.status = status;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("X-Request-Id"), requestId}};
    response.body = QJsonDocument(std::get<QJsonObject>(result)).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace

HuaweiSandbox::HuaweiSandbox(const Clock &wallClock, const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SimulatedClock>(wallClock, options.speed))
    , m_state(std::make_unique<HuaweiState>(*m_clock, options.seed))
{
    HuaweiSeed::populate(*m_state, options.seed, options.scale, m_clock->wallMs());
    m_identity = std::make_unique<HuaweiIdentity>(*m_state, HuaweiSeed::demoAccount());
    m_cbr = std::make_unique<HuaweiCbrApi>(*m_state);
}

HuaweiSandbox::~HuaweiSandbox() = default;

bool HuaweiSandbox::start(quint16 port, QString *error)
{
    auto *server = new SandboxHttpServer(
        QStringLiteral("Huawei Cloud"),
        [this](const SandboxRequest &request) { return handle(request); }, this);
    if (!server->start(port, error)) {
        delete server;
        return false;
    }
    // Injected faults (--faults) answer as Huawei Cloud does: error_code and error_msg, with an
    // X-Request-Id.
    server->setFaultReply([](int status) {
        return HuaweiErrors::injectedFault(status).toResponse(
            QUuid::createUuid().toByteArray(QUuid::Id128));
    });
    m_server = server;
    return true;
}

QUrl HuaweiSandbox::iamEndpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->port() : 0);
    return url;
}

QString HuaweiSandbox::cbrEndpointTemplate() const
{
    return iamEndpoint().toString() + QStringLiteral("/cbr/{region}");
}

QUrl HuaweiSandbox::cbrEndpoint(const QString &region) const
{
    QUrl url = iamEndpoint();
    url.setPath(QStringLiteral("/cbr/") + region);
    return url;
}

HuaweiDemoAccount HuaweiSandbox::demoAccount() const
{
    return HuaweiSeed::demoAccount();
}

QString HuaweiSandbox::projectId(const QString &region) const
{
    const HuaweiProject *project = m_state->projectInRegion(region);
    return project ? project->id : QString();
}

QJsonObject HuaweiSandbox::startupInfo() const
{
    const HuaweiDemoAccount account = demoAccount();
    QJsonObject projects;
    for (const HuaweiProject &p : m_state->projects)
        projects.insert(p.region, p.id);
    return QJsonObject {
        {QStringLiteral("endpoint"), cbrEndpointTemplate()},
        {QStringLiteral("iamEndpoint"), iamEndpoint().toString()},
        {QStringLiteral("domainName"), account.domainName},
        {QStringLiteral("userName"), account.userName},
        {QStringLiteral("password"), account.password},
        {QStringLiteral("accessKey"), account.accessKey},
        {QStringLiteral("secretKey"), account.secretKey},
        {QStringLiteral("regions"), QJsonArray::fromStringList(account.regions)},
        {QStringLiteral("projects"), projects},
    };
}

void HuaweiSandbox::setSpeed(double speed)
{
    m_state->settle();
    m_clock->setSpeed(speed);
}

HuaweiState &HuaweiSandbox::state() const
{
    m_state->settle();
    return *m_state;
}

SandboxResponse HuaweiSandbox::handle(const SandboxRequest &request)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::Id128);
    m_state->settle();
    const SandboxResponse response = route(request, requestId);
    qCDebug(lcSandboxHuawei).noquote()
        << request.method << QString::fromLatin1(request.rawPath) << response.status;
    return response;
}

SandboxResponse HuaweiSandbox::route(const SandboxRequest &request, const QByteArray &requestId)
{
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    const qint64 nowMs = m_clock->wallMs();
    QByteArray path = request.rawPath;
    if (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));

    if (path == "/v3/auth/tokens" && method == "POST")
        return m_identity->issueToken(request, nowMs, requestId);

    const auto caller = m_identity->authenticate(request, nowMs);
    if (const auto *error = std::get_if<HuaweiErrorReply>(&caller))
        return error->toResponse(requestId);
    const HuaweiCaller &who = std::get<HuaweiCaller>(caller);

    if (path == "/v3/projects" && get)
        return reply(m_identity->listProjects(query), requestId);

    // /cbr/{region}/v3/{project_id}/...
    const QList<QByteArray> segments = path.split('/');
    const qsizetype count = segments.size();
    if (count < 5 || segments.at(1) != "cbr" || segments.at(3) != "v3")
        return HuaweiErrors::noSuchApi(method, request.rawPath).toResponse(requestId);
    const QString region = QUrl::fromPercentEncoding(segments.at(2));
    const QString projectId = QUrl::fromPercentEncoding(segments.at(4));
    if (!m_state->projectInRegion(region))
        return HuaweiErrors::noSuchApi(method, request.rawPath).toResponse(requestId);
    const HuaweiProject *project = m_state->project(projectId);
    if (!project || project->region != region)
        return HuaweiErrors::wrongProject(
                   QStringLiteral("The project %1 is not a project of region %2.")
                       .arg(projectId, region))
            .toResponse(requestId);
    if ((!who.signedWithKey || !who.projectId.isEmpty()) && who.projectId != projectId)
        return HuaweiErrors::wrongProject(
                   who.signedWithKey
                       ? QStringLiteral("X-Project-Id does not match the project in the path.")
                       : QStringLiteral("The token is not scoped to the project %1.")
                             .arg(projectId))
            .toResponse(requestId);

    const auto segment = [&](qsizetype i) { return QUrl::fromPercentEncoding(segments.at(i)); };
    const QByteArray resource = count > 5 ? segments.at(5) : QByteArray();
    if (resource == "backups") {
        if (get && count == 6)
            return reply(m_cbr->listBackups(projectId, query), requestId);
        if (get && count == 7)
            return reply(m_cbr->showBackup(projectId, segment(6)), requestId);
        if (method == "POST" && count == 8 && segments.at(7) == "replicate")
            return reply(m_cbr->replicate(projectId, segment(6), request.body), requestId);
    } else if (resource == "vaults") {
        if (get && count == 6)
            return reply(m_cbr->listVaults(projectId, query), requestId);
        if (get && count == 7)
            return reply(m_cbr->showVault(projectId, segment(6)), requestId);
    } else if (resource == "replication-capabilities" && get && count == 6) {
        return reply(m_cbr->replicationCapabilities(), requestId);
    } else if (resource == "operation-logs" && get) {
        if (count == 6)
            return reply(m_cbr->listOperationLogs(projectId, query), requestId);
        if (count == 7)
            return reply(m_cbr->showOperationLog(projectId, segment(6)), requestId);
    }
    return HuaweiErrors::noSuchApi(method, request.rawPath).toResponse(requestId);
}

} // namespace Copydeck::Sandbox
