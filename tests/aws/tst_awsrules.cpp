#include "providers/aws/AwsCopyRules.h"
#include "providers/aws/AwsProvider.h"

#include <QTest>

#include <climits>

using namespace Copydeck;

namespace {

constexpr int Unset = INT_MIN;

const QString SourceVault
    = QStringLiteral("arn:aws:backup:us-east-1:111122223333:backup-vault:Default");
const QString DestinationVault
    = QStringLiteral("arn:aws:backup:us-west-2:111122223333:backup-vault:DR");
const QString Role
    = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");

// A request AWS Backup accepts; each row changes one thing.
CopyRequest validRequest()
{
    CopyRequest request;
    request.source.cloud = QStringLiteral("aws");
    request.source.id = QStringLiteral("arn:aws:backup:us-east-1:111122223333:recovery-point:"
                                       "1EB3B5E7-9EB0-435A-A80B-108B488B0D45");
    request.source.location.id = SourceVault;
    request.source.location.name = QStringLiteral("Default");
    request.source.location.region = QStringLiteral("us-east-1");
    request.source.state = BackupState::Available;
    request.source.rawState = QStringLiteral("COMPLETED");
    request.source.resourceType = QStringLiteral("EFS");
    request.destination.id = DestinationVault;
    request.destination.region = QStringLiteral("us-west-2");
    request.roleArn = Role;
    return request;
}

QString issuesText(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << issue.field + QLatin1String(": ") + issue.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestAwsRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void providerDelegatesToTheRules();
    void severalProblemsAreAllReported();
    void emptyResourceTypeGetsTheStricterRules();
};

void TestAwsRules::rules_data()
{
    QTest::addColumn<QString>("rawState");
    QTest::addColumn<bool>("continuous");
    QTest::addColumn<QString>("sourceVaultName");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<int>("coldDays");
    QTest::addColumn<int>("deleteDays");
    QTest::addColumn<QString>("field"); // empty: no issue expected
    QTest::addColumn<QStringList>("words"); // the message names the reason with these

    const QString completed = QStringLiteral("COMPLETED");
    const QString vault = QStringLiteral("Default");
    const QString efs = QStringLiteral("EFS");
    const QString none;
    const auto row = [&](const char *name) -> QTestData & { return QTest::newRow(name); };
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *word : list)
            result << QString::fromUtf8(word);
        return result;
    };

    // Valid requests.
    row("valid, no lifecycle") << completed << false << vault << efs << DestinationVault << Role
                               << Unset << Unset << none << QStringList();
    row("valid, keep forever") << completed << false << vault << efs << DestinationVault << Role
                               << -1 << -1 << none << QStringList();
    row("valid, cold 30 delete 120") << completed << false << vault << efs << DestinationVault
                                     << Role << 30 << 120 << none << QStringList();
    row("valid, delete after 1 day") << completed << false << vault << efs << DestinationVault
                                     << Role << Unset << 1 << none << QStringList();
    row("valid, delete after 36500 days") << completed << false << vault << efs << DestinationVault
                                          << Role << Unset << 36500 << none << QStringList();
    row("valid, cold storage ignored for RDS")
        << completed << false << vault << QStringLiteral("RDS") << DestinationVault << Role << 30
        << 60 << none << QStringList();
    row("valid, role in another partition")
        << completed << false << vault << efs
        << QStringLiteral("arn:aws-cn:backup:cn-north-1:111122223333:backup-vault:DR")
        << QStringLiteral("arn:aws-cn:iam::111122223333:role/backup+role=x,y.z@w-v_u") << Unset
        << Unset << none << QStringList();
    row("valid, vault name of 50 characters")
        << completed << false << QString(50, QLatin1Char('v')) << efs << DestinationVault << Role
        << Unset << Unset << none << QStringList();

    // The destination.
    row("destination missing") << completed << false << vault << efs << QString() << Role << Unset
                               << Unset << QString::fromLatin1(CopyField::Destination)
                               << words({"Choose", "vault"});
    row("destination is a recovery point, not a vault")
        << completed << false << vault << efs
        << QStringLiteral("arn:aws:backup:us-west-2:111122223333:recovery-point:ABC") << Role
        << Unset << Unset << QString::fromLatin1(CopyField::Destination)
        << words({"not a backup vault ARN"});
    row("destination vault name with a space")
        << completed << false << vault << efs
        << QStringLiteral("arn:aws:backup:us-west-2:111122223333:backup-vault:my vault") << Role
        << Unset << Unset << QString::fromLatin1(CopyField::Destination)
        << words({"not a backup vault ARN"});
    row("destination is the source vault")
        << completed << false << vault << efs << SourceVault << Role << Unset << Unset
        << QString::fromLatin1(CopyField::Destination) << words({"already in this vault"});

    // The role.
    row("role missing") << completed << false << vault << efs << DestinationVault << QString()
                        << Unset << Unset << QString::fromLatin1(CopyField::RoleArn)
                        << words({"IAM role"});
    row("role is a user") << completed << false << vault << efs << DestinationVault
                          << QStringLiteral("arn:aws:iam::111122223333:user/bob") << Unset << Unset
                          << QString::fromLatin1(CopyField::RoleArn)
                          << words({"not an IAM role ARN"});
    row("role account of 11 digits")
        << completed << false << vault << efs << DestinationVault
        << QStringLiteral("arn:aws:iam::11112222333:role/r") << Unset << Unset
        << QString::fromLatin1(CopyField::RoleArn) << words({"12-digit"});
    row("role name longer than 512")
        << completed << false << vault << efs << DestinationVault
        << QStringLiteral("arn:aws:iam::111122223333:role/") + QString(513, QLatin1Char('r'))
        << Unset << Unset << QString::fromLatin1(CopyField::RoleArn) << words({"1 to 512"});
    row("role path without a name")
        << completed << false << vault << efs << DestinationVault
        << QStringLiteral("arn:aws:iam::111122223333:role/service-role/") << Unset << Unset
        << QString::fromLatin1(CopyField::RoleArn) << words({"not an IAM role ARN"});
    row("role name with a space") << completed << false << vault << efs << DestinationVault
                                  << QStringLiteral("arn:aws:iam::111122223333:role/my role")
                                  << Unset << Unset << QString::fromLatin1(CopyField::RoleArn)
                                  << words({"not an IAM role ARN"});

    // The source.
    row("source vault name too short")
        << completed << false << QStringLiteral("a") << efs << DestinationVault << Role << Unset
        << Unset << QString::fromLatin1(CopyField::Source) << words({"\"a\"", "2 to 50"});
    row("source vault name too long")
        << completed << false << QString(51, QLatin1Char('v')) << efs << DestinationVault << Role
        << Unset << Unset << QString::fromLatin1(CopyField::Source) << words({"2 to 50"});
    row("source vault name with a dot")
        << completed << false << QStringLiteral("my.vault") << efs << DestinationVault << Role
        << Unset << Unset << QString::fromLatin1(CopyField::Source)
        << words({"my.vault", "letters"});
    row("source is continuous") << completed << true << vault << efs << DestinationVault << Role
                                << Unset << Unset << QString::fromLatin1(CopyField::Source)
                                << words({"cannot copy continuous backups"});
    row("source still being created")
        << QStringLiteral("CREATING") << false << vault << efs << DestinationVault << Role << Unset
        << Unset << QString::fromLatin1(CopyField::Source) << words({"CREATING", "only completed"});
    row("source partial") << QStringLiteral("PARTIAL") << false << vault << efs << DestinationVault
                          << Role << Unset << Unset << QString::fromLatin1(CopyField::Source)
                          << words({"PARTIAL", "only completed"});
    row("source AVAILABLE is not COMPLETED")
        << QStringLiteral("AVAILABLE") << false << vault << efs << DestinationVault << Role << Unset
        << Unset << QString::fromLatin1(CopyField::Source)
        << words({"AVAILABLE", "only completed"});

    // The lifecycle.
    row("delete after 0 days") << completed << false << vault << efs << DestinationVault << Role
                               << Unset << 0 << QString::fromLatin1(CopyField::DeleteAfterDays)
                               << words({"1 to 36500", "0 days"});
    row("delete after 36501 days")
        << completed << false << vault << efs << DestinationVault << Role << Unset << 36501
        << QString::fromLatin1(CopyField::DeleteAfterDays) << words({"1 to 36500", "36501"});
    row("cold storage after 0 days")
        << completed << false << vault << efs << DestinationVault << Role << 0 << 120
        << QString::fromLatin1(CopyField::ColdStorageAfterDays)
        << words({"cold storage", "0 days"});
    row("less than 90 days in cold storage")
        << completed << false << vault << efs << DestinationVault << Role << 30 << 119
        << QString::fromLatin1(CopyField::DeleteAfterDays)
        << words({"90 days", "after 30 days", "120 days or more", "not 119"});
    row("-1 for cold storage only")
        << completed << false << vault << efs << DestinationVault << Role << -1 << 100
        << QString::fromLatin1(CopyField::ColdStorageAfterDays) << words({"-1", "both"});
    row("-1 for deletion only") << completed << false << vault << efs << DestinationVault << Role
                                << 10 << -1 << QString::fromLatin1(CopyField::DeleteAfterDays)
                                << words({"-1", "both"});
    row("-1 for deletion, cold storage unset")
        << completed << false << vault << efs << DestinationVault << Role << Unset << -1
        << QString::fromLatin1(CopyField::DeleteAfterDays) << words({"-1", "both"});
    row("-1 for deletion only, even for RDS")
        << completed << false << vault << QStringLiteral("RDS") << DestinationVault << Role << 10
        << -1 << QString::fromLatin1(CopyField::DeleteAfterDays) << words({"-1", "both"});
}

void TestAwsRules::rules()
{
    QFETCH(QString, rawState);
    QFETCH(bool, continuous);
    QFETCH(QString, sourceVaultName);
    QFETCH(QString, resourceType);
    QFETCH(QString, destination);
    QFETCH(QString, roleArn);
    QFETCH(int, coldDays);
    QFETCH(int, deleteDays);
    QFETCH(QString, field);
    QFETCH(QStringList, words);

    CopyRequest request = validRequest();
    request.source.rawState = rawState;
    request.source.continuous = continuous;
    request.source.location.name = sourceVaultName;
    request.source.resourceType = resourceType;
    request.destination.id = destination;
    request.roleArn = roleArn;
    if (coldDays != Unset)
        request.lifecycle.moveToColdStorageAfterDays = coldDays;
    if (deleteDays != Unset)
        request.lifecycle.deleteAfterDays = deleteDays;

    const QList<ValidationIssue> issues = AwsCopyRules::validate(request);
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
        return;
    }
    QVERIFY2(issues.size() == 1, qPrintable(issuesText(issues)));
    QCOMPARE(issues.constFirst().field, field);
    for (const QString &word : words)
        QVERIFY2(issues.constFirst().message.contains(word),
                 qPrintable(QStringLiteral("\"%1\" does not say \"%2\"")
                                .arg(issues.constFirst().message, word)));
}

void TestAwsRules::providerDelegatesToTheRules()
{
    const AwsProvider provider {QProcessEnvironment(), QString()};
    CopyRequest request = validRequest();
    QVERIFY(provider.validateCopy(request).isEmpty());
    request.roleArn.clear();
    QCOMPARE(provider.validateCopy(request), AwsCopyRules::validate(request));
    QCOMPARE(provider.validateCopy(request).size(), 1);

    QCOMPARE(provider.id(), QStringLiteral("aws"));
    QCOMPARE(provider.displayName(), QStringLiteral("AWS Backup"));
    const ProviderCapabilities capabilities = provider.capabilities();
    QVERIFY(!capabilities.canCancel);
    QVERIFY(!capabilities.givesPercent);
    QVERIFY(!capabilities.canCreateBackup);
    QVERIFY(capabilities.needsRoleArn);
    QVERIFY(capabilities.hasLifecycle);
}

void TestAwsRules::severalProblemsAreAllReported()
{
    CopyRequest request = validRequest();
    request.destination.id.clear();
    request.roleArn = QStringLiteral("role");
    request.lifecycle.moveToColdStorageAfterDays = 30;
    request.lifecycle.deleteAfterDays = 40;
    const QList<ValidationIssue> issues = AwsCopyRules::validate(request);
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields << issue.field;
    QCOMPARE(fields,
             QStringList({QString::fromLatin1(CopyField::Destination),
                          QString::fromLatin1(CopyField::RoleArn),
                          QString::fromLatin1(CopyField::DeleteAfterDays)}));
}

void TestAwsRules::emptyResourceTypeGetsTheStricterRules()
{
    CopyRequest request = validRequest();
    request.source.resourceType.clear();
    request.lifecycle.moveToColdStorageAfterDays = 30;
    request.lifecycle.deleteAfterDays = 60;
    QCOMPARE(AwsCopyRules::validate(request).size(), 1);
    QVERIFY(AwsCopyRules::supportsColdStorage(QStringLiteral("DynamoDB")));
    QVERIFY(!AwsCopyRules::supportsColdStorage(QStringLiteral("Aurora")));
}

QTEST_GUILESS_MAIN(TestAwsRules)
#include "tst_awsrules.moc"
