#include "SpannerSandbox.h"

#include "SpannerOAuth.h"
#include "SpannerReadApi.h"
#include "SpannerSandboxLogging.h"
#include "SpannerSeed.h"
#include "SpannerState.h"
#include "SpannerWriteApi.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SimulatedClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSandboxSpanner, "copydeck.sandbox.spanner")

namespace Copydeck::Sandbox {

namespace {

SandboxResponse reply(const SpannerReply &result)
{
    if (const auto *error = std::get_if<GoogleErrorReply>(&result))
        return error->toResponse();
    SandboxResponse response;
    response.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=UTF-8")}};
    response.body = QJsonDocument(std::get<QJsonObject>(result)).toJson(QJsonDocument::Indented);
    return response;
}

} // namespace

SpannerSandbox::SpannerSandbox(const Clock &wallClock, const SandboxOptions &options,
                               QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SimulatedClock>(wallClock, options.speed))
    , m_state(std::make_unique<SpannerState>(*m_clock))
    , m_oauth(std::make_unique<SpannerOAuth>(wallClock, QLatin1String(SpannerSeed::DemoProject),
                                             options.seed))
    , m_read(std::make_unique<SpannerReadApi>(*m_state))
    , m_write(std::make_unique<SpannerWriteApi>(*m_state, *m_read))
{
    SpannerSeed::populate(*m_state, options.seed);
}

SpannerSandbox::~SpannerSandbox() = default;

bool SpannerSandbox::start(quint16 port, QString *error)
{
    auto *server = new SandboxHttpServer(
        QStringLiteral("Cloud Spanner"),
        [this](const SandboxRequest &request) { return handle(request); }, this);
    if (!server->start(port, error)) {
        delete server;
        return false;
    }
    // Injected faults (--faults) answer as Google's front end does (the token endpoint too).
    server->setFaultReply(
        [](int status) { return GoogleErrorReply::injectedFault(status).toResponse(); });
    m_server = server;
    m_oauth->setTokenUri(tokenUri());
    return true;
}

QUrl SpannerSandbox::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->port() : 0);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl SpannerSandbox::tokenUri() const
{
    QUrl url = endpoint();
    url.setPath(QStringLiteral("/token"));
    return url;
}

QJsonObject SpannerSandbox::serviceAccountKey() const
{
    return m_oauth->serviceAccountKey();
}

QJsonObject SpannerSandbox::authorizedUser() const
{
    return m_oauth->authorizedUser();
}

QJsonObject SpannerSandbox::startupInfo() const
{
    QJsonObject info;
    info.insert(QStringLiteral("endpoint"), endpoint().toString());
    info.insert(QStringLiteral("tokenUri"), tokenUri().toString());
    info.insert(QStringLiteral("projects"), QJsonArray::fromStringList(m_state->projects));
    info.insert(QStringLiteral("serviceAccountKey"), serviceAccountKey());
    info.insert(QStringLiteral("authorizedUser"), authorizedUser());
    return info;
}

void SpannerSandbox::setSpeed(double speed)
{
    m_state->settle();
    m_clock->setSpeed(speed);
}

SandboxResponse SpannerSandbox::handle(const SandboxRequest &request)
{
    m_state->settle();
    SandboxResponse response;
    if (request.rawPath == "/token") {
        response = m_oauth->token(request);
    } else if (const auto refused = m_oauth->authorize(request)) {
        response = refused->toResponse();
    } else {
        response = route(request);
    }
    qCDebug(lcSandboxSpanner).noquote()
        << request.method << QString::fromLatin1(request.rawPath) << response.status;
    return response;
}

SandboxResponse SpannerSandbox::route(const SandboxRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));
    // Resource names travel unescaped ({+name}); a client that escaped '/' or ':' is understood.
    const QString path = QUrl::fromPercentEncoding(request.rawPath);
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    QStringList segments = path.split(QLatin1Char('/'));
    if (segments.size() < 4 || !segments.at(0).isEmpty() || segments.at(1) != QLatin1String("v1")
        || segments.at(2) != QLatin1String("projects"))
        return GoogleErrorReply::unknownMethod(method, request.rawPath).toResponse();
    segments = segments.mid(2); // projects, P, ...
    const qsizetype count = segments.size();
    const QString project = segments.at(1);
    const auto name
        = [&](qsizetype length) { return segments.mid(0, length).join(QLatin1Char('/')); };
    const auto is = [&](qsizetype index, const char *word) {
        return index < count && segments.at(index) == QLatin1String(word);
    };

    if (get && count == 3 && is(2, "instanceConfigs"))
        return reply(m_read->listInstanceConfigs(project, query));
    if (get && count == 4 && is(2, "instanceConfigs"))
        return reply(m_read->getInstanceConfig(name(4)));
    if (get && count == 3 && is(2, "instances"))
        return reply(m_read->listInstances(project, query));
    if (count >= 4 && is(2, "instances")) {
        const QString instance = name(4);
        if (get && count == 4)
            return reply(m_read->getInstance(instance));
        if (get && count == 5 && is(4, "databases"))
            return reply(m_read->listDatabases(instance, query));
        if (get && count == 6 && is(4, "databases"))
            return reply(m_read->getDatabase(name(6)));
        if (get && count == 5 && is(4, "backups"))
            return reply(m_read->listBackups(instance, query));
        if (get && count == 6 && is(4, "backups"))
            return reply(m_read->getBackup(name(6)));
        const bool post = method == "POST";
        if (post && count == 5 && is(4, "backups"))
            return reply(m_write->createBackup(instance, query, request.body));
        if (post && count == 5 && is(4, "backups:copy"))
            return reply(m_write->copyBackup(instance, request.body));
        if (get && count == 5 && is(4, "backupOperations"))
            return reply(m_write->listBackupOperations(instance, query));
        if (method == "PATCH" && count == 6 && is(4, "backups"))
            return reply(m_write->patchBackup(name(6), query, request.body));
        if (method == "DELETE" && count == 6 && is(4, "backups"))
            return reply(m_write->deleteBackup(name(6)));
        if (get && count == 7 && is(4, "backups") && is(6, "operations"))
            return reply(m_write->listOperations(name(6), query));
        if (count == 8 && is(4, "backups") && is(6, "operations")) {
            const QString operation = name(8);
            const QLatin1String cancel(":cancel");
            if (get)
                return reply(m_write->getOperation(operation));
            if (post && operation.endsWith(cancel))
                return reply(m_write->cancelOperation(operation.chopped(cancel.size())));
        }
    }
    return GoogleErrorReply::unknownMethod(method, request.rawPath).toResponse();
}

} // namespace Copydeck::Sandbox
