// RackspaceConnection: starting a copy and finding it again in the target region.

#include "RackspaceAccountSettings.h"
#include "RackspaceConnection.h"
#include "RackspaceJson.h"
#include "RackspaceLogging.h"

#include <cmath>

#include <qcoro/qcorotimer.h>

namespace Copydeck {

namespace {

// The cloud stamps `created` in whole seconds by its own clock: a copy counts as "created since
// the request" down to this much before it.
constexpr qint64 ClockSlackSeconds = 120;
constexpr int MaxPagesSearched = 500;

CopyJob jobFor(const CopyRequest &request, const QString &accountId)
{
    CopyJob job;
    job.cloud = QString(RackspaceAccountSettings::Cloud);
    job.accountId = accountId;
    job.sourceId = request.source.id;
    job.sourceName = request.source.name;
    job.sourceLocation = request.source.location;
    job.destination = request.destination;
    job.sizeBytes = request.source.sizeBytes;
    job.clientToken = request.clientToken;
    return job;
}

} // namespace

QCoro::Task<Result<CopyJob>> RackspaceConnection::startCopy(CopyRequest request)
{
    CopyJob job = jobFor(request, m_account.id);
    RackspaceCopyHandle handle;
    handle.targetRegion = request.destination.region;
    handle.name = request.name;
    handle.sentAfter = QDateTime::currentDateTimeUtc();
    handle.sourceId = request.source.id;
    handle.sourceRegion = request.source.location.region;
    const QString path = QStringLiteral("/backups/%1/action")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(request.source.id)));
    // The copy action is not idempotent: after a failure that may have been applied (a 5xx, a
    // lost connection), look for the copy in the target region before sending it again; when
    // the look itself fails, look again rather than send blindly. The request is marked so that
    // Qt's HTTP stack never resends it by itself either (HttpRequest::idempotent).
    const int attempts = std::max(1, m_http.policy().maxAttempts);
    bool mustLook = false;
    bool sent = false;
    CloudError error;
    for (int attempt = 1; attempt <= attempts && !sent; ++attempt) {
        if (attempt > 1)
            co_await QCoro::sleepFor(m_http.policy().delayAfter(attempt - 1, HttpResponse(), 0.5));
        if (mustLook) {
            auto found = co_await findNamed(handle.targetRegion, handle.name, handle.sentAfter);
            if (!found) {
                error = found.error();
                continue;
            }
            if (found.value()) {
                qCInfo(lcRackspace) << "the copy action failed but the copy exists: not sent again";
                sent = true;
                break;
            }
            mustLook = false;
        }
        auto body = co_await call("POST", request.source.location.region, path,
                                  RackspaceJson::copyBody(request), true);
        if (body) {
            sent = true;
            break;
        }
        error = body.error();
        if (!error.retryable)
            co_return error;
        mustLook = true;
    }
    if (!sent)
        co_return error;
    job.remoteId = handle.encode();
    job.created = handle.sentAfter;
    job.state = CopyJobState::Created;
    job.statusMessage = tr("Cloud Databases accepted the copy; waiting for \"%1\" to appear in %2.")
                            .arg(handle.name, handle.targetRegion);
    qCInfo(lcRackspace).noquote() << "copy of" << request.source.id << "from" << handle.sourceRegion
                                  << "to" << handle.targetRegion << "accepted";
    co_return job;
}

CopyJob RackspaceConnection::followed(CopyJob job, const Backup &copy) const
{
    job.destinationBackupId = copy.id;
    job.rawState = copy.rawState;
    job.state = RackspaceJson::copyState(copy.rawState);
    job.percent.reset();
    if (copy.sizeBytes > 0)
        job.sizeBytes = copy.sizeBytes;
    if (job.state == CopyJobState::Failed) {
        job.statusMessage = tr("The copy \"%1\" in %2 ended %3.")
                                .arg(copy.name, copy.location.region, copy.rawState);
        CloudError error;
        error.kind = CloudError::Kind::Server;
        error.cloudCode = copy.rawState;
        error.cloudMessage = job.statusMessage;
        error.explanation = tr("Cloud Databases could not make the copy.");
        error.nextStep = tr("Check that the source backup is still COMPLETED in %1, delete the "
                            "failed copy in %2, and copy again.")
                             .arg(job.sourceLocation.region, copy.location.region);
        job.error = error;
    } else if (job.state == CopyJobState::Completed) {
        job.statusMessage
            = tr("The copy \"%1\" is complete in %2.").arg(copy.name, copy.location.region);
    } else {
        job.statusMessage = tr("The copy \"%1\" is %2 in %3.")
                                .arg(copy.name, copy.rawState, copy.location.region);
    }
    return job;
}

QCoro::Task<Result<std::optional<Backup>>>
RackspaceConnection::findNamed(QString region, QString name, QDateTime after)
{
    const QDateTime earliest = after.addSecs(-ClockSlackSeconds);
    std::optional<Backup> best;
    QString marker;
    const Location location = regionLocation(region);
    for (int page = 0; page < MaxPagesSearched; ++page) {
        auto listed = co_await listBackups(location, marker);
        if (!listed)
            co_return listed.error();
        for (const Backup &backup : listed.value().backups) {
            if (backup.name != name || !backup.created.isValid() || backup.created < earliest)
                continue;
            const auto distance
                = [&after](const Backup &b) { return std::llabs(b.created.secsTo(after)); };
            if (!best || distance(backup) < distance(*best))
                best = backup;
        }
        marker = listed.value().nextPageToken;
        if (marker.isEmpty())
            break;
    }
    co_return best;
}

QCoro::Task<Result<CopyJob>> RackspaceConnection::pollCopy(CopyJob job)
{
    const auto handle = RackspaceCopyHandle::decode(job.remoteId);
    if (!handle)
        co_return CloudError::local(tr("This copy was never accepted by Cloud Databases, so there "
                                       "is nothing to look for."));
    if (!job.destinationBackupId.isEmpty()) {
        auto shown
            = co_await showBackup(regionLocation(handle->targetRegion), job.destinationBackupId);
        if (shown)
            co_return followed(std::move(job), shown.value());
        if (shown.error().kind != CloudError::Kind::NotFound)
            co_return shown.error();
        job.state = CopyJobState::Lost;
        job.statusMessage = tr("The copy \"%1\" (%2) is no longer in %3: it was deleted.")
                                .arg(handle->name, job.destinationBackupId, handle->targetRegion);
        co_return job;
    }

    auto found = co_await findNamed(handle->targetRegion, handle->name, handle->sentAfter);
    if (!found)
        co_return found.error();
    if (found.value())
        co_return followed(std::move(job), *found.value());

    // Not there yet. A source in COPY_ERROR says the copy failed before it appeared.
    if (!handle->sourceRegion.isEmpty() && !handle->sourceId.isEmpty()) {
        auto source = co_await showBackup(regionLocation(handle->sourceRegion), handle->sourceId);
        if (source && source.value().rawState == QLatin1String("COPY_ERROR")) {
            job.state = CopyJobState::Failed;
            job.rawState = source.value().rawState;
            job.statusMessage = tr("The source backup went to COPY_ERROR; no copy was made.");
            CloudError error;
            error.kind = CloudError::Kind::Server;
            error.cloudCode = job.rawState;
            error.explanation = job.statusMessage;
            error.nextStep = tr("Try the copy again; if it fails again, ask Rackspace support.");
            job.error = error;
            co_return job;
        }
    }
    const qint64 waited = handle->sentAfter.secsTo(QDateTime::currentDateTimeUtc());
    if (waited > m_copyAppearTimeout.count()) {
        job.state = CopyJobState::Lost;
        job.statusMessage
            = tr("Cloud Databases accepted the copy at %1, but no backup named \"%2\" has appeared "
                 "in %3 in %4 minutes. Check the backups of %3 in the Cloud Control Panel (the "
                 "copy may have another name or have failed), and the state of the source backup "
                 "in %5; copy again only once you are sure no copy exists.")
                  .arg(handle->sentAfter.toString(Qt::ISODate), handle->name, handle->targetRegion)
                  .arg(waited / 60)
                  .arg(handle->sourceRegion);
        co_return job;
    }
    job.state = CopyJobState::Created;
    job.statusMessage = tr("Cloud Databases accepted the copy; waiting for \"%1\" to appear in %2.")
                            .arg(handle->name, handle->targetRegion);
    co_return job;
}

QCoro::Task<Result<std::optional<CopyJob>>> RackspaceConnection::findSentCopy(CopyRequest request,
                                                                              QDateTime sentAfter)
{
    auto found = co_await findNamed(request.destination.region, request.name, sentAfter);
    if (!found)
        co_return found.error();
    if (!found.value())
        co_return std::optional<CopyJob>();
    RackspaceCopyHandle handle;
    handle.targetRegion = request.destination.region;
    handle.name = request.name;
    handle.sentAfter = sentAfter.toUTC();
    handle.sourceId = request.source.id;
    handle.sourceRegion = request.source.location.region;
    CopyJob job = jobFor(request, m_account.id);
    job.remoteId = handle.encode();
    job.created = handle.sentAfter;
    co_return std::optional<CopyJob>(followed(std::move(job), *found.value()));
}

QCoro::Task<Result<std::optional<Backup>>> RackspaceConnection::findCopyOf(Backup original,
                                                                           QString targetRegion)
{
    const QString instance = RackspaceJson::instanceIdOf(original);
    const QString type = RackspaceJson::typeOf(original);
    std::optional<Backup> best;
    QString marker;
    const Location location = regionLocation(targetRegion);
    for (int page = 0; page < MaxPagesSearched; ++page) {
        auto listed = co_await listBackups(location, marker);
        if (!listed)
            co_return listed.error();
        for (const Backup &backup : listed.value().backups) {
            const bool sameSource = !instance.isEmpty()
                ? RackspaceJson::instanceIdOf(backup) == instance
                : backup.sourceResource == original.sourceResource;
            const bool sameSize
                = std::abs(RackspaceJson::sizeGbOf(backup) - RackspaceJson::sizeGbOf(original))
                < 0.005;
            if (!sameSource || !sameSize || RackspaceJson::typeOf(backup) != type
                || backup.created < original.created || backup.state == BackupState::Failed)
                continue;
            // A completed copy is the better answer.
            if (!best
                || (best->rawState != QLatin1String("COMPLETED")
                    && backup.rawState == QLatin1String("COMPLETED")))
                best = backup;
        }
        marker = listed.value().nextPageToken;
        if (marker.isEmpty())
            break;
    }
    co_return best;
}

QCoro::Task<Result<QList<Backup>>> RackspaceConnection::missingAncestors(Backup backup,
                                                                         QString targetRegion)
{
    QList<Backup> missing;
    Backup current = backup;
    // Chains are short; the bound only guards against a loop in what the cloud says.
    for (int depth = 0; depth < 64; ++depth) {
        const QString parentId = RackspaceJson::parentIdOf(current);
        if (parentId.isEmpty())
            break;
        auto parent = co_await showBackup(current.location, parentId);
        if (!parent)
            co_return parent.error();
        auto copy = co_await findCopyOf(parent.value(), targetRegion);
        if (!copy)
            co_return copy.error();
        if (copy.value())
            break;
        missing.prepend(parent.value());
        current = parent.value();
    }
    co_return missing;
}

} // namespace Copydeck
