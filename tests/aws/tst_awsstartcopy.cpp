#include "AwsSandboxFixture.h"
#include "support/CuttingProxy.h"

#include "providers/aws/AwsCopyRules.h"
#include "sandbox/aws/AwsBackupSandbox.h"

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

const QString &ProductionAccount = AwsSandboxFixture::ProductionAccount;

} // namespace

// StartCopyJob against the sandbox: each error the cloud gives when the client-side check is
// bypassed, the rules agreeing with it, and resubmissions that must not start a second job.
class TestAwsStartCopy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startCopyErrors_data();
    void startCopyErrors();
    void lostAnswerIsRetriedWithoutASecondJob_data();
    void lostAnswerIsRetriedWithoutASecondJob();
    void sameClientTokenStartsOneJob();

private:
    std::optional<AwsSandboxFixture> m_fixture;
};

void TestAwsStartCopy::init()
{
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestAwsStartCopy::cleanup()
{
    m_fixture.reset();
}

void TestAwsStartCopy::startCopyErrors_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code"); // the AWS error type
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<QString>("rulesField"); // empty: only the cloud can know

    using Kind = CloudError::Kind;
    const auto row = [](const char *change, const char *code, Kind kind, const char *field) {
        QTest::newRow(change) << QString::fromLatin1(change) << QString::fromLatin1(code) << kind
                              << QString::fromLatin1(field);
    };
    const char *missing = "MissingParameterValueException";
    const char *invalid = "InvalidParameterValueException";
    const char *request = "InvalidRequestException";
    const char *notFound = "ResourceNotFoundException";
    row("no recovery point", missing, Kind::InvalidRequest, CopyField::Source);
    row("no source vault", missing, Kind::InvalidRequest, CopyField::Source);
    row("no destination", missing, Kind::InvalidRequest, CopyField::Destination);
    row("no role", missing, Kind::InvalidRequest, CopyField::RoleArn);
    row("bad source vault name", invalid, Kind::InvalidRequest, CopyField::Source);
    row("unknown source vault", notFound, Kind::NotFound, "");
    row("unknown recovery point", notFound, Kind::NotFound, "");
    row("destination is not a vault", invalid, Kind::InvalidRequest, CopyField::Destination);
    row("unknown destination vault", notFound, Kind::NotFound, "");
    row("source being created", request, Kind::InvalidRequest, CopyField::Source);
    row("partial source", request, Kind::InvalidRequest, CopyField::Source);
    row("expired source", request, Kind::InvalidRequest, CopyField::Source);
    row("continuous source", request, Kind::InvalidRequest, CopyField::Source);
    row("role is not a role", invalid, Kind::InvalidRequest, CopyField::RoleArn);
    row("delete after 0 days", invalid, Kind::InvalidRequest, CopyField::DeleteAfterDays);
    row("delete after 36501 days", invalid, Kind::InvalidRequest, CopyField::DeleteAfterDays);
    row("cold storage after 0 days", invalid, Kind::InvalidRequest,
        CopyField::ColdStorageAfterDays);
    row("less than 90 days in cold storage", invalid, Kind::InvalidRequest,
        CopyField::DeleteAfterDays);
    row("-1 for cold storage only", invalid, Kind::InvalidRequest, CopyField::ColdStorageAfterDays);
    row("-1 for deletion only", invalid, Kind::InvalidRequest, CopyField::DeleteAfterDays);
}

void TestAwsStartCopy::startCopyErrors()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, rulesField);

    auto connection = m_fixture->connectAs(0);
    CopyRequest request = m_fixture->validRequest(*connection);
    QVERIFY(request.source.isValid());
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    const QList<Backup> sourceVault = m_fixture->allBackups(*connection, request.source.location);
    auto sourceWith = [&sourceVault](const std::function<bool(const Backup &)> &matches) {
        for (const Backup &backup : sourceVault) {
            if (matches(backup))
                return backup;
        }
        return Backup();
    };

    if (change == QLatin1String("no recovery point")) {
        request.source.id.clear();
    } else if (change == QLatin1String("no source vault")) {
        request.source.location.name.clear();
    } else if (change == QLatin1String("no destination")) {
        request.destination = {};
    } else if (change == QLatin1String("no role")) {
        request.roleArn.clear();
    } else if (change == QLatin1String("bad source vault name")) {
        request.source.location.name = QStringLiteral("prod.daily");
    } else if (change == QLatin1String("unknown source vault")) {
        request.source.location.name = QStringLiteral("no-such-vault");
    } else if (change == QLatin1String("unknown recovery point")) {
        request.source.id = QStringLiteral("arn:aws:backup:us-east-1:111122223333:recovery-point:"
                                           "00000000-0000-0000-0000-000000000000");
    } else if (change == QLatin1String("destination is not a vault")) {
        request.destination.id = request.source.id;
    } else if (change == QLatin1String("unknown destination vault")) {
        request.destination.id = Sandbox::AwsBackupSandbox::vaultArn(
            QStringLiteral("us-west-2"), ProductionAccount, QStringLiteral("no-such-vault"));
    } else if (change == QLatin1String("source being created")) {
        request.source
            = sourceWith([](const Backup &b) { return b.rawState == QLatin1String("CREATING"); });
    } else if (change == QLatin1String("partial source")) {
        request.source
            = sourceWith([](const Backup &b) { return b.rawState == QLatin1String("PARTIAL"); });
    } else if (change == QLatin1String("expired source")) {
        request.source
            = sourceWith([](const Backup &b) { return b.rawState == QLatin1String("EXPIRED"); });
    } else if (change == QLatin1String("continuous source")) {
        request.source = sourceWith([](const Backup &b) { return b.continuous; });
    } else if (change == QLatin1String("role is not a role")) {
        request.roleArn = QStringLiteral("arn:aws:iam::111122223333:user/backup-operator");
    } else if (change == QLatin1String("delete after 0 days")) {
        request.lifecycle.deleteAfterDays = 0;
    } else if (change == QLatin1String("delete after 36501 days")) {
        request.lifecycle.deleteAfterDays = 36501;
    } else if (change == QLatin1String("cold storage after 0 days")) {
        request.lifecycle.moveToColdStorageAfterDays = 0;
        request.lifecycle.deleteAfterDays = 120;
    } else if (change == QLatin1String("less than 90 days in cold storage")) {
        request.lifecycle.moveToColdStorageAfterDays = 30;
        request.lifecycle.deleteAfterDays = 100;
    } else if (change == QLatin1String("-1 for cold storage only")) {
        request.lifecycle.moveToColdStorageAfterDays = -1;
        request.lifecycle.deleteAfterDays = 100;
    } else if (change == QLatin1String("-1 for deletion only")) {
        request.lifecycle.moveToColdStorageAfterDays = 30;
        request.lifecycle.deleteAfterDays = -1;
    } else {
        QFAIL("unknown change");
    }
    if (change.endsWith(QLatin1String("source")))
        QVERIFY2(request.source.isValid(), "the sandbox holds such a backup");
    const int jobsBefore = m_fixture->sandbox().aws()->copyJobCount();

    // The cloud refuses it...
    AWAIT(started, connection->startCopy(request));
    QVERIFY2(!started.ok(), "AWS Backup accepts the request");
    const CloudError &error = started.error();
    QCOMPARE(error.cloudCode, code);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.retryable);
    QVERIFY(!error.cloudMessage.isEmpty());
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.nextStep.isEmpty());
    QCOMPARE(m_fixture->sandbox().aws()->copyJobCount(), jobsBefore);

    // ... and so do Copydeck's rules, beside the same field, where the request alone can tell.
    const QList<ValidationIssue> issues = AwsCopyRules::validate(request);
    if (rulesField.isEmpty()) {
        QVERIFY(issues.isEmpty());
    } else {
        QStringList fields;
        for (const ValidationIssue &issue : issues)
            fields << issue.field;
        QVERIFY2(fields.contains(rulesField),
                 qPrintable(QStringLiteral("rules flagged [%1], cloud said %2")
                                .arg(fields.join(QStringLiteral(", ")), error.cloudSummary())));
    }
}

void TestAwsStartCopy::lostAnswerIsRetriedWithoutASecondJob_data()
{
    QTest::addColumn<CuttingProxy::CutAt>("cutAt");
    // Qt itself sends the request again when not a byte came back; otherwise HttpClient does,
    // signed afresh: both must reuse the idempotency token.
    QTest::newRow("no byte of the answer") << CuttingProxy::CutAt::BeforeAnswer;
    QTest::newRow("answer cut in its headers") << CuttingProxy::CutAt::InHeaders;
    QTest::newRow("answer cut in its body") << CuttingProxy::CutAt::InBody;
}

void TestAwsStartCopy::lostAnswerIsRetriedWithoutASecondJob()
{
    QFETCH(CuttingProxy::CutAt, cutAt);
    CuttingProxy proxy(m_fixture->sandbox().awsEndpoint(), QByteArrayLiteral("PUT /copy-jobs "),
                       cutAt);
    QVERIFY(proxy.listen());
    auto connection = m_fixture->connectAs(0, 0, proxy.url());
    const CopyRequest request = m_fixture->validRequest(*connection);
    QVERIFY(request.source.isValid());
    QVERIFY(request.clientToken.isEmpty()); // the connection makes the token
    const int jobsBefore = m_fixture->sandbox().aws()->copyJobCount();

    AWAIT_OK(started, connection->startCopy(request));

    QCOMPARE(proxy.cutAnswers(), 1);
    QVERIFY2(proxy.matchingRequests() >= 2, "the request was sent again");
    QCOMPARE(m_fixture->sandbox().aws()->copyJobCount(), jobsBefore + 1);
    const auto job = m_fixture->sandbox().aws()->copyJob(started.value().remoteId);
    QVERIFY2(job, "the returned CopyJobId is the job the sandbox made");
    QCOMPARE(job->sourceRecoveryPointArn, request.source.id);
    QCOMPARE(job->destinationVaultArn, request.destination.id);
    QCOMPARE(job->idempotencyToken, started.value().clientToken);
}

void TestAwsStartCopy::sameClientTokenStartsOneJob()
{
    auto connection = m_fixture->connectAs(0);
    CopyRequest request = m_fixture->validRequest(*connection);
    QVERIFY(request.source.isValid());
    request.clientToken = QStringLiteral("ledger-token-42");
    const int jobsBefore = m_fixture->sandbox().aws()->copyJobCount();

    AWAIT_OK(first, connection->startCopy(request));
    AWAIT_OK(again, connection->startCopy(request));
    QCOMPARE(again.value().remoteId, first.value().remoteId);
    QCOMPARE(again.value().clientToken, QStringLiteral("ledger-token-42"));
    QCOMPARE(m_fixture->sandbox().aws()->copyJobCount(), jobsBefore + 1);
}

QTEST_GUILESS_MAIN(TestAwsStartCopy)
#include "tst_awsstartcopy.moc"
