#include "support/CuttingProxy.h"

#include "auth/InMemorySecretStore.h"
#include "core/ProviderConnection.h"
#include "core/RetryPolicy.h"
#include "providers/aws/AwsCopyRules.h"
#include "providers/aws/AwsProvider.h"
#include "sandbox/Sandbox.h"
#include "sandbox/aws/AwsBackupSandbox.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Copydeck;
using Copydeck::Test::CuttingProxy;

namespace {

constexpr int Timeout = 20'000;

const QString ProductionAccount = QStringLiteral("111122223333");
const QString Role
    = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");

// Runs `task` in a nested event loop until it has finished; empty on timeout. (QTest::qWaitFor
// sleeps between passes, which would add milliseconds to every hop between the client and the
// in-process sandbox.)
template<typename T> std::optional<T> finish(QCoro::Task<T> task)
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(Timeout, &loop, &QEventLoop::quit);
    QCoro::connect(std::move(task), &loop, [&result, &loop](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result)
        qWarning("a task did not finish within %d ms", Timeout);
    return result;
}

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().userText().toUtf8();
}

#define AWAIT_OK(name, task)                                                                       \
    auto name##Finished = finish(task);                                                            \
    QVERIFY2(name##Finished.has_value(), "timed out");                                             \
    auto &name = *name##Finished;                                                                  \
    QVERIFY2(name.ok(), errorText(name).constData())

#define AWAIT(name, task)                                                                          \
    auto name##Finished = finish(task);                                                            \
    QVERIFY2(name##Finished.has_value(), "timed out");                                             \
    auto &name = *name##Finished

QStringList idsOf(const QList<Location> &locations)
{
    QStringList ids;
    for (const Location &location : locations)
        ids << location.id;
    return ids;
}

} // namespace

class TestAwsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsVaultsOfEveryRegionPageByPage();
    void pagesThroughRecoveryPoints();
    void mapsWhatTheSandboxHolds();
    void copyDestinationsAreEveryOtherVault();
    void copyRunsToCompletionAndTheCopyIsListed();
    void startCopyErrors_data();
    void startCopyErrors();
    void lostAnswerIsRetriedWithoutASecondJob_data();
    void lostAnswerIsRetriedWithoutASecondJob();
    void sameClientTokenStartsOneJob();
    void pollingAnUnknownJobIsNotFound();
    void testConnection();
    void wrongSecretIsAnAuthenticationError();
    void sessionCredentialsWork();
    void profileFromTheSharedFilesWorks();

private:
    // A connection for the sandbox's demo credential `index` (0: Production).
    std::unique_ptr<ProviderConnection> connectAs(int index, int pageSize = 0,
                                                  std::optional<QUrl> endpoint = {},
                                                  QString secretOverride = {});
    QList<Backup> allBackups(ProviderConnection &connection, const Location &vault);
    std::optional<Location> vault(ProviderConnection &connection, const QString &region,
                                  const QString &name);
    std::optional<Backup> findBackup(const QList<Backup> &backups,
                                     const std::function<bool(const Backup &)> &matches);
    CopyRequest validRequest(ProviderConnection &connection);

    std::unique_ptr<Sandbox::Sandbox> m_sandbox;
    std::optional<QNetworkAccessManager> m_network;
    std::optional<InMemorySecretStore> m_secrets;
    std::optional<QTemporaryDir> m_home;
    std::optional<AwsProvider> m_provider;
    RetryPolicy m_policy = RetryPolicy::fast();
};

void TestAwsClient::init()
{
    m_sandbox = std::make_unique<Sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(Sandbox::SandboxOptions {}, &error), qPrintable(error));
    m_network.emplace();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_secrets.emplace();
    m_home.emplace();
    QVERIFY(m_home->isValid());
    // Nothing from the machine running the tests: no AWS_* variables, an empty home.
    m_provider.emplace(QProcessEnvironment(), m_home->path());
}

void TestAwsClient::cleanup()
{
    m_provider.reset();
    m_network.reset();
    m_sandbox.reset();
    m_secrets.reset();
    m_home.reset();
}

std::unique_ptr<ProviderConnection> TestAwsClient::connectAs(int index, int pageSize,
                                                             std::optional<QUrl> endpoint,
                                                             QString secretOverride)
{
    const Sandbox::SandboxCredential credential = m_sandbox->credentials().at(index);
    Account account;
    account.id = QStringLiteral("sandbox-aws-%1").arg(index);
    account.cloud = QStringLiteral("aws");
    account.name = credential.name;
    account.authMethod = QStringLiteral("keys");
    account.regions = credential.regions;
    account.endpointOverride = endpoint.value_or(m_sandbox->awsEndpoint());
    if (pageSize > 0)
        account.settings.insert(QStringLiteral("pageSize"), pageSize);
    m_secrets->insert(account.secretKey(QStringLiteral("accessKeyId")),
                      credential.accessKeyId.toUtf8());
    m_secrets->insert(
        account.secretKey(QStringLiteral("secretAccessKey")),
        (secretOverride.isEmpty() ? credential.secretAccessKey : secretOverride).toUtf8());
    m_secrets->insert(account.secretKey(QStringLiteral("sessionToken")),
                      credential.sessionToken.toUtf8());

    ProviderContext context;
    context.network = &*m_network;
    context.secrets = &*m_secrets;
    context.retryPolicy = &m_policy;
    return m_provider->connect(account, context);
}

QList<Backup> TestAwsClient::allBackups(ProviderConnection &connection, const Location &vault)
{
    QList<Backup> backups;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        auto result = finish(connection.listBackups(vault, token));
        if (!result || !result->ok()) {
            qWarning() << "listing failed:" << (result ? errorText(*result) : "timed out");
            return {};
        }
        backups.append(result->value().backups);
        token = result->value().nextPageToken;
        if (token.isEmpty())
            break;
    }
    return backups;
}

std::optional<Location> TestAwsClient::vault(ProviderConnection &connection, const QString &region,
                                             const QString &name)
{
    auto locations = finish(connection.listLocations());
    if (!locations || !locations->ok())
        return std::nullopt;
    for (const Location &location : locations->value()) {
        if (location.region == region && location.name == name)
            return location;
    }
    return std::nullopt;
}

std::optional<Backup> TestAwsClient::findBackup(const QList<Backup> &backups,
                                                const std::function<bool(const Backup &)> &matches)
{
    for (const Backup &backup : backups) {
        if (matches(backup))
            return backup;
    }
    return std::nullopt;
}

// A copy AWS Backup accepts: a completed DynamoDB backup of prod-daily (us-east-1) into
// prod-dr-copies (us-west-2).
CopyRequest TestAwsClient::validRequest(ProviderConnection &connection)
{
    CopyRequest request;
    const auto source
        = vault(connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    const auto destination
        = vault(connection, QStringLiteral("us-west-2"), QStringLiteral("prod-dr-copies"));
    if (!source || !destination)
        return request;
    const auto backup = findBackup(allBackups(connection, *source), [](const Backup &b) {
        return b.rawState == QLatin1String("COMPLETED")
            && b.resourceType == QLatin1String("DynamoDB") && !b.continuous;
    });
    if (!backup)
        return request;
    request.source = *backup;
    request.destination = *destination;
    request.roleArn = Role;
    return request;
}

void TestAwsClient::listsVaultsOfEveryRegionPageByPage()
{
    auto onePerPage = connectAs(0, 1);
    auto whole = connectAs(0, 1000);
    AWAIT_OK(paged, onePerPage->listLocations());
    AWAIT_OK(unpaged, whole->listLocations());

    QCOMPARE(idsOf(paged.value()), idsOf(unpaged.value()));
    QSet<QString> regions;
    for (const Location &location : paged.value()) {
        regions.insert(location.region);
        QCOMPARE(location.kind, Location::Kind::Vault);
        QCOMPARE(location.owner, ProductionAccount);
        QCOMPARE(location.cloud, QStringLiteral("aws"));
        QCOMPARE(location.accountId, QStringLiteral("sandbox-aws-0"));
        QCOMPARE(
            location.id,
            Sandbox::AwsBackupSandbox::vaultArn(location.region, ProductionAccount, location.name));
    }
    QCOMPARE(regions,
             QSet<QString>({QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                            QStringLiteral("us-west-2")}));
    const QStringList ids = idsOf(paged.value());
    for (const auto &[region, name] :
         {std::pair {"us-east-1", "prod-daily"}, std::pair {"us-east-1", "prod-monthly"},
          std::pair {"eu-west-1", "prod-eu-daily"}, std::pair {"us-west-2", "prod-dr-copies"}}) {
        QVERIFY2(ids.contains(Sandbox::AwsBackupSandbox::vaultArn(
                     QString::fromLatin1(region), ProductionAccount, QString::fromLatin1(name))),
                 name);
    }
}

void TestAwsClient::pagesThroughRecoveryPoints()
{
    auto connection = connectAs(0, 5);
    const auto daily
        = vault(*connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QVERIFY(daily);

    QStringList ids;
    QString token;
    int pages = 0;
    do {
        AWAIT_OK(page, connection->listBackups(*daily, token));
        QVERIFY(page.value().backups.size() <= 5);
        for (const Backup &backup : page.value().backups)
            ids << backup.id;
        token = page.value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 100);

    QStringList expected;
    for (const auto &recoveryPoint : m_sandbox->aws()->recoveryPoints(daily->id))
        expected << recoveryPoint.arn;
    QVERIFY(expected.size() > 10);
    QCOMPARE(pages, int((expected.size() + 4) / 5));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // nothing twice
    std::sort(ids.begin(), ids.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
}

void TestAwsClient::mapsWhatTheSandboxHolds()
{
    auto connection = connectAs(0);
    const auto daily
        = vault(*connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QVERIFY(daily);
    const QList<Backup> backups = allBackups(*connection, *daily);
    QVERIFY(!backups.isEmpty());

    for (const Backup &backup : backups) {
        const auto held = m_sandbox->aws()->recoveryPoint(backup.id);
        QVERIFY(held);
        QCOMPARE(backup.rawState, held->status);
        QCOMPARE(backup.sizeBytes, held->sizeBytes);
        QCOMPARE(backup.created.toMSecsSinceEpoch(), held->creationMs);
        QCOMPARE(backup.resourceType, held->resourceType);
        QCOMPARE(backup.sourceResource, held->resourceArn);
        QCOMPARE(backup.name, held->resourceName);
        QCOMPARE(backup.continuous, held->continuous);
        QCOMPARE(backup.location, *daily);
    }
    const auto continuous = findBackup(backups, [](const Backup &b) { return b.continuous; });
    QVERIFY(continuous);
    const auto creating = findBackup(
        backups, [](const Backup &b) { return b.rawState == QLatin1String("CREATING"); });
    QVERIFY(creating);
    QCOMPARE(creating->state, BackupState::Creating);
    const auto partial = findBackup(
        backups, [](const Backup &b) { return b.rawState == QLatin1String("PARTIAL"); });
    QVERIFY(partial);
    QCOMPARE(partial->state, BackupState::Failed);
    QVERIFY(!partial->details.value(QStringLiteral("Status message")).toString().isEmpty());

    // Copies made earlier name the vault they came from.
    const auto copies
        = vault(*connection, QStringLiteral("us-west-2"), QStringLiteral("prod-dr-copies"));
    QVERIFY(copies);
    const QList<Backup> copied = allBackups(*connection, *copies);
    QVERIFY(!copied.isEmpty());
    for (const Backup &backup : copied)
        QCOMPARE(backup.copiedFrom, daily->id);
}

void TestAwsClient::copyDestinationsAreEveryOtherVault()
{
    auto connection = connectAs(0, 2);
    AWAIT_OK(locations, connection->listLocations());
    const auto daily
        = vault(*connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    QVERIFY(daily);
    Backup backup;
    backup.location = *daily;
    AWAIT_OK(destinations, connection->listCopyDestinations(backup));
    QStringList expected = idsOf(locations.value());
    expected.removeAll(daily->id);
    QCOMPARE(idsOf(destinations.value()), expected);
}

void TestAwsClient::copyRunsToCompletionAndTheCopyIsListed()
{
    auto connection = connectAs(0, 3);
    CopyRequest request = validRequest(*connection);
    QVERIFY(request.source.isValid());
    request.lifecycle.deleteAfterDays = 120;
    QVERIFY(m_provider->validateCopy(request).isEmpty());
    m_sandbox->setSpeed(100'000);

    AWAIT_OK(started, connection->startCopy(request));
    CopyJob job = started.value();
    QVERIFY(!job.remoteId.isEmpty());
    QCOMPARE(job.state, CopyJobState::Created);
    QVERIFY(!job.clientToken.isEmpty());
    QCOMPARE(job.sourceId, request.source.id);
    QCOMPARE(job.destination, request.destination);
    QVERIFY(job.created.isValid());

    for (int poll = 0; poll < 200 && !job.isTerminal(); ++poll) {
        QTest::qWait(10);
        AWAIT_OK(polled, connection->pollCopy(job));
        job = polled.value();
    }
    QCOMPARE(job.state, CopyJobState::Completed);
    QCOMPARE(job.rawState, QStringLiteral("COMPLETED"));
    QVERIFY(job.completed.isValid());
    QCOMPARE(job.sizeBytes, request.source.sizeBytes);
    QVERIFY(!job.destinationBackupId.isEmpty());

    const QList<Backup> inDestination = allBackups(*connection, request.destination);
    const auto copy = findBackup(
        inDestination, [&job](const Backup &b) { return b.id == job.destinationBackupId; });
    QVERIFY2(copy, "the copy is listed in the destination vault");
    QCOMPARE(copy->copiedFrom, request.source.location.id);
    QCOMPARE(copy->state, BackupState::Available);
    QCOMPARE(copy->location.region, QStringLiteral("us-west-2"));
    QCOMPARE(copy->sizeBytes, request.source.sizeBytes);
}

void TestAwsClient::startCopyErrors_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code"); // the AWS error type
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<QString>("rulesField"); // empty: only the cloud can know

    using Kind = CloudError::Kind;
    const auto row = [](const char *change, const char *code, Kind kind, const char *field) {
        QTest::newRow(change) << QString::fromLatin1(change) << QString::fromLatin1(code) << kind
                              << QString::fromLatin1(field);
    };
    const char *missing = "MissingParameterValueException";
    const char *invalid = "InvalidParameterValueException";
    const char *request = "InvalidRequestException";
    const char *notFound = "ResourceNotFoundException";
    row("no recovery point", missing, Kind::InvalidRequest, CopyField::Source);
    row("no source vault", missing, Kind::InvalidRequest, CopyField::Source);
    row("no destination", missing, Kind::InvalidRequest, CopyField::Destination);
    row("no role", missing, Kind::InvalidRequest, CopyField::RoleArn);
    row("bad source vault name", invalid, Kind::InvalidRequest, CopyField::Source);
    row("unknown source vault", notFound, Kind::NotFound, "");
    row("unknown recovery point", notFound, Kind::NotFound, "");
    row("destination is not a vault", invalid, Kind::InvalidRequest, CopyField::Destination);
    row("unknown destination vault", notFound, Kind::NotFound, "");
    row("source being created", request, Kind::InvalidRequest, CopyField::Source);
    row("partial source", request, Kind::InvalidRequest, CopyField::Source);
    row("expired source", request, Kind::InvalidRequest, CopyField::Source);
    row("continuous source", request, Kind::InvalidRequest, CopyField::Source);
    row("role is not a role", invalid, Kind::InvalidRequest, CopyField::RoleArn);
    row("delete after 0 days", invalid, Kind::InvalidRequest, CopyField::DeleteAfterDays);
    row("delete after 36501 days", invalid, Kind::InvalidRequest, CopyField::DeleteAfterDays);
    row("cold storage after 0 days", invalid, Kind::InvalidRequest,
        CopyField::ColdStorageAfterDays);
    row("less than 90 days in cold storage", invalid, Kind::InvalidRequest,
        CopyField::DeleteAfterDays);
    row("-1 for cold storage only", invalid, Kind::InvalidRequest, CopyField::ColdStorageAfterDays);
    row("-1 for deletion only", invalid, Kind::InvalidRequest, CopyField::DeleteAfterDays);
}

void TestAwsClient::startCopyErrors()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, rulesField);

    auto connection = connectAs(0);
    CopyRequest request = validRequest(*connection);
    QVERIFY(request.source.isValid());
    QVERIFY(m_provider->validateCopy(request).isEmpty());
    const QList<Backup> sourceVault = allBackups(*connection, request.source.location);
    auto sourceWith = [&sourceVault](const std::function<bool(const Backup &)> &matches) {
        for (const Backup &backup : sourceVault) {
            if (matches(backup))
                return backup;
        }
        return Backup();
    };

    if (change == QLatin1String("no recovery point")) {
        request.source.id.clear();
    } else if (change == QLatin1String("no source vault")) {
        request.source.location.name.clear();
    } else if (change == QLatin1String("no destination")) {
        request.destination = {};
    } else if (change == QLatin1String("no role")) {
        request.roleArn.clear();
    } else if (change == QLatin1String("bad source vault name")) {
        request.source.location.name = QStringLiteral("prod.daily");
    } else if (change == QLatin1String("unknown source vault")) {
        request.source.location.name = QStringLiteral("no-such-vault");
    } else if (change == QLatin1String("unknown recovery point")) {
        request.source.id = QStringLiteral("arn:aws:backup:us-east-1:111122223333:recovery-point:"
                                           "00000000-0000-0000-0000-000000000000");
    } else if (change == QLatin1String("destination is not a vault")) {
        request.destination.id = request.source.id;
    } else if (change == QLatin1String("unknown destination vault")) {
        request.destination.id = Sandbox::AwsBackupSandbox::vaultArn(
            QStringLiteral("us-west-2"), ProductionAccount, QStringLiteral("no-such-vault"));
    } else if (change == QLatin1String("source being created")) {
        request.source
            = sourceWith([](const Backup &b) { return b.rawState == QLatin1String("CREATING"); });
    } else if (change == QLatin1String("partial source")) {
        request.source
            = sourceWith([](const Backup &b) { return b.rawState == QLatin1String("PARTIAL"); });
    } else if (change == QLatin1String("expired source")) {
        request.source
            = sourceWith([](const Backup &b) { return b.rawState == QLatin1String("EXPIRED"); });
    } else if (change == QLatin1String("continuous source")) {
        request.source = sourceWith([](const Backup &b) { return b.continuous; });
    } else if (change == QLatin1String("role is not a role")) {
        request.roleArn = QStringLiteral("arn:aws:iam::111122223333:user/backup-operator");
    } else if (change == QLatin1String("delete after 0 days")) {
        request.lifecycle.deleteAfterDays = 0;
    } else if (change == QLatin1String("delete after 36501 days")) {
        request.lifecycle.deleteAfterDays = 36501;
    } else if (change == QLatin1String("cold storage after 0 days")) {
        request.lifecycle.moveToColdStorageAfterDays = 0;
        request.lifecycle.deleteAfterDays = 120;
    } else if (change == QLatin1String("less than 90 days in cold storage")) {
        request.lifecycle.moveToColdStorageAfterDays = 30;
        request.lifecycle.deleteAfterDays = 100;
    } else if (change == QLatin1String("-1 for cold storage only")) {
        request.lifecycle.moveToColdStorageAfterDays = -1;
        request.lifecycle.deleteAfterDays = 100;
    } else if (change == QLatin1String("-1 for deletion only")) {
        request.lifecycle.moveToColdStorageAfterDays = 30;
        request.lifecycle.deleteAfterDays = -1;
    } else {
        QFAIL("unknown change");
    }
    if (change.endsWith(QLatin1String("source")))
        QVERIFY2(request.source.isValid(), "the sandbox holds such a backup");
    const int jobsBefore = m_sandbox->aws()->copyJobCount();

    // The cloud refuses it...
    AWAIT(started, connection->startCopy(request));
    QVERIFY2(!started.ok(), "AWS Backup accepts the request");
    const CloudError &error = started.error();
    QCOMPARE(error.cloudCode, code);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.retryable);
    QVERIFY(!error.cloudMessage.isEmpty());
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.nextStep.isEmpty());
    QCOMPARE(m_sandbox->aws()->copyJobCount(), jobsBefore);

    // ... and so do Copydeck's rules, beside the same field, where the request alone can tell.
    const QList<ValidationIssue> issues = AwsCopyRules::validate(request);
    if (rulesField.isEmpty()) {
        QVERIFY(issues.isEmpty());
    } else {
        QStringList fields;
        for (const ValidationIssue &issue : issues)
            fields << issue.field;
        QVERIFY2(fields.contains(rulesField),
                 qPrintable(QStringLiteral("rules flagged [%1], cloud said %2")
                                .arg(fields.join(QStringLiteral(", ")), error.cloudSummary())));
    }
}

void TestAwsClient::lostAnswerIsRetriedWithoutASecondJob_data()
{
    QTest::addColumn<CuttingProxy::CutAt>("cutAt");
    // Qt itself sends the request again when not a byte came back; otherwise HttpClient does,
    // signed afresh: both must reuse the idempotency token.
    QTest::newRow("no byte of the answer") << CuttingProxy::CutAt::BeforeAnswer;
    QTest::newRow("answer cut in its headers") << CuttingProxy::CutAt::InHeaders;
    QTest::newRow("answer cut in its body") << CuttingProxy::CutAt::InBody;
}

void TestAwsClient::lostAnswerIsRetriedWithoutASecondJob()
{
    QFETCH(CuttingProxy::CutAt, cutAt);
    CuttingProxy proxy(m_sandbox->awsEndpoint(), QByteArrayLiteral("PUT /copy-jobs "), cutAt);
    QVERIFY(proxy.listen());
    auto connection = connectAs(0, 0, proxy.url());
    const CopyRequest request = validRequest(*connection);
    QVERIFY(request.source.isValid());
    QVERIFY(request.clientToken.isEmpty()); // the connection makes the token
    const int jobsBefore = m_sandbox->aws()->copyJobCount();

    AWAIT_OK(started, connection->startCopy(request));

    QCOMPARE(proxy.cutAnswers(), 1);
    QVERIFY2(proxy.matchingRequests() >= 2, "the request was sent again");
    QCOMPARE(m_sandbox->aws()->copyJobCount(), jobsBefore + 1);
    const auto job = m_sandbox->aws()->copyJob(started.value().remoteId);
    QVERIFY2(job, "the returned CopyJobId is the job the sandbox made");
    QCOMPARE(job->sourceRecoveryPointArn, request.source.id);
    QCOMPARE(job->destinationVaultArn, request.destination.id);
    QCOMPARE(job->idempotencyToken, started.value().clientToken);
}

void TestAwsClient::sameClientTokenStartsOneJob()
{
    auto connection = connectAs(0);
    CopyRequest request = validRequest(*connection);
    QVERIFY(request.source.isValid());
    request.clientToken = QStringLiteral("ledger-token-42");
    const int jobsBefore = m_sandbox->aws()->copyJobCount();

    AWAIT_OK(first, connection->startCopy(request));
    AWAIT_OK(again, connection->startCopy(request));
    QCOMPARE(again.value().remoteId, first.value().remoteId);
    QCOMPARE(again.value().clientToken, QStringLiteral("ledger-token-42"));
    QCOMPARE(m_sandbox->aws()->copyJobCount(), jobsBefore + 1);
}

void TestAwsClient::pollingAnUnknownJobIsNotFound()
{
    auto connection = connectAs(0);
    CopyJob job;
    job.remoteId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    job.sourceLocation.region = QStringLiteral("us-east-1");
    AWAIT(polled, connection->pollCopy(job));
    QVERIFY(!polled.ok());
    QCOMPARE(polled.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(polled.error().cloudCode, QStringLiteral("ResourceNotFoundException"));
}

void TestAwsClient::testConnection()
{
    auto connection = connectAs(1);
    AWAIT(tested, connection->testConnection());
    QVERIFY2(tested.ok(), errorText(tested).constData());
}

void TestAwsClient::wrongSecretIsAnAuthenticationError()
{
    auto connection = connectAs(0, 0, {}, QStringLiteral("not-the-secret"));
    AWAIT(tested, connection->testConnection());
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(tested.error().httpStatus, 403);
    QVERIFY(!tested.error().cloudCode.isEmpty());
    QVERIFY(!tested.error().retryable);
    QVERIFY(!tested.error().userText().contains(QStringLiteral("not-the-secret")));
}

void TestAwsClient::sessionCredentialsWork()
{
    int session = -1;
    const auto credentials = m_sandbox->credentials();
    for (int i = 0; i < credentials.size(); ++i) {
        if (credentials.at(i).cloud == QLatin1String("aws")
            && !credentials.at(i).sessionToken.isEmpty())
            session = i;
    }
    QVERIFY2(session >= 0, "the sandbox has a temporary credential");
    auto connection = connectAs(session);
    AWAIT_OK(locations, connection->listLocations());
    QVERIFY(!locations.value().isEmpty());
}

void TestAwsClient::profileFromTheSharedFilesWorks()
{
    const Sandbox::SandboxCredential credential = m_sandbox->credentials().at(1);
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".aws")));
    QFile file(QDir(m_home->path()).filePath(QStringLiteral(".aws/credentials")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[sandbox-dr]\naws_access_key_id = " + credential.accessKeyId.toUtf8()
               + "\naws_secret_access_key = " + credential.secretAccessKey.toUtf8() + "\n");
    file.close();

    Account account;
    account.id = QStringLiteral("profile-account");
    account.cloud = QStringLiteral("aws");
    account.name = QStringLiteral("From the shared files");
    account.authMethod = QStringLiteral("profile");
    account.settings.insert(QStringLiteral("profile"), QStringLiteral("sandbox-dr"));
    account.regions = credential.regions;
    account.endpointOverride = m_sandbox->awsEndpoint();
    ProviderContext context;
    context.network = &*m_network;
    context.retryPolicy = &m_policy;
    const auto connection = m_provider->connect(account, context);

    AWAIT_OK(locations, connection->listLocations());
    QVERIFY(!locations.value().isEmpty());
    for (const Location &location : locations.value())
        QCOMPARE(location.owner, credential.accountNumber);
}

QTEST_GUILESS_MAIN(TestAwsClient)
#include "tst_awsclient.moc"
