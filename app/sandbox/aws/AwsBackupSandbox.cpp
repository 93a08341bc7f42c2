#include "AwsBackupSandbox.h"

#include "AwsArn.h"
#include "AwsBackupOperations.h"
#include "AwsBackupSeed.h"
#include "AwsBackupState.h"
#include "AwsErrorReply.h"
#include "AwsSandboxLogging.h"
#include "AwsSigV4Verifier.h"
#include "core/Clock.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SimulatedClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandboxAws, "copydeck.sandbox.aws")

namespace Copydeck::Sandbox {

namespace {

QString decoded(const QByteArray &segment)
{
    return QUrl::fromPercentEncoding(segment);
}

SandboxResponse jsonResponse(const QJsonObject &body, const QByteArray &requestId)
{
    SandboxResponse response;
    response.status = 200;
    response.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("x-amzn-RequestId"), requestId},
    };
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse reply(const AwsBackupOperations::Reply &result, const QByteArray &requestId)
{
    if (const auto *error = std::get_if<AwsErrorReply>(&result))
        return error->toResponse(requestId);
    return jsonResponse(std::get<QJsonObject>(result), requestId);
}

} // namespace

AwsBackupSandbox::AwsBackupSandbox(const Clock &wallClock, const SandboxOptions &options,
                                   QObject *parent)
    : QObject(parent)
    , m_wallClock(wallClock)
    , m_options(options)
    , m_clock(std::make_unique<SimulatedClock>(wallClock, options.speed))
    , m_state(std::make_unique<AwsBackupState>(*m_clock, options.seed))
    , m_verifier(std::make_unique<AwsSigV4Verifier>(QStringLiteral("backup")))
    , m_operations(std::make_unique<AwsBackupOperations>(*m_state))
{
    for (const SandboxCredential &credential : AwsBackupSeed::credentials()) {
        m_verifier->addIdentity({credential.accessKeyId, credential.secretAccessKey,
                                 credential.sessionToken, credential.accountNumber});
    }
    AwsBackupSeed::populate(*m_state, options.scale, m_clock->wallMs());
}

AwsBackupSandbox::~AwsBackupSandbox() = default;

bool AwsBackupSandbox::start(quint16 port, QString *error)
{
    auto *server = new SandboxHttpServer(
        QStringLiteral("AWS Backup"),
        [this](const SandboxRequest &request) { return handle(request); }, this);
    if (!server->start(port, error)) {
        delete server;
        return false;
    }
    // Injected faults (--faults) answer as AWS does: restJson1 errors with a request id.
    server->setFaultReply([](int status) {
        const QString type = status == 429 ? QStringLiteral("ThrottlingException")
            : status == 503                ? QStringLiteral("ServiceUnavailableException")
                                           : QStringLiteral("InternalFailure");
        const QString message = status == 429 ? QStringLiteral("Rate exceeded")
            : status == 503 ? QStringLiteral("The service is unavailable. Try again later.")
                            : QStringLiteral("The request processing has failed because of an "
                                             "unknown error, exception or failure.");
        return AwsErrorReply {status, type, message, {}, {}}.toResponse(
            QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    });
    m_server = server;
    return true;
}

QUrl AwsBackupSandbox::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->port() : 0);
    return url;
}

QList<SandboxCredential> AwsBackupSandbox::credentials() const
{
    return AwsBackupSeed::credentials();
}

QJsonObject AwsBackupSandbox::startupInfo() const
{
    QJsonArray accounts;
    for (const SandboxCredential &credential : credentials()) {
        QJsonObject account;
        account.insert(QStringLiteral("name"), credential.name);
        account.insert(QStringLiteral("accountNumber"), credential.accountNumber);
        account.insert(QStringLiteral("accessKeyId"), credential.accessKeyId);
        account.insert(QStringLiteral("secretAccessKey"), credential.secretAccessKey);
        if (!credential.sessionToken.isEmpty())
            account.insert(QStringLiteral("sessionToken"), credential.sessionToken);
        account.insert(QStringLiteral("regions"), QJsonArray::fromStringList(credential.regions));
        accounts.append(account);
    }
    QJsonObject info;
    info.insert(QStringLiteral("endpoint"), endpoint().toString());
    info.insert(QStringLiteral("accounts"), accounts);
    if (!scaleVaultArn().isEmpty())
        info.insert(QStringLiteral("scaleVaultArn"), scaleVaultArn());
    return info;
}

void AwsBackupSandbox::setSpeed(double speed)
{
    // Jobs are brought up to now at the old speed before the clock changes pace.
    m_state->settle();
    m_clock->setSpeed(speed);
}

SandboxResponse AwsBackupSandbox::handle(const SandboxRequest &request)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_state->settle();

    const auto verified = m_verifier->verify(
        request, QDateTime::fromMSecsSinceEpoch(m_clock->wallMs(), QTimeZone::utc()));
    SandboxResponse response;
    if (const auto *error = std::get_if<AwsErrorReply>(&verified))
        response = error->toResponse(requestId);
    else
        response = route(request, std::get<AwsCaller>(verified), requestId);
    qCDebug(lcSandboxAws).noquote()
        << request.method << QString::fromLatin1(request.rawPath) << response.status;
    return response;
}

SandboxResponse AwsBackupSandbox::route(const SandboxRequest &request, const AwsCaller &caller,
                                        const QByteArray &requestId)
{
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));
    const QList<QByteArray> segments = request.rawPath.split('/');
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    const qsizetype count = segments.size();
    const QByteArray top = count > 1 ? segments.at(1) : QByteArray();
    const auto tail = [&](qsizetype from) {
        QStringList parts;
        for (qsizetype i = from; i < count; ++i)
            parts.append(decoded(segments.at(i)));
        return parts.join(QLatin1Char('/'));
    };

    if (top == "backup-vaults" && get) {
        // /backup-vaults/
        if (count == 2 || (count == 3 && segments.at(2).isEmpty()))
            return reply(m_operations->listBackupVaults(caller, query), requestId);
        const QString vaultName = decoded(segments.at(2));
        // /backup-vaults/{name}
        if (count == 3)
            return reply(m_operations->describeBackupVault(caller, vaultName, query), requestId);
        if (segments.at(3) == "recovery-points") {
            // /backup-vaults/{name}/recovery-points/
            if (count == 4 || (count == 5 && segments.at(4).isEmpty()))
                return reply(
                    m_operations->listRecoveryPointsByBackupVault(caller, vaultName, query),
                    requestId);
            // /backup-vaults/{name}/recovery-points/{arn}: the ARN arrives percent-encoded
            // (including its '/'), but a client that left '/' alone is understood too.
            return reply(m_operations->describeRecoveryPoint(caller, vaultName, tail(4), query),
                         requestId);
        }
    }
    if (top == "copy-jobs") {
        const bool collection = count == 2 || (count == 3 && segments.at(2).isEmpty());
        if (method == "PUT" && count == 2)
            return reply(m_operations->startCopyJob(caller, request.body), requestId);
        if (get && collection)
            return reply(m_operations->listCopyJobs(caller, query), requestId);
        if (get && count == 3)
            return reply(m_operations->describeCopyJob(caller, decoded(segments.at(2))), requestId);
    }
    AwsErrorReply unknown;
    unknown.status = 404;
    unknown.type = QStringLiteral("UnknownOperationException");
    unknown.message = QStringLiteral("The sandbox's AWS Backup service has no operation at %1 %2")
                          .arg(QString::fromLatin1(method), QString::fromLatin1(request.rawPath));
    return unknown.toResponse(requestId);
}

int AwsBackupSandbox::copyJobCount() const
{
    m_state->settle();
    return int(m_state->copyJobs().size());
}

std::optional<AwsCopyJob> AwsBackupSandbox::copyJob(const QString &copyJobId) const
{
    m_state->settle();
    const AwsCopyJob *job = m_state->findCopyJob(copyJobId);
    return job ? std::optional<AwsCopyJob>(*job) : std::nullopt;
}

std::optional<AwsRecoveryPoint> AwsBackupSandbox::recoveryPoint(const QString &arn) const
{
    m_state->settle();
    const AwsRecoveryPoint *rp = m_state->findRecoveryPointAnywhere(arn);
    return rp ? std::optional<AwsRecoveryPoint>(*rp) : std::nullopt;
}

QList<AwsRecoveryPoint> AwsBackupSandbox::recoveryPoints(const QString &vaultArn) const
{
    m_state->settle();
    QList<AwsRecoveryPoint> result;
    for (const AwsRecoveryPoint *rp : m_state->allRecoveryPoints(vaultArn))
        result.append(*rp);
    return result;
}

QString AwsBackupSandbox::vaultArn(const QString &region, const QString &accountId,
                                   const QString &name)
{
    return AwsArn::backupVault(region, accountId, name);
}

QString AwsBackupSandbox::scaleVaultArn() const
{
    if (m_options.scale <= 0)
        return {};
    return AwsArn::backupVault(QStringLiteral("us-east-1"), AwsBackupSeed::productionAccount(),
                               QLatin1String(AwsBackupSeed::ScaleVaultName));
}

} // namespace Copydeck::Sandbox
