#include "FakeCloud.h"

#include <QPointer>

#include <qcoro/qcorosignal.h>
#include <qcoro/qcorotimer.h>

namespace Copydeck::Test {

FakeCloud::FakeCloud(const Clock *clock, QObject *parent)
    : QObject(parent)
    , clock(clock)
{ }

QList<Location> FakeCloud::addLocations(const QString &accountId, const QString &region, int count)
{
    QList<Location> added;
    for (int i = 0; i < count; ++i) {
        Location location;
        location.cloud = cloudId;
        location.accountId = accountId;
        location.kind = Location::Kind::Vault;
        location.region = region;
        location.name = QStringLiteral("vault-%1").arg(locations[accountId].size() + 1);
        location.id = QStringLiteral("fake:%1:%2:%3").arg(accountId, region, location.name);
        location.displayName = location.name;
        locations[accountId].append(location);
        added.append(location);
    }
    return added;
}

QList<Backup> FakeCloud::addBackups(const Location &location, int count, qint64 sizeBytes)
{
    QList<Backup> added;
    QList<Backup> &list = backups[location.id];
    for (int i = 0; i < count; ++i) {
        const qsizetype n = list.size() + 1;
        Backup backup;
        backup.cloud = cloudId;
        backup.accountId = location.accountId;
        backup.id = location.id + QStringLiteral(":backup-%1").arg(n);
        backup.name = QStringLiteral("%1-backup-%2").arg(location.name).arg(n);
        backup.location = location;
        backup.sourceResource = QStringLiteral("db-%1").arg(n % 3);
        backup.resourceType = QStringLiteral("RDS");
        backup.state = BackupState::Available;
        backup.rawState = QStringLiteral("COMPLETED");
        backup.sizeBytes = sizeBytes;
        backup.created = clock->now().addDays(-n);
        backup.expires = clock->now().addDays(30);
        backup.encryption = QStringLiteral("KMS");
        list.append(backup);
        added.append(backup);
    }
    return added;
}

void FakeCloud::openGate()
{
    gateClosed = false;
    Q_EMIT gateOpened();
}

CloudError FakeCloud::cloudError(const QString &code, const QString &message, int status)
{
    CloudError error;
    error.kind = status == 404 ? CloudError::Kind::NotFound : CloudError::Kind::InvalidRequest;
    error.httpStatus = status;
    error.cloudCode = code;
    error.cloudMessage = message;
    error.requestId = QStringLiteral("req-1");
    return error;
}

FakeConnection::FakeConnection(Account account, FakeCloud *cloud)
    : m_account(std::move(account))
    , m_cloud(cloud)
{ }

FakeConnection::~FakeConnection()
{
    *m_alive = false;
}

QCoro::Task<bool> FakeConnection::pause()
{
    const std::shared_ptr<bool> alive = m_alive;
    // A call still under way when its test ends: the connection may outlive the cloud (a
    // coroutine holds it), and the cloud is gone by the time the call wakes.
    const QPointer<FakeCloud> cloud = m_cloud;
    co_await QCoro::sleepFor(m_cloud->latency);
    if (!cloud)
        co_return false;
    if (!*alive)
        ++cloud->callsCutShort;
    co_return *alive;
}

namespace {

CloudError gone()
{
    CloudError error;
    error.kind = CloudError::Kind::Cancelled;
    error.explanation = QStringLiteral("The connection was closed.");
    return error;
}

} // namespace

QCoro::Task<Result<QList<Location>>> FakeConnection::listLocations()
{
    const bool alive = co_await pause();
    if (!alive)
        co_return gone();
    if (m_cloud->locationErrors.contains(m_account.id))
        co_return m_cloud->locationErrors.value(m_account.id);
    co_return m_cloud->locations.value(m_account.id);
}

QCoro::Task<Result<BackupPage>> FakeConnection::listBackups(Location location, QString pageToken)
{
    const std::shared_ptr<bool> connected = m_alive;
    const bool alive = co_await pause();
    if (!alive)
        co_return gone();
    if (m_cloud->gateClosed && !pageToken.isEmpty()) {
        const QPointer<FakeCloud> cloud = m_cloud;
        co_await qCoro(m_cloud, &FakeCloud::gateOpened);
        if (!*connected || !cloud)
            co_return gone();
    }
    if (m_cloud->backupErrors.contains(location.id))
        co_return m_cloud->backupErrors.value(location.id);
    const QList<Backup> all = m_cloud->backups.value(location.id);
    const qsizetype offset = pageToken.isEmpty() ? 0 : pageToken.toLongLong();
    BackupPage page;
    page.backups = all.mid(offset, m_cloud->pageSize);
    if (offset + m_cloud->pageSize < all.size())
        page.nextPageToken = QString::number(offset + m_cloud->pageSize);
    ++m_cloud->pagesServed;
    co_return page;
}

QCoro::Task<Result<QList<Location>>> FakeConnection::listCopyDestinations(Backup)
{
    const bool alive = co_await pause();
    if (!alive)
        co_return gone();
    co_return m_cloud->locations.value(m_account.id);
}

QCoro::Task<Result<CopyJob>> FakeConnection::startCopy(CopyRequest request)
{
    if (m_cloud->onSend)
        m_cloud->onSend(request);
    const bool alive = co_await pause();
    if (!alive)
        co_return gone();
    ++m_cloud->startCalls;
    m_cloud->startTokens.append(request.clientToken);
    if (m_cloud->startError)
        co_return *m_cloud->startError;
    // Idempotent like AWS: the same token answers with the job it started.
    if (const QString known = m_cloud->jobOfToken.value(request.clientToken); !known.isEmpty())
        co_return m_cloud->jobs.value(known).job;
    FakeCloud::RemoteJob remote;
    remote.job.cloud = m_cloud->cloudId;
    remote.job.accountId = m_account.id;
    remote.job.remoteId = QStringLiteral("copy-job-%1").arg(m_cloud->jobs.size() + 1);
    remote.job.sourceId = request.source.id;
    remote.job.state = CopyJobState::Created;
    remote.job.rawState = QStringLiteral("CREATED");
    remote.job.sizeBytes = request.source.sizeBytes;
    remote.job.created = m_cloud->clock->now();
    m_cloud->jobs.insert(remote.job.remoteId, remote);
    m_cloud->jobOfToken.insert(request.clientToken, remote.job.remoteId);
    co_return remote.job;
}

QCoro::Task<Result<CopyJob>> FakeConnection::startCreateBackup(CopyRequest request)
{
    ++m_cloud->createCalls;
    co_return co_await startCopy(request);
}

QCoro::Task<Result<std::optional<CopyJob>>> FakeConnection::findSentCopy(CopyRequest request,
                                                                         QDateTime sentAfter)
{
    if (!m_cloud->findsSentCopies)
        co_return co_await ProviderConnection::findSentCopy(request, sentAfter);
    const bool alive = co_await pause();
    if (!alive)
        co_return gone();
    ++m_cloud->findCalls;
    if (m_cloud->findError)
        co_return *m_cloud->findError;
    const QString known = m_cloud->jobOfToken.value(request.clientToken);
    if (known.isEmpty())
        co_return std::optional<CopyJob>();
    co_return std::optional<CopyJob>(m_cloud->jobs.value(known).job);
}

QCoro::Task<Result<CopyJob>> FakeConnection::pollCopy(CopyJob job)
{
    const QString remoteId = job.remoteId;
    FakeCloud *cloud = m_cloud;
    if (cloud->jobs.contains(remoteId)) {
        if (cloud->jobs[remoteId].pollInFlight)
            ++cloud->overlappingPolls;
        cloud->jobs[remoteId].pollInFlight = true;
    }
    const bool alive = co_await pause();
    if (cloud->jobs.contains(remoteId))
        cloud->jobs[remoteId].pollInFlight = false;
    if (!alive)
        co_return gone();
    ++cloud->pollCalls;
    if (cloud->pollError)
        co_return *cloud->pollError;
    if (!cloud->jobs.contains(remoteId))
        co_return FakeCloud::cloudError(QStringLiteral("ResourceNotFoundException"),
                                        QStringLiteral("Copy job not found."), 404);
    FakeCloud::RemoteJob &remote = cloud->jobs[remoteId];
    ++remote.polls;
    CopyJob &state = remote.job;
    if (remote.cancelled) {
        state.state = CopyJobState::Cancelled;
        state.rawState = QStringLiteral("ABORTED");
        state.completed = cloud->clock->now();
    } else if (remote.polls >= cloud->pollsToComplete) {
        state.state = cloud->endState;
        state.rawState = cloud->endState == CopyJobState::Completed ? QStringLiteral("COMPLETED")
                                                                    : QStringLiteral("FAILED");
        if (cloud->endState == CopyJobState::Failed)
            state.statusMessage = cloud->failureMessage;
        if (cloud->capabilities.givesPercent)
            state.percent = 100.0;
        state.destinationBackupId = remoteId + QStringLiteral(":copy");
        state.completed = cloud->clock->now();
    } else {
        state.state = CopyJobState::Running;
        state.rawState = QStringLiteral("RUNNING");
        if (cloud->childJobs > 0) {
            state.isParent = true;
            state.childJobs = cloud->childJobs;
            state.childJobsInState = cloud->childJobsInState;
        }
        if (cloud->capabilities.givesPercent)
            state.percent = 100.0 * remote.polls / cloud->pollsToComplete;
    }
    co_return state;
}

QCoro::Task<Result<void>> FakeConnection::cancelCopy(CopyJob job)
{
    if (!m_cloud->capabilities.canCancel) {
        auto refused = co_await ProviderConnection::cancelCopy(job);
        co_return refused;
    }
    const bool alive = co_await pause();
    if (!alive)
        co_return gone();
    ++m_cloud->cancelCalls;
    if (!m_cloud->jobs.contains(job.remoteId))
        co_return FakeCloud::cloudError(QStringLiteral("NOT_FOUND"), QStringLiteral("No such job"),
                                        404);
    m_cloud->jobs[job.remoteId].cancelled = true;
    co_return Result<void>();
}

QList<ValidationIssue> FakeProvider::validateCopy(const CopyRequest &request) const
{
    QList<ValidationIssue> issues;
    if (!request.destination.isValid())
        issues.append(
            {QLatin1String(CopyField::Destination), QStringLiteral("Choose a destination vault.")});
    if (request.name == QLatin1String("refuse-me"))
        issues.append(
            {QLatin1String(CopyField::Name), QStringLiteral("This name is not allowed.")});
    return issues;
}

std::unique_ptr<ProviderConnection> FakeProvider::connect(const Account &account,
                                                          const ProviderContext &) const
{
    return std::make_unique<FakeConnection>(account, m_cloud);
}

FakeWorld::FakeWorld()
{
    registry.add(std::make_unique<FakeProvider>(&cloud));
}

Account FakeWorld::addAccount(const QString &id, const QString &name)
{
    Account account;
    account.id = id;
    account.cloud = cloud.cloudId;
    account.name = name;
    QList<Account> accounts = connections.accounts();
    accounts.append(account);
    connections.setAccounts(accounts);
    return account;
}

CopyRequest FakeWorld::copyRequest(const Backup &source, const Location &destination) const
{
    CopyRequest request;
    request.source = source;
    request.destination = destination;
    return request;
}

} // namespace Copydeck::Test
