// backups.create and backups:copy on the Spanner sandbox: long-running operations that rise to
// READY over simulated time, cancellation that removes the destination, and every rule the
// service enforces answered with Google's error.

#include "SpannerTestClient.h"
#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace Sb = Copydeck::Sandbox;

namespace {
const QByteArray Demo = QByteArrayLiteral("/v1/projects/copydeck-demo");
const QByteArray OrdersProd = Demo + "/instances/orders-prod";
const QByteArray OrdersEu = Demo + "/instances/orders-eu";
const QByteArray Archive = QByteArrayLiteral("/v1/projects/copydeck-archive/instances/archive");
const QString ProdName = QStringLiteral("projects/copydeck-demo/instances/orders-prod");
const QString TypePrefix = QStringLiteral("type.googleapis.com/google.spanner.admin.database.v1.");

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject copyRequest(const QString &backupId, const QString &source, const QJsonValue &expire,
                        const QJsonObject &encryption = {})
{
    QJsonObject request;
    request.insert(QStringLiteral("backupId"), backupId);
    request.insert(QStringLiteral("sourceBackup"), source);
    request.insert(QStringLiteral("expireTime"), expire);
    if (!encryption.isEmpty())
        request.insert(QStringLiteral("encryptionConfig"), encryption);
    return request;
}

QJsonObject cmek(const QStringList &keys)
{
    QJsonObject config;
    config.insert(QStringLiteral("encryptionType"), QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION"));
    config.insert(QStringLiteral("kmsKeyNames"), QJsonArray::fromStringList(keys));
    return config;
}

QString key(const QString &location)
{
    return QStringLiteral(
               "projects/copydeck-archive/locations/%1/keyRings/backups/cryptoKeys/vault")
        .arg(location);
}

QByteArray path(const QString &name)
{
    return QByteArrayLiteral("/v1/") + name.toLatin1();
}
} // namespace

class TestSpannerOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void createRunsToReady();
    void copyWithCustomerKeysRunsToReady();
    void cancelledCopyLeavesNoBackup();
    void copyRules_data();
    void copyRules();
    void createRules_data();
    void createRules();
    void timestampsWithOffsetAndNanosAreAccepted();
    void missingPermissionsArePermissionDenied();

private:
    QJsonObject pollUntilDone(const QString &operationName, QList<int> *percents)
    {
        QJsonObject operation;
        for (int i = 0; i < 400; ++i) {
            const auto reply = m_client->get(path(operationName));
            if (reply.status != 200)
                return {};
            operation = reply.json;
            percents->append(operation.value(QStringLiteral("metadata"))
                                 .toObject()
                                 .value(QStringLiteral("progress"))
                                 .toObject()
                                 .value(QStringLiteral("progressPercent"))
                                 .toInt());
            if (operation.value(QStringLiteral("done")).toBool())
                return operation;
            QTest::qWait(50);
        }
        return operation;
    }

    Sb::Sandbox m_sandbox;
    std::unique_ptr<SpannerTestClient> m_client;
};

void TestSpannerOperations::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_client = std::make_unique<SpannerTestClient>(m_sandbox.spannerEndpoint());
    const QJsonObject serviceAccount = m_sandbox.startupInfo()
                                           .value(QStringLiteral("spanner"))
                                           .toObject()
                                           .value(QStringLiteral("serviceAccountKey"))
                                           .toObject();
    QCOMPARE(m_client->authenticate(serviceAccount).status, 200);
}

void TestSpannerOperations::cleanup()
{
    m_sandbox.setSpeed(1.0);
}

void TestSpannerOperations::createRunsToReady()
{
    QJsonObject backup;
    backup.insert(QStringLiteral("database"),
                  QStringLiteral("projects/copydeck-demo/instances/orders-eu/databases/orders-eu"));
    backup.insert(QStringLiteral("expireTime"),
                  rfc3339(QDateTime::currentDateTimeUtc().addDays(7)));
    const auto started
        = m_client->send("POST", OrdersEu + "/backups?backupId=eu-manual", json(backup));
    QCOMPARE(started.status, 200);
    const QString name = started.json.value(QStringLiteral("name")).toString();
    static const QRegularExpression pattern(QStringLiteral(
        "^projects/copydeck-demo/instances/orders-eu/backups/eu-manual/operations/[^/]+$"));
    QVERIFY2(pattern.match(name).hasMatch(), qPrintable(name));
    QVERIFY(!started.json.value(QStringLiteral("done")).toBool());
    const QJsonObject metadata = started.json.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("@type")).toString(),
             TypePrefix + QStringLiteral("CreateBackupMetadata"));
    QCOMPARE(metadata.value(QStringLiteral("database")).toString(),
             backup.value(QStringLiteral("database")).toString());
    QVERIFY(metadata.value(QStringLiteral("progress"))
                .toObject()
                .contains(QStringLiteral("startTime")));

    const auto creating = m_client->get(OrdersEu + "/backups/eu-manual");
    QCOMPARE(creating.json.value(QStringLiteral("state")).toString(), QStringLiteral("CREATING"));

    m_sandbox.setSpeed(150); // ten simulated minutes in four seconds
    QList<int> percents;
    const QJsonObject done = pollUntilDone(name, &percents);
    QVERIFY(done.value(QStringLiteral("done")).toBool());
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QVERIFY(
        std::any_of(percents.cbegin(), percents.cend(), [](int p) { return p > 0 && p < 100; }));
    QCOMPARE(percents.last(), 100);
    const QJsonObject response = done.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("@type")).toString(),
             TypePrefix + QStringLiteral("Backup"));
    QCOMPARE(response.value(QStringLiteral("state")).toString(), QStringLiteral("READY"));
    QVERIFY(done.value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("progress"))
                .toObject()
                .contains(QStringLiteral("endTime")));

    const auto ready = m_client->get(OrdersEu + "/backups/eu-manual");
    QCOMPARE(ready.json.value(QStringLiteral("state")).toString(), QStringLiteral("READY"));
    QVERIFY(ready.json.value(QStringLiteral("sizeBytes")).isString());
    QCOMPARE(ready.json.value(QStringLiteral("encryptionInfo"))
                 .toObject()
                 .value(QStringLiteral("encryptionType"))
                 .toString(),
             QStringLiteral("GOOGLE_DEFAULT_ENCRYPTION"));
}

void TestSpannerOperations::copyWithCustomerKeysRunsToReady()
{
    const QString source = ProdName + QStringLiteral("/backups/orders-daily-01");
    const auto started
        = m_client->send("POST", Archive + "/backups:copy",
                         json(copyRequest(QStringLiteral("orders-copy"), source,
                                          rfc3339(QDateTime::currentDateTimeUtc().addDays(30)),
                                          cmek({key(QStringLiteral("europe-west4")),
                                                key(QStringLiteral("europe-west1"))}))));
    QCOMPARE(started.status, 200);
    const QString name = started.json.value(QStringLiteral("name")).toString();
    const QJsonObject metadata = started.json.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("@type")).toString(),
             TypePrefix + QStringLiteral("CopyBackupMetadata"));
    QCOMPARE(metadata.value(QStringLiteral("sourceBackup")).toString(), source);
    QCOMPARE(metadata.value(QStringLiteral("name")).toString(),
             QStringLiteral("projects/copydeck-archive/instances/archive/backups/orders-copy"));
    // While it runs the source names its copy, and the copy is CREATING.
    const auto sourceWhileCopying = m_client->get(path(source));
    QCOMPARE(sourceWhileCopying.json.value(QStringLiteral("referencingBackups")).toArray().size(),
             1);
    QCOMPARE(m_client->get(Archive + "/backups/orders-copy")
                 .json.value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("CREATING"));
    // The instance's backupOperations list shows it.
    const auto operations = m_client->get(Archive + "/backupOperations");
    QCOMPARE(operations.status, 200);
    QCOMPARE(operations.json.value(QStringLiteral("operations"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             name);

    m_sandbox.setSpeed(300);
    QList<int> percents;
    const QJsonObject done = pollUntilDone(name, &percents);
    QVERIFY(done.value(QStringLiteral("done")).toBool());
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    const auto copy = m_client->get(Archive + "/backups/orders-copy");
    QCOMPARE(copy.json.value(QStringLiteral("state")).toString(), QStringLiteral("READY"));
    QCOMPARE(copy.json.value(QStringLiteral("encryptionInfo"))
                 .toObject()
                 .value(QStringLiteral("encryptionType"))
                 .toString(),
             QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION"));
    QCOMPARE(copy.json.value(QStringLiteral("encryptionInformation")).toArray().size(), 2);
    QVERIFY(!m_client->get(path(source)).json.contains(QStringLiteral("referencingBackups")));
}

void TestSpannerOperations::cancelledCopyLeavesNoBackup()
{
    const QString source = ProdName + QStringLiteral("/backups/orders-daily-02");
    const auto started
        = m_client->send("POST", OrdersEu + "/backups:copy",
                         json(copyRequest(QStringLiteral("to-cancel"), source,
                                          rfc3339(QDateTime::currentDateTimeUtc().addDays(10)))));
    QCOMPARE(started.status, 200);
    const QString name = started.json.value(QStringLiteral("name")).toString();
    m_sandbox.setSpeed(200);
    int percent = 0;
    for (int i = 0; i < 200 && percent < 30; ++i) {
        QTest::qWait(20);
        percent = m_client->get(path(name))
                      .json.value(QStringLiteral("metadata"))
                      .toObject()
                      .value(QStringLiteral("progress"))
                      .toObject()
                      .value(QStringLiteral("progressPercent"))
                      .toInt();
    }
    QVERIFY2(percent >= 30 && percent < 100, qPrintable(QString::number(percent)));
    m_sandbox.setSpeed(1);

    const auto cancelled = m_client->send("POST", path(name) + ":cancel");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json, QJsonObject());

    const auto operation = m_client->get(path(name));
    QCOMPARE(operation.status, 200);
    QVERIFY(operation.json.value(QStringLiteral("done")).toBool());
    const QJsonObject error = operation.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 1);
    QVERIFY(!operation.json.contains(QStringLiteral("response")));
    QVERIFY(operation.json.value(QStringLiteral("metadata"))
                .toObject()
                .contains(QStringLiteral("cancelTime")));

    QCOMPARE(m_client->get(OrdersEu + "/backups/to-cancel").status, 404);
    const auto list = m_client->get(OrdersEu + "/backups?filter=name%3Ato-cancel");
    QVERIFY(list.json.value(QStringLiteral("backups")).toArray().isEmpty());
    QVERIFY(!m_client->get(path(source)).json.contains(QStringLiteral("referencingBackups")));
    // A finished operation cannot be cancelled again.
    QCOMPARE(m_client->send("POST", path(name) + ":cancel").errorStatus(),
             QStringLiteral("FAILED_PRECONDITION"));
}

void TestSpannerOperations::copyRules_data()
{
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("grpcStatus");
    QTest::addColumn<QString>("says");

    const QString daily = ProdName + QStringLiteral("/backups/orders-daily-01");
    const QDateTime created = QDateTime::fromString(
        m_client->get(path(daily)).json.value(QStringLiteral("createTime")).toString(),
        Qt::ISODate);
    const QString ok = rfc3339(QDateTime::currentDateTimeUtc().addDays(20));
    const auto row = [&](const char *tag, const QByteArray &instance, const QJsonObject &request,
                         int status, const char *grpc, const char *says) {
        QTest::newRow(tag) << instance << request << status << QString(QLatin1String(grpc))
                           << QString(QLatin1String(says));
    };
    row("source still CREATING", OrdersEu,
        copyRequest(QStringLiteral("c1"), ProdName + QStringLiteral("/backups/orders-nightly"), ok),
        400, "FAILED_PRECONDITION", "not ready");
    row("source missing", OrdersEu,
        copyRequest(QStringLiteral("c2"), ProdName + QStringLiteral("/backups/nope"), ok), 404,
        "NOT_FOUND", "Backup not found");
    row("expire under 6 h after source creation", OrdersEu,
        copyRequest(QStringLiteral("c3"), daily, rfc3339(created.addSecs(5 * 3600))), 400,
        "INVALID_ARGUMENT", "at least 6 hours");
    row("expire over 366 days after source creation", OrdersEu,
        copyRequest(QStringLiteral("c4"), daily, rfc3339(created.addDays(367))), 400,
        "INVALID_ARGUMENT", "at most 366 days");
    row("expire at the source's maxExpireTime", OrdersEu,
        copyRequest(QStringLiteral("c5"), daily, rfc3339(created.addDays(366))), 400,
        "INVALID_ARGUMENT", "max_expire_time");
    row("expire as a number", OrdersEu, copyRequest(QStringLiteral("c6"), daily, 86400), 400,
        "INVALID_ARGUMENT", "Invalid data type for timestamp");
    row("expire not RFC 3339", OrdersEu,
        copyRequest(QStringLiteral("c7"), daily, QStringLiteral("2030-01-01 10:00")), 400,
        "INVALID_ARGUMENT", "Illegal timestamp format");
    for (const char *bad : {"1abc", "a", "abc-", "Abc", "has space"})
        row(qPrintable(QStringLiteral("backup id ") + QLatin1String(bad)), OrdersEu,
            copyRequest(QLatin1String(bad), daily, ok), 400, "INVALID_ARGUMENT", "backup_id");
    row("backup id of 61 characters", OrdersEu,
        copyRequest(QStringLiteral("a").repeated(61), daily, ok), 400, "INVALID_ARGUMENT",
        "between 2 and 60");
    row("existing id", OrdersProd, copyRequest(QStringLiteral("orders-daily-02"), daily, ok), 409,
        "ALREADY_EXISTS", "already exists");
    QJsonObject unspecified;
    unspecified.insert(QStringLiteral("encryptionType"),
                       QStringLiteral("ENCRYPTION_TYPE_UNSPECIFIED"));
    row("encryption type unspecified", OrdersEu,
        copyRequest(QStringLiteral("c8"), daily, ok, unspecified), 400, "INVALID_ARGUMENT",
        "encryption_type");
    QJsonObject databaseDefault;
    databaseDefault.insert(QStringLiteral("encryptionType"),
                           QStringLiteral("USE_DATABASE_ENCRYPTION"));
    row("create-only encryption type", OrdersEu,
        copyRequest(QStringLiteral("c9"), daily, ok, databaseDefault), 400, "INVALID_ARGUMENT",
        "encryption_type");
    row("customer-managed without keys", OrdersEu,
        copyRequest(QStringLiteral("c10"), daily, ok, cmek({})), 400, "INVALID_ARGUMENT",
        "must be set");
    row("keys not covering every region", Archive,
        copyRequest(QStringLiteral("c11"), daily, ok, cmek({key(QStringLiteral("europe-west1"))})),
        400, "INVALID_ARGUMENT", "europe-west4");
    QJsonObject googleWithKey;
    googleWithKey.insert(QStringLiteral("encryptionType"),
                         QStringLiteral("GOOGLE_DEFAULT_ENCRYPTION"));
    googleWithKey.insert(QStringLiteral("kmsKeyName"), key(QStringLiteral("europe-west1")));
    row("key with Google-managed encryption", OrdersEu,
        copyRequest(QStringLiteral("c12"), daily, ok, googleWithKey), 400, "INVALID_ARGUMENT",
        "CUSTOMER_MANAGED_ENCRYPTION");
    row("multi-region key covers its configuration", Archive,
        copyRequest(QStringLiteral("c13"), daily, ok, cmek({key(QStringLiteral("eur3"))})), 200, "",
        "");
    row("shortest id allowed", OrdersEu, copyRequest(QStringLiteral("ab"), daily, ok), 200, "", "");
}

void TestSpannerOperations::copyRules()
{
    QFETCH(QByteArray, instance);
    QFETCH(QJsonObject, request);
    QFETCH(int, status);
    QFETCH(QString, grpcStatus);
    QFETCH(QString, says);
    const auto reply = m_client->send("POST", instance + "/backups:copy", json(request));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QVERIFY(reply.json.value(QStringLiteral("name"))
                    .toString()
                    .contains(QStringLiteral("/operations/")));
        return;
    }
    QCOMPARE(reply.error().value(QStringLiteral("code")).toInt(), status);
    QCOMPARE(reply.errorStatus(), grpcStatus);
    QVERIFY2(reply.errorMessage().contains(says), qPrintable(reply.errorMessage()));
}

void TestSpannerOperations::createRules_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QJsonObject>("backup");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("grpcStatus");
    QTest::addColumn<QString>("says");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto body = [&](const char *database, const QDateTime &expire,
                          const QDateTime &version = {}) {
        QJsonObject backup;
        backup.insert(QStringLiteral("database"),
                      QString(ProdName + QStringLiteral("/databases/") + QLatin1String(database)));
        backup.insert(QStringLiteral("expireTime"), rfc3339(expire));
        if (version.isValid())
            backup.insert(QStringLiteral("versionTime"), rfc3339(version));
        return backup;
    };
    const auto row = [&](const char *tag, const QByteArray &query, const QJsonObject &backup,
                         int status, const char *grpc, const char *says) {
        QTest::newRow(tag) << query << backup << status << QString(QLatin1String(grpc))
                           << QString(QLatin1String(says));
    };
    row("expire under 6 hours", "backupId=r1", body("customers", now.addSecs(5 * 3600)), 400,
        "INVALID_ARGUMENT", "at least 6 hours");
    row("expire over 366 days", "backupId=r2", body("customers", now.addDays(367)), 400,
        "INVALID_ARGUMENT", "at most 366 days");
    row("version time before retention", "backupId=r3",
        body("customers", now.addDays(3), now.addSecs(-2 * 3600)), 400, "INVALID_ARGUMENT",
        "version retention period");
    row("version time in the future", "backupId=r4",
        body("customers", now.addDays(3), now.addSecs(600)), 400, "INVALID_ARGUMENT",
        "version retention period");
    row("no backup id", "", body("customers", now.addDays(3)), 400, "INVALID_ARGUMENT",
        "backup_id");
    row(
        "database of another instance", "backupId=r5",
        [&] {
            QJsonObject b = body("customers", now.addDays(3));
            b.insert(
                QStringLiteral("database"),
                QStringLiteral("projects/copydeck-demo/instances/orders-eu/databases/orders-eu"));
            return b;
        }(),
        400, "INVALID_ARGUMENT", "not in the instance");
    row("second pending create of a database", "backupId=r6", body("orders", now.addDays(3)), 400,
        "FAILED_PRECONDITION", "only one pending backup creation");
    row("customer keys missing a region",
        "backupId=r7&encryptionConfig.encryptionType=CUSTOMER_MANAGED_ENCRYPTION"
        "&encryptionConfig.kmsKeyNames=projects%2Fp%2Flocations%2Fus-east4%2FkeyRings%2Fr%"
        "2FcryptoKeys%2Fk",
        body("customers", now.addDays(3)), 400, "INVALID_ARGUMENT", "us-east1");
    row("copy-only encryption type",
        "backupId=r8&encryptionConfig.encryptionType=USE_CONFIG_DEFAULT_OR_BACKUP_ENCRYPTION",
        body("customers", now.addDays(3)), 400, "INVALID_ARGUMENT", "encryption_type");
    row("customer keys covering every region",
        "backupId=r9&encryptionConfig.encryptionType=CUSTOMER_MANAGED_ENCRYPTION"
        "&encryptionConfig.kmsKeyNames=projects%2Fp%2Flocations%2Fus-east4%2FkeyRings%2Fr%"
        "2FcryptoKeys%2Fk"
        "&encryptionConfig.kmsKeyNames=projects%2Fp%2Flocations%2Fus-east1%2FkeyRings%2Fr%"
        "2FcryptoKeys%2Fk",
        body("customers", now.addDays(3), now.addSecs(-1800)), 200, "", "");
    row("existing id", "backupId=orders-cmek", body("customers", now.addDays(3)), 409,
        "ALREADY_EXISTS", "already exists");
}

void TestSpannerOperations::createRules()
{
    QFETCH(QByteArray, query);
    QFETCH(QJsonObject, backup);
    QFETCH(int, status);
    QFETCH(QString, grpcStatus);
    QFETCH(QString, says);
    const auto reply = m_client->send("POST", OrdersProd + "/backups?" + query, json(backup));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("@type"))
                     .toString(),
                 TypePrefix + QStringLiteral("CreateBackupMetadata"));
        return;
    }
    QCOMPARE(reply.errorStatus(), grpcStatus);
    QVERIFY2(reply.errorMessage().contains(says), qPrintable(reply.errorMessage()));
}

void TestSpannerOperations::timestampsWithOffsetAndNanosAreAccepted()
{
    const QDateTime expire = QDateTime::currentDateTimeUtc().addDays(9);
    const QString withOffset
        = expire.toOffsetFromUtc(5 * 3600 + 1800).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
        + QStringLiteral(".123456789+05:30");
    const auto started = m_client->send(
        "POST", OrdersEu + "/backups:copy",
        json(copyRequest(QStringLiteral("offset-copy"),
                         ProdName + QStringLiteral("/backups/orders-daily-03"), withOffset)));
    QCOMPARE(started.status, 200);
    const auto backup = m_client->get(OrdersEu + "/backups/offset-copy");
    const QString written = backup.json.value(QStringLiteral("expireTime")).toString();
    QVERIFY2(written.endsWith(QLatin1String(".123Z")), qPrintable(written));
    QCOMPARE(QDateTime::fromString(written, Qt::ISODateWithMs).toSecsSinceEpoch(),
             expire.toSecsSinceEpoch());
}

void TestSpannerOperations::missingPermissionsArePermissionDenied()
{
    const QString archive = QStringLiteral("projects/copydeck-archive/instances/archive");
    const QString archiveUs = QStringLiteral("projects/copydeck-archive/instances/archive-us");
    const QString ok = rfc3339(QDateTime::currentDateTimeUtc().addDays(20));
    const auto verifyDenied = [](const SpannerTestClient::Reply &reply, const QString &permission,
                                 const QString &resource) {
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorStatus(), QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(reply.errorMessage(),
                 QStringLiteral("Permission '%1' denied on resource '%2' (or it may not exist).")
                     .arg(permission, resource));
        const QJsonObject info
            = reply.error().value(QStringLiteral("details")).toArray().first().toObject();
        QCOMPARE(info.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("permission"))
                     .toString(),
                 permission);
    };

    // spanner.backups.create on the destination instance (copy) and the parent (create).
    verifyDenied(m_client->send(
                     "POST", path(archiveUs) + "/backups:copy",
                     json(copyRequest(QStringLiteral("denied"),
                                      ProdName + QStringLiteral("/backups/orders-daily-04"), ok))),
                 QStringLiteral("spanner.backups.create"), archiveUs);
    QJsonObject audit;
    audit.insert(QStringLiteral("database"),
                 QString(archiveUs + QStringLiteral("/databases/audit")));
    audit.insert(QStringLiteral("expireTime"), ok);
    verifyDenied(m_client->send("POST", path(archiveUs) + "/backups?backupId=denied", json(audit)),
                 QStringLiteral("spanner.backups.create"), archiveUs);
    // spanner.backups.copy on the source backup.
    const QString ledgerBackup = archive + QStringLiteral("/backups/ledger-monthly-03");
    verifyDenied(
        m_client->send("POST", OrdersEu + "/backups:copy",
                       json(copyRequest(QStringLiteral("denied"), ledgerBackup,
                                        rfc3339(QDateTime::currentDateTimeUtc().addDays(200))))),
        QStringLiteral("spanner.backups.copy"), ledgerBackup);
    // spanner.databases.createBackup on the database.
    QJsonObject ledger;
    ledger.insert(QStringLiteral("database"),
                  QString(archive + QStringLiteral("/databases/ledger")));
    ledger.insert(QStringLiteral("expireTime"), ok);
    verifyDenied(m_client->send("POST", path(archive) + "/backups?backupId=denied", json(ledger)),
                 QStringLiteral("spanner.databases.createBackup"),
                 archive + QStringLiteral("/databases/ledger"));
    // Nothing was made.
    QCOMPARE(m_client->get(path(archive) + "/backups/denied").status, 404);
    QCOMPARE(m_client->get(OrdersEu + "/backups/denied").status, 404);
}

QTEST_GUILESS_MAIN(TestSpannerOperations)
#include "tst_spanneroperations.moc"
