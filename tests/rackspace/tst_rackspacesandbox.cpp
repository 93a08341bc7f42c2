// The Rackspace sandbox over real loopback HTTP, seen by a raw client: Identity v2.0 tokens and
// catalog, Cloud Databases listings and pages, every copy rule with Rackspace's fault, and a copy
// going NEW -> BUILDING -> COMPLETED while its source shows COPYING.

#include "RackspaceRawClient.h"

#include "core/Clock.h"
#include "sandbox/rackspace/RackspaceDatabaseState.h"
#include "sandbox/rackspace/RackspaceIdentityService.h"
#include "sandbox/rackspace/RackspaceSandbox.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using namespace Copydeck;
using namespace Copydeck::Sandbox;
using Copydeck::Test::RackspaceRawClient;

namespace {

// A wall clock the test moves.
class ManualClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
};

} // namespace

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
    void copyRules_data();
    void copyRules();
    void copyGoesNewBuildingCompleted();
    void incrementalChainNeedsParentFirst();
    void failingCopyEndsFailed();

private:
    QUrl regionUrl(const QString &region, const QString &path = {}) const;
    QString idOf(const QString &region, const QString &name) const;
    RackspaceRawClient::Reply showIn(const QString &region, const QString &id);
    RackspaceRawClient::Reply copy(const QString &region, const QString &id,
                                   const QByteArray &body);
    QJsonObject findByName(const QString &region, const QString &name);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<RackspaceSandbox> m_sandbox;
    std::unique_ptr<RackspaceRawClient> m_client;
    QString m_tenant;
};

void TestRackspaceSandbox::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_sandbox = std::make_unique<RackspaceSandbox>(*m_clock, SandboxOptions {});
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
    m_client = std::make_unique<RackspaceRawClient>();
    const SandboxCredential demo = m_sandbox->credential();
    m_tenant = demo.accountNumber;
    const auto reply = m_client->authenticate(m_sandbox->identityEndpoint(), demo.accessKeyId,
                                              demo.secretAccessKey);
    QCOMPARE(reply.status, 200);
}

void TestRackspaceSandbox::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_clock.reset();
}

QUrl TestRackspaceSandbox::regionUrl(const QString &region, const QString &path) const
{
    return QUrl(m_sandbox->regionUrl(region, m_tenant).toString() + path);
}

QString TestRackspaceSandbox::idOf(const QString &region, const QString &name) const
{
    for (const auto &record : m_sandbox->state().backups.value(region)) {
        if (record.name == name)
            return record.id;
    }
    return {};
}

RackspaceRawClient::Reply TestRackspaceSandbox::showIn(const QString &region, const QString &id)
{
    return m_client->get(regionUrl(region, QStringLiteral("/backups/") + id));
}

RackspaceRawClient::Reply TestRackspaceSandbox::copy(const QString &region, const QString &id,
                                                     const QByteArray &body)
{
    return m_client->send("POST", regionUrl(region, QStringLiteral("/backups/%1/action").arg(id)),
                          body);
}

QJsonObject TestRackspaceSandbox::findByName(const QString &region, const QString &name)
{
    QUrl url = regionUrl(region, QStringLiteral("/backups"));
    for (int page = 0; page < 50; ++page) {
        const auto reply = m_client->get(url);
        if (reply.status != 200)
            return {};
        for (const QJsonValue &backup : reply.json.value(QStringLiteral("backups")).toArray()) {
            if (backup.toObject().value(QStringLiteral("name")).toString() == name)
                return backup.toObject();
        }
        const QJsonArray links = reply.json.value(QStringLiteral("links")).toArray();
        if (links.isEmpty())
            return {};
        url = QUrl(links.first().toObject().value(QStringLiteral("href")).toString());
    }
    return {};
}

void TestRackspaceSandbox::apiKeyGivesTokenAndCatalog()
{
    RackspaceRawClient client;
    const SandboxCredential demo = m_sandbox->credential();
    const auto reply = client.authenticate(m_sandbox->identityEndpoint(), demo.accessKeyId,
                                           demo.secretAccessKey);
    QCOMPARE(reply.status, 200);
    const QJsonObject access = reply.json.value(QStringLiteral("access")).toObject();
    const QJsonObject token = access.value(QStringLiteral("token")).toObject();
    QVERIFY(!token.value(QStringLiteral("id")).toString().isEmpty());
    const QDateTime expires = QDateTime::fromString(
        token.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires > m_clock->now());
    QCOMPARE(
        token.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")).toString(),
        m_tenant);

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
                    .endsWith(QStringLiteral("/v1.0/") + m_tenant));
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
        + m_sandbox->credential().accessKeyId.toUtf8() + QByteArrayLiteral(R"(","password":")")
        + m_sandbox->demoPassword().toUtf8() + QByteArrayLiteral(R"("}}})");
    const auto reply = client.send(
        "POST", m_sandbox->identityEndpoint().resolved(QUrl(QStringLiteral("tokens"))), body);
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
        "POST", m_sandbox->identityEndpoint().resolved(QUrl(QStringLiteral("tokens"))), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.faultType(), faultType);
    QCOMPARE(reply.faultCode(), status);
    if (!message.isEmpty())
        QCOMPARE(reply.faultMessage(), message);
}

void TestRackspaceSandbox::databasesNeedALiveTokenOfTheTenant()
{
    QCOMPARE(m_client->get(regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups"))).status,
             200);

    RackspaceRawClient anonymous;
    auto reply = anonymous.get(regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.faultType(), QStringLiteral("unauthorized"));

    // Another tenant's URL with this token.
    reply = m_client->get(
        QUrl(m_sandbox->regionUrl(QStringLiteral("DFW"), QStringLiteral("111")).toString()
             + QStringLiteral("/backups")));
    QCOMPARE(reply.status, 401);

    // The token expires after its lifetime.
    m_clock->advance(24 * 3600 * 1000);
    reply = m_client->get(regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.faultType(), QStringLiteral("unauthorized"));
}

void TestRackspaceSandbox::backupsComeInPagesOfTwenty()
{
    QUrl url = regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups"));
    QStringList ids;
    int pages = 0;
    while (url.isValid() && pages < 20) {
        const auto reply = m_client->get(url);
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
    QCOMPARE(ids.size(), m_sandbox->state().backups.value(QStringLiteral("DFW")).size());
    QVERIFY(pages >= 2);
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestRackspaceSandbox::limitAndMarker()
{
    auto reply
        = m_client->get(regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups?limit=3")));
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

    reply = m_client->get(regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups?limit=500")));
    QCOMPARE(reply.json.value(QStringLiteral("backups")).toArray().size(), 20);

    reply = m_client->get(regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups?limit=many")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.faultType(), QStringLiteral("badRequest"));

    // The last page of a small region has no next link.
    reply = m_client->get(regionUrl(QStringLiteral("ORD"), QStringLiteral("/backups")));
    QCOMPARE(reply.json.value(QStringLiteral("backups")).toArray().size(), 2);
    QVERIFY(reply.json.value(QStringLiteral("links")).toArray().isEmpty());
}

void TestRackspaceSandbox::showBackupAndNotFound()
{
    const QString incremental = idOf(QStringLiteral("DFW"), QStringLiteral("orders-db-incr-mon"));
    auto reply = showIn(QStringLiteral("DFW"), incremental);
    QCOMPARE(reply.status, 200);
    const QJsonObject backup = reply.json.value(QStringLiteral("backup")).toObject();
    QCOMPARE(backup.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(backup.value(QStringLiteral("type")).toString(),
             QStringLiteral("InnoBackupExIncremental"));
    QCOMPARE(backup.value(QStringLiteral("parent_id")).toString(),
             idOf(QStringLiteral("DFW"), QStringLiteral("orders-db-full-weekly")));
    QVERIFY(backup.value(QStringLiteral("size")).isDouble());
    QVERIFY(backup.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(backup.value(QStringLiteral("datastore")).toObject().value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("mysql")));

    // A backup of DFW asked for in IAD does not exist there.
    reply = showIn(QStringLiteral("IAD"), incremental);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.faultType(), QStringLiteral("itemNotFound"));
    QCOMPARE(reply.faultCode(), 404);
}

void TestRackspaceSandbox::instancesAndTheirBackups()
{
    auto reply = m_client->get(regionUrl(QStringLiteral("DFW"), QStringLiteral("/instances")));
    QCOMPARE(reply.status, 200);
    QString ordersId;
    for (const QJsonValue &instance : reply.json.value(QStringLiteral("instances")).toArray()) {
        if (instance.toObject().value(QStringLiteral("name")) == QLatin1String("orders-db"))
            ordersId = instance.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!ordersId.isEmpty());
    reply = m_client->get(
        regionUrl(QStringLiteral("DFW"), QStringLiteral("/instances/%1/backups").arg(ordersId)));
    QCOMPARE(reply.status, 200);
    const QJsonArray backups = reply.json.value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 20);
    for (const QJsonValue &backup : backups)
        QCOMPARE(backup.toObject().value(QStringLiteral("instance_id")).toString(), ordersId);
    QCOMPARE(reply.json.value(QStringLiteral("links")).toArray().size(), 1);

    reply = m_client->get(
        regionUrl(QStringLiteral("DFW"), QStringLiteral("/instances/nope/backups")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.faultType(), QStringLiteral("itemNotFound"));
}

void TestRackspaceSandbox::wrongMethodIsBadMethod()
{
    const auto reply
        = m_client->send("DELETE", regionUrl(QStringLiteral("DFW"), QStringLiteral("/backups")));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.faultType(), QStringLiteral("badMethod"));
}

void TestRackspaceSandbox::copyRules_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("backup");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("faultType");
    QTest::addColumn<QString>("says");

    const QString dfw = QStringLiteral("DFW");
    const QString weekly = QStringLiteral("orders-db-full-weekly");
    const auto body = [](const QString &target, const QString &name = QStringLiteral("a-copy"),
                         const QString &description = {}) {
        return RackspaceRawClient::copyBody(target, name, description);
    };
    QTest::newRow("to LON") << dfw << weekly << body(QStringLiteral("LON")) << 400
                            << QStringLiteral("badRequest") << QStringLiteral("LON");
    QTest::newRow("from LON") << QStringLiteral("LON") << QStringLiteral("eu-shop-db-daily")
                              << body(QStringLiteral("DFW")) << 400 << QStringLiteral("badRequest")
                              << QStringLiteral("LON");
    QTest::newRow("to its own region")
        << dfw << weekly << body(dfw) << 400 << QStringLiteral("badRequest")
        << QStringLiteral("another region");
    QTest::newRow("to an unknown region") << dfw << weekly << body(QStringLiteral("MARS")) << 400
                                          << QStringLiteral("badRequest") << QStringLiteral("MARS");
    QTest::newRow("no target") << dfw << weekly << body(QString()) << 400
                               << QStringLiteral("badRequest")
                               << QStringLiteral("target_backup_region");
    QTest::newRow("no name") << dfw << weekly << body(QStringLiteral("IAD"), QString()) << 400
                             << QStringLiteral("badRequest") << QStringLiteral("name");
    QTest::newRow("name of punctuation")
        << dfw << weekly << body(QStringLiteral("IAD"), QStringLiteral("--")) << 400
        << QStringLiteral("badRequest") << QStringLiteral("name");
    QTest::newRow("name too long")
        << dfw << weekly << body(QStringLiteral("IAD"), QString(256, QLatin1Char('n'))) << 400
        << QStringLiteral("badRequest") << QStringLiteral("too long");
    QTest::newRow("description too long")
        << dfw << weekly
        << body(QStringLiteral("IAD"), QStringLiteral("ok"), QString(256, QLatin1Char('d'))) << 400
        << QStringLiteral("badRequest") << QStringLiteral("description");
    QTest::newRow("still building")
        << dfw << QStringLiteral("inventory-db-nightly") << body(QStringLiteral("IAD")) << 422
        << QStringLiteral("unprocessableEntity") << QStringLiteral("BUILDING");
    QTest::newRow("failed backup")
        << dfw << QStringLiteral("inventory-db-broken") << body(QStringLiteral("IAD")) << 422
        << QStringLiteral("unprocessableEntity") << QStringLiteral("FAILED");
    QTest::newRow("unknown backup") << dfw << QString() << body(QStringLiteral("IAD")) << 404
                                    << QStringLiteral("itemNotFound") << QString();
    QTest::newRow("incremental, parent not in target")
        << dfw << QStringLiteral("orders-db-incr-mon") << body(QStringLiteral("ORD")) << 400
        << QStringLiteral("badRequest") << QStringLiteral("parent");
    QTest::newRow("incremental, parent copied")
        << dfw << QStringLiteral("orders-db-incr-mon") << body(QStringLiteral("IAD")) << 202
        << QString() << QString();
    QTest::newRow("malformed body") << dfw << weekly << QByteArrayLiteral("{\"copy-backup\":")
                                    << 400 << QStringLiteral("badRequest") << QString();
    QTest::newRow("another action")
        << dfw << weekly << QByteArrayLiteral(R"({"restore":{"target":"IAD"}})") << 400
        << QStringLiteral("badRequest") << QString();
}

void TestRackspaceSandbox::copyRules()
{
    QFETCH(QString, region);
    QFETCH(QString, backup);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, faultType);
    QFETCH(QString, says);
    const QString id
        = backup.isEmpty() ? QStringLiteral("0000-not-a-backup") : idOf(region, backup);
    QVERIFY(!id.isEmpty());
    const auto reply = copy(region, id, body);
    QCOMPARE(reply.status, status);
    if (status == 202) {
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(reply.contentLength, QByteArrayLiteral("0"));
        return;
    }
    QCOMPARE(reply.faultType(), faultType);
    QCOMPARE(reply.faultCode(), status);
    QVERIFY2(reply.faultMessage().contains(says), qPrintable(reply.faultMessage()));
}

void TestRackspaceSandbox::copyGoesNewBuildingCompleted()
{
    const QString weekly = idOf(QStringLiteral("DFW"), QStringLiteral("orders-db-full-weekly"));
    const auto reply
        = copy(QStringLiteral("DFW"), weekly,
               RackspaceRawClient::copyBody(QStringLiteral("ORD"), QStringLiteral("dfw-to-ord"),
                                            QStringLiteral("a backup copy")));
    QCOMPARE(reply.status, 202);

    QJsonObject made = findByName(QStringLiteral("ORD"), QStringLiteral("dfw-to-ord"));
    QCOMPARE(made.value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
    QCOMPARE(made.value(QStringLiteral("description")).toString(), QStringLiteral("a backup copy"));
    QCOMPARE(made.value(QStringLiteral("created")).toString(),
             m_clock->now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
    QCOMPARE(showIn(QStringLiteral("DFW"), weekly)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("COPYING"));
    // A copying backup cannot be copied again meanwhile.
    QCOMPARE(copy(QStringLiteral("DFW"), weekly,
                  RackspaceRawClient::copyBody(QStringLiteral("IAD"), QStringLiteral("again")))
                 .status,
             422);

    const qint64 duration = RackspaceDatabaseState::copyDurationMs(3.2);
    m_clock->advance(duration / 2);
    const QString id = made.value(QStringLiteral("id")).toString();
    QCOMPARE(showIn(QStringLiteral("ORD"), id)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("BUILDING"));

    m_clock->advance(duration);
    made = showIn(QStringLiteral("ORD"), id).json.value(QStringLiteral("backup")).toObject();
    QCOMPARE(made.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(made.value(QStringLiteral("size")).toDouble(), 3.2);
    QVERIFY(made.value(QStringLiteral("parent_id")).isNull());
    QCOMPARE(showIn(QStringLiteral("DFW"), weekly)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("COMPLETED"));
}

void TestRackspaceSandbox::incrementalChainNeedsParentFirst()
{
    const QString dfw = QStringLiteral("DFW");
    const QString ord = QStringLiteral("ORD");
    const QString full = idOf(dfw, QStringLiteral("orders-db-full-weekly"));
    const QString monday = idOf(dfw, QStringLiteral("orders-db-incr-mon"));
    const QString tuesday = idOf(dfw, QStringLiteral("orders-db-incr-tue"));

    QCOMPARE(copy(dfw, monday, RackspaceRawClient::copyBody(ord, QStringLiteral("mon"))).status,
             400);
    QCOMPARE(copy(dfw, full, RackspaceRawClient::copyBody(ord, QStringLiteral("full"))).status,
             202);
    // The parent's copy must be complete, not only started.
    QCOMPARE(copy(dfw, monday, RackspaceRawClient::copyBody(ord, QStringLiteral("mon"))).status,
             400);
    m_clock->advance(RackspaceDatabaseState::copyDurationMs(3.2) + 1000);
    QCOMPARE(copy(dfw, monday, RackspaceRawClient::copyBody(ord, QStringLiteral("mon"))).status,
             202);
    // Tuesday's parent is Monday: not complete yet in ORD.
    QCOMPARE(copy(dfw, tuesday, RackspaceRawClient::copyBody(ord, QStringLiteral("tue"))).status,
             400);
    m_clock->advance(RackspaceDatabaseState::copyDurationMs(0.4) + 1000);
    QCOMPARE(copy(dfw, tuesday, RackspaceRawClient::copyBody(ord, QStringLiteral("tue"))).status,
             202);

    // In ORD, the copies hang off each other as in DFW.
    const QJsonObject fullCopy = findByName(ord, QStringLiteral("full"));
    const QJsonObject mondayCopy = findByName(ord, QStringLiteral("mon"));
    const QJsonObject tuesdayCopy = findByName(ord, QStringLiteral("tue"));
    QCOMPARE(mondayCopy.value(QStringLiteral("parent_id")).toString(),
             fullCopy.value(QStringLiteral("id")).toString());
    QCOMPARE(tuesdayCopy.value(QStringLiteral("parent_id")).toString(),
             mondayCopy.value(QStringLiteral("id")).toString());
}

void TestRackspaceSandbox::failingCopyEndsFailed()
{
    const QString legacy = idOf(QStringLiteral("DFW"), QStringLiteral("legacy-archive-2019"));
    QCOMPARE(copy(QStringLiteral("DFW"), legacy,
                  RackspaceRawClient::copyBody(QStringLiteral("SYD"), QStringLiteral("old")))
                 .status,
             202);
    m_clock->advance(RackspaceDatabaseState::copyDurationMs(1.1) + 1000);
    QCOMPARE(findByName(QStringLiteral("SYD"), QStringLiteral("old"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(showIn(QStringLiteral("DFW"), legacy)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("COMPLETED"));
}

QTEST_GUILESS_MAIN(TestRackspaceSandbox)
#include "tst_rackspacesandbox.moc"
