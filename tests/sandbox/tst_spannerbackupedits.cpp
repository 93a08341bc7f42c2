// backups.patch (updateMask=expireTime), backups.delete and the operation listings of the
// Spanner sandbox, with the refusals Google gives.

#include "SpannerTestClient.h"
#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace Sb = Copydeck::Sandbox;

namespace {
const QByteArray OrdersProd = QByteArrayLiteral("/v1/projects/copydeck-demo/instances/orders-prod");
const QByteArray OrdersEu = QByteArrayLiteral("/v1/projects/copydeck-demo/instances/orders-eu");

QByteArray expireBody(const QDateTime &time)
{
    QJsonObject body;
    body.insert(QStringLiteral("expireTime"), time.toUTC().toString(Qt::ISODate));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSpannerBackupEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void patchExtendsExpiry();
    void patchRefusals_data();
    void patchRefusals();
    void deleteRemovesAReadyBackup();
    void deleteRefusedWhileCreatingOrCopied();
    void operationListings();

private:
    Sb::Sandbox m_sandbox;
    std::unique_ptr<SpannerTestClient> m_client;
};

void TestSpannerBackupEdits::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_client = std::make_unique<SpannerTestClient>(m_sandbox.spannerEndpoint());
    QCOMPARE(m_client
                 ->authenticate(m_sandbox.startupInfo()
                                    .value(QStringLiteral("spanner"))
                                    .toObject()
                                    .value(QStringLiteral("serviceAccountKey"))
                                    .toObject())
                 .status,
             200);
}

void TestSpannerBackupEdits::patchExtendsExpiry()
{
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
    const auto reply = m_client->send(
        "PATCH", OrdersProd + "/backups/orders-daily-05?updateMask=expireTime", expireBody(later));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("expireTime")).toString(),
             later.toString(Qt::ISODate));
    QCOMPARE(m_client->get(OrdersProd + "/backups/orders-daily-05")
                 .json.value(QStringLiteral("expireTime"))
                 .toString(),
             later.toString(Qt::ISODate));
}

void TestSpannerBackupEdits::patchRefusals_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QDateTime>("expire");
    QTest::addColumn<int>("status");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("no update mask") << QByteArray() << now.addDays(10) << 400;
    QTest::newRow("other field") << QByteArray("?updateMask=versionTime") << now.addDays(10) << 400;
    QTest::newRow("under 6 hours")
        << QByteArray("?updateMask=expireTime") << now.addSecs(3600) << 400;
    QTest::newRow("past maxExpireTime")
        << QByteArray("?updateMask=expireTime") << now.addDays(400) << 400;
}

void TestSpannerBackupEdits::patchRefusals()
{
    QFETCH(QByteArray, query);
    QFETCH(QDateTime, expire);
    QFETCH(int, status);
    const QString before = m_client->get(OrdersProd + "/backups/orders-daily-06")
                               .json.value(QStringLiteral("expireTime"))
                               .toString();
    const auto reply = m_client->send("PATCH", OrdersProd + "/backups/orders-daily-06" + query,
                                      expireBody(expire));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(m_client->get(OrdersProd + "/backups/orders-daily-06")
                 .json.value(QStringLiteral("expireTime"))
                 .toString(),
             before);
}

void TestSpannerBackupEdits::deleteRemovesAReadyBackup()
{
    const auto reply = m_client->send("DELETE", OrdersEu + "/backups/orders-eu-daily-02");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json, QJsonObject());
    QCOMPARE(m_client->get(OrdersEu + "/backups/orders-eu-daily-02").status, 404);
    QCOMPARE(m_client->send("DELETE", OrdersEu + "/backups/orders-eu-daily-02").status, 404);
}

void TestSpannerBackupEdits::deleteRefusedWhileCreatingOrCopied()
{
    const auto creating = m_client->send("DELETE", OrdersProd + "/backups/orders-nightly");
    QCOMPARE(creating.status, 400);
    QCOMPARE(creating.errorStatus(), QStringLiteral("FAILED_PRECONDITION"));

    QJsonObject copy;
    copy.insert(QStringLiteral("backupId"), QStringLiteral("held"));
    copy.insert(
        QStringLiteral("sourceBackup"),
        QStringLiteral("projects/copydeck-demo/instances/orders-prod/backups/orders-daily-07"));
    copy.insert(QStringLiteral("expireTime"),
                QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate));
    QCOMPARE(m_client
                 ->send("POST", OrdersEu + "/backups:copy",
                        QJsonDocument(copy).toJson(QJsonDocument::Compact))
                 .status,
             200);
    const auto referenced = m_client->send("DELETE", OrdersProd + "/backups/orders-daily-07");
    QCOMPARE(referenced.status, 400);
    QCOMPARE(referenced.errorStatus(), QStringLiteral("FAILED_PRECONDITION"));
    QVERIFY2(referenced.errorMessage().contains(QLatin1String("backups/held")),
             qPrintable(referenced.errorMessage()));
    QCOMPARE(m_client->get(OrdersProd + "/backups/orders-daily-07").status, 200);
}

void TestSpannerBackupEdits::operationListings()
{
    const auto ofBackup = m_client->get(OrdersProd + "/backups/orders-nightly/operations");
    QCOMPARE(ofBackup.status, 200);
    const QJsonArray operations = ofBackup.json.value(QStringLiteral("operations")).toArray();
    QCOMPARE(operations.size(), 1);
    QVERIFY(operations.first()
                .toObject()
                .value(QStringLiteral("name"))
                .toString()
                .startsWith(QLatin1String("projects/copydeck-demo/instances/orders-prod/backups/"
                                          "orders-nightly/operations/")));

    const auto instance = m_client->get(OrdersEu + "/backupOperations?pageSize=1");
    QCOMPARE(instance.status, 200);
    QCOMPARE(instance.json.value(QStringLiteral("operations")).toArray().size(), 1);
    QCOMPARE(m_client->get(OrdersProd + "/backups/orders-nightly/operations/nope").status, 404);
}

QTEST_GUILESS_MAIN(TestSpannerBackupEdits)
#include "tst_spannerbackupedits.moc"
