// StartCopyJob as AWS Backup enforces it: every refusal with its error type, and edge cases it
// accepts.

#include "AwsCopyFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Copydeck;

namespace {
const QString &East = AwsCopyFixture::East;
const QString &West = AwsCopyFixture::West;
const QString &ProdDaily = AwsCopyFixture::ProdDaily;
const QString &DrCopies = AwsCopyFixture::DrCopies;

QString vaultArn(const QString &region, const QString &account, const QString &name)
{
    return AwsCopyFixture::vaultArn(region, account, name);
}
} // namespace

class TestAwsBackupCopyRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedRequests_data();
    void refusedRequests();
    void notJson();
    void acceptedRequests_data();
    void acceptedRequests();

private:
    QString recoveryPoint(const QString &kind) const { return m_fixture.recoveryPoint(kind); }
    QJsonObject validRequest() const { return m_fixture.validRequest(); }
    AwsTestClient::Reply start(const QJsonObject &request) { return m_fixture.start(request); }
    QJsonObject describe(const QString &id) { return m_fixture.describe(id); }
    QString state(const QString &id) { return m_fixture.state(id); }

    AwsCopyFixture m_fixture;
    Copydeck::Sandbox::Sandbox &m_sandbox = m_fixture.sandbox();
    AwsTestClient *m_production = nullptr;
    AwsTestClient *m_recovery = nullptr;
};

void TestAwsBackupCopyRules::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_production = &m_fixture.production();
    m_recovery = &m_fixture.recovery();
}

void TestAwsBackupCopyRules::refusedRequests_data()
{
    QTest::addColumn<QString>("recoveryPointKind"); // empty: the default small one
    QTest::addColumn<QJsonObject>("patch"); // null removes a member
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("messagePart");

    const auto patch = [](const char *member, const QJsonValue &value) {
        QJsonObject object;
        object.insert(QLatin1String(member), value);
        return object;
    };
    const auto lifecycle
        = [&](QJsonObject lifecycleObject) { return patch("Lifecycle", lifecycleObject); };
    const QString missing = QStringLiteral("MissingParameterValueException");
    const QString invalid = QStringLiteral("InvalidParameterValueException");
    const QString notFound = QStringLiteral("ResourceNotFoundException");
    const QString request = QStringLiteral("InvalidRequestException");
    const QString outOfRange = QStringLiteral(
        "Invalid lifecycle. DeleteAfterDays cannot be less than 1 or more than 36500 days");

    for (const char *member :
         {"RecoveryPointArn", "SourceBackupVaultName", "DestinationBackupVaultArn", "IamRoleArn"}) {
        QTest::addRow("missing %s", member) << QString() << patch(member, QJsonValue::Null)
                                            << missing << QString::fromLatin1(member);
    }
    QTest::newRow("empty IamRoleArn")
        << QString() << patch("IamRoleArn", QString()) << missing << QStringLiteral("IamRoleArn");
    QTest::newRow("vault name too short")
        << QString() << patch("SourceBackupVaultName", QStringLiteral("p")) << invalid << QString();
    QTest::newRow("vault name with a space")
        << QString() << patch("SourceBackupVaultName", QStringLiteral("prod daily")) << invalid
        << QString();
    QTest::newRow("unknown source vault")
        << QString() << patch("SourceBackupVaultName", QStringLiteral("no-such-vault")) << notFound
        << QStringLiteral("no-such-vault");
    QTest::newRow("source vault of another region")
        << QString() << patch("SourceBackupVaultName", QStringLiteral("prod-eu-daily")) << notFound
        << QStringLiteral("us-east-1");
    QTest::newRow("recovery point of another vault")
        << QStringLiteral("monthly") << QJsonObject() << notFound << QStringLiteral("prod-daily");
    QTest::newRow("recovery point ARN malformed")
        << QString() << patch("RecoveryPointArn", QStringLiteral("recovery-point-1")) << invalid
        << QString();
    QTest::newRow("PARTIAL") << QStringLiteral("PARTIAL") << QJsonObject() << request
                             << QStringLiteral("PARTIAL");
    QTest::newRow("CREATING") << QStringLiteral("CREATING") << QJsonObject() << request
                              << QStringLiteral("CREATING");
    QTest::newRow("EXPIRED") << QStringLiteral("EXPIRED") << QJsonObject() << request
                             << QStringLiteral("EXPIRED");
    QTest::newRow("continuous") << QStringLiteral("continuous") << QJsonObject() << request
                                << QStringLiteral("Continuous backups are not supported for copy");
    QTest::newRow("destination ARN malformed")
        << QString()
        << patch("DestinationBackupVaultArn",
                 QStringLiteral("arn:aws:backup:us-west-2:444455556666:vault/dr-copies"))
        << invalid << QStringLiteral("destination");
    QTest::newRow("destination is a name")
        << QString() << patch("DestinationBackupVaultArn", QStringLiteral("dr-copies")) << invalid
        << QString();
    QTest::newRow("unknown destination vault")
        << QString()
        << patch("DestinationBackupVaultArn",
                 vaultArn(West, SandboxTestAccounts::RecoveryAccount, QStringLiteral("nope")))
        << notFound << QStringLiteral("nope");
    QTest::newRow("destination vault in another region")
        << QString()
        << patch("DestinationBackupVaultArn",
                 vaultArn(QStringLiteral("eu-west-1"), SandboxTestAccounts::RecoveryAccount,
                          QStringLiteral("dr-copies")))
        << notFound << QStringLiteral("eu-west-1");
    QTest::newRow("destination is the source vault")
        << QString() << patch("DestinationBackupVaultArn", ProdDaily) << invalid
        << QStringLiteral("source backup vault");
    QTest::newRow("role ARN of a user")
        << QString() << patch("IamRoleArn", QStringLiteral("arn:aws:iam::111122223333:user/alice"))
        << invalid << QStringLiteral("IAM role");
    QTest::newRow("role ARN with a short account")
        << QString() << patch("IamRoleArn", QStringLiteral("arn:aws:iam::1111:role/backup"))
        << invalid << QStringLiteral("IAM role");
    QTest::newRow("DeleteAfterDays 0")
        << QString() << lifecycle({{QStringLiteral("DeleteAfterDays"), 0}}) << invalid
        << outOfRange;
    QTest::newRow("DeleteAfterDays 36501")
        << QString() << lifecycle({{QStringLiteral("DeleteAfterDays"), 36501}}) << invalid
        << outOfRange;
    QTest::newRow("cold storage less than 90 days before deletion")
        << QStringLiteral("ebs")
        << lifecycle({{QStringLiteral("MoveToColdStorageAfterDays"), 30},
                      {QStringLiteral("DeleteAfterDays"), 119}})
        << invalid
        << QStringLiteral("Invalid lifecycle. DeleteAfterDays cannot be less than 90 days apart "
                          "from MoveToColdStorageAfterDays");
    QTest::newRow("only MoveToColdStorageAfterDays is -1")
        << QStringLiteral("ebs")
        << lifecycle({{QStringLiteral("MoveToColdStorageAfterDays"), -1},
                      {QStringLiteral("DeleteAfterDays"), 200}})
        << invalid << QStringLiteral("-1");
    QTest::newRow("only DeleteAfterDays is -1")
        << QString() << lifecycle({{QStringLiteral("DeleteAfterDays"), -1}}) << invalid
        << QStringLiteral("-1");
    QTest::newRow("DeleteAfterEvent given")
        << QString()
        << lifecycle({{QStringLiteral("DeleteAfterEvent"), QStringLiteral("DELETE_AFTER_COPY")}})
        << invalid << QStringLiteral("DeleteAfterEvent");
    QTest::newRow("RecoveryPointArn of the wrong type")
        << QString() << patch("RecoveryPointArn", 42) << QStringLiteral("SerializationException")
        << QStringLiteral("RecoveryPointArn");
}

void TestAwsBackupCopyRules::refusedRequests()
{
    QFETCH(QString, recoveryPointKind);
    QFETCH(QJsonObject, patch);
    QFETCH(QString, errorType);
    QFETCH(QString, messagePart);

    QJsonObject request = validRequest();
    if (!recoveryPointKind.isEmpty()) {
        const QString arn = recoveryPoint(recoveryPointKind);
        QVERIFY2(!arn.isEmpty(), qPrintable(recoveryPointKind));
        request.insert(QStringLiteral("RecoveryPointArn"), arn);
    }
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            request.remove(it.key());
        else
            request.insert(it.key(), it.value());
    }
    const int jobsBefore = m_sandbox.aws()->copyJobCount();
    const auto reply = start(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType(), errorType);
    QCOMPARE(reply.json.value(QStringLiteral("__type")).toString(), errorType);
    QVERIFY2(reply.message().contains(messagePart), qPrintable(reply.message()));
    QCOMPARE(m_sandbox.aws()->copyJobCount(), jobsBefore);
}

void TestAwsBackupCopyRules::notJson()
{
    const auto reply = m_production->send("PUT", "/copy-jobs", "{\"RecoveryPointArn\":");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType(), QStringLiteral("SerializationException"));
}

void TestAwsBackupCopyRules::acceptedRequests_data()
{
    QTest::addColumn<QString>("recoveryPointKind");
    QTest::addColumn<QJsonObject>("lifecycle");
    QTest::addColumn<QString>("destination");

    QTest::newRow("keep forever") << QStringLiteral("ebs")
                                  << QJsonObject {{QStringLiteral("MoveToColdStorageAfterDays"),
                                                   -1},
                                                  {QStringLiteral("DeleteAfterDays"), -1}}
                                  << DrCopies;
    QTest::newRow("cold storage 90 days before deletion")
        << QStringLiteral("ebs")
        << QJsonObject {{QStringLiteral("MoveToColdStorageAfterDays"), 30},
                        {QStringLiteral("DeleteAfterDays"), 120}}
        << DrCopies;
    // RDS cannot go cold: AWS Backup ignores the transition, and with it the 90-day rule.
    QTest::newRow("cold storage ignored for RDS")
        << QStringLiteral("rds")
        << QJsonObject {{QStringLiteral("MoveToColdStorageAfterDays"), 30},
                        {QStringLiteral("DeleteAfterDays"), 60}}
        << DrCopies;
    QTest::newRow("same account, other region")
        << QStringLiteral("small") << QJsonObject()
        << vaultArn(West, SandboxTestAccounts::ProductionAccount, QStringLiteral("prod-dr-copies"));
    QTest::newRow("same region, other vault")
        << QStringLiteral("small") << QJsonObject {{QStringLiteral("DeleteAfterDays"), 36500}}
        << vaultArn(East, SandboxTestAccounts::ProductionAccount, QStringLiteral("prod-monthly"));
}

void TestAwsBackupCopyRules::acceptedRequests()
{
    QFETCH(QString, recoveryPointKind);
    QFETCH(QJsonObject, lifecycle);
    QFETCH(QString, destination);
    QJsonObject request = validRequest();
    request.insert(QStringLiteral("RecoveryPointArn"), recoveryPoint(recoveryPointKind));
    request.insert(QStringLiteral("DestinationBackupVaultArn"), destination);
    if (!lifecycle.isEmpty())
        request.insert(QStringLiteral("Lifecycle"), lifecycle);
    const auto reply = start(request);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(!reply.json.value(QStringLiteral("CopyJobId")).toString().isEmpty());
    QCOMPARE(reply.json.value(QStringLiteral("IsParent")).toBool(true), false);
}

QTEST_GUILESS_MAIN(TestAwsBackupCopyRules)
#include "tst_awsbackupcopyrules.moc"
