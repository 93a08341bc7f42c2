// SpannerConnection's long-running operations: copy, create, poll, cancel, find, list, and the
// expiry update.

#include "SpannerConnection.h"

#include "SpannerAccountSettings.h"
#include "SpannerJson.h"
#include "SpannerLogging.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Copydeck {

CopyJob SpannerConnection::jobFor(const CopyRequest &request) const
{
    CopyJob job;
    job.operation = request.operation;
    job.cloud = QString(SpannerAccountSettings::Cloud);
    job.accountId = m_account.id;
    job.sourceId = request.source.id;
    job.sourceName = request.source.name;
    job.sourceLocation = request.source.location;
    job.destination = request.destination;
    job.sizeBytes = request.source.sizeBytes;
    // The backup id is what makes a resubmission safe: the same id cannot be made twice.
    job.clientToken = request.clientToken.isEmpty() ? request.name : request.clientToken;
    job.created = m_clock->now();
    return job;
}

QCoro::Task<Result<CopyJob>>
SpannerConnection::startOperation(CopyJob job, QString path,
                                  QList<std::pair<QString, QString>> query, QByteArray body)
{
    const Result<QJsonObject> operation = co_await callJson("POST", path, query, body);
    if (!operation)
        co_return operation.error();
    SpannerJson::applyOperation(operation.value(), job);
    if (job.remoteId.isEmpty())
        co_return CloudError::protocol(tr("Google Cloud Spanner accepted the request but named "
                                          "no operation to follow."));
    qCInfo(lcSpanner).noquote() << "operation" << job.remoteId << "started";
    co_return job;
}

QCoro::Task<Result<CopyJob>> SpannerConnection::startCopy(CopyRequest request)
{
    const Result<CopyJob> started = co_await startOperation(
        jobFor(request), request.destination.id + QStringLiteral("/backups:copy"), {},
        SpannerJson::copyBody(request));
    co_return started;
}

QCoro::Task<Result<CopyJob>> SpannerConnection::startCreateBackup(CopyRequest request)
{
    request.operation = CopyOperation::CreateBackup;
    const Result<CopyJob> started = co_await startOperation(
        jobFor(request), request.destination.id + QStringLiteral("/backups"),
        SpannerJson::createQuery(request), SpannerJson::createBody(request));
    co_return started;
}

namespace {

// A job's handle is an operation's name (".../backups/B/operations/O"), or, for a copy found
// after a restart whose operation Google no longer lists, the backup's own name.
bool isBackupHandle(const QString &remoteId)
{
    return !remoteId.isEmpty() && !remoteId.contains(QLatin1String("/operations/"));
}

} // namespace

QCoro::Task<Result<CopyJob>> SpannerConnection::pollCopy(CopyJob job)
{
    if (isBackupHandle(job.remoteId)) {
        // Found after a restart as a backup still being made whose operation Google no longer
        // lists: the backup itself tells how it ends (READY, or gone when it failed or was
        // cancelled), without a percentage.
        const Result<QJsonObject> backup = co_await callJson("GET", job.remoteId);
        if (!backup) {
            if (backup.error().kind != CloudError::Kind::NotFound)
                co_return backup.error();
            job.state = CopyJobState::Failed;
            job.rawState = QStringLiteral("NOT_FOUND");
            job.statusMessage = tr("The backup %1 is gone before it was ready: it failed or was "
                                   "cancelled outside Copydeck.")
                                    .arg(job.remoteId);
            co_return job;
        }
        const QString state = backup.value().value(QStringLiteral("state")).toString();
        job.rawState = state;
        if (state == QLatin1String("READY")) {
            job.state = CopyJobState::Completed;
            job.percent = 100.0;
            job.completed = SpannerJson::parseTime(
                backup.value().value(QStringLiteral("createTime")).toString());
        }
        co_return job;
    }
    if (job.remoteId.isEmpty())
        co_return CloudError::local(tr("This job was never accepted by Google Cloud Spanner, so "
                                       "there is no operation to ask about."));
    const Result<QJsonObject> operation = co_await callJson("GET", job.remoteId);
    if (!operation)
        co_return operation.error();
    SpannerJson::applyOperation(operation.value(), job);
    co_return job;
}

QCoro::Task<Result<void>> SpannerConnection::cancelCopy(CopyJob job)
{
    if (job.remoteId.isEmpty())
        co_return CloudError::local(tr("This job has no operation to cancel yet."));
    if (isBackupHandle(job.remoteId))
        co_return CloudError::local(
            tr("Google Cloud Spanner no longer lists the operation making %1, so it cannot be "
               "cancelled. Delete the backup once it is ready if it is not wanted.")
                .arg(job.remoteId));
    const Result<QByteArray> cancelled
        = co_await call("POST", job.remoteId + QStringLiteral(":cancel"));
    if (!cancelled)
        co_return cancelled.error();
    qCInfo(lcSpanner).noquote() << "operation" << job.remoteId << "cancel requested";
    co_return Result<void>();
}

QCoro::Task<Result<SpannerConnection::OperationPage>>
SpannerConnection::listOperations(Location instance, QString filter, QString pageToken)
{
    QList<std::pair<QString, QString>> query
        = {{QStringLiteral("pageSize"), QString::number(m_pageSize)}};
    if (!filter.trimmed().isEmpty())
        query.append({QStringLiteral("filter"), filter});
    if (!pageToken.isEmpty())
        query.append({QStringLiteral("pageToken"), pageToken});
    const Result<QJsonObject> page
        = co_await callJson("GET", instance.id + QStringLiteral("/backupOperations"), query);
    if (!page)
        co_return page.error();
    OperationPage result;
    for (const QJsonValue &item : page.value().value(QStringLiteral("operations")).toArray()) {
        CopyJob job;
        job.cloud = QString(SpannerAccountSettings::Cloud);
        job.accountId = m_account.id;
        job.destination = instance;
        const QJsonObject metadata = item[QLatin1String("metadata")].toObject();
        job.sourceId = metadata
                           .value(metadata.contains(QStringLiteral("sourceBackup"))
                                      ? QStringLiteral("sourceBackup")
                                      : QStringLiteral("database"))
                           .toString();
        job.sourceName = SpannerJson::shortName(job.sourceId);
        job.destinationBackupId = metadata.value(QStringLiteral("name")).toString();
        SpannerJson::applyOperation(item.toObject(), job);
        result.operations.append(job);
    }
    result.nextPageToken = page.value().value(QStringLiteral("nextPageToken")).toString();
    co_return result;
}

QCoro::Task<Result<std::optional<CopyJob>>> SpannerConnection::findSentCopy(CopyRequest request,
                                                                            QDateTime sentAfter)
{
    const bool create = request.operation == CopyOperation::CreateBackup;
    const QString backupName = request.destination.id + QStringLiteral("/backups/") + request.name;
    const QString sourceKey = create ? QStringLiteral("database") : QStringLiteral("sourceBackup");
    const QDateTime earliest = sentAfter.addSecs(-ClockSkewSeconds);
    // Ours: the same backup, made of the same source, started after the request was written.
    const auto isOurs = [&](const QJsonObject &operation) {
        const QJsonObject metadata = operation.value(QStringLiteral("metadata")).toObject();
        const QDateTime started = SpannerJson::parseTime(
            metadata.value(QStringLiteral("progress"))[QLatin1String("startTime")].toString());
        return metadata.value(QStringLiteral("name")).toString() == backupName
            && metadata.value(sourceKey).toString() == request.source.id
            && (!started.isValid() || !sentAfter.isValid() || started >= earliest);
    };
    const auto found = [&](const QJsonObject &operation) {
        CopyJob job = jobFor(request);
        job.created = QDateTime();
        SpannerJson::applyOperation(operation, job);
        qCInfo(lcSpanner).noquote() << "an earlier send made" << job.remoteId;
        return std::optional<CopyJob>(job);
    };

    const QString filter
        = QStringLiteral("(metadata.@type=%1) AND (metadata.name=%2)")
              .arg(create ? SpannerJson::CreateMetadataType : SpannerJson::CopyMetadataType,
                   backupName);
    QString token;
    do {
        QList<std::pair<QString, QString>> query = {{QStringLiteral("filter"), filter}};
        if (!token.isEmpty())
            query.append({QStringLiteral("pageToken"), token});
        const Result<QJsonObject> page = co_await callJson(
            "GET", request.destination.id + QStringLiteral("/backupOperations"), query);
        if (!page)
            co_return page.error();
        for (const QJsonValue &item : page.value().value(QStringLiteral("operations")).toArray()) {
            if (isOurs(item.toObject()))
                co_return found(item.toObject());
        }
        token = page.value().value(QStringLiteral("nextPageToken")).toString();
    } while (!token.isEmpty());

    // Older than the listing keeps (7 days), or listed elsewhere: the backup's own operations,
    // then the backup itself.
    const Result<QJsonObject> operations
        = co_await callJson("GET", backupName + QStringLiteral("/operations"));
    if (!operations) {
        if (operations.error().kind == CloudError::Kind::NotFound)
            co_return std::optional<CopyJob>();
        co_return operations.error();
    }
    for (const QJsonValue &item :
         operations.value().value(QStringLiteral("operations")).toArray()) {
        if (isOurs(item.toObject()))
            co_return found(item.toObject());
    }
    const Result<QJsonObject> backup = co_await callJson("GET", backupName);
    if (!backup) {
        if (backup.error().kind == CloudError::Kind::NotFound)
            co_return std::optional<CopyJob>();
        co_return backup.error();
    }
    const QDateTime created
        = SpannerJson::parseTime(backup.value().value(QStringLiteral("createTime")).toString());
    const QString database = backup.value().value(QStringLiteral("database")).toString();
    const bool sameSource
        = create ? database == request.source.id : database == request.source.sourceResource;
    if (!sameSource || (created.isValid() && sentAfter.isValid() && created < earliest))
        co_return std::optional<CopyJob>(); // someone else's backup: sending gives ALREADY_EXISTS
    CopyJob job = jobFor(request);
    job.created = created;
    job.destinationBackupId = backupName;
    // No operation to follow: the backup itself is the handle (see pollCopy).
    job.remoteId = backupName;
    const bool ready
        = backup.value().value(QStringLiteral("state")).toString() == QLatin1String("READY");
    job.state = ready ? CopyJobState::Completed : CopyJobState::Running;
    job.rawState = ready ? QStringLiteral("DONE") : QStringLiteral("RUNNING");
    if (ready)
        job.percent = 100.0;
    co_return std::optional<CopyJob>(job);
}

QCoro::Task<Result<Backup>> SpannerConnection::updateExpireTime(Backup backup, QDateTime expireTime)
{
    QJsonObject body;
    body.insert(QStringLiteral("expireTime"), SpannerJson::formatTime(expireTime));
    const QList<std::pair<QString, QString>> mask
        = {{QStringLiteral("updateMask"), QStringLiteral("expireTime")}};
    const Result<QJsonObject> updated = co_await callJson(
        "PATCH", backup.id, mask, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!updated)
        co_return updated.error();
    co_return SpannerJson::backup(updated.value(), backup.location);
}

} // namespace Copydeck
