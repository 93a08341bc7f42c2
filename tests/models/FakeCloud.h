#pragma once

// A small in-process cloud for the model and tracker tests: locations, backups served in pages,
// and copy jobs that move on each poll. The tests are about the models and the tracker, not about
// any cloud's wire protocol (that is what the sandbox tests are for).
#include "core/AccountConnections.h"
#include "core/Backup.h"
#include "core/CopyJob.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"
#include "core/ProviderRegistry.h"

#include "TestClock.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

namespace Copydeck::Test {

class FakeCloud final : public QObject
{
    Q_OBJECT

public:
    explicit FakeCloud(const Clock *clock, QObject *parent = nullptr);

    const Clock *clock;
    QString cloudId = QStringLiteral("fake");
    ProviderCapabilities capabilities;
    std::chrono::milliseconds latency {2};

    // Locations and backups
    QHash<QString, QList<Location>> locations; // account id -> locations
    QHash<QString, CloudError> locationErrors; // account id -> error
    QHash<QString, QList<Backup>> backups; // location id -> backups
    QHash<QString, CloudError> backupErrors; // location id -> error on every page
    int pageSize = 10;
    // While closed, every page after the first waits for openGate().
    bool gateClosed = false;
    int pagesServed = 0;

    QList<Location> addLocations(const QString &accountId, const QString &region, int count);
    QList<Backup> addBackups(const Location &location, int count, qint64 sizeBytes = 1 << 30);
    void openGate();
    void closeGate() { gateClosed = true; }

    // Copy jobs
    struct RemoteJob
    {
        CopyJob job;
        int polls = 0;
        bool cancelled = false;
        bool pollInFlight = false;
    };
    int pollsToComplete = 3;
    CopyJobState endState = CopyJobState::Completed;
    QString failureMessage = QStringLiteral("The destination vault is full.");
    // A composite job: this many children in these states while it runs (0: a simple job).
    qint64 childJobs = 0;
    QMap<QString, qint64> childJobsInState;
    std::optional<CloudError> startError; // every startCopy fails with it while set
    std::optional<CloudError> pollError; // every pollCopy fails with it while set
    int startCalls = 0;
    int createCalls = 0; // startCreateBackup calls (also counted in startCalls)
    int pollCalls = 0;
    int cancelCalls = 0;
    int overlappingPolls = 0; // polls of a job that came while one was in flight
    // Calls whose connection was destroyed while they were under way: a caller that let its
    // connection go mid-call (with a real connection, a use after free).
    int callsCutShort = 0;
    QStringList startTokens; // the client token of every startCopy
    // Called as each start (copy or create) leaves the client, before the latency and the answer.
    std::function<void(const CopyRequest &request)> onSend;
    // A cloud without an idempotent start call (Spanner, Huawei, Rackspace): findSentCopy looks
    // for the copy of a token instead of answering "send again".
    bool findsSentCopies = false;
    std::optional<CloudError> findError; // every findSentCopy fails with it while set
    int findCalls = 0;
    QHash<QString, RemoteJob> jobs; // remote id -> job
    QHash<QString, QString> jobOfToken; // client token -> remote id

    static CloudError cloudError(const QString &code, const QString &message, int status = 400);

Q_SIGNALS:
    void gateOpened();
};

class FakeConnection final : public ProviderConnection
{
public:
    FakeConnection(Account account, FakeCloud *cloud);
    ~FakeConnection() override;

    const Account &account() const override { return m_account; }
    QCoro::Task<Result<QList<Location>>> listLocations() override;
    QCoro::Task<Result<BackupPage>> listBackups(Location location, QString pageToken) override;
    QCoro::Task<Result<QList<Location>>> listCopyDestinations(Backup backup) override;
    QCoro::Task<Result<CopyJob>> startCopy(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> startCreateBackup(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> pollCopy(CopyJob job) override;
    QCoro::Task<Result<std::optional<CopyJob>>> findSentCopy(CopyRequest request,
                                                             QDateTime sentAfter) override;
    QCoro::Task<Result<void>> cancelCopy(CopyJob job) override;

private:
    // False once the connection is gone: a coroutine resumed after that touches nothing.
    QCoro::Task<bool> pause();

    Account m_account;
    FakeCloud *m_cloud;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

class FakeProvider final : public Provider
{
public:
    explicit FakeProvider(FakeCloud *cloud)
        : m_cloud(cloud)
    { }

    QString id() const override { return m_cloud->cloudId; }
    QString displayName() const override { return QStringLiteral("Fake Cloud"); }
    ProviderCapabilities capabilities() const override { return m_cloud->capabilities; }
    // Refuses a request without a destination, and one named "refuse-me".
    QList<ValidationIssue> validateCopy(const CopyRequest &request) const override;
    std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                const ProviderContext &context) const override;

private:
    FakeCloud *m_cloud;
};

// Everything a model or the tracker needs, over the fake cloud.
struct FakeWorld
{
    FakeWorld();
    Account addAccount(const QString &id, const QString &name);
    CopyRequest copyRequest(const Backup &source, const Location &destination) const;

    TestClock clock;
    FakeCloud cloud {&clock};
    ProviderRegistry registry;
    AccountConnections connections {registry, ProviderContext {}};
};

} // namespace Copydeck::Test
