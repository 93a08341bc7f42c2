// Listing and describing vaults and recovery points: pagination, shapes, filters, demo data.

#include "AwsTestClient.h"
#include "SandboxTestAccounts.h"
#include "sandbox/Sandbox.h"
#include "sandbox/aws/AwsBackupSandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Copydeck;
namespace Sb = Copydeck::Sandbox;

namespace {

struct Listing
{
    QList<QJsonObject> items;
    int pages = 0;
    bool pagesWithinLimit = true;
};

// Pages through a list operation the way an SDK paginator does.
Listing listAll(AwsTestClient &client, const QByteArray &path, const QString &itemsKey,
                int maxResults)
{
    Listing listing;
    QString token;
    do {
        QByteArray url = path + "?maxResults=" + QByteArray::number(maxResults);
        if (!token.isEmpty())
            url += "&nextToken=" + QUrl::toPercentEncoding(token);
        const auto reply = client.get(url);
        if (reply.status != 200) {
            qWarning() << "listing failed:" << reply.status << reply.body;
            return {};
        }
        const QJsonArray items = reply.json.value(itemsKey).toArray();
        listing.pagesWithinLimit = listing.pagesWithinLimit && items.size() <= maxResults;
        for (const QJsonValue &item : items)
            listing.items.append(item.toObject());
        token = reply.json.value(QStringLiteral("NextToken")).toString();
        ++listing.pages;
    } while (!token.isEmpty() && listing.pages < 10000);
    return listing;
}

QStringList values(const QList<QJsonObject> &items, const QString &key)
{
    QStringList result;
    for (const QJsonObject &item : items)
        result.append(item.value(key).toString());
    return result;
}

} // namespace

class TestAwsBackupListing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vaultsPageByPage();
    void vaultsBelongToTheSigningRegionAndAccount();
    void vaultShape();
    void recoveryPointsPageByPage_data();
    void recoveryPointsPageByPage();
    void defaultPageSizeWithScale();
    void badPaginationParameters_data();
    void badPaginationParameters();
    void describeBackupVaultErrors();
    void describeRecoveryPointWithEncodedArn();
    void filters();
    void demoDataHasVariety();
    void demoDataFollowsTheSeed();

private:
    AwsTestClient production(const QString &region = QStringLiteral("us-east-1")) const
    {
        return AwsTestClient(m_sandbox.awsEndpoint(), SandboxTestAccounts::production(m_sandbox),
                             region);
    }

    Sb::Sandbox m_sandbox;
};

void TestAwsBackupListing::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
}

void TestAwsBackupListing::vaultsPageByPage()
{
    auto client = production();
    const Listing whole
        = listAll(client, "/backup-vaults/", QStringLiteral("BackupVaultList"), 1000);
    QCOMPARE(whole.pages, 1);
    const Listing paged = listAll(client, "/backup-vaults/", QStringLiteral("BackupVaultList"), 1);
    QVERIFY(paged.pagesWithinLimit);
    QCOMPARE(paged.pages, whole.items.size());

    const QStringList names = values(paged.items, QStringLiteral("BackupVaultName"));
    QCOMPARE(names, values(whole.items, QStringLiteral("BackupVaultName")));
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    for (const char *name : {"Default", "prod-daily", "prod-monthly"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestAwsBackupListing::vaultsBelongToTheSigningRegionAndAccount()
{
    auto eu = production(QStringLiteral("eu-west-1"));
    const QStringList euNames
        = values(listAll(eu, "/backup-vaults/", QStringLiteral("BackupVaultList"), 100).items,
                 QStringLiteral("BackupVaultName"));
    QVERIFY(euNames.contains(QStringLiteral("prod-eu-daily")));
    QVERIFY(!euNames.contains(QStringLiteral("prod-daily")));

    AwsTestClient dr(m_sandbox.awsEndpoint(), SandboxTestAccounts::recovery(m_sandbox),
                     QStringLiteral("us-west-2"));
    const Listing drVaults = listAll(dr, "/backup-vaults/", QStringLiteral("BackupVaultList"), 100);
    QVERIFY(values(drVaults.items, QStringLiteral("BackupVaultName"))
                .contains(QStringLiteral("dr-copies")));
    for (const QString &arn : values(drVaults.items, QStringLiteral("BackupVaultArn")))
        QVERIFY2(
            arn.startsWith(QStringLiteral("arn:aws:backup:us-west-2:444455556666:backup-vault:")),
            qPrintable(arn));
}

void TestAwsBackupListing::vaultShape()
{
    auto client = production();
    const auto reply = client.get("/backup-vaults/prod-daily");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject &vault = reply.json;
    QCOMPARE(vault.value(QStringLiteral("BackupVaultName")).toString(),
             QStringLiteral("prod-daily"));
    QCOMPARE(vault.value(QStringLiteral("BackupVaultArn")).toString(),
             QStringLiteral("arn:aws:backup:us-east-1:111122223333:backup-vault:prod-daily"));
    QCOMPARE(vault.value(QStringLiteral("VaultState")).toString(), QStringLiteral("AVAILABLE"));
    QCOMPARE(vault.value(QStringLiteral("VaultType")).toString(), QStringLiteral("BACKUP_VAULT"));
    const double created = vault.value(QStringLiteral("CreationDate")).toDouble();
    QVERIFY(created > 1.5e9 && created < QDateTime::currentSecsSinceEpoch());

    const Listing points = listAll(client, "/backup-vaults/prod-daily/recovery-points/",
                                   QStringLiteral("RecoveryPoints"), 1000);
    QCOMPARE(vault.value(QStringLiteral("NumberOfRecoveryPoints")).toInteger(),
             points.items.size());
}

void TestAwsBackupListing::recoveryPointsPageByPage_data()
{
    QTest::addColumn<int>("maxResults");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("1000") << 1000;
}

void TestAwsBackupListing::recoveryPointsPageByPage()
{
    QFETCH(int, maxResults);
    auto client = production();
    const auto arns = [](const Listing &listing) {
        return values(listing.items, QStringLiteral("RecoveryPointArn"));
    };
    const Listing expected = listAll(client, "/backup-vaults/prod-daily/recovery-points/",
                                     QStringLiteral("RecoveryPoints"), 1000);
    QVERIFY(expected.items.size() > 40);
    const Listing paged = listAll(client, "/backup-vaults/prod-daily/recovery-points/",
                                  QStringLiteral("RecoveryPoints"), maxResults);
    QVERIFY(paged.pagesWithinLimit);
    QCOMPARE(paged.pages, (expected.items.size() + maxResults - 1) / maxResults);
    const QStringList pagedArns = arns(paged);
    QCOMPARE(pagedArns, arns(expected));
    QCOMPARE(QSet<QString>(pagedArns.begin(), pagedArns.end()).size(), pagedArns.size());

    // Newest first.
    for (qsizetype i = 1; i < paged.items.size(); ++i) {
        QVERIFY(paged.items.at(i - 1).value(QStringLiteral("CreationDate")).toDouble()
                >= paged.items.at(i).value(QStringLiteral("CreationDate")).toDouble());
    }
}

void TestAwsBackupListing::defaultPageSizeWithScale()
{
    Sb::Sandbox scaled;
    Sb::SandboxOptions options;
    options.scale = 250;
    QVERIFY(scaled.start(options));
    const QString vaultArn = scaled.aws()->scaleVaultArn();
    QVERIFY(vaultArn.endsWith(QStringLiteral(":backup-vault:scale-benchmark")));
    AwsTestClient client(scaled.awsEndpoint(), SandboxTestAccounts::production(scaled),
                         QStringLiteral("us-east-1"));
    const auto first = client.get("/backup-vaults/scale-benchmark/recovery-points/");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("RecoveryPoints")).toArray().size(), 100);
    QVERIFY(!first.json.value(QStringLiteral("NextToken")).toString().isEmpty());
    const Listing all = listAll(client, "/backup-vaults/scale-benchmark/recovery-points/",
                                QStringLiteral("RecoveryPoints"), 1000);
    QCOMPARE(all.items.size(), 250);
}

void TestAwsBackupListing::badPaginationParameters_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("maxResults=0") << QByteArray("/backup-vaults/?maxResults=0");
    QTest::newRow("maxResults=1001")
        << QByteArray("/backup-vaults/prod-daily/recovery-points/?maxResults=1001");
    QTest::newRow("maxResults=abc") << QByteArray("/copy-jobs/?maxResults=abc");
    QTest::newRow("made-up token") << QByteArray("/backup-vaults/?nextToken=bm90LWEtdG9rZW4");
    QTest::newRow("token of another list")
        << QByteArray("/backup-vaults/prod-monthly/recovery-points/?nextToken=");
}

void TestAwsBackupListing::badPaginationParameters()
{
    QFETCH(QByteArray, path);
    auto client = production();
    if (path.endsWith("nextToken=")) {
        const auto first = client.get("/backup-vaults/prod-daily/recovery-points/?maxResults=2");
        path += QUrl::toPercentEncoding(first.json.value(QStringLiteral("NextToken")).toString());
    }
    const auto reply = client.get(path);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType(), QStringLiteral("InvalidParameterValueException"));
    QVERIFY(!reply.message().isEmpty());
}

void TestAwsBackupListing::describeBackupVaultErrors()
{
    auto client = production();
    const auto missing = client.get("/backup-vaults/no-such-vault");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorType(), QStringLiteral("ResourceNotFoundException"));
    // A vault of another region is not visible from this one.
    QCOMPARE(client.get("/backup-vaults/prod-eu-daily").errorType(),
             QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(client.get("/backup-vaults/no-such-vault/recovery-points/").errorType(),
             QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(client.get("/backup-vaults/x").errorType(),
             QStringLiteral("InvalidParameterValueException"));
}

void TestAwsBackupListing::describeRecoveryPointWithEncodedArn()
{
    auto client = production();
    const Listing listing = listAll(client, "/backup-vaults/prod-daily/recovery-points/",
                                    QStringLiteral("RecoveryPoints"), 1000);
    QStringList seenTypes;
    for (const QJsonObject &item : listing.items) {
        const QString type = item.value(QStringLiteral("ResourceType")).toString();
        if (seenTypes.contains(type))
            continue;
        seenTypes.append(type);
        const QString arn = item.value(QStringLiteral("RecoveryPointArn")).toString();
        const auto reply = client.get("/backup-vaults/prod-daily/recovery-points/"
                                      + AwsTestClient::encoded(arn));
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.json.value(QStringLiteral("RecoveryPointArn")).toString(), arn);
        QCOMPARE(reply.json.value(QStringLiteral("BackupSizeInBytes")).toInteger(),
                 item.value(QStringLiteral("BackupSizeInBytes")).toInteger());
        QVERIFY(reply.json.contains(QStringLiteral("StorageClass")));
        QVERIFY(!item.contains(QStringLiteral("StorageClass")));
    }
    QVERIFY(seenTypes.contains(QStringLiteral("EBS"))); // ARN with '/'
    QVERIFY(seenTypes.contains(QStringLiteral("RDS"))); // ARN with several ':'

    const auto missing = client.get(
        "/backup-vaults/prod-daily/recovery-points/"
        + AwsTestClient::encoded(QStringLiteral("arn:aws:ec2:us-east-1::snapshot/snap-0000")));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorType(), QStringLiteral("ResourceNotFoundException"));
}

void TestAwsBackupListing::filters()
{
    auto client = production();
    const auto byType = client.get("/backup-vaults/prod-daily/recovery-points/?resourceType=RDS");
    const QJsonArray rdsPoints = byType.json.value(QStringLiteral("RecoveryPoints")).toArray();
    QVERIFY(!rdsPoints.isEmpty());
    for (const QJsonValue &rp : rdsPoints)
        QCOMPARE(rp.toObject().value(QStringLiteral("ResourceType")).toString(),
                 QStringLiteral("RDS"));

    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-3);
    const auto recent = client.get("/backup-vaults/prod-daily/recovery-points/?createdAfter="
                                   + since.toString(Qt::ISODateWithMs).toLatin1());
    QCOMPARE(recent.status, 200);
    const QJsonArray recentPoints = recent.json.value(QStringLiteral("RecoveryPoints")).toArray();
    QVERIFY(!recentPoints.isEmpty());
    for (const QJsonValue &rp : recentPoints)
        QVERIFY(rp.toObject().value(QStringLiteral("CreationDate")).toDouble()
                >= since.toMSecsSinceEpoch() / 1000.0);
    QCOMPARE(
        client.get("/backup-vaults/prod-daily/recovery-points/?createdAfter=yesterday").errorType(),
        QStringLiteral("InvalidParameterValueException"));
}

void TestAwsBackupListing::demoDataHasVariety()
{
    auto client = production();
    QSet<QString> types, statuses;
    qint64 smallest = std::numeric_limits<qint64>::max(), largest = 0;
    int continuous = 0;
    for (const char *vault : {"prod-daily", "prod-monthly"}) {
        const Listing listing
            = listAll(client, "/backup-vaults/" + QByteArray(vault) + "/recovery-points/",
                      QStringLiteral("RecoveryPoints"), 1000);
        for (const QJsonObject &rp : listing.items) {
            types.insert(rp.value(QStringLiteral("ResourceType")).toString());
            statuses.insert(rp.value(QStringLiteral("Status")).toString());
            const qint64 size = rp.value(QStringLiteral("BackupSizeInBytes")).toInteger();
            smallest = std::min(smallest, size);
            largest = std::max(largest, size);
            if (rp.value(QStringLiteral("RecoveryPointArn"))
                    .toString()
                    .contains(QStringLiteral(":recovery-point:continuous:")))
                ++continuous;
        }
    }
    for (const char *type : {"RDS", "Aurora", "EBS", "DynamoDB", "EFS"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
    for (const char *status : {"COMPLETED", "PARTIAL", "CREATING", "EXPIRED"})
        QVERIFY2(statuses.contains(QLatin1String(status)), status);
    QVERIFY(continuous > 0);
    QVERIFY(smallest < 1024LL * 1024 * 1024);
    QVERIFY(largest > 100LL * 1024 * 1024 * 1024);
}

void TestAwsBackupListing::demoDataFollowsTheSeed()
{
    const auto arnsFor = [](quint32 seed) {
        Sb::Sandbox sandbox;
        Sb::SandboxOptions options;
        options.seed = seed;
        if (!sandbox.start(options))
            return QStringList();
        QStringList arns;
        const QString vault = Sb::AwsBackupSandbox::vaultArn(QStringLiteral("us-east-1"),
                                                             SandboxTestAccounts::ProductionAccount,
                                                             QStringLiteral("prod-daily"));
        for (const auto &rp : sandbox.aws()->recoveryPoints(vault))
            arns.append(rp.arn + QString::number(rp.sizeBytes));
        return arns;
    };
    const QStringList first = arnsFor(1);
    QVERIFY(!first.isEmpty());
    QCOMPARE(arnsFor(1), first);
    QVERIFY(arnsFor(2) != first);
}

QTEST_GUILESS_MAIN(TestAwsBackupListing)
#include "tst_awsbackuplisting.moc"
