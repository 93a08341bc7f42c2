// The Rackspace sandbox over real loopback HTTP, seen by a raw client: Identity v2.0 tokens and
// catalog, token checks, Cloud Databases listings and their pages, faults for what is not there.

#include "RackspaceSandboxHarness.h"

#include "sandbox/rackspace/RackspaceDatabaseState.h"
#include "sandbox/rackspace/RackspaceIdentityService.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using namespace Copydeck;
using namespace Copydeck::Sandbox;
using Copydeck::Test::RackspaceRawClient;
using Copydeck::Test::RackspaceSandboxHarness;

class TestRackspaceSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void apiKeyGivesTokenAndCatalog();
    void passwordCredentialsWork();
    void badCredentialsAreUnauthorized_data();
    void badCredentialsAreUnauthorized();
    void databasesNeedALiveTokenOfTheTenant();
    void backupsComeInPagesOfTwenty();
    void limitAndMarker();
    void showBackupAndNotFound();
    void instancesAndTheirBackups();
    void wrongMethodIsBadMethod();

private:
    std::unique_ptr<RackspaceSandboxHarness> m_h;
};

void TestRackspaceSandbox::init()
{
    m_h = std::make_unique<RackspaceSandboxHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestRackspaceSandbox::cleanup()
{
    m_h.reset();
}

void TestRackspaceSandbox::apiKeyGivesTokenAndCatalog()
{
    RackspaceRawClient client;
    const SandboxCredential demo = m_h->sandbox->credential();
    const auto reply = client.authenticate(m_h->sandbox->identityEndpoint(), demo.accessKeyId,
                                           demo.secretAccessKey);
    QCOMPARE(reply.status, 200);
    const QJsonObject access = reply.json.value(QStringLiteral("access")).toObject();
    const QJsonObject token = access.value(QStringLiteral("token")).toObject();
    QVERIFY(!token.value(QStringLiteral("id")).toString().isEmpty());
    const QDateTime expires = QDateTime::fromString(
        token.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires > m_h->clock.now());
    QCOMPARE(
        token.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")).toString(),
        m_h->tenant);

    QJsonArray endpoints;
    for (const QJsonValue &service : access.value(QStringLiteral("serviceCatalog")).toArray()) {
        if (service.toObject().value(QStringLiteral("name")) == QLatin1String("cloudDatabases")) {
            QCOMPARE(service.toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("rax:database"));
            endpoints = service.toObject().value(QStringLiteral("endpoints")).toArray();
        }
    }
    QStringList regions;
    QSet<QString> urls;
    for (const QJsonValue &endpoint : endpoints) {
        regions << endpoint.toObject().value(QStringLiteral("region")).toString();
        urls << endpoint.toObject().value(QStringLiteral("publicURL")).toString();
        QVERIFY(endpoint.toObject()
                    .value(QStringLiteral("publicURL"))
                    .toString()
                    .endsWith(QStringLiteral("/v1.0/") + m_h->tenant));
    }
    QCOMPARE(regions,
             QStringList({QStringLiteral("DFW"), QStringLiteral("IAD"), QStringLiteral("ORD"),
                          QStringLiteral("LON"), QStringLiteral("HKG"), QStringLiteral("SYD")}));
    QCOMPARE(urls.size(), 6);
}

void TestRackspaceSandbox::passwordCredentialsWork()
{
    RackspaceRawClient client;
    const QByteArray body = QByteArrayLiteral(R"({"auth":{"passwordCredentials":{"username":")")
        + m_h->sandbox->credential().accessKeyId.toUtf8() + QByteArrayLiteral(R"(","password":")")
        + m_h->sandbox->demoPassword().toUtf8() + QByteArrayLiteral(R"("}}})");
    const auto reply = client.send(
        "POST", m_h->sandbox->identityEndpoint().resolved(QUrl(QStringLiteral("tokens"))), body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("access"))
                 .toObject()
                 .value(QStringLiteral("token"))
                 .toObject()
                 .value(QStringLiteral("RAX-AUTH:authenticatedBy"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("PASSWORD"));
}

void TestRackspaceSandbox::badCredentialsAreUnauthorized_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("faultType");
    QTest::addColumn<QString>("message");
    const QString user = QStringLiteral("copydeck-demo");
    QTest::newRow("wrong key") << RackspaceRawClient::apiKeyBody(user, QStringLiteral("nope"))
                               << 401 << QStringLiteral("unauthorized")
                               << QStringLiteral("Username or api key is invalid.");
    QTest::newRow("unknown user") << RackspaceRawClient::apiKeyBody(QStringLiteral("someone"),
                                                                    QStringLiteral("x"))
                                  << 401 << QStringLiteral("unauthorized")
                                  << QStringLiteral("Username or api key is invalid.");
    QTest::newRow("not json") << QByteArrayLiteral("auth=1") << 400 << QStringLiteral("badRequest")
                              << QString();
    QTest::newRow("no credentials") << QByteArrayLiteral(R"({"auth":{"tenantName":"x"}})") << 400
                                    << QStringLiteral("badRequest") << QString();
}

void TestRackspaceSandbox::badCredentialsAreUnauthorized()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, faultType);
    QFETCH(QString, message);
    RackspaceRawClient client;
    const auto reply = client.send(
        "POST", m_h->sandbox->identityEndpoint().resolved(QUrl(QStringLiteral("tokens"))), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.faultType(), faultType);
    QCOMPARE(reply.faultCode(), status);
    if (!message.isEmpty())
        QCOMPARE(reply.faultMessage(), message);
}

void TestRackspaceSandbox::databasesNeedALiveTokenOfTheTenant()
{
    QCOMPARE(
        m_h->client.get(m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups"))).status,
        200);

    RackspaceRawClient anonymous;
    auto reply = anonymous.get(m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.faultType(), QStringLiteral("unauthorized"));

    // Another tenant's URL with this token.
    reply = m_h->client.get(
        QUrl(m_h->sandbox->regionUrl(QStringLiteral("DFW"), QStringLiteral("111")).toString()
             + QStringLiteral("/backups")));
    QCOMPARE(reply.status, 401);

    // The token expires after its lifetime.
    m_h->clock.advance(24 * 3600 * 1000);
    reply = m_h->client.get(m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.faultType(), QStringLiteral("unauthorized"));
}

void TestRackspaceSandbox::backupsComeInPagesOfTwenty()
{
    QUrl url = m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups"));
    QStringList ids;
    int pages = 0;
    while (url.isValid() && pages < 20) {
        const auto reply = m_h->client.get(url);
        QCOMPARE(reply.status, 200);
        const QJsonArray backups = reply.json.value(QStringLiteral("backups")).toArray();
        QVERIFY(backups.size() <= 20);
        for (const QJsonValue &backup : backups)
            ids << backup.toObject().value(QStringLiteral("id")).toString();
        const QJsonArray links = reply.json.value(QStringLiteral("links")).toArray();
        ++pages;
        if (links.isEmpty()) {
            url = QUrl();
        } else {
            QCOMPARE(backups.size(), 20);
            QCOMPARE(links.first().toObject().value(QStringLiteral("rel")).toString(),
                     QStringLiteral("next"));
            url = QUrl(links.first().toObject().value(QStringLiteral("href")).toString());
        }
    }
    QCOMPARE(ids.size(), m_h->sandbox->state().backups.value(QStringLiteral("DFW")).size());
    QVERIFY(pages >= 2);
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestRackspaceSandbox::limitAndMarker()
{
    auto reply = m_h->client.get(
        m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups?limit=3")));
    QCOMPARE(reply.status, 200);
    const QJsonArray first = reply.json.value(QStringLiteral("backups")).toArray();
    QCOMPARE(first.size(), 3);
    const QUrl next(reply.json.value(QStringLiteral("links"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("href"))
                        .toString());
    const QUrlQuery query(next);
    QCOMPARE(query.queryItemValue(QStringLiteral("marker")),
             first.last().toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));

    reply = m_h->client.get(
        m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups?limit=500")));
    QCOMPARE(reply.json.value(QStringLiteral("backups")).toArray().size(), 20);

    reply = m_h->client.get(
        m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups?limit=many")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.faultType(), QStringLiteral("badRequest"));

    // The last page of a small region has no next link.
    reply = m_h->client.get(m_h->regionUrl(QStringLiteral("ORD"), QStringLiteral("/backups")));
    QCOMPARE(reply.json.value(QStringLiteral("backups")).toArray().size(), 2);
    QVERIFY(reply.json.value(QStringLiteral("links")).toArray().isEmpty());
}

void TestRackspaceSandbox::showBackupAndNotFound()
{
    const QString incremental
        = m_h->idOf(QStringLiteral("DFW"), QStringLiteral("orders-db-incr-mon"));
    auto reply = m_h->showIn(QStringLiteral("DFW"), incremental);
    QCOMPARE(reply.status, 200);
    const QJsonObject backup = reply.json.value(QStringLiteral("backup")).toObject();
    QCOMPARE(backup.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(backup.value(QStringLiteral("type")).toString(),
             QStringLiteral("InnoBackupExIncremental"));
    QCOMPARE(backup.value(QStringLiteral("parent_id")).toString(),
             m_h->idOf(QStringLiteral("DFW"), QStringLiteral("orders-db-full-weekly")));
    QVERIFY(backup.value(QStringLiteral("size")).isDouble());
    QVERIFY(backup.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(backup.value(QStringLiteral("datastore")).toObject().value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("mysql")));

    // A backup of DFW asked for in IAD does not exist there.
    reply = m_h->showIn(QStringLiteral("IAD"), incremental);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.faultType(), QStringLiteral("itemNotFound"));
    QCOMPARE(reply.faultCode(), 404);
}

void TestRackspaceSandbox::instancesAndTheirBackups()
{
    auto reply
        = m_h->client.get(m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/instances")));
    QCOMPARE(reply.status, 200);
    QString ordersId;
    for (const QJsonValue &instance : reply.json.value(QStringLiteral("instances")).toArray()) {
        if (instance.toObject().value(QStringLiteral("name")) == QLatin1String("orders-db"))
            ordersId = instance.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!ordersId.isEmpty());
    reply = m_h->client.get(m_h->regionUrl(QStringLiteral("DFW"),
                                           QStringLiteral("/instances/%1/backups").arg(ordersId)));
    QCOMPARE(reply.status, 200);
    const QJsonArray backups = reply.json.value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 20);
    for (const QJsonValue &backup : backups)
        QCOMPARE(backup.toObject().value(QStringLiteral("instance_id")).toString(), ordersId);
    QCOMPARE(reply.json.value(QStringLiteral("links")).toArray().size(), 1);

    reply = m_h->client.get(
        m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/instances/nope/backups")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.faultType(), QStringLiteral("itemNotFound"));
}

void TestRackspaceSandbox::wrongMethodIsBadMethod()
{
    const auto reply = m_h->client.send(
        "DELETE", m_h->regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups")));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.faultType(), QStringLiteral("badMethod"));
}

QTEST_GUILESS_MAIN(TestRackspaceSandbox)
#include "tst_rackspacesandbox.moc"
