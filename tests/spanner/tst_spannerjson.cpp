// Spanner's wire format to Copydeck's values and back, without a network: timestamps as Google
// writes and accepts them, operations in each of their ends, Google's error bodies, request
// bodies.

#include "providers/spanner/SpannerErrorParser.h"
#include "providers/spanner/SpannerJson.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Copydeck;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const QDateTime Noon = QDateTime(QDate(2014, 10, 2), QTime(15, 1, 23), QTimeZone::utc());

} // namespace

class TestSpannerJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRfc3339AsGoogleAcceptsIt_data();
    void readsRfc3339AsGoogleAcceptsIt();
    void writesZNormalisedTimes();
    void runningOperation();
    void cancellingAndCancelledOperation();
    void failedOperationKeepsTheError();
    void finishedOperationNamesTheBackup();
    void httpErrorBody();
    void errorWithoutAGoogleBody();
    void requestBodies();
};

void TestSpannerJson::readsRfc3339AsGoogleAcceptsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("no fraction") << "2014-10-02T15:01:23Z" << Noon;
    QTest::newRow("3 digits") << "2014-10-02T15:01:23.045Z" << Noon.addMSecs(45);
    QTest::newRow("6 digits") << "2014-10-02T15:01:23.045123Z" << Noon.addMSecs(45);
    QTest::newRow("9 digits") << "2014-10-02T15:01:23.045123456Z" << Noon.addMSecs(45);
    QTest::newRow("offset") << "2014-10-02T20:31:23+05:30" << Noon;
    QTest::newRow("lowercase") << "2014-10-02t15:01:23z" << Noon;
    QTest::newRow("no zone") << "2014-10-02T15:01:23" << QDateTime();
    QTest::newRow("epoch number") << "1412262083" << QDateTime();
}

void TestSpannerJson::readsRfc3339AsGoogleAcceptsIt()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = SpannerJson::parseTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestSpannerJson::writesZNormalisedTimes()
{
    QCOMPARE(SpannerJson::formatTime(Noon), QStringLiteral("2014-10-02T15:01:23Z"));
    QCOMPARE(SpannerJson::formatTime(Noon.addMSecs(45)),
             QStringLiteral("2014-10-02T15:01:23.045Z"));
    QCOMPARE(SpannerJson::formatTime(Noon.toTimeZone(QTimeZone(3600 * 5))),
             QStringLiteral("2014-10-02T15:01:23Z"));
}

void TestSpannerJson::runningOperation()
{
    CopyJob job;
    SpannerJson::applyOperation(json(R"({"name":"projects/p/instances/i/backups/b/operations/o",
        "metadata":{"@type":"type.googleapis.com/google.spanner.admin.database.v1.CopyBackupMetadata",
        "name":"projects/p/instances/i/backups/b","sourceBackup":"projects/p/instances/s/backups/a",
        "progress":{"progressPercent":42,"startTime":"2014-10-02T15:01:23Z"}}})"),
                                job);
    QCOMPARE(job.remoteId, QStringLiteral("projects/p/instances/i/backups/b/operations/o"));
    QCOMPARE(job.state, CopyJobState::Running);
    QCOMPARE(job.rawState, QStringLiteral("RUNNING"));
    QCOMPARE(*job.percent, 42.0);
    QCOMPARE(job.created, Noon);
    QCOMPARE(job.operation, CopyOperation::Copy);
}

void TestSpannerJson::cancellingAndCancelledOperation()
{
    CopyJob job;
    SpannerJson::applyOperation(
        json(
            R"({"name":"n","metadata":{"@type":"type.googleapis.com/google.spanner.admin.database.v1.CreateBackupMetadata",
        "cancelTime":"2014-10-02T15:01:23Z","progress":{"progressPercent":10}}})"),
        job);
    QCOMPARE(job.state, CopyJobState::Running);
    QCOMPARE(job.rawState, QStringLiteral("CANCELLING"));
    QCOMPARE(job.operation, CopyOperation::CreateBackup);
    SpannerJson::applyOperation(
        json(R"({"name":"n","done":true,"error":{"code":1,"message":"CANCELLED"},
        "metadata":{"cancelTime":"2014-10-02T15:01:23Z","progress":{"progressPercent":10}}})"),
        job);
    QCOMPARE(job.state, CopyJobState::Cancelled);
    QCOMPARE(job.completed, Noon);
    QVERIFY(!job.error);
}

void TestSpannerJson::failedOperationKeepsTheError()
{
    CopyJob job;
    SpannerJson::applyOperation(json(R"({"name":"n","done":true,
        "error":{"code":9,"message":"The source backup expired."},"metadata":{"progress":{}}})"),
                                job);
    QCOMPARE(job.state, CopyJobState::Failed);
    QVERIFY(job.error);
    QCOMPARE(job.error->cloudCode, QStringLiteral("FAILED_PRECONDITION"));
    QCOMPARE(job.error->cloudMessage, QStringLiteral("The source backup expired."));
    QCOMPARE(job.statusMessage, QStringLiteral("The source backup expired."));
}

void TestSpannerJson::finishedOperationNamesTheBackup()
{
    CopyJob job;
    SpannerJson::applyOperation(json(R"({"name":"n","done":true,
        "metadata":{"name":"projects/p/instances/i/backups/b","progress":{"progressPercent":100,"endTime":"2014-10-02T15:01:23.5Z"}},
        "response":{"@type":"type.googleapis.com/google.spanner.admin.database.v1.Backup",
        "name":"projects/p/instances/i/backups/b","state":"READY","sizeBytes":"9007199254740993"}})"),
                                job);
    QCOMPARE(job.state, CopyJobState::Completed);
    QCOMPARE(job.destinationBackupId, QStringLiteral("projects/p/instances/i/backups/b"));
    QCOMPARE(job.sizeBytes, Q_INT64_C(9007199254740993)); // beyond a double: read as a string
    QCOMPARE(job.completed, Noon.addMSecs(500));
}

void TestSpannerJson::httpErrorBody()
{
    HttpResponse response;
    response.status = 400;
    response.body
        = R"({"error":{"code":400,"message":"Invalid value at 'backup.expire_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'expireTime', Invalid data type for timestamp, value is 86400","status":"INVALID_ARGUMENT",
        "details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"backup.expire_time","description":"Invalid value at 'backup.expire_time'"}]}]}})";
    const CloudError error = SpannerErrorParser::toCloudError(response);
    QCOMPARE(error.kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.cloudCode, QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(error.cloudMessage.startsWith(QStringLiteral("Invalid value at 'backup.expire_time'")));
    QVERIFY(error.cloudMessage.contains(QStringLiteral("(backup.expire_time: Invalid value")));
    QVERIFY(error.explanation.contains(QStringLiteral("backup.expire_time")));
    QVERIFY(!error.retryable);

    response.status = 403;
    response.body
        = R"({"error":{"code":403,"message":"Permission 'spanner.backups.copy' denied on resource 'projects/p/instances/i/backups/b' (or it may not exist).","status":"PERMISSION_DENIED",
        "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"IAM_PERMISSION_DENIED","domain":"spanner.googleapis.com",
        "metadata":{"permission":"spanner.backups.copy","resource":"projects/p/instances/i/backups/b"}}]}})";
    const CloudError denied = SpannerErrorParser::toCloudError(response);
    QCOMPARE(denied.kind, CloudError::Kind::Permission);
    QVERIFY(denied.explanation.contains(QStringLiteral("spanner.backups.copy")));
    QVERIFY(denied.nextStep.contains(QStringLiteral("spanner.backups.copy")));

    response.status = 429;
    response.body
        = R"({"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}})";
    QVERIFY(SpannerErrorParser::toCloudError(response).retryable);
}

void TestSpannerJson::errorWithoutAGoogleBody()
{
    HttpResponse response;
    response.status = 503;
    response.body = "<html>Service Unavailable</html>";
    const CloudError error = SpannerErrorParser::toCloudError(response);
    QCOMPARE(error.cloudCode, QStringLiteral("UNAVAILABLE"));
    QCOMPARE(error.kind, CloudError::Kind::Server);
    QVERIFY(error.retryable);
}

void TestSpannerJson::requestBodies()
{
    CopyRequest request;
    request.source.id = QStringLiteral("projects/p/instances/s/backups/a");
    request.name = QStringLiteral("copy-1");
    request.expireTime = Noon;
    request.encryptionType = QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION");
    request.kmsKeyNames = {QStringLiteral("k1"), QStringLiteral("k2")};
    QCOMPARE(QJsonDocument::fromJson(SpannerJson::copyBody(request)).object(),
             json(R"({"backupId":"copy-1","sourceBackup":"projects/p/instances/s/backups/a",
                 "expireTime":"2014-10-02T15:01:23Z","encryptionConfig":{
                 "encryptionType":"CUSTOMER_MANAGED_ENCRYPTION","kmsKeyNames":["k1","k2"]}})"));

    request.source.id = QStringLiteral("projects/p/instances/i/databases/d");
    request.versionTime = Noon.addSecs(-60);
    const auto query = SpannerJson::createQuery(request);
    QCOMPARE(query.size(), 4);
    QCOMPARE(query.at(0), std::make_pair(QStringLiteral("backupId"), QStringLiteral("copy-1")));
    QCOMPARE(query.at(2).first, QStringLiteral("encryptionConfig.kmsKeyNames"));
    QCOMPARE(QJsonDocument::fromJson(SpannerJson::createBody(request)).object(),
             json(R"({"database":"projects/p/instances/i/databases/d",
                 "expireTime":"2014-10-02T15:01:23Z","versionTime":"2014-10-02T15:00:23Z"})"));
}

QTEST_GUILESS_MAIN(TestSpannerJson)
#include "tst_spannerjson.moc"
