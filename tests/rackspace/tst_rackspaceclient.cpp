// The Rackspace client against the in-process sandbox over loopback: sign-in and catalog,
// signing in again on a 401 or a dying token, listings in pages, each copy rule sent with the
// client's check bypassed (Rackspace's fault comes back), copies followed to COMPLETED and
// FAILED, the parent-then-incremental chain, a copy that never appears, findSentCopy, and no
// secret in the log.

#include "RackspaceSandboxFixture.h"

#include "jobs/CopyJobTracker.h"
#include "jobs/ThroughputHistory.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "providers/rackspace/RackspaceCopyHandle.h"
#include "providers/rackspace/RackspaceJson.h"
#include "sandbox/rackspace/RackspaceDatabaseState.h"
#include "sandbox/rackspace/RackspaceIdentityService.h"
#include "sandbox/rackspace/RackspaceSandbox.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

QStringList regionsOf(const QList<Location> &locations)
{
    QStringList regions;
    for (const Location &location : locations)
        regions << location.region;
    return regions;
}

QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
            + message;
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

} // namespace

class TestRackspaceClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signsInOnceAndListsCatalogRegions();
    void wrongApiKeyIsAuthenticationError();
    void passwordAccountSignsIn();
    void signsInAgainAfter401();
    void renewsATokenAboutToExpire();
    void rateLimitIsRetried();
    void listsBackupsPageByPage();
    void copyRulesBypassed_data();
    void copyRulesBypassed();
    void copyFollowedToCompleted();
    void parentThenIncrementalChain();
    void failedCopyEndsFailed();
    void copyThatNeverAppearsIsLost();
    void findSentCopyFindsOnlyTheSentOne();
    void trackerFollowsWithAnEstimate();
    void noSecretIsLogged();

private:
    std::unique_ptr<RackspaceSandboxFixture> m_fixture;
};

void TestRackspaceClient::init()
{
    m_fixture = std::make_unique<RackspaceSandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestRackspaceClient::cleanup()
{
    m_fixture.reset();
}

void TestRackspaceClient::signsInOnceAndListsCatalogRegions()
{
    auto connection = m_fixture->connectDemo();
    AWAIT_OK(locations, connection->listLocations());
    QCOMPARE(regionsOf(locations.value()),
             QStringList({QStringLiteral("DFW"), QStringLiteral("IAD"), QStringLiteral("ORD"),
                          QStringLiteral("LON"), QStringLiteral("HKG"), QStringLiteral("SYD")}));
    QCOMPARE(locations.value().first().displayName, QStringLiteral("DFW"));
    QCOMPARE(locations.value().first().kind, Location::Kind::Region);
    // The IAD endpoint comes from the catalog: IAD's backups come back, not DFW's.
    const QList<Backup> iad = m_fixture->allBackups(*connection, QStringLiteral("IAD"));
    QVERIFY(!iad.isEmpty());
    for (const Backup &backup : iad)
        QCOMPARE(backup.location.region, QStringLiteral("IAD"));
    QVERIFY(m_fixture->backupNamed(*connection, QStringLiteral("IAD"),
                                   QStringLiteral("billing-db-daily-1")));
    QCOMPARE(m_fixture->sandbox().rackspace()->identity().tokensIssued(), 1);

    // An account limited to some regions lists only those.
    Account limited = m_fixture->demoAccount();
    limited.regions = {QStringLiteral("ORD"), QStringLiteral("SYD")};
    auto limitedConnection = m_fixture->connect(limited);
    AWAIT_OK(some, limitedConnection->listLocations());
    QCOMPARE(regionsOf(some.value()), QStringList({QStringLiteral("ORD"), QStringLiteral("SYD")}));
}

void TestRackspaceClient::wrongApiKeyIsAuthenticationError()
{
    auto connection = m_fixture->connect(m_fixture->demoAccount(), "0000");
    AWAIT(locations, connection->listLocations());
    QVERIFY(!locations.ok());
    QCOMPARE(locations.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(locations.error().httpStatus, 401);
    QCOMPARE(locations.error().cloudCode, QStringLiteral("unauthorized"));
    QCOMPARE(locations.error().cloudMessage, QStringLiteral("Username or api key is invalid."));
    QVERIFY(locations.error().userText().contains(QStringLiteral("API key")));
    AWAIT(tested, connection->testConnection());
    QVERIFY(!tested.ok());
}

void TestRackspaceClient::passwordAccountSignsIn()
{
    Account account = m_fixture->demoAccount();
    account.authMethod = QStringLiteral("password");
    auto connection
        = m_fixture->connect(account, m_fixture->sandbox().rackspace()->demoPassword().toUtf8());
    AWAIT_OK(tested, connection->testConnection());
}

void TestRackspaceClient::signsInAgainAfter401()
{
    auto connection = m_fixture->connectDemo();
    const Location dfw = m_fixture->region(*connection, QStringLiteral("DFW"));
    QCOMPARE(m_fixture->sandbox().rackspace()->identity().tokensIssued(), 1);
    m_fixture->sandbox().rackspace()->identity().revokeTokens();
    AWAIT_OK(page, connection->listBackups(dfw, {}));
    QCOMPARE(page.value().backups.size(), 20);
    QCOMPARE(m_fixture->sandbox().rackspace()->identity().tokensIssued(), 2);
}

void TestRackspaceClient::renewsATokenAboutToExpire()
{
    // Tokens that live one minute are always within the renewal margin: each call signs in.
    m_fixture->sandbox().rackspace()->identity().setTokenLifetime(std::chrono::seconds(60));
    auto connection = m_fixture->connectDemo();
    const Location dfw = m_fixture->region(*connection, QStringLiteral("DFW"));
    AWAIT_OK(first, connection->listBackups(dfw, {}));
    const int before = m_fixture->sandbox().rackspace()->identity().tokensIssued();
    AWAIT_OK(page, connection->listBackups(dfw, {}));
    QCOMPARE(m_fixture->sandbox().rackspace()->identity().tokensIssued(), before + 1);
}

void TestRackspaceClient::rateLimitIsRetried()
{
    auto connection = m_fixture->connectDemo();
    const Location dfw = m_fixture->region(*connection, QStringLiteral("DFW"));
    AWAIT_OK(first, connection->listBackups(dfw, {}));
    // Two 413 overLimit answers, then the page: the caller never sees the limit.
    m_fixture->sandbox().rackspace()->refuseOverLimit(2);
    AWAIT_OK(page, connection->listBackups(dfw, {}));
    QCOMPARE(page.value().backups.size(), 20);
    // Past the retry policy's attempts, the limit is reported as such.
    m_fixture->sandbox().rackspace()->refuseOverLimit(100);
    AWAIT(limited, connection->listBackups(dfw, {}));
    QVERIFY(!limited.ok());
    QCOMPARE(limited.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(limited.error().cloudCode, QStringLiteral("overLimit"));
    m_fixture->sandbox().rackspace()->refuseOverLimit(0);
}

void TestRackspaceClient::listsBackupsPageByPage()
{
    auto connection = m_fixture->connectDemo(7);
    const Location dfw = m_fixture->region(*connection, QStringLiteral("DFW"));
    AWAIT_OK(first, connection->listBackups(dfw, {}));
    QCOMPARE(first.value().backups.size(), 7);
    QVERIFY(!first.value().nextPageToken.isEmpty());
    const QList<Backup> all = m_fixture->allBackups(*connection, QStringLiteral("DFW"));
    QCOMPARE(all.size(),
             m_fixture->sandbox().rackspace()->state().backups.value(QStringLiteral("DFW")).size());

    const auto tuesday = m_fixture->backupNamed(*connection, QStringLiteral("DFW"),
                                                QStringLiteral("orders-db-incr-tue"));
    const auto monday = m_fixture->backupNamed(*connection, QStringLiteral("DFW"),
                                               QStringLiteral("orders-db-incr-mon"));
    QVERIFY(tuesday && monday);
    QCOMPARE(RackspaceJson::parentIdOf(*tuesday), monday->id);
    QCOMPARE(tuesday->state, BackupState::Available);
    QCOMPARE(tuesday->rawState, QStringLiteral("COMPLETED"));
    QCOMPARE(tuesday->sizeBytes, qint64(0.35 * 1024 * 1024 * 1024));
    QCOMPARE(tuesday->resourceType, QStringLiteral("mysql 5.7"));
    // The source is named after its instance, not its id.
    QCOMPARE(tuesday->sourceResource, QStringLiteral("orders-db"));
    QVERIFY(tuesday->created.isValid());
    const auto building = m_fixture->backupNamed(*connection, QStringLiteral("DFW"),
                                                 QStringLiteral("inventory-db-nightly"));
    QVERIFY(building);
    QCOMPARE(building->state, BackupState::Creating);
}

void TestRackspaceClient::copyRulesBypassed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("backup");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("field"); // the client's issue; empty: the client cannot know
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fault");

    const QString dfw = QStringLiteral("DFW");
    const QString weekly = QStringLiteral("orders-db-full-weekly");
    const QString ok = QStringLiteral("a-copy");
    QTest::newRow("to LON") << dfw << weekly << QStringLiteral("LON") << ok << QString()
                            << QStringLiteral("destination") << 400 << QStringLiteral("badRequest");
    QTest::newRow("from LON") << QStringLiteral("LON") << QStringLiteral("eu-shop-db-daily")
                              << QStringLiteral("DFW") << ok << QString()
                              << QStringLiteral("source") << 400 << QStringLiteral("badRequest");
    QTest::newRow("same region") << dfw << weekly << dfw << ok << QString()
                                 << QStringLiteral("destination") << 400
                                 << QStringLiteral("badRequest");
    QTest::newRow("not completed")
        << dfw << QStringLiteral("inventory-db-nightly") << QStringLiteral("IAD") << ok << QString()
        << QStringLiteral("source") << 422 << QStringLiteral("unprocessableEntity");
    QTest::newRow("failed backup")
        << dfw << QStringLiteral("inventory-db-broken") << QStringLiteral("IAD") << ok << QString()
        << QStringLiteral("source") << 422 << QStringLiteral("unprocessableEntity");
    QTest::newRow("no name") << dfw << weekly << QStringLiteral("IAD") << QString() << QString()
                             << QStringLiteral("name") << 400 << QStringLiteral("badRequest");
    QTest::newRow("name too long")
        << dfw << weekly << QStringLiteral("IAD") << QString(256, QLatin1Char('x')) << QString()
        << QStringLiteral("name") << 400 << QStringLiteral("badRequest");
    QTest::newRow("description too long")
        << dfw << weekly << QStringLiteral("IAD") << ok << QString(300, QLatin1Char('d'))
        << QStringLiteral("description") << 400 << QStringLiteral("badRequest");
    QTest::newRow("incremental, parent not in target")
        << dfw << QStringLiteral("orders-db-incr-mon") << QStringLiteral("ORD") << ok << QString()
        << QString() << 400 << QStringLiteral("badRequest");
}

void TestRackspaceClient::copyRulesBypassed()
{
    QFETCH(QString, from);
    QFETCH(QString, backup);
    QFETCH(QString, to);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, field);
    QFETCH(int, status);
    QFETCH(QString, fault);

    auto connection = m_fixture->connectDemo();
    auto request = m_fixture->request(*connection, from, backup, to, name);
    QVERIFY(request);
    request->description = description;

    const QList<ValidationIssue> issues = m_fixture->provider().validateCopy(*request);
    if (field.isEmpty()) {
        QVERIFY(issues.isEmpty());
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
    }

    // Sent anyway: Cloud Databases says no, in its own words.
    AWAIT(started, connection->startCopy(*request));
    QVERIFY(!started.ok());
    QCOMPARE(started.error().httpStatus, status);
    QCOMPARE(started.error().cloudCode, fault);
    QVERIFY(!started.error().cloudMessage.isEmpty());
    if (backup == QLatin1String("orders-db-incr-mon"))
        QVERIFY(started.error().nextStep.contains(QStringLiteral("parent")));
}

void TestRackspaceClient::copyFollowedToCompleted()
{
    auto connection = m_fixture->connectDemo(5);
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("orders-db-full-weekly"),
                                            QStringLiteral("ORD"), QStringLiteral("dfw-to-ord"));
    QVERIFY(request);
    QVERIFY(m_fixture->provider().validateCopy(*request).isEmpty());
    AWAIT_OK(started, connection->startCopy(*request));
    QCOMPARE(started.value().state, CopyJobState::Created);
    QVERIFY(!started.value().percent.has_value());
    QCOMPARE(started.value().sizeBytes, request->source.sizeBytes);
    const auto handle = RackspaceCopyHandle::decode(started.value().remoteId);
    QVERIFY(handle);
    QCOMPARE(handle->targetRegion, QStringLiteral("ORD"));
    QCOMPARE(handle->name, QStringLiteral("dfw-to-ord"));

    // At the real pace, the copy is there at once, NEW; the source is COPYING.
    AWAIT_OK(first, connection->pollCopy(started.value()));
    QCOMPARE(first.value().state, CopyJobState::Created);
    QCOMPARE(first.value().rawState, QStringLiteral("NEW"));
    QVERIFY(!first.value().destinationBackupId.isEmpty());
    const auto source = m_fixture->backupNamed(*connection, QStringLiteral("DFW"),
                                               QStringLiteral("orders-db-full-weekly"));
    QCOMPARE(source->rawState, QStringLiteral("COPYING"));
    QCOMPARE(source->state, BackupState::Copying);

    m_fixture->sandbox().rackspace()->setSpeed(20);
    QList<CopyJobState> seen;
    const CopyJob done = m_fixture->follow(*connection, first.value(), &seen);
    QCOMPARE(done.state, CopyJobState::Completed);
    QVERIFY2(seen.contains(CopyJobState::Running), "BUILDING was never seen");
    QCOMPARE(done.rawState, QStringLiteral("COMPLETED"));
    QVERIFY(!done.error.has_value());

    const auto copy
        = m_fixture->backupNamed(*connection, QStringLiteral("ORD"), QStringLiteral("dfw-to-ord"));
    QVERIFY(copy);
    QCOMPARE(copy->id, done.destinationBackupId);
    QCOMPARE(copy->rawState, QStringLiteral("COMPLETED"));
    QCOMPARE(copy->sizeBytes, request->source.sizeBytes);
    QCOMPARE(copy->sourceResource, QStringLiteral("orders-db"));
}

void TestRackspaceClient::parentThenIncrementalChain()
{
    auto connection = m_fixture->connectDemo();
    m_fixture->sandbox().rackspace()->setSpeed(100);
    const auto monday = m_fixture->request(*connection, QStringLiteral("DFW"),
                                           QStringLiteral("orders-db-incr-mon"),
                                           QStringLiteral("ORD"), QStringLiteral("mon-ord"));
    QVERIFY(monday);

    // ORD lacks the weekly full backup; IAD has its copy already.
    AWAIT_OK(missing, connection->missingAncestors(monday->source, QStringLiteral("ORD")));
    QCOMPARE(missing.value().size(), 1);
    QCOMPARE(missing.value().first().name, QStringLiteral("orders-db-full-weekly"));
    AWAIT_OK(inIad, connection->missingAncestors(monday->source, QStringLiteral("IAD")));
    QVERIFY(inIad.value().isEmpty());

    CopyRequest parent = *monday;
    parent.source = missing.value().first();
    parent.name = QStringLiteral("weekly-ord");
    AWAIT_OK(parentStarted, connection->startCopy(parent));
    QCOMPARE(m_fixture->follow(*connection, parentStarted.value()).state, CopyJobState::Completed);

    AWAIT_OK(none, connection->missingAncestors(monday->source, QStringLiteral("ORD")));
    QVERIFY(none.value().isEmpty());
    AWAIT_OK(mondayStarted, connection->startCopy(*monday));
    const CopyJob mondayDone = m_fixture->follow(*connection, mondayStarted.value());
    QCOMPARE(mondayDone.state, CopyJobState::Completed);

    const auto parentCopy
        = m_fixture->backupNamed(*connection, QStringLiteral("ORD"), QStringLiteral("weekly-ord"));
    const auto mondayCopy
        = m_fixture->backupNamed(*connection, QStringLiteral("ORD"), QStringLiteral("mon-ord"));
    QVERIFY(parentCopy && mondayCopy);
    QCOMPARE(RackspaceJson::parentIdOf(*mondayCopy), parentCopy->id);
}

void TestRackspaceClient::failedCopyEndsFailed()
{
    auto connection = m_fixture->connectDemo();
    m_fixture->sandbox().rackspace()->setSpeed(100);
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("legacy-archive-2019"),
                                            QStringLiteral("SYD"), QStringLiteral("legacy-syd"));
    AWAIT_OK(started, connection->startCopy(*request));
    const CopyJob done = m_fixture->follow(*connection, started.value());
    QCOMPARE(done.state, CopyJobState::Failed);
    QCOMPARE(done.rawState, QStringLiteral("FAILED"));
    QVERIFY(done.error.has_value());
    QCOMPARE(done.error->cloudCode, QStringLiteral("FAILED"));
    QVERIFY(done.statusMessage.contains(QStringLiteral("SYD")));
}

void TestRackspaceClient::copyThatNeverAppearsIsLost()
{
    Account account = m_fixture->demoAccount();
    account.settings.insert(QStringLiteral("copyAppearSeconds"), 5);
    auto connection = m_fixture->connect(account);
    // A copy accepted a minute ago whose backup never showed up in HKG.
    RackspaceCopyHandle handle;
    handle.targetRegion = QStringLiteral("HKG");
    handle.name = QStringLiteral("vanished");
    handle.sentAfter = QDateTime::currentDateTimeUtc().addSecs(-60);
    handle.sourceRegion = QStringLiteral("DFW");
    CopyJob job;
    job.remoteId = handle.encode();
    job.state = CopyJobState::Created;
    AWAIT_OK(polled, connection->pollCopy(job));
    QCOMPARE(polled.value().state, CopyJobState::Lost);
    QVERIFY(polled.value().statusMessage.contains(QStringLiteral("vanished")));
    QVERIFY(polled.value().statusMessage.contains(QStringLiteral("HKG")));
    QVERIFY(polled.value().statusMessage.contains(QStringLiteral("Check")));

    // Within the time allowed, it is still awaited.
    handle.sentAfter = QDateTime::currentDateTimeUtc();
    job.remoteId = handle.encode();
    AWAIT_OK(waiting, connection->pollCopy(job));
    QCOMPARE(waiting.value().state, CopyJobState::Created);
}

void TestRackspaceClient::findSentCopyFindsOnlyTheSentOne()
{
    auto connection = m_fixture->connectDemo();
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("inventory-db-manual"),
                                            QStringLiteral("IAD"), QStringLiteral("inv-iad"));
    QVERIFY(request);
    const QDateTime written = QDateTime::currentDateTimeUtc();
    AWAIT_OK(nothingYet, connection->findSentCopy(*request, written));
    QVERIFY(!nothingYet.value().has_value());

    AWAIT_OK(started, connection->startCopy(*request));
    AWAIT_OK(found, connection->findSentCopy(*request, written));
    QVERIFY(found.value().has_value());
    QVERIFY(!found.value()->destinationBackupId.isEmpty());
    QCOMPARE(found.value()->sourceId, request->source.id);
    QVERIFY(RackspaceCopyHandle::decode(found.value()->remoteId).has_value());

    // Another name was never sent.
    CopyRequest other = *request;
    other.name = QStringLiteral("never-sent");
    AWAIT_OK(notSent, connection->findSentCopy(other, written));
    QVERIFY(!notSent.value().has_value());
}

void TestRackspaceClient::trackerFollowsWithAnEstimate()
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    InMemorySecretStore secrets;
    const RetryPolicy policy = RetryPolicy::fast();
    ProviderRegistry registry;
    registry.add(std::make_unique<RackspaceProvider>(QProcessEnvironment()));
    AccountConnections connections(registry, ProviderContext {&network, &secrets, &policy});
    Account account = m_fixture->demoAccount();
    secrets.insert(account.secretKey(QStringLiteral("apiKey")),
                   m_fixture->sandbox().rackspaceCredential().secretAccessKey.toUtf8());
    connections.setAccounts({account});
    SystemClock clock;
    ThroughputHistory history;
    CopyJobTracker tracker(&connections, &history, &clock);
    tracker.setPollSchedule(PollSchedule::fast());

    auto *connection = static_cast<RackspaceConnection *>(connections.connection(account.id));
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("orders-db-incr-tue"),
                                            QStringLiteral("IAD"), QStringLiteral("tue-iad"));
    QVERIFY(request);
    // Monday's copy first: Tuesday hangs off it.
    auto mondayRequest = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("orders-db-incr-mon"),
                                            QStringLiteral("IAD"), QStringLiteral("mon-iad"));
    const QString monday = tracker.submit(*mondayRequest);
    QTRY_VERIFY_WITH_TIMEOUT(tracker.job(monday).state == CopyJobState::Created
                                 || tracker.job(monday).state == CopyJobState::Running,
                             10'000);
    QVERIFY(tracker.percentIsEstimate(monday));
    QVERIFY(tracker.percent(monday).has_value());
    m_fixture->sandbox().rackspace()->setSpeed(100);
    QTRY_COMPARE_WITH_TIMEOUT(tracker.job(monday).state, CopyJobState::Completed, 20'000);
    QCOMPARE(tracker.percent(monday), std::optional<double>(100.0));

    const QString tuesday = tracker.submit(*request);
    QTRY_COMPARE_WITH_TIMEOUT(tracker.job(tuesday).state, CopyJobState::Completed, 20'000);
    QVERIFY(m_fixture->backupNamed(*connection, QStringLiteral("IAD"), QStringLiteral("tue-iad")));
}

void TestRackspaceClient::noSecretIsLogged()
{
    g_logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
    auto connection = m_fixture->connectDemo();
    const Location dfw = m_fixture->region(*connection, QStringLiteral("DFW"));
    m_fixture->sandbox().rackspace()->identity().revokeTokens();
    AWAIT(page, connection->listBackups(dfw, {}));
    auto wrong = m_fixture->connect(m_fixture->demoAccount(), "wrong-key-123");
    AWAIT(refused, wrong->testConnection());
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*.debug=false"));

    QVERIFY(page.ok());
    QVERIFY(!refused.ok());
    QVERIFY(!g_logged.isEmpty());
    const QString apiKey = m_fixture->sandbox().rackspaceCredential().secretAccessKey;
    const QString token = m_fixture->sandbox().rackspace()->identity().lastIssuedToken();
    QVERIFY(!token.isEmpty());
    for (const QString &line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(apiKey), qPrintable(line));
        QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("wrong-key-123")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestRackspaceClient)
#include "tst_rackspaceclient.moc"
