// The Rackspace sandbox's copy-backup action over real loopback HTTP, seen by a raw client: every
// copy rule with Rackspace's fault, a copy going NEW -> BUILDING -> COMPLETED while its source
// shows COPYING, the parent-then-incremental chain, and a copy that fails.

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

class TestRackspaceSandboxCopies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void copyRules_data();
    void copyRules();
    void copyGoesNewBuildingCompleted();
    void incrementalChainNeedsParentFirst();
    void failingCopyEndsFailed();

private:
    std::unique_ptr<RackspaceSandboxHarness> m_h;
};

void TestRackspaceSandboxCopies::init()
{
    m_h = std::make_unique<RackspaceSandboxHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestRackspaceSandboxCopies::cleanup()
{
    m_h.reset();
}

void TestRackspaceSandboxCopies::copyRules_data()
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

void TestRackspaceSandboxCopies::copyRules()
{
    QFETCH(QString, region);
    QFETCH(QString, backup);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, faultType);
    QFETCH(QString, says);
    const QString id
        = backup.isEmpty() ? QStringLiteral("0000-not-a-backup") : m_h->idOf(region, backup);
    QVERIFY(!id.isEmpty());
    const auto reply = m_h->copy(region, id, body);
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

void TestRackspaceSandboxCopies::copyGoesNewBuildingCompleted()
{
    const QString weekly
        = m_h->idOf(QStringLiteral("DFW"), QStringLiteral("orders-db-full-weekly"));
    const auto reply = m_h->copy(QStringLiteral("DFW"), weekly,
                                 RackspaceRawClient::copyBody(QStringLiteral("ORD"),
                                                              QStringLiteral("dfw-to-ord"),
                                                              QStringLiteral("a backup copy")));
    QCOMPARE(reply.status, 202);

    QJsonObject made = m_h->findByName(QStringLiteral("ORD"), QStringLiteral("dfw-to-ord"));
    QCOMPARE(made.value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
    QCOMPARE(made.value(QStringLiteral("description")).toString(), QStringLiteral("a backup copy"));
    QCOMPARE(made.value(QStringLiteral("created")).toString(),
             m_h->clock.now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
    QCOMPARE(m_h->showIn(QStringLiteral("DFW"), weekly)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("COPYING"));
    // A copying backup cannot be copied again meanwhile.
    QCOMPARE(m_h->copy(QStringLiteral("DFW"), weekly,
                       RackspaceRawClient::copyBody(QStringLiteral("IAD"), QStringLiteral("again")))
                 .status,
             422);

    const qint64 duration = RackspaceDatabaseState::copyDurationMs(3.2);
    m_h->clock.advance(duration / 2);
    const QString id = made.value(QStringLiteral("id")).toString();
    QCOMPARE(m_h->showIn(QStringLiteral("ORD"), id)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("BUILDING"));

    m_h->clock.advance(duration);
    made = m_h->showIn(QStringLiteral("ORD"), id).json.value(QStringLiteral("backup")).toObject();
    QCOMPARE(made.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(made.value(QStringLiteral("size")).toDouble(), 3.2);
    QVERIFY(made.value(QStringLiteral("parent_id")).isNull());
    QCOMPARE(m_h->showIn(QStringLiteral("DFW"), weekly)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("COMPLETED"));
}

void TestRackspaceSandboxCopies::incrementalChainNeedsParentFirst()
{
    const QString dfw = QStringLiteral("DFW");
    const QString ord = QStringLiteral("ORD");
    const QString full = m_h->idOf(dfw, QStringLiteral("orders-db-full-weekly"));
    const QString monday = m_h->idOf(dfw, QStringLiteral("orders-db-incr-mon"));
    const QString tuesday = m_h->idOf(dfw, QStringLiteral("orders-db-incr-tue"));

    QCOMPARE(
        m_h->copy(dfw, monday, RackspaceRawClient::copyBody(ord, QStringLiteral("mon"))).status,
        400);
    QCOMPARE(m_h->copy(dfw, full, RackspaceRawClient::copyBody(ord, QStringLiteral("full"))).status,
             202);
    // The parent's copy must be complete, not only started.
    QCOMPARE(
        m_h->copy(dfw, monday, RackspaceRawClient::copyBody(ord, QStringLiteral("mon"))).status,
        400);
    m_h->clock.advance(RackspaceDatabaseState::copyDurationMs(3.2) + 1000);
    QCOMPARE(
        m_h->copy(dfw, monday, RackspaceRawClient::copyBody(ord, QStringLiteral("mon"))).status,
        202);
    // Tuesday's parent is Monday: not complete yet in ORD.
    QCOMPARE(
        m_h->copy(dfw, tuesday, RackspaceRawClient::copyBody(ord, QStringLiteral("tue"))).status,
        400);
    m_h->clock.advance(RackspaceDatabaseState::copyDurationMs(0.4) + 1000);
    QCOMPARE(
        m_h->copy(dfw, tuesday, RackspaceRawClient::copyBody(ord, QStringLiteral("tue"))).status,
        202);

    // In ORD, the copies hang off each other as in DFW.
    const QJsonObject fullCopy = m_h->findByName(ord, QStringLiteral("full"));
    const QJsonObject mondayCopy = m_h->findByName(ord, QStringLiteral("mon"));
    const QJsonObject tuesdayCopy = m_h->findByName(ord, QStringLiteral("tue"));
    QCOMPARE(mondayCopy.value(QStringLiteral("parent_id")).toString(),
             fullCopy.value(QStringLiteral("id")).toString());
    QCOMPARE(tuesdayCopy.value(QStringLiteral("parent_id")).toString(),
             mondayCopy.value(QStringLiteral("id")).toString());
}

void TestRackspaceSandboxCopies::failingCopyEndsFailed()
{
    const QString legacy = m_h->idOf(QStringLiteral("DFW"), QStringLiteral("legacy-archive-2019"));
    QCOMPARE(m_h->copy(QStringLiteral("DFW"), legacy,
                       RackspaceRawClient::copyBody(QStringLiteral("SYD"), QStringLiteral("old")))
                 .status,
             202);
    m_h->clock.advance(RackspaceDatabaseState::copyDurationMs(1.1) + 1000);
    QCOMPARE(m_h->findByName(QStringLiteral("SYD"), QStringLiteral("old"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(m_h->showIn(QStringLiteral("DFW"), legacy)
                 .json.value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("COMPLETED"));
}

QTEST_GUILESS_MAIN(TestRackspaceSandboxCopies)
#include "tst_rackspacesandboxcopies.moc"
