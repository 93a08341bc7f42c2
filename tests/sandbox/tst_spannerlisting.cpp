// The read side of the Spanner sandbox's Admin REST v1: instance configurations with their
// replicas, instances, databases, backups page by page and filtered, backups by name, and the
// errors Google answers with, all as Google's JSON (int64 as strings, Z-normalised timestamps).

#include "SpannerTestClient.h"
#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace Sb = Copydeck::Sandbox;

namespace {
const QByteArray Demo = QByteArrayLiteral("/v1/projects/copydeck-demo");
const QByteArray OrdersProd = Demo + "/instances/orders-prod";
const QString OrdersProdName = QStringLiteral("projects/copydeck-demo/instances/orders-prod");

QStringList names(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result.append(item.toObject().value(QStringLiteral("name")).toString());
    return result;
}

QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}
} // namespace

class TestSpannerListing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instanceConfigsWithReplicas();
    void instancesOfEachProject();
    void unknownProjectIsPermissionDenied();
    void databasesOfAnInstance();
    void backupsNewestFirstInGoogleJson();
    void creatingBackupHasNoSizeYet();
    void pagesCoverEveryBackupOnce();
    void pageTokenOfAnotherListingIsRefused();
    void badPageSizeIsInvalidArgument();
    void filters_data();
    void filters();
    void filterKeptAcrossPages();
    void malformedFilterIsInvalidArgument_data();
    void malformedFilterIsInvalidArgument();
    void backupByName();
    void unknownBackupIsNotFound();
    void unknownInstanceIsNotFound();
    void escapedResourceNamesAreUnderstood();

private:
    QJsonArray allBackups(const QByteArray &instancePath, const QByteArray &filter = {})
    {
        const auto reply = m_client->get(instancePath + "/backups"
                                         + (filter.isEmpty() ? QByteArray() : "?filter=" + filter));
        [&] { QCOMPARE(reply.status, 200); }();
        return reply.json.value(QStringLiteral("backups")).toArray();
    }

    Sb::Sandbox m_sandbox;
    std::unique_ptr<SpannerTestClient> m_client;
};

void TestSpannerListing::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_client = std::make_unique<SpannerTestClient>(m_sandbox.spannerEndpoint());
    const QJsonObject key = m_sandbox.startupInfo()
                                .value(QStringLiteral("spanner"))
                                .toObject()
                                .value(QStringLiteral("serviceAccountKey"))
                                .toObject();
    QCOMPARE(m_client->authenticate(key).status, 200);
}

void TestSpannerListing::instanceConfigsWithReplicas()
{
    const auto reply = m_client->get(Demo + "/instanceConfigs");
    QCOMPARE(reply.status, 200);
    const QJsonArray configs = reply.json.value(QStringLiteral("instanceConfigs")).toArray();
    const QStringList configNames = names(configs);
    QVERIFY(configNames.contains(QStringLiteral("projects/copydeck-demo/instanceConfigs/nam3")));
    QVERIFY(configNames.contains(
        QStringLiteral("projects/copydeck-demo/instanceConfigs/regional-europe-west1")));

    QJsonObject nam3;
    for (const QJsonValue &config : configs) {
        if (config.toObject()
                .value(QStringLiteral("name"))
                .toString()
                .endsWith(QLatin1String("/nam3")))
            nam3 = config.toObject();
    }
    QSet<QString> locations;
    QString leader;
    QString witness;
    for (const QJsonValue &value : nam3.value(QStringLiteral("replicas")).toArray()) {
        const QJsonObject replica = value.toObject();
        locations.insert(replica.value(QStringLiteral("location")).toString());
        if (replica.value(QStringLiteral("defaultLeaderLocation")).toBool())
            leader = replica.value(QStringLiteral("location")).toString();
        if (replica.value(QStringLiteral("type")).toString() == QLatin1String("WITNESS"))
            witness = replica.value(QStringLiteral("location")).toString();
    }
    QCOMPARE(locations,
             (QSet<QString> {QStringLiteral("us-east4"), QStringLiteral("us-east1"),
                             QStringLiteral("us-central1")}));
    QCOMPARE(leader, QStringLiteral("us-east4"));
    QCOMPARE(witness, QStringLiteral("us-central1"));
    QCOMPARE(nam3.value(QStringLiteral("configType")).toString(), QStringLiteral("GOOGLE_MANAGED"));

    const auto one = m_client->get(Demo + "/instanceConfigs/regional-europe-west1");
    QCOMPARE(one.status, 200);
    for (const QJsonValue &value : one.json.value(QStringLiteral("replicas")).toArray())
        QCOMPARE(value.toObject().value(QStringLiteral("location")).toString(),
                 QStringLiteral("europe-west1"));
}

void TestSpannerListing::instancesOfEachProject()
{
    const auto demo = m_client->get(Demo + "/instances");
    QCOMPARE(demo.status, 200);
    const QJsonArray instances = demo.json.value(QStringLiteral("instances")).toArray();
    QCOMPARE(names(instances),
             (QStringList {QStringLiteral("projects/copydeck-demo/instances/orders-eu"),
                           OrdersProdName}));
    const QJsonObject prod = instances.at(1).toObject();
    QCOMPARE(prod.value(QStringLiteral("config")).toString(),
             QStringLiteral("projects/copydeck-demo/instanceConfigs/nam3"));
    QCOMPARE(prod.value(QStringLiteral("state")).toString(), QStringLiteral("READY"));
    QCOMPARE(prod.value(QStringLiteral("nodeCount")).toInt(), 3);

    const auto archive = m_client->get("/v1/projects/copydeck-archive/instances");
    QCOMPARE(archive.status, 200);
    QCOMPARE(archive.json.value(QStringLiteral("instances")).toArray().size(), 2);

    const auto one = m_client->get(OrdersProd);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QStringLiteral("name")).toString(), OrdersProdName);
}

void TestSpannerListing::unknownProjectIsPermissionDenied()
{
    const auto reply = m_client->get("/v1/projects/somebody-else/instances");
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toInt(), 403);
    QCOMPARE(reply.errorStatus(), QStringLiteral("PERMISSION_DENIED"));
    QVERIFY2(reply.errorMessage().contains(QLatin1String("spanner.instances.list")),
             qPrintable(reply.errorMessage()));
}

void TestSpannerListing::databasesOfAnInstance()
{
    const auto reply = m_client->get(OrdersProd + "/databases");
    QCOMPARE(reply.status, 200);
    const QJsonArray databases = reply.json.value(QStringLiteral("databases")).toArray();
    QCOMPARE(names(databases),
             (QStringList {OrdersProdName + QStringLiteral("/databases/customers"),
                           OrdersProdName + QStringLiteral("/databases/orders")}));
    const QJsonObject orders = databases.at(1).toObject();
    QCOMPARE(orders.value(QStringLiteral("state")).toString(), QStringLiteral("READY"));
    QCOMPARE(orders.value(QStringLiteral("versionRetentionPeriod")).toString(),
             QStringLiteral("1h"));
    QCOMPARE(orders.value(QStringLiteral("defaultLeader")).toString(), QStringLiteral("us-east4"));

    QCOMPARE(m_client->get(OrdersProd + "/databases/orders").status, 200);
    QCOMPARE(m_client->get(OrdersProd + "/databases/nope").status, 404);
}

void TestSpannerListing::backupsNewestFirstInGoogleJson()
{
    const QJsonArray backups = allBackups(OrdersProd);
    QCOMPARE(backups.size(), 11);
    static const QRegularExpression timestamp(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3}|\\.\\d{6}|\\.\\d{9})?Z$"));
    QDateTime previous;
    for (const QJsonValue &value : backups) {
        const QJsonObject backup = value.toObject();
        for (const char *field : {"createTime", "expireTime", "versionTime", "maxExpireTime"}) {
            const QString text = backup.value(QLatin1String(field)).toString();
            QVERIFY2(timestamp.match(text).hasMatch(), qPrintable(text));
        }
        const QDateTime created = QDateTime::fromString(
            backup.value(QStringLiteral("createTime")).toString(), Qt::ISODateWithMs);
        if (previous.isValid())
            QVERIFY(created <= previous);
        previous = created;
        if (backup.value(QStringLiteral("state")).toString() == QLatin1String("READY")) {
            QVERIFY(backup.value(QStringLiteral("sizeBytes")).isString());
            bool ok = false;
            QVERIFY(backup.value(QStringLiteral("sizeBytes")).toString().toLongLong(&ok) > 0);
            QVERIFY(ok);
            QVERIFY(!backup.value(QStringLiteral("encryptionInfo"))
                         .toObject()
                         .value(QStringLiteral("encryptionType"))
                         .toString()
                         .isEmpty());
        }
        QVERIFY(backup.value(QStringLiteral("database"))
                    .toString()
                    .startsWith(OrdersProdName + QStringLiteral("/databases/")));
    }
}

void TestSpannerListing::creatingBackupHasNoSizeYet()
{
    const QJsonArray creating = allBackups(OrdersProd, "state%3ACREATING");
    QCOMPARE(creating.size(), 1);
    const QJsonObject backup = creating.first().toObject();
    QCOMPARE(backup.value(QStringLiteral("name")).toString(),
             OrdersProdName + QStringLiteral("/backups/orders-nightly"));
    QCOMPARE(backup.value(QStringLiteral("state")).toString(), QStringLiteral("CREATING"));
    QVERIFY(!backup.contains(QStringLiteral("sizeBytes")));
}

void TestSpannerListing::pagesCoverEveryBackupOnce()
{
    const QStringList expected = names(allBackups(OrdersProd));
    QStringList seen;
    QByteArray token;
    int pages = 0;
    do {
        const auto reply
            = m_client->get(OrdersProd + "/backups?pageSize=3"
                            + (token.isEmpty() ? QByteArray() : "&pageToken=" + token));
        QCOMPARE(reply.status, 200);
        const QJsonArray page = reply.json.value(QStringLiteral("backups")).toArray();
        QVERIFY(page.size() <= 3);
        seen += names(page);
        token = encoded(reply.json.value(QStringLiteral("nextPageToken")).toString());
        ++pages;
        QVERIFY(pages < 10);
    } while (!token.isEmpty());
    QCOMPARE(pages, 4);
    QCOMPARE(seen, expected);
}

void TestSpannerListing::pageTokenOfAnotherListingIsRefused()
{
    const auto first = m_client->get(OrdersProd + "/backups?pageSize=2");
    const QByteArray token = encoded(first.json.value(QStringLiteral("nextPageToken")).toString());
    QVERIFY(!token.isEmpty());
    const auto reply
        = m_client->get(Demo + "/instances/orders-eu/backups?pageSize=2&pageToken=" + token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
    const auto garbage = m_client->get(OrdersProd + "/backups?pageToken=not-a-token");
    QCOMPARE(garbage.status, 400);
}

void TestSpannerListing::badPageSizeIsInvalidArgument()
{
    const auto reply = m_client->get(OrdersProd + "/backups?pageSize=ten");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(reply.errorMessage(),
             QStringLiteral("Invalid value at 'page_size' (TYPE_INT32), \"ten\""));
    QCOMPARE(m_client->get(OrdersProd + "/backups?pageSize=-1").status, 400);
    // 0 means the server's own page size: everything here.
    const auto zero = m_client->get(OrdersProd + "/backups?pageSize=0");
    QCOMPARE(zero.json.value(QStringLiteral("backups")).toArray().size(), 11);
    QVERIFY(!zero.json.contains(QStringLiteral("nextPageToken")));
}

void TestSpannerListing::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // backup ids, newest first
    const QStringList daily = {QStringLiteral("orders-daily-01"), QStringLiteral("orders-daily-02"),
                               QStringLiteral("orders-daily-03"), QStringLiteral("orders-daily-04"),
                               QStringLiteral("orders-daily-05"), QStringLiteral("orders-daily-06"),
                               QStringLiteral("orders-daily-07")};
    QTest::newRow("state:READY excludes CREATING")
        << QStringLiteral("state:READY")
        << QStringList {
               QStringLiteral("orders-daily-01"),     QStringLiteral("orders-daily-02"),
               QStringLiteral("orders-cmek"),         QStringLiteral("orders-daily-03"),
               QStringLiteral("customers-weekly-01"), QStringLiteral("orders-daily-04"),
               QStringLiteral("orders-daily-05"),     QStringLiteral("orders-daily-06"),
               QStringLiteral("orders-daily-07"),     QStringLiteral("customers-weekly-02")};
    QTest::newRow("name contains, any case")
        << QStringLiteral("name:CMEK") << QStringList {QStringLiteral("orders-cmek")};
    QTest::newRow("database and state") << QStringLiteral("database:customers AND state:READY")
                                        << QStringList {QStringLiteral("customers-weekly-01"),
                                                        QStringLiteral("customers-weekly-02")};
    QTest::newRow("OR inside parentheses")
        << QStringLiteral("(name:weekly-02) OR (name:daily-07)")
        << QStringList {QStringLiteral("orders-daily-07"), QStringLiteral("customers-weekly-02")};
    // The name is the full resource name: the instance (orders-prod) is part of it.
    QTest::newRow("NOT") << QStringLiteral("NOT name:backups/orders")
                         << QStringList {QStringLiteral("customers-weekly-01"),
                                         QStringLiteral("customers-weekly-02")};
    const QString fiveDaysAgo
        = QDateTime::currentDateTimeUtc().addDays(-5).addSecs(-600).toString(Qt::ISODate);
    QTest::newRow("create_time <")
        << QStringLiteral("name:daily AND create_time < \"%1\"").arg(fiveDaysAgo) << daily.mid(5);
    QTest::newRow("create_time >= with offset")
        << QStringLiteral("name:daily create_time >= \"%1\"")
               .arg(QDateTime::currentDateTimeUtc()
                        .addDays(-2)
                        .addSecs(-600)
                        .toOffsetFromUtc(2 * 3600)
                        .toString(Qt::ISODate))
        << daily.mid(0, 2);
    QTest::newRow("size_bytes > 0 excludes CREATING")
        << QStringLiteral("size_bytes > 0 AND name:nightly") << QStringList();
    QTest::newRow("nothing") << QStringLiteral("name:absent") << QStringList();
}

void TestSpannerListing::filters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QStringList ids;
    for (const QString &name : names(allBackups(OrdersProd, encoded(filter))))
        ids.append(name.section(QLatin1Char('/'), -1));
    QCOMPARE(ids, expected);
}

void TestSpannerListing::filterKeptAcrossPages()
{
    const QByteArray filter = encoded(QStringLiteral("name:daily"));
    const auto first = m_client->get(OrdersProd + "/backups?pageSize=4&filter=" + filter);
    QCOMPARE(first.status, 200);
    const QByteArray token = encoded(first.json.value(QStringLiteral("nextPageToken")).toString());
    const auto second = m_client->get(OrdersProd + "/backups?pageSize=4&filter=" + filter
                                      + "&pageToken=" + token);
    QCOMPARE(second.status, 200);
    QCOMPARE(names(second.json.value(QStringLiteral("backups")).toArray()).size(), 3);
    QVERIFY(!second.json.contains(QStringLiteral("nextPageToken")));
    // The same token with another filter belongs to another listing.
    QCOMPARE(m_client->get(OrdersProd + "/backups?pageSize=4&pageToken=" + token).status, 400);
}

void TestSpannerListing::malformedFilterIsInvalidArgument_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("unknown field") << QStringLiteral("colour:blue");
    QTest::newRow("no operator") << QStringLiteral("state");
    QTest::newRow("unclosed parenthesis") << QStringLiteral("(state:READY");
    QTest::newRow("not a timestamp") << QStringLiteral("create_time < \"yesterday\"");
    QTest::newRow("not a number") << QStringLiteral("size_bytes > lots");
}

void TestSpannerListing::malformedFilterIsInvalidArgument()
{
    QFETCH(QString, filter);
    const auto reply = m_client->get(OrdersProd + "/backups?filter=" + encoded(filter));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
    const QJsonObject detail
        = reply.error().value(QStringLiteral("details")).toArray().first().toObject();
    QCOMPARE(detail.value(QStringLiteral("@type")).toString(),
             QStringLiteral("type.googleapis.com/google.rpc.BadRequest"));
    QCOMPARE(detail.value(QStringLiteral("fieldViolations"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("filter"));
}

void TestSpannerListing::backupByName()
{
    const auto reply = m_client->get(OrdersProd + "/backups/orders-cmek");
    QCOMPARE(reply.status, 200);
    const QJsonObject backup = reply.json;
    QCOMPARE(backup.value(QStringLiteral("name")).toString(),
             OrdersProdName + QStringLiteral("/backups/orders-cmek"));
    QCOMPARE(backup.value(QStringLiteral("state")).toString(), QStringLiteral("READY"));
    const QJsonObject encryption = backup.value(QStringLiteral("encryptionInfo")).toObject();
    QCOMPARE(encryption.value(QStringLiteral("encryptionType")).toString(),
             QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION"));
    QVERIFY(encryption.value(QStringLiteral("kmsKeyVersion"))
                .toString()
                .contains(QLatin1String("/cryptoKeyVersions/")));
    const QDateTime created
        = QDateTime::fromString(backup.value(QStringLiteral("createTime")).toString(), Qt::ISODate);
    const QDateTime maxExpire = QDateTime::fromString(
        backup.value(QStringLiteral("maxExpireTime")).toString(), Qt::ISODate);
    QCOMPARE(created.daysTo(maxExpire), 366);
}

void TestSpannerListing::unknownBackupIsNotFound()
{
    const auto reply = m_client->get(OrdersProd + "/backups/missing");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toInt(), 404);
    QCOMPARE(reply.errorStatus(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(reply.errorMessage(),
             QStringLiteral("Backup not found: ") + OrdersProdName
                 + QStringLiteral("/backups/missing"));
    const QJsonObject info
        = reply.error().value(QStringLiteral("details")).toArray().first().toObject();
    QCOMPARE(info.value(QStringLiteral("@type")).toString(),
             QStringLiteral("type.googleapis.com/google.rpc.ResourceInfo"));
    QCOMPARE(info.value(QStringLiteral("resourceName")).toString(),
             OrdersProdName + QStringLiteral("/backups/missing"));
}

void TestSpannerListing::unknownInstanceIsNotFound()
{
    const QList<QByteArray> paths
        = {Demo + "/instances/ghost/backups", Demo + "/instances/ghost/databases"};
    for (const QByteArray &path : paths) {
        const auto reply = m_client->get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorMessage(),
                 QStringLiteral("Instance not found: projects/copydeck-demo/instances/ghost"));
    }
}

void TestSpannerListing::escapedResourceNamesAreUnderstood()
{
    const auto reply = m_client->get(
        "/v1/projects%2Fcopydeck-demo%2Finstances%2Forders-prod%2Fbackups%2Forders-cmek");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("name")).toString(),
             OrdersProdName + QStringLiteral("/backups/orders-cmek"));
}

QTEST_GUILESS_MAIN(TestSpannerListing)
#include "tst_spannerlisting.moc"
