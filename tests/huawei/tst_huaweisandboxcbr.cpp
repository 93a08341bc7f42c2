// CBR v3 of the Huawei sandbox over loopback: listings with their pages and filters, every rule of
// replicate with CBR's error, and a replication rising to success with its replica.
#include "HuaweiTestClient.h"

#include "sandbox/Sandbox.h"
#include "sandbox/huawei/HuaweiSandbox.h"
#include "sandbox/huawei/HuaweiState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {
const QString North = QStringLiteral("cn-north-4");
const QString East = QStringLiteral("cn-east-3");
const QString HongKong = QStringLiteral("ap-southeast-1");
} // namespace

class TestHuaweiSandboxCbr final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesByOffsetAndMarker();
    void filtersBackups();
    void listsVaultsByProtectType();
    void capabilities();
    void replicateRules_data();
    void replicateRules();
    void replicationRisesToSuccess();

private:
    QUrl cbr(const QString &region, const QString &rest) const;
    QJsonArray list(const QString &region, const QString &rest, const char *key);
    QString vaultId(const QString &region, const QString &name);
    QString availableBackup();
    QByteArray replicateBody(const QString &region, const QString &vault,
                             const QJsonObject &extra = {}) const;

    std::unique_ptr<Sandbox::Sandbox> m_sandbox;
    std::unique_ptr<HuaweiTestClient> m_client;
};

void TestHuaweiSandboxCbr::init()
{
    m_sandbox = std::make_unique<Sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    m_client = std::make_unique<HuaweiTestClient>();
    const auto account = m_sandbox->huawei()->demoAccount();
    m_client->useKeys({account.accessKey, account.secretKey, {}});
}

void TestHuaweiSandboxCbr::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QUrl TestHuaweiSandboxCbr::cbr(const QString &region, const QString &rest) const
{
    QUrl url = m_sandbox->huawei()->cbrEndpoint(region);
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + QStringLiteral("/v3/") + m_sandbox->huawei()->projectId(region)
                + rest.left(question));
    if (question >= 0)
        url.setQuery(rest.mid(question + 1));
    return url;
}

QJsonArray TestHuaweiSandboxCbr::list(const QString &region, const QString &rest, const char *key)
{
    const auto reply = m_client->get(cbr(region, rest));
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json.value(QLatin1String(key)).toArray();
}

QString TestHuaweiSandboxCbr::vaultId(const QString &region, const QString &name)
{
    for (const QJsonValue &v : list(region, QStringLiteral("/vaults"), "vaults")) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

QString TestHuaweiSandboxCbr::availableBackup()
{
    const QJsonArray backups = list(
        North, QStringLiteral("/backups?status=available&image_type=backup&limit=1"), "backups");
    return backups.isEmpty() ? QString()
                             : backups.at(0).toObject().value(QStringLiteral("id")).toString();
}

QByteArray TestHuaweiSandboxCbr::replicateBody(const QString &region, const QString &vault,
                                               const QJsonObject &extra) const
{
    QJsonObject replicate {
        {QStringLiteral("destination_project_id"), m_sandbox->huawei()->projectId(region)},
        {QStringLiteral("destination_region"), region},
        {QStringLiteral("destination_vault_id"), vault},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            replicate.remove(it.key());
        else
            replicate.insert(it.key(), it.value());
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("replicate"), replicate}}).toJson();
}

void TestHuaweiSandboxCbr::pagesByOffsetAndMarker()
{
    const auto whole = m_client->get(cbr(North, QStringLiteral("/backups")));
    const int total = whole.json.value(QStringLiteral("count")).toInt();
    QVERIFY(total > 10);
    QStringList all;
    for (const QJsonValue &b : whole.json.value(QStringLiteral("backups")).toArray())
        all << b.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(all.size(), total);

    QStringList byOffset, byMarker;
    for (int offset = 0; offset < total; offset += 4) {
        const auto page
            = m_client->get(cbr(North, QStringLiteral("/backups?limit=4&offset=%1").arg(offset)));
        QCOMPARE(page.json.value(QStringLiteral("count")).toInt(), total);
        QCOMPARE(page.json.value(QStringLiteral("offset")).toInt(), offset);
        for (const QJsonValue &b : page.json.value(QStringLiteral("backups")).toArray())
            byOffset << b.toObject().value(QStringLiteral("id")).toString();
    }
    QString marker;
    for (int pages = 0; pages < 100; ++pages) {
        const QJsonArray page
            = list(North,
                   QStringLiteral("/backups?limit=5")
                       + (marker.isEmpty() ? QString() : QStringLiteral("&marker=") + marker),
                   "backups");
        if (page.isEmpty())
            break;
        for (const QJsonValue &b : page)
            byMarker << b.toObject().value(QStringLiteral("id")).toString();
        marker = byMarker.constLast();
    }
    QCOMPARE(byOffset, all);
    QCOMPARE(byMarker, all);
    QCOMPARE(m_client->get(cbr(North, QStringLiteral("/backups?limit=0"))).errorCode(),
             QStringLiteral("BackupService.0001"));
    QCOMPARE(m_client->get(cbr(North, QStringLiteral("/backups?limit=1001"))).status, 400);
}

void TestHuaweiSandboxCbr::filtersBackups()
{
    const auto statuses = [this](const QString &query) {
        QSet<QString> seen;
        for (const QJsonValue &b : list(North, QStringLiteral("/backups?") + query, "backups"))
            seen << b.toObject().value(QStringLiteral("status")).toString();
        return seen;
    };
    QCOMPARE(statuses(QStringLiteral("status=protecting")),
             QSet<QString>({QStringLiteral("protecting")}));
    QCOMPARE(statuses(QStringLiteral("status=protecting&status=error")),
             QSet<QString>({QStringLiteral("protecting"), QStringLiteral("error")}));
    QCOMPARE(m_client->get(cbr(North, QStringLiteral("/backups?status=done"))).status, 400);

    const QString prod = vaultId(North, QStringLiteral("vault-prod-servers"));
    for (const QJsonValue &b : list(North, QStringLiteral("/backups?vault_id=") + prod, "backups"))
        QCOMPARE(b.toObject().value(QStringLiteral("vault_id")).toString(), prod);
    QVERIFY(list(North, QStringLiteral("/backups?image_type=replication"), "backups").isEmpty());
    const QJsonArray replicas
        = list(East, QStringLiteral("/backups?image_type=replication"), "backups");
    QCOMPARE(replicas.size(), 1);
    QCOMPARE(replicas.at(0).toObject().value(QStringLiteral("vault_id")).toString(),
             vaultId(East, QStringLiteral("vault-dr-shanghai")));
    // Timestamps as CBR gives them: microseconds, no zone.
    const QString created
        = replicas.at(0).toObject().value(QStringLiteral("created_at")).toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"))
            .match(created)
            .hasMatch(),
        qPrintable(created));

    // Replication records only when asked for.
    bool sawRecords = false;
    for (const QJsonValue &b : list(North, QStringLiteral("/backups"), "backups"))
        QVERIFY(!b.toObject().contains(QStringLiteral("replication_records")));
    for (const QJsonValue &b :
         list(North, QStringLiteral("/backups?show_replication=true"), "backups")) {
        const QJsonArray records
            = b.toObject().value(QStringLiteral("replication_records")).toArray();
        if (!records.isEmpty()) {
            sawRecords = true;
            QCOMPARE(records.at(0).toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("success"));
            QCOMPARE(
                records.at(0).toObject().value(QStringLiteral("destination_region")).toString(),
                East);
        }
    }
    QVERIFY(sawRecords);
}

void TestHuaweiSandboxCbr::listsVaultsByProtectType()
{
    const QJsonArray replication
        = list(HongKong, QStringLiteral("/vaults?protect_type=replication"), "vaults");
    QCOMPARE(replication.size(), 1);
    QCOMPARE(replication.at(0)
                 .toObject()
                 .value(QStringLiteral("billing"))
                 .toObject()
                 .value(QStringLiteral("protect_type"))
                 .toString(),
             QStringLiteral("replication"));
    QCOMPARE(list(HongKong, QStringLiteral("/vaults"), "vaults").size(), 2);
    QCOMPARE(m_client->get(cbr(HongKong, QStringLiteral("/vaults?protect_type=other"))).status,
             400);
    const auto shown = m_client->get(
        cbr(HongKong,
            QStringLiteral("/vaults/")
                + replication.at(0).toObject().value(QStringLiteral("id")).toString()));
    QCOMPARE(shown.status, 200);
}

void TestHuaweiSandboxCbr::capabilities()
{
    const QJsonArray regions = list(North, QStringLiteral("/replication-capabilities"), "regions");
    QJsonArray fromNorth;
    for (const QJsonValue &r : regions) {
        if (r.toObject().value(QStringLiteral("name")).toString() == North)
            fromNorth = r.toObject().value(QStringLiteral("replication_destinations")).toArray();
    }
    QCOMPARE(fromNorth, QJsonArray({East, HongKong}));
}

void TestHuaweiSandboxCbr::replicateRules_data()
{
    QTest::addColumn<QString>("backup"); // "available", "protecting", "replica", "missing", "bad"
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("vault"); // vault name, or "none"
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString dr = QStringLiteral("vault-replicas-hongkong");
    const QString hk = HongKong;
    const QJsonValue drop = QJsonValue::Null;
    QTest::newRow("no project") << "available" << hk << dr
                                << QJsonObject {{QStringLiteral("destination_project_id"), drop}}
                                << 400 << "BackupService.0001";
    QTest::newRow("no region") << "available" << hk << dr
                               << QJsonObject {{QStringLiteral("destination_region"), drop}} << 400
                               << "BackupService.0001";
    QTest::newRow("no vault") << "available" << hk << dr
                              << QJsonObject {{QStringLiteral("destination_vault_id"), drop}} << 400
                              << "BackupService.0001";
    QTest::newRow("empty name") << "available" << hk << dr
                                << QJsonObject {{QStringLiteral("name"), QString()}} << 400
                                << "BackupService.0001";
    QTest::newRow("65 characters")
        << "available" << hk << dr
        << QJsonObject {{QStringLiteral("name"), QString(65, QLatin1Char('n'))}} << 400
        << "BackupService.0001";
    QTest::newRow("256 characters")
        << "available" << hk << dr
        << QJsonObject {{QStringLiteral("description"), QString(256, QLatin1Char('d'))}} << 400
        << "BackupService.0001";
    QTest::newRow("angle bracket")
        << "available" << hk << dr
        << QJsonObject {{QStringLiteral("description"), QStringLiteral("a <b>")}} << 400
        << "BackupService.0001";
    QTest::newRow("malformed id") << "bad" << hk << dr << QJsonObject() << 400
                                  << "BackupService.9900";
    QTest::newRow("no such backup")
        << "missing" << hk << dr << QJsonObject() << 404 << "BackupService.6105";
    QTest::newRow("not available")
        << "protecting" << hk << dr << QJsonObject() << 400 << "BackupService.6413";
    QTest::newRow("region not allowed") << "available" << QStringLiteral("ap-southeast-3")
                                        << QStringLiteral("vault-replicas-singapore")
                                        << QJsonObject() << 400 << "BackupService.6416";
    QTest::newRow("project of another region")
        << "available" << hk << dr
        << QJsonObject {{QStringLiteral("destination_project_id"),
                         QStringLiteral("0123456789abcdef0123456789abcdef")}}
        << 400 << "BackupService.6415";
    QTest::newRow("no such vault")
        << "available" << hk << "none" << QJsonObject() << 404 << "BackupService.6302";
    QTest::newRow("backup vault") << "available" << hk << QStringLiteral("vault-hk-servers")
                                  << QJsonObject() << 400 << "BackupService.6417";
    QTest::newRow("already replicated")
        << "replicated" << East << QStringLiteral("vault-dr-shanghai") << QJsonObject() << 400
        << "BackupService.6418";
}

void TestHuaweiSandboxCbr::replicateRules()
{
    QFETCH(QString, backup);
    QFETCH(QString, region);
    QFETCH(QString, vault);
    QFETCH(QJsonObject, extra);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString backupId;
    if (backup == QLatin1String("available"))
        backupId = availableBackup();
    else if (backup == QLatin1String("bad"))
        backupId = QStringLiteral("not-a-uuid");
    else if (backup == QLatin1String("missing"))
        backupId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    else if (backup == QLatin1String("replicated")) {
        const QJsonArray records
            = list(North, QStringLiteral("/backups?show_replication=true"), "backups");
        for (const QJsonValue &b : records) {
            if (!b.toObject().value(QStringLiteral("replication_records")).toArray().isEmpty())
                backupId = b.toObject().value(QStringLiteral("id")).toString();
        }
    } else {
        backupId = list(North, QStringLiteral("/backups?status=") + backup, "backups")
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toString();
    }
    QVERIFY(!backupId.isEmpty());
    const QString vaultUuid = vault == QLatin1String("none")
        ? QStringLiteral("00000000-0000-4000-8000-0000000000ff")
        : vaultId(region, vault);
    QVERIFY(!vaultUuid.isEmpty());
    const auto reply
        = m_client->send("POST", cbr(North, QStringLiteral("/backups/%1/replicate").arg(backupId)),
                         replicateBody(region, vaultUuid, extra));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json.value(QStringLiteral("error_msg")).toString().isEmpty());
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
}

void TestHuaweiSandboxCbr::replicationRisesToSuccess()
{
    m_sandbox->setSpeed(60.0); // a 40 GB backup takes about 3.4 s
    QString backupId;
    for (const QJsonValue &b :
         list(North, QStringLiteral("/backups?status=available"), "backups")) {
        const QJsonObject o = b.toObject();
        if (o.value(QStringLiteral("resource_size")).toInt() == 40
            && o.value(QStringLiteral("resource_name")).toString() == QLatin1String("ecs-web-02"))
            backupId = o.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!backupId.isEmpty());
    const QString vault = vaultId(HongKong, QStringLiteral("vault-replicas-hongkong"));
    const auto started = m_client->send(
        "POST", cbr(North, QStringLiteral("/backups/%1/replicate").arg(backupId)),
        replicateBody(HongKong, vault, {{QStringLiteral("name"), QStringLiteral("web-02-to-hk")}}));
    QCOMPARE(started.status, 200);
    const QJsonObject replication = started.json.value(QStringLiteral("replication")).toObject();
    QCOMPARE(replication.value(QStringLiteral("source_region")).toString(), North);
    QCOMPARE(replication.value(QStringLiteral("backup_id")).toString(), backupId);
    const QString recordId = replication.value(QStringLiteral("replication_record_id")).toString();
    QVERIFY(!recordId.isEmpty());

    // A second replica in the same region is refused while the first is being made.
    const auto again
        = m_client->send("POST", cbr(North, QStringLiteral("/backups/%1/replicate").arg(backupId)),
                         replicateBody(HongKong, vault));
    QCOMPARE(again.errorCode(), QStringLiteral("BackupService.6418"));

    // The task, found by source backup and destination region; its progress rises to 100.
    QList<int> progress;
    QString status, logId, destinationBackup;
    for (int i = 0; i < 200 && status != QLatin1String("success"); ++i) {
        const QJsonArray logs = list(
            North, QStringLiteral("/operation-logs?operation_type=replication"), "operation_logs");
        for (const QJsonValue &l : logs) {
            const QJsonObject log = l.toObject();
            const QJsonObject extra = log.value(QStringLiteral("extra_info")).toObject();
            const QJsonObject r = extra.value(QStringLiteral("replication")).toObject();
            if (r.value(QStringLiteral("source_backup_id")).toString() != backupId
                || r.value(QStringLiteral("destination_region")).toString() != HongKong)
                continue;
            status = log.value(QStringLiteral("status")).toString();
            logId = log.value(QStringLiteral("id")).toString();
            destinationBackup = r.value(QStringLiteral("destination_backup_id")).toString();
            progress << extra.value(QStringLiteral("common"))
                            .toObject()
                            .value(QStringLiteral("progress"))
                            .toInt();
        }
        QTest::qWait(50);
    }
    QCOMPARE(status, QStringLiteral("success"));
    QCOMPARE(progress.constLast(), 100);
    QVERIFY2(
        std::any_of(progress.cbegin(), progress.cend(), [](int p) { return p > 0 && p < 100; }),
        "progress was seen between 0 and 100");
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    const auto shown = m_client->get(cbr(North, QStringLiteral("/operation-logs/") + logId));
    QCOMPARE(shown.json.value(QStringLiteral("operation_log"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("success"));
    QVERIFY(!m_client->get(cbr(North, QStringLiteral("/operation-logs?status=success")))
                 .json.value(QStringLiteral("operation_logs"))
                 .toArray()
                 .isEmpty());

    // The record on the source backup, and the replica in the destination vault.
    const auto source = m_client->get(cbr(North, QStringLiteral("/backups/") + backupId));
    const QJsonArray records = source.json.value(QStringLiteral("backup"))
                                   .toObject()
                                   .value(QStringLiteral("replication_records"))
                                   .toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("id")).toString(), recordId);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("success"));
    const auto replica
        = m_client->get(cbr(HongKong, QStringLiteral("/backups/") + destinationBackup));
    QCOMPARE(replica.status, 200);
    const QJsonObject copy = replica.json.value(QStringLiteral("backup")).toObject();
    QCOMPARE(copy.value(QStringLiteral("image_type")).toString(), QStringLiteral("replication"));
    QCOMPARE(copy.value(QStringLiteral("vault_id")).toString(), vault);
    QCOMPARE(copy.value(QStringLiteral("status")).toString(), QStringLiteral("available"));
    QCOMPARE(copy.value(QStringLiteral("name")).toString(), QStringLiteral("web-02-to-hk"));
}

QTEST_GUILESS_MAIN(TestHuaweiSandboxCbr)
#include "tst_huaweisandboxcbr.moc"
