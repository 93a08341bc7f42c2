#include "HuaweiConnection.h"

#include "HuaweiAccountSettings.h"
#include "HuaweiErrorParser.h"
#include "HuaweiJson.h"
#include "HuaweiLogging.h"
#include "HuaweiTime.h"

#include "core/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

#include <qcoro/qcorotimer.h>

Q_LOGGING_CATEGORY(lcHuawei, "copydeck.huawei")

namespace Copydeck {

namespace {

using namespace HuaweiAccountSettings;

int pageSizeOf(const Account &account)
{
    bool ok = false;
    const int size = account.settings.value(SettingPageSize).toInt(&ok);
    return ok && size >= 1 ? std::min(size, MaxPageSize) : DefaultPageSize;
}

CloudError inRegion(CloudError error, const QString &region)
{
    error.explanation = HuaweiConnection::tr("In %1: %2").arg(region, error.explanation);
    return error;
}

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

// How many operation-log pages a poll looks through before it asks the replication record.
constexpr int MaxLogPages = 10;

} // namespace

HuaweiConnection::HuaweiConnection(Account account, const ProviderContext &context,
                                   QProcessEnvironment environment)
    : m_account(std::move(account))
    , m_http(context.network, context.retryPolicy ? *context.retryPolicy : RetryPolicy::standard(),
             lcHuawei())
    , m_session(std::make_unique<HuaweiAuthSession>(m_account, context.secrets,
                                                    std::move(environment), m_http))
    , m_pageSize(pageSizeOf(m_account))
{ }

HuaweiConnection::~HuaweiConnection() = default;

QCoro::Task<Result<QByteArray>> HuaweiConnection::call(QByteArray method, QString region,
                                                       QString projectId, QString path,
                                                       QList<std::pair<QString, QString>> query,
                                                       QByteArray body, bool idempotent)
{
    if (projectId.isEmpty()) {
        auto found = co_await m_session->projectId(region);
        if (!found)
            co_return inRegion(found.error(), region);
        projectId = found.value();
    }
    auto prepare = co_await m_session->authorizer(region, projectId);
    if (!prepare)
        co_return inRegion(prepare.error(), region);

    QByteArray url = m_session->cbrEndpoint(region).toEncoded(
                         QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        + "/v3/" + QUrl::toPercentEncoding(projectId) + path.toUtf8();
    // Every reserved character is encoded ("+" too): Huawei's gateway reads '+' as a space.
    for (qsizetype i = 0; i < query.size(); ++i) {
        url.append(i == 0 ? '?' : '&');
        url.append(QUrl::toPercentEncoding(query.at(i).first));
        url.append('=');
        url.append(QUrl::toPercentEncoding(query.at(i).second));
    }
    HttpRequest request;
    request.method = method;
    request.url = QUrl::fromEncoded(url, QUrl::StrictMode);
    request.setHeader("User-Agent", QByteArrayLiteral("Copydeck/" COPYDECK_VERSION));
    if (!body.isEmpty()) {
        request.setHeader("Content-Type", "application/json;charset=UTF-8");
        request.body = body;
    }
    request.idempotent = idempotent;
    auto sent = co_await m_http.send(std::move(request), prepare.value(),
                                     &HuaweiErrorParser::isTransient);
    if (!sent)
        co_return inRegion(sent.error(), region);
    const HttpResponse &response = sent.value();
    if (!response.isSuccess()) {
        CloudError error = HuaweiErrorParser::toCloudError(response);
        qCInfo(lcHuawei).noquote() << method << path << "in" << region << "->" << response.status
                                   << error.cloudCode << error.requestId;
        co_return inRegion(error, region);
    }
    co_return response.body;
}

QCoro::Task<Result<QStringList>> HuaweiConnection::regions()
{
    if (!m_account.regions.isEmpty())
        co_return QStringList(m_account.regions);
    auto projects = co_await m_session->projects();
    if (!projects)
        co_return projects.error();
    const QString environmentProject = m_session->environmentProjectId();
    QStringList result;
    for (auto it = projects.value().cbegin(); it != projects.value().cend(); ++it) {
        if (environmentProject.isEmpty() || it.value() == environmentProject)
            result << it.key();
    }
    result.sort();
    co_return result;
}

QCoro::Task<Result<QList<HuaweiJson::Vault>>> HuaweiConnection::vaults(QString region,
                                                                       QString protectType)
{
    auto project = co_await m_session->projectId(region);
    if (!project)
        co_return inRegion(project.error(), region);
    QList<HuaweiJson::Vault> result;
    for (int offset = 0;;) {
        QList<std::pair<QString, QString>> query
            = {{QStringLiteral("limit"), QString::number(m_pageSize)},
               {QStringLiteral("offset"), QString::number(offset)}};
        if (!protectType.isEmpty())
            query.append({QStringLiteral("protect_type"), protectType});
        auto body = co_await call("GET", region, project.value(), QStringLiteral("/vaults"), query);
        if (!body)
            co_return body.error();
        auto page = HuaweiJson::vaultPage(body.value(), region, project.value(), m_account.id);
        if (!page)
            co_return inRegion(page.error(), region);
        result.append(page.value().vaults);
        offset += int(page.value().vaults.size());
        if (page.value().vaults.isEmpty() || offset >= page.value().count)
            break;
    }
    co_return result;
}

QCoro::Task<Result<QList<Location>>> HuaweiConnection::listLocations()
{
    auto regionList = co_await regions();
    if (!regionList)
        co_return regionList.error();
    QList<Location> locations;
    for (const QString &region : regionList.value()) {
        auto found = co_await vaults(region, QString());
        if (!found)
            co_return found.error();
        for (const HuaweiJson::Vault &vault : found.value())
            locations.append(vault.location);
    }
    co_return locations;
}

QCoro::Task<Result<BackupPage>> HuaweiConnection::listBackups(Location location, QString pageToken)
{
    const int offset = pageToken.toInt();
    QList<std::pair<QString, QString>> query
        = {{QStringLiteral("vault_id"), location.id},
           {QStringLiteral("limit"), QString::number(m_pageSize)},
           {QStringLiteral("offset"), QString::number(offset)},
           {QStringLiteral("show_replication"), QStringLiteral("true")}};
    auto body = co_await call("GET", location.region, location.owner, QStringLiteral("/backups"),
                              std::move(query));
    if (!body)
        co_return body.error();
    co_return HuaweiJson::backupPage(body.value(), location, offset);
}

QCoro::Task<Result<QJsonObject>> HuaweiConnection::showBackupJson(QString region, QString projectId,
                                                                  QString backupId)
{
    auto body = co_await call("GET", region, projectId, QStringLiteral("/backups/") + backupId, {});
    if (!body)
        co_return body.error();
    co_return QJsonDocument::fromJson(body.value())
        .object()
        .value(QStringLiteral("backup"))
        .toObject();
}

QCoro::Task<Result<Backup>> HuaweiConnection::showBackup(Backup backup)
{
    auto json = co_await showBackupJson(backup.location.region, backup.location.owner, backup.id);
    if (!json)
        co_return json.error();
    co_return HuaweiJson::backup(json.value(), backup.location);
}

QCoro::Task<Result<QList<HuaweiConnection::ReplicationTarget>>>
HuaweiConnection::replicationTargets(Backup backup)
{
    const QString region = backup.location.region;
    auto fresh = co_await showBackup(backup);
    if (!fresh)
        co_return fresh.error();
    const QStringList replicaRegions = HuaweiJson::replicaRegions(fresh.value());
    auto body = co_await call("GET", region, backup.location.owner,
                              QStringLiteral("/replication-capabilities"), {});
    if (!body)
        co_return body.error();
    auto capabilities = HuaweiJson::capabilities(body.value());
    if (!capabilities)
        co_return capabilities.error();
    QList<ReplicationTarget> targets;
    for (const QString &destination : capabilities.value().value(region)) {
        ReplicationTarget target;
        target.region = destination;
        if (replicaRegions.contains(destination)) {
            target.unavailableReason = tr("already holds a replica of this backup, or is "
                                          "receiving one");
            targets.append(target);
            continue;
        }
        auto project = co_await m_session->projectId(destination);
        if (!project) {
            target.unavailableReason = project.error().userText();
            targets.append(target);
            continue;
        }
        target.projectId = project.value();
        auto found = co_await vaults(destination, QStringLiteral("replication"));
        if (!found) {
            target.unavailableReason = found.error().userText();
        } else {
            for (const HuaweiJson::Vault &vault : found.value())
                target.vaults.append(vault.location);
            if (target.vaults.isEmpty())
                target.unavailableReason = tr("has no replication vault");
        }
        targets.append(target);
    }
    co_return targets;
}

QCoro::Task<Result<QList<Location>>> HuaweiConnection::listCopyDestinations(Backup backup)
{
    auto targets = co_await replicationTargets(std::move(backup));
    if (!targets)
        co_return targets.error();
    QList<Location> destinations;
    for (const ReplicationTarget &target : targets.value()) {
        if (target.unavailableReason.isEmpty())
            destinations.append(target.vaults);
    }
    co_return destinations;
}

QCoro::Task<Result<CopyJob>> HuaweiConnection::startCopy(CopyRequest request)
{
    CopyJob job;
    job.cloud = QString(Cloud);
    job.accountId = m_account.id;
    job.sourceId = request.source.id;
    job.sourceName = request.source.name;
    job.sourceLocation = request.source.location;
    job.destination = request.destination;
    job.sizeBytes = request.source.sizeBytes;
    job.clientToken = request.clientToken;
    job.created = QDateTime::currentDateTimeUtc();
    const QDateTime sentAfter = job.created;
    const QString region = request.source.location.region;
    const QString path = QStringLiteral("/backups/%1/replicate").arg(request.source.id);
    // Replicate takes no client token: after a failure that may have been carried out (a 5xx, a
    // lost connection, an answer cut short) the backup's replication records say whether it
    // was, before it is sent again. The service refuses a second replica in the same region
    // (BackupService.6418); after such a failure that refusal means "the first one was made".
    const int attempts = std::max(1, m_http.policy().maxAttempts);
    bool mustLook = false;
    std::optional<CloudError> refusal; // 6418 after an uncertain attempt
    CloudError error;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (attempt > 1)
            co_await QCoro::sleepFor(m_http.policy().delayAfter(attempt - 1, HttpResponse(), 0.5));
        if (mustLook) {
            auto found = co_await findSentCopy(request, sentAfter);
            if (!found) {
                error = found.error(); // cannot tell: look again, never send blindly
                continue;
            }
            if (found.value()) {
                qCInfo(lcHuawei).noquote()
                    << "replication of" << request.source.id << "to" << request.destination.region
                    << "was made by an earlier attempt:" << found.value()->remoteId;
                co_return *found.value();
            }
            if (refusal)
                co_return *refusal; // a replica made by someone else, or before this request
            mustLook = false;
        }
        auto body = co_await call("POST", region, request.source.location.owner, path, {},
                                  HuaweiJson::replicateBody(request), false);
        if (body) {
            auto started = HuaweiJson::startedReplication(body.value(), job);
            if (started) {
                qCInfo(lcHuawei).noquote()
                    << "replication" << started.value().remoteId << "of" << request.source.id
                    << "from" << region << "to" << request.destination.region;
                co_return started;
            }
            // Accepted, but the answer did not arrive whole: the records know the replication.
            error = started.error();
            mustLook = true;
            continue;
        }
        const bool uncertain = attempt > 1;
        error = body.error();
        if (uncertain && error.cloudCode == QLatin1String("BackupService.6418")) {
            refusal = error;
            mustLook = true;
            continue;
        }
        if (!error.retryable)
            co_return error;
        mustLook = true;
    }
    co_return error;
}

QCoro::Task<Result<CopyJob>> HuaweiConnection::pollCopy(CopyJob job)
{
    if (job.remoteId.isEmpty())
        co_return CloudError::local(tr("This replication was never accepted by Huawei Cloud, so "
                                       "there is nothing to ask about."));
    const Location source = job.sourceLocation;
    for (int page = 0; page < MaxLogPages; ++page) {
        QList<std::pair<QString, QString>> query
            = {{QStringLiteral("operation_type"), QStringLiteral("replication")},
               {QStringLiteral("vault_id"), source.id},
               {QStringLiteral("limit"), QString::number(m_pageSize)},
               {QStringLiteral("offset"), QString::number(page * m_pageSize)}};
        auto body = co_await call("GET", source.region, source.owner,
                                  QStringLiteral("/operation-logs"), std::move(query));
        if (!body)
            co_return body.error();
        const QJsonObject json = QJsonDocument::fromJson(body.value()).object();
        const QJsonArray logs = json.value(QStringLiteral("operation_logs")).toArray();
        // Newest first: the first log of this backup to this region is this replication, unless
        // the replica's id is already known and says otherwise.
        for (const QJsonValue &value : logs) {
            const QJsonObject log = value.toObject();
            const QJsonObject replication = log.value(QStringLiteral("extra_info"))
                                                .toObject()
                                                .value(QStringLiteral("replication"))
                                                .toObject();
            if (str(replication, "source_backup_id") != job.sourceId
                || str(replication, "destination_region") != job.destination.region)
                continue;
            if (!job.destinationBackupId.isEmpty()
                && str(replication, "destination_backup_id") != job.destinationBackupId)
                continue;
            co_return HuaweiJson::fromOperationLog(log, std::move(job));
        }
        if (logs.isEmpty()
            || (page + 1) * m_pageSize >= json.value(QStringLiteral("count")).toInt())
            break;
    }
    // No task yet: the record on the source backup says where the replication is.
    auto backup = co_await showBackupJson(source.region, source.owner, job.sourceId);
    if (!backup)
        co_return backup.error();
    for (const QJsonValue &value :
         backup.value().value(QStringLiteral("replication_records")).toArray()) {
        if (str(value.toObject(), "id") == job.remoteId)
            co_return HuaweiJson::fromReplicationRecord(value.toObject(), std::move(job));
    }
    CloudError lost;
    lost.kind = CloudError::Kind::NotFound;
    lost.explanation = tr("Huawei Cloud has no replication record %1 on backup %2 any more.")
                           .arg(job.remoteId, job.sourceId);
    co_return lost;
}

QCoro::Task<Result<std::optional<CopyJob>>> HuaweiConnection::findSentCopy(CopyRequest request,
                                                                           QDateTime sentAfter)
{
    const Location source = request.source.location;
    auto backup = co_await showBackupJson(source.region, source.owner, request.source.id);
    if (!backup)
        co_return backup.error();
    // The cloud's clock and ours may differ by a little.
    const QDateTime since = sentAfter.isValid() ? sentAfter.addSecs(-120) : QDateTime();
    std::optional<CopyJob> newest;
    for (const QJsonValue &value :
         backup.value().value(QStringLiteral("replication_records")).toArray()) {
        const QJsonObject record = value.toObject();
        if (str(record, "destination_region") != request.destination.region
            || str(record, "destination_vault_id") != request.destination.id)
            continue;
        const QDateTime created = HuaweiTime::parse(str(record, "created_at"));
        if (since.isValid() && created.isValid() && created < since)
            continue;
        if (newest && newest->created.isValid() && created.isValid() && created < newest->created)
            continue;
        CopyJob job;
        job.cloud = QString(Cloud);
        job.accountId = m_account.id;
        job.sourceId = request.source.id;
        job.sourceName = request.source.name;
        job.sourceLocation = source;
        job.destination = request.destination;
        job.sizeBytes = request.source.sizeBytes;
        job.clientToken = request.clientToken;
        newest = HuaweiJson::fromReplicationRecord(record, std::move(job));
    }
    co_return newest;
}

QCoro::Task<Result<void>> HuaweiConnection::testConnection()
{
    auto regionList = co_await regions();
    if (!regionList)
        co_return regionList.error();
    if (regionList.value().isEmpty())
        co_return CloudError::local(tr("The account lists no region, and IAM gave none."));
    const QString region = regionList.value().constFirst();
    QList<std::pair<QString, QString>> query = {{QStringLiteral("limit"), QStringLiteral("1")}};
    auto body
        = co_await call("GET", region, QString(), QStringLiteral("/vaults"), std::move(query));
    if (!body)
        co_return body.error();
    co_return Result<void>();
}

} // namespace Copydeck
