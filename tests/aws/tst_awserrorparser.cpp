#include "providers/aws/AwsErrorParser.h"

#include <QTest>

using namespace Copydeck;

namespace {

HttpResponse answer(int status, const char *body, HeaderList headers = {})
{
    HttpResponse response;
    response.status = status;
    response.body = QByteArray(body);
    response.headers = std::move(headers);
    return response;
}

} // namespace

// AWS Backup's error answers read as botocore reads them, and what Copydeck adds to them.
class TestAwsErrorParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorCodeHeaderWinsOverBody();
    void errorCodeFromBodyWithNamespaceStripped();
    void errorCodeFromTypeWhenNothingElse();
    void errorMessageFallsBackToCapitalMessage();
    void errorKinds_data();
    void errorKinds();
    void signatureErrorSaysWhatToCheck();
    void lifecycleErrorSaysWhatToChange();
    void transientAnswers_data();
    void transientAnswers();
};

void TestAwsErrorParser::errorCodeHeaderWinsOverBody()
{
    const HttpResponse response = answer(
        400, R"({"__type": "Other", "Code": "ERROR_3015", "message": "Invalid lifecycle."})",
        {{"x-amzn-ErrorType", "InvalidParameterValueException:http://internal.amazon.com/coral/"},
         {"x-amzn-RequestId", "req-123"}});
    const auto details = AwsErrorParser::details(response);
    QCOMPARE(details.code, QStringLiteral("InvalidParameterValueException"));
    QCOMPARE(details.message, QStringLiteral("Invalid lifecycle."));
    QCOMPARE(details.requestId, QStringLiteral("req-123"));

    const CloudError error = AwsErrorParser::toCloudError(response);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.cloudCode, QStringLiteral("InvalidParameterValueException"));
    QCOMPARE(error.cloudMessage, QStringLiteral("Invalid lifecycle."));
    QCOMPARE(error.requestId, QStringLiteral("req-123"));
}

void TestAwsErrorParser::errorCodeFromBodyWithNamespaceStripped()
{
    const auto fromCode = AwsErrorParser::details(answer(
        400, R"({"code": "com.amazonaws.backup#ResourceNotFoundException", "__type": "X"})"));
    QCOMPARE(fromCode.code, QStringLiteral("ResourceNotFoundException"));
    const auto fromCapital = AwsErrorParser::details(
        answer(400, R"({"Code": "com.amazonaws.backup#MissingParameterValueException"})"));
    QCOMPARE(fromCapital.code, QStringLiteral("MissingParameterValueException"));
    QCOMPARE(AwsErrorParser::cleanCode(QStringLiteral("a.b#Throttling:http://x#y")),
             QStringLiteral("Throttling"));
}

void TestAwsErrorParser::errorCodeFromTypeWhenNothingElse()
{
    const auto details = AwsErrorParser::details(answer(
        400, R"({"__type": "com.amazonaws.backup#InvalidRequestException", "Message": "no"})"));
    QCOMPARE(details.code, QStringLiteral("InvalidRequestException"));
}

void TestAwsErrorParser::errorMessageFallsBackToCapitalMessage()
{
    QCOMPARE(AwsErrorParser::details(answer(400, R"({"Message": "capital"})")).message,
             QStringLiteral("capital"));
    QCOMPARE(AwsErrorParser::details(answer(400, R"({"message": "small", "Message": "capital"})"))
                 .message,
             QStringLiteral("small"));
    QCOMPARE(AwsErrorParser::details(answer(502, "<html>bad gateway</html>")).message, QString());
}

void TestAwsErrorParser::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<bool>("retryable");
    using Kind = CloudError::Kind;
    QTest::newRow("bad signature")
        << 403 << QByteArray("InvalidSignatureException") << Kind::Authentication << false;
    QTest::newRow("unknown key") << 403 << QByteArray("UnrecognizedClientException")
                                 << Kind::Authentication << false;
    QTest::newRow("expired token")
        << 403 << QByteArray("ExpiredTokenException") << Kind::Authentication << false;
    QTest::newRow("access denied")
        << 403 << QByteArray("AccessDeniedException") << Kind::Permission << false;
    QTest::newRow("not found") << 400 << QByteArray("ResourceNotFoundException") << Kind::NotFound
                               << false;
    QTest::newRow("invalid value")
        << 400 << QByteArray("InvalidParameterValueException") << Kind::InvalidRequest << false;
    QTest::newRow("missing value")
        << 400 << QByteArray("MissingParameterValueException") << Kind::InvalidRequest << false;
    QTest::newRow("invalid request")
        << 400 << QByteArray("InvalidRequestException") << Kind::InvalidRequest << false;
    QTest::newRow("throttling in 400")
        << 400 << QByteArray("ThrottlingException") << Kind::Throttled << true;
    QTest::newRow("too many requests")
        << 400 << QByteArray("TooManyRequestsException") << Kind::Throttled << true;
    QTest::newRow("request limit")
        << 400 << QByteArray("RequestLimitExceeded") << Kind::Throttled << true;
    QTest::newRow("429 without a code") << 429 << QByteArray() << Kind::Throttled << true;
    QTest::newRow("service unavailable")
        << 500 << QByteArray("ServiceUnavailableException") << Kind::Server << true;
    QTest::newRow("503 without a code") << 503 << QByteArray() << Kind::Server << true;
    QTest::newRow("conflict") << 400 << QByteArray("InvalidResourceStateException")
                              << Kind::Conflict << false;
}

void TestAwsErrorParser::errorKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(CloudError::Kind, kind);
    QFETCH(bool, retryable);
    HeaderList headers;
    if (!code.isEmpty())
        headers.append({"x-amzn-ErrorType", code});
    const CloudError error
        = AwsErrorParser::toCloudError(answer(status, R"({"message": "said"})", headers));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QCOMPARE(error.cloudCode, QString::fromLatin1(code));
    QVERIFY2(!error.explanation.isEmpty(), "every error gets Copydeck's explanation");
    QVERIFY2(!error.nextStep.isEmpty(), "every error says what to do next");
}

void TestAwsErrorParser::signatureErrorSaysWhatToCheck()
{
    const CloudError error = AwsErrorParser::toCloudError(
        answer(403, R"({"message": "The request signature we calculated does not match"})",
               {{"x-amzn-ErrorType", "InvalidSignatureException"}}));
    QVERIFY2(error.nextStep.contains(QStringLiteral("secret access key")),
             qPrintable(error.nextStep));
    QVERIFY2(error.nextStep.contains(QStringLiteral("clock")), qPrintable(error.nextStep));
    QVERIFY(error.userText().contains(QStringLiteral("InvalidSignatureException")));
}

void TestAwsErrorParser::lifecycleErrorSaysWhatToChange()
{
    const CloudError error = AwsErrorParser::toCloudError(answer(
        400,
        R"({"Code": "ERROR_3015", "message": "Invalid lifecycle. DeleteAfterDays cannot be less than 90 days apart from MoveToColdStorageAfterDays"})",
        {{"x-amzn-ErrorType", "InvalidParameterValueException"}}));
    QCOMPARE(error.kind, CloudError::Kind::InvalidRequest);
    QVERIFY2(error.nextStep.startsWith(QStringLiteral("Change the lifecycle so that")),
             qPrintable(error.nextStep));
    QVERIFY(error.nextStep.contains(QStringLiteral("90 days")));
}

void TestAwsErrorParser::transientAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("transient");
    QTest::newRow("throttling code in a 400 body")
        << 400 << QByteArray(R"({"__type": "ThrottlingException", "message": "Rate exceeded"})")
        << true;
    QTest::newRow("truncated 200 body")
        << 200 << QByteArray(R"({"BackupVaultList": [{"Back)") << true;
    QTest::newRow("empty 200 body") << 200 << QByteArray() << true;
    QTest::newRow("complete 200 body") << 200 << QByteArray(R"({"BackupVaultList": []})") << false;
    QTest::newRow("invalid parameter in 400")
        << 400 << QByteArray(R"({"__type": "InvalidParameterValueException"})") << false;
    QTest::newRow("limit exceeded is a quota")
        << 400 << QByteArray(R"({"__type": "LimitExceededException"})") << false;
}

void TestAwsErrorParser::transientAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, transient);
    HttpResponse response;
    response.status = status;
    response.body = body;
    QCOMPARE(AwsErrorParser::isTransient(response), transient);
}

QTEST_GUILESS_MAIN(TestAwsErrorParser)
#include "tst_awserrorparser.moc"
