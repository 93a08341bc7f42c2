#include "providers/aws/AwsJson.h"
#include "providers/aws/AwsResourceName.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Copydeck;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

Location demoVault()
{
    Location vault;
    vault.cloud = QStringLiteral("aws");
    vault.accountId = QStringLiteral("acct-1");
    vault.region = QStringLiteral("us-east-1");
    vault.id = QStringLiteral("arn:aws:backup:us-east-1:111122223333:backup-vault:Default");
    vault.name = QStringLiteral("Default");
    return vault;
}

const char *FullRecoveryPoint = R"({
    "RecoveryPointArn": "arn:aws:backup:us-east-1:111122223333:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45",
    "BackupVaultName": "Default",
    "BackupVaultArn": "arn:aws:backup:us-east-1:111122223333:backup-vault:Default",
    "SourceBackupVaultArn": "arn:aws:backup:eu-west-1:111122223333:backup-vault:Primary",
    "ResourceArn": "arn:aws:dynamodb:us-east-1:111122223333:table/orders",
    "ResourceType": "DynamoDB",
    "ResourceName": "orders-table",
    "IamRoleArn": "arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole",
    "Status": "COMPLETED",
    "StatusMessage": "all good",
    "CreationDate": 1516925490.087,
    "CompletionDate": 1516925790.5,
    "BackupSizeInBytes": 1073741824,
    "CalculatedLifecycle": {"MoveToColdStorageAt": 1519517490.087, "DeleteAt": 1532477490.087},
    "Lifecycle": {"MoveToColdStorageAfterDays": 30, "DeleteAfterDays": 180},
    "EncryptionKeyArn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "EncryptionKeyType": "CUSTOMER_MANAGED_KMS_KEY",
    "IsEncrypted": true,
    "CreatedBy": {"BackupPlanName": "Daily", "BackupRuleName": "Nightly"}
})";

} // namespace

class TestAwsJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void recoveryPointWithEveryMember();
    void recoveryPointWithOnlyItsArn();
    void recoveryPointNameFallsBackToTheResourceArn();
    void recoveryPointStates_data();
    void recoveryPointStates();
    void continuousRecoveryPointIsRecognisedByItsArn();
    void awsOwnedKey();
    void vaultPageKeepsOrderAndToken();
    void recoveryPointPageWithoutTokenIsTheLast();
    void unreadableBodyIsAProtocolError();
    void startedCopyJob();
    void startedCopyJobWithoutIdIsAProtocolError();
    void describedCopyJob();
    void describedCompositeCopyJob();
    void copyJobStates_data();
    void copyJobStates();
    void startCopyJobBodyCarriesOnlyWhatIsSet();
    void startCopyJobBodyWithFullLifecycle();
    void pathSegmentEncodesAnArn();
    void resourceNames();
};

void TestAwsJson::timestamps_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("epoch seconds with milliseconds")
        << QJsonValue(1516925490.087) << utc("2018-01-26T00:11:30.087Z");
    QTest::newRow("whole epoch seconds") << QJsonValue(1516925490) << utc("2018-01-26T00:11:30Z");
    QTest::newRow("fraction rounds to the millisecond")
        << QJsonValue(1516925490.0004) << utc("2018-01-26T00:11:30.000Z");
    QTest::newRow("ISO 8601 string") << QJsonValue(QStringLiteral("2018-01-26T00:11:30.087Z"))
                                     << utc("2018-01-26T00:11:30.087Z");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QDateTime();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("not a date") << QJsonValue(QStringLiteral("yesterday")) << QDateTime();
}

void TestAwsJson::timestamps()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    const QDateTime actual = AwsJson::timestamp(value);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(actual.timeSpec(), Qt::UTC);
    }
}

void TestAwsJson::recoveryPointWithEveryMember()
{
    const Backup backup = AwsJson::recoveryPoint(json(FullRecoveryPoint), demoVault());

    QCOMPARE(backup.cloud, QStringLiteral("aws"));
    QCOMPARE(backup.accountId, QStringLiteral("acct-1"));
    QCOMPARE(backup.location, demoVault());
    QCOMPARE(backup.id,
             QStringLiteral("arn:aws:backup:us-east-1:111122223333:recovery-point:"
                            "1EB3B5E7-9EB0-435A-A80B-108B488B0D45"));
    QCOMPARE(backup.name, QStringLiteral("orders-table"));
    QCOMPARE(backup.sourceResource,
             QStringLiteral("arn:aws:dynamodb:us-east-1:111122223333:table/orders"));
    QCOMPARE(backup.resourceType, QStringLiteral("DynamoDB"));
    QCOMPARE(backup.state, BackupState::Available);
    QCOMPARE(backup.rawState, QStringLiteral("COMPLETED"));
    QCOMPARE(backup.sizeBytes, Q_INT64_C(1073741824));
    QCOMPARE(backup.created, utc("2018-01-26T00:11:30.087Z"));
    QCOMPARE(backup.expires, utc("2018-07-25T00:11:30.087Z"));
    QCOMPARE(backup.encryption, QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab"));
    QCOMPARE(backup.continuous, false);
    QCOMPARE(backup.copiedFrom,
             QStringLiteral("arn:aws:backup:eu-west-1:111122223333:backup-vault:Primary"));

    QCOMPARE(backup.details.value(QStringLiteral("Vault")).toString(), QStringLiteral("Default"));
    QCOMPARE(
        backup.details.value(QStringLiteral("IAM role")).toString(),
        QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole"));
    QCOMPARE(backup.details.value(QStringLiteral("Lifecycle")).toString(),
             QStringLiteral("cold storage after 30 days, deleted after 180 days"));
    QCOMPARE(backup.details.value(QStringLiteral("Status message")).toString(),
             QStringLiteral("all good"));
    QCOMPARE(backup.details.value(QStringLiteral("Backup plan")).toString(),
             QStringLiteral("Daily"));
    QCOMPARE(backup.details.value(QStringLiteral("Moves to cold storage")).toDateTime(),
             utc("2018-02-25T00:11:30.087Z"));
    QCOMPARE(backup.details.value(QStringLiteral("Completed")).toDateTime(),
             utc("2018-01-26T00:16:30.500Z"));
}

void TestAwsJson::recoveryPointWithOnlyItsArn()
{
    const Backup backup = AwsJson::recoveryPoint(
        json(
            R"({"RecoveryPointArn": "arn:aws:backup:us-east-1:111122223333:recovery-point:AB-CD"})"),
        demoVault());
    QVERIFY(backup.isValid());
    QCOMPARE(backup.name, QStringLiteral("AB-CD"));
    QCOMPARE(backup.state, BackupState::Unknown);
    QCOMPARE(backup.rawState, QString());
    QCOMPARE(backup.sizeBytes, Q_INT64_C(-1));
    QVERIFY(!backup.created.isValid());
    QVERIFY(!backup.expires.isValid());
    QCOMPARE(backup.encryption, QStringLiteral("AWS owned key"));
    QCOMPARE(backup.copiedFrom, QString());
    QVERIFY(!backup.details.contains(QStringLiteral("Lifecycle")));
    QVERIFY(!backup.details.contains(QStringLiteral("IAM role")));
}

void TestAwsJson::recoveryPointNameFallsBackToTheResourceArn()
{
    const Backup rds = AwsJson::recoveryPoint(
        json(R"({"RecoveryPointArn": "arn:aws:rds:us-east-1:111122223333:snapshot:awsbackup:job-1",
                     "ResourceArn": "arn:aws:rds:us-east-1:111122223333:db:orders-db"})"),
        demoVault());
    QCOMPARE(rds.name, QStringLiteral("orders-db"));
    const Backup ebs = AwsJson::recoveryPoint(
        json(R"({"RecoveryPointArn": "arn:aws:ec2:us-east-1::snapshot/snap-0abc",
                     "ResourceArn": "arn:aws:ec2:us-east-1:111122223333:volume/vol-0123"})"),
        demoVault());
    QCOMPARE(ebs.name, QStringLiteral("vol-0123"));
}

void TestAwsJson::recoveryPointStates_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<BackupState>("state");
    QTest::newRow("COMPLETED") << QStringLiteral("COMPLETED") << BackupState::Available;
    QTest::newRow("AVAILABLE") << QStringLiteral("AVAILABLE") << BackupState::Available;
    QTest::newRow("CREATING") << QStringLiteral("CREATING") << BackupState::Creating;
    QTest::newRow("PARTIAL") << QStringLiteral("PARTIAL") << BackupState::Failed;
    QTest::newRow("STOPPED") << QStringLiteral("STOPPED") << BackupState::Failed;
    QTest::newRow("EXPIRED") << QStringLiteral("EXPIRED") << BackupState::Expired;
    QTest::newRow("DELETING") << QStringLiteral("DELETING") << BackupState::Deleting;
    QTest::newRow("unknown") << QStringLiteral("ARCHIVED") << BackupState::Unknown;
}

void TestAwsJson::recoveryPointStates()
{
    QFETCH(QString, status);
    QFETCH(BackupState, state);
    QJsonObject member;
    member.insert(QStringLiteral("RecoveryPointArn"), QStringLiteral("arn:aws:backup:x"));
    member.insert(QStringLiteral("Status"), status);
    const Backup backup = AwsJson::recoveryPoint(member, demoVault());
    QCOMPARE(backup.state, state);
    QCOMPARE(backup.rawState, status);
}

void TestAwsJson::continuousRecoveryPointIsRecognisedByItsArn()
{
    const Backup backup = AwsJson::recoveryPoint(
        json(
            R"({"RecoveryPointArn": "arn:aws:backup:us-east-1:111122223333:recovery-point:continuous:db-ABC-1a2b3c4d",
                     "Status": "COMPLETED"})"),
        demoVault());
    QVERIFY(backup.continuous);
    QVERIFY(backup.details.contains(QStringLiteral("Continuous")));
}

void TestAwsJson::awsOwnedKey()
{
    const Backup backup = AwsJson::recoveryPoint(json(R"({"RecoveryPointArn": "arn:aws:backup:x",
                     "EncryptionKeyArn": "arn:aws:kms:us-east-1:111122223333:key/owned",
                     "EncryptionKeyType": "AWS_OWNED_KMS_KEY"})"),
                                                 demoVault());
    QCOMPARE(backup.encryption, QStringLiteral("AWS owned key"));
}

void TestAwsJson::vaultPageKeepsOrderAndToken()
{
    const auto page = AwsJson::vaultPage(R"({
        "BackupVaultList": [
            {"BackupVaultName": "Default", "BackupVaultArn": "arn:aws:backup:eu-west-1:111122223333:backup-vault:Default",
             "NumberOfRecoveryPoints": 12},
            {"BackupVaultName": "shared", "BackupVaultArn": "arn:aws:backup:eu-west-1:444455556666:backup-vault:shared"}
        ],
        "NextToken": "abc+/="})",
                                         QStringLiteral("eu-west-1"), QStringLiteral("acct-1"));
    QVERIFY(page.ok());
    QCOMPARE(page.value().nextToken, QStringLiteral("abc+/="));
    QCOMPARE(page.value().vaults.size(), 2);
    const Location &first = page.value().vaults.at(0);
    QCOMPARE(first.cloud, QStringLiteral("aws"));
    QCOMPARE(first.accountId, QStringLiteral("acct-1"));
    QCOMPARE(first.kind, Location::Kind::Vault);
    QCOMPARE(first.region, QStringLiteral("eu-west-1"));
    QCOMPARE(first.id,
             QStringLiteral("arn:aws:backup:eu-west-1:111122223333:backup-vault:Default"));
    QCOMPARE(first.name, QStringLiteral("Default"));
    QCOMPARE(first.displayName, QStringLiteral("Default"));
    QCOMPARE(first.owner, QStringLiteral("111122223333"));
    QCOMPARE(page.value().vaults.at(1).owner, QStringLiteral("444455556666"));
}

void TestAwsJson::recoveryPointPageWithoutTokenIsTheLast()
{
    const auto page = AwsJson::recoveryPointPage(
        R"({"RecoveryPoints": [{"RecoveryPointArn": "arn:aws:backup:a"}, {"RecoveryPointArn": "arn:aws:backup:b"}]})",
        demoVault());
    QVERIFY(page.ok());
    QCOMPARE(page.value().backups.size(), 2);
    QCOMPARE(page.value().backups.at(1).id, QStringLiteral("arn:aws:backup:b"));
    QVERIFY(page.value().nextPageToken.isEmpty());

    const auto empty = AwsJson::recoveryPointPage(R"({"RecoveryPoints": []})", demoVault());
    QVERIFY(empty.ok());
    QVERIFY(empty.value().backups.isEmpty());
}

void TestAwsJson::unreadableBodyIsAProtocolError()
{
    const auto truncated
        = AwsJson::recoveryPointPage(R"({"RecoveryPoints": [{"Recov)", demoVault());
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().kind, CloudError::Kind::Protocol);
    QVERIFY(truncated.error().retryable);
    const auto array = AwsJson::vaultPage("[]", QStringLiteral("us-east-1"), QString());
    QVERIFY(!array.ok());
    QCOMPARE(array.error().kind, CloudError::Kind::Protocol);
}

void TestAwsJson::startedCopyJob()
{
    CopyJob job;
    job.clientToken = QStringLiteral("token-1");
    const auto started = AwsJson::startedCopyJob(
        R"({"CopyJobId": "E0AADBE4-8B4B-4A0B-9A5C-8E2A1B1C2D3E", "CreationDate": 1700000000.25, "IsParent": false})",
        job);
    QVERIFY(started.ok());
    QCOMPARE(started.value().remoteId, QStringLiteral("E0AADBE4-8B4B-4A0B-9A5C-8E2A1B1C2D3E"));
    QCOMPARE(started.value().state, CopyJobState::Created);
    QCOMPARE(started.value().rawState, QStringLiteral("CREATED"));
    QCOMPARE(started.value().created, utc("2023-11-14T22:13:20.250Z"));
    QCOMPARE(started.value().clientToken, QStringLiteral("token-1"));
    QVERIFY(!started.value().isParent);
}

void TestAwsJson::startedCopyJobWithoutIdIsAProtocolError()
{
    const auto started = AwsJson::startedCopyJob(R"({"CreationDate": 1700000000})", CopyJob());
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, CloudError::Kind::Protocol);
}

void TestAwsJson::describedCopyJob()
{
    CopyJob job;
    job.remoteId = QStringLiteral("JOB-1");
    job.state = CopyJobState::Created;
    job.created = utc("2023-11-14T22:13:20Z");
    const auto described = AwsJson::describedCopyJob(R"({"CopyJob": {
        "CopyJobId": "JOB-1", "State": "COMPLETED", "StatusMessage": "done",
        "BackupSizeInBytes": 5368709120, "CompletionDate": 1700000600.5,
        "DestinationRecoveryPointArn": "arn:aws:backup:us-west-2:111122223333:recovery-point:NEW",
        "IsParent": false}})",
                                                     job);
    QVERIFY(described.ok());
    const CopyJob &after = described.value();
    QCOMPARE(after.state, CopyJobState::Completed);
    QCOMPARE(after.rawState, QStringLiteral("COMPLETED"));
    QCOMPARE(after.statusMessage, QStringLiteral("done"));
    QCOMPARE(after.sizeBytes, Q_INT64_C(5368709120));
    QCOMPARE(after.completed, utc("2023-11-14T22:23:20.500Z"));
    QCOMPARE(after.destinationBackupId,
             QStringLiteral("arn:aws:backup:us-west-2:111122223333:recovery-point:NEW"));
    QCOMPARE(after.created, utc("2023-11-14T22:13:20Z")); // absent: kept
    QVERIFY(after.isTerminal());
}

void TestAwsJson::describedCompositeCopyJob()
{
    const auto described = AwsJson::describedCopyJob(R"({"CopyJob": {
        "CopyJobId": "PARENT", "State": "RUNNING", "IsParent": true, "NumberOfChildJobs": 5,
        "ChildJobsInState": {"COMPLETED": 2, "RUNNING": 2, "FAILED": 1}}})",
                                                     CopyJob());
    QVERIFY(described.ok());
    QCOMPARE(described.value().state, CopyJobState::Running);
    QVERIFY(described.value().isParent);
    QCOMPARE(described.value().childJobs, Q_INT64_C(5));
    QCOMPARE(described.value().childJobsInState.value(QStringLiteral("COMPLETED")), Q_INT64_C(2));
    QCOMPARE(described.value().childJobsInState.value(QStringLiteral("FAILED")), Q_INT64_C(1));
    QCOMPARE(described.value().childJobsInState.size(), 3);

    const auto missing = AwsJson::describedCopyJob(R"({"Other": {}})", CopyJob());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::Protocol);
}

void TestAwsJson::copyJobStates_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<CopyJobState>("state");
    QTest::newRow("CREATED") << QStringLiteral("CREATED") << CopyJobState::Created;
    QTest::newRow("RUNNING") << QStringLiteral("RUNNING") << CopyJobState::Running;
    QTest::newRow("COMPLETED") << QStringLiteral("COMPLETED") << CopyJobState::Completed;
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << CopyJobState::Failed;
    QTest::newRow("PARTIAL") << QStringLiteral("PARTIAL") << CopyJobState::Partial;
    QTest::newRow("unknown keeps being followed")
        << QStringLiteral("QUEUED") << CopyJobState::Running;
}

void TestAwsJson::copyJobStates()
{
    QFETCH(QString, raw);
    QFETCH(CopyJobState, state);
    QCOMPARE(AwsJson::copyJobState(raw), state);
}

void TestAwsJson::startCopyJobBodyCarriesOnlyWhatIsSet()
{
    CopyRequest request;
    request.source.id = QStringLiteral("arn:aws:backup:us-east-1:111122223333:recovery-point:RP");
    request.source.location.name = QStringLiteral("Default");
    request.destination.id
        = QStringLiteral("arn:aws:backup:us-west-2:111122223333:backup-vault:DR");
    request.roleArn = QString(); // left out, not sent empty
    request.lifecycle.deleteAfterDays = 120;

    const QJsonObject body
        = QJsonDocument::fromJson(AwsJson::startCopyJobBody(request, QStringLiteral("tok")))
              .object();
    QCOMPARE(body.value(QStringLiteral("RecoveryPointArn")).toString(), request.source.id);
    QCOMPARE(body.value(QStringLiteral("SourceBackupVaultName")).toString(),
             QStringLiteral("Default"));
    QCOMPARE(body.value(QStringLiteral("DestinationBackupVaultArn")).toString(),
             request.destination.id);
    QCOMPARE(body.value(QStringLiteral("IdempotencyToken")).toString(), QStringLiteral("tok"));
    QVERIFY(!body.contains(QStringLiteral("IamRoleArn")));
    const QJsonObject lifecycle = body.value(QStringLiteral("Lifecycle")).toObject();
    QCOMPARE(lifecycle.size(), 1);
    QCOMPARE(lifecycle.value(QStringLiteral("DeleteAfterDays")).toInt(), 120);

    request.lifecycle = {};
    const QJsonObject withoutLifecycle
        = QJsonDocument::fromJson(AwsJson::startCopyJobBody(request, QStringLiteral("tok")))
              .object();
    QVERIFY(!withoutLifecycle.contains(QStringLiteral("Lifecycle")));
}

void TestAwsJson::startCopyJobBodyWithFullLifecycle()
{
    CopyRequest request;
    request.lifecycle.moveToColdStorageAfterDays = -1;
    request.lifecycle.deleteAfterDays = -1;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/r");
    const QJsonObject body
        = QJsonDocument::fromJson(AwsJson::startCopyJobBody(request, QStringLiteral("t"))).object();
    QCOMPARE(body.value(QStringLiteral("IamRoleArn")).toString(), request.roleArn);
    const QJsonObject lifecycle = body.value(QStringLiteral("Lifecycle")).toObject();
    QCOMPARE(lifecycle.value(QStringLiteral("MoveToColdStorageAfterDays")).toInt(), -1);
    QCOMPARE(lifecycle.value(QStringLiteral("DeleteAfterDays")).toInt(), -1);
}

void TestAwsJson::pathSegmentEncodesAnArn()
{
    QCOMPARE(AwsJson::pathSegment(QStringLiteral("arn:aws:ec2:us-east-1::snapshot/snap-0a1")),
             QByteArray("arn%3Aaws%3Aec2%3Aus-east-1%3A%3Asnapshot%2Fsnap-0a1"));
    QCOMPARE(AwsJson::pathSegment(QStringLiteral("my_vault-1")), QByteArray("my_vault-1"));
}

void TestAwsJson::resourceNames()
{
    const auto arn = AwsResourceName::parse(
        QStringLiteral("arn:aws-us-gov:backup:us-gov-west-1:111122223333:backup-vault:Default"));
    QVERIFY(arn.has_value());
    QCOMPARE(arn->partition, QStringLiteral("aws-us-gov"));
    QCOMPARE(arn->service, QStringLiteral("backup"));
    QCOMPARE(arn->region, QStringLiteral("us-gov-west-1"));
    QCOMPARE(arn->accountId, QStringLiteral("111122223333"));
    QCOMPARE(arn->resource, QStringLiteral("backup-vault:Default"));
    QCOMPARE(arn->resourceTail(), QStringLiteral("Default"));
    QVERIFY(!AwsResourceName::parse(QStringLiteral("not-an-arn")).has_value());
    QCOMPARE(AwsResourceName::tailOf(QStringLiteral("plain")), QStringLiteral("plain"));
}

QTEST_GUILESS_MAIN(TestAwsJson)
#include "tst_awsjson.moc"
