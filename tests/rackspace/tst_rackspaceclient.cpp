// The Rackspace client against the in-process sandbox over loopback: sign-in and catalog,
// signing in again on a 401 or a dying token, the rate limit retried, listings in pages, and no
// secret in the log. Copies are in tst_rackspacecopies.

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
    void copyDestinationsLeaveOutLonAndTheOwnRegion();
    void listsBackupsPageByPage();
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

void TestRackspaceClient::copyDestinationsLeaveOutLonAndTheOwnRegion()
{
    auto connection = m_fixture->connectDemo();
    const auto weekly = m_fixture->backupNamed(*connection, QStringLiteral("DFW"),
                                               QStringLiteral("orders-db-full-weekly"));
    QVERIFY(weekly);
    AWAIT_OK(destinations, connection->listCopyDestinations(*weekly));
    QCOMPARE(regionsOf(destinations.value()),
             QStringList({QStringLiteral("IAD"), QStringLiteral("ORD"), QStringLiteral("HKG"),
                          QStringLiteral("SYD")}));
    // Nothing leaves LON.
    const auto london = m_fixture->backupNamed(*connection, QStringLiteral("LON"),
                                               QStringLiteral("eu-shop-db-daily"));
    QVERIFY(london);
    AWAIT_OK(none, connection->listCopyDestinations(*london));
    QVERIFY(none.value().isEmpty());
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
