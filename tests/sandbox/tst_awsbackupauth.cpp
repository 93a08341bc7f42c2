// SigV4 as the AWS Backup sandbox checks it: every refusal with the type and words AWS uses.

#include "AwsTestClient.h"
#include "SandboxTestAccounts.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QTest>

using namespace Copydeck;
namespace Sb = Copydeck::Sandbox;

namespace {
enum Change { Body, Query, Signature, SignedHeader };
const QString BadSignature = QStringLiteral(
    "The request signature we calculated does not match the signature you provided. Check "
    "your AWS Secret Access Key and signing method. Consult the service documentation for "
    "details.");
} // namespace

class TestAwsBackupAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedRequestIsServed();
    void missingAuthorization();
    void unknownAccessKey();
    void wrongSecret();
    void changedAfterSigning_data();
    void changedAfterSigning();
    void staleDate();
    void futureDate();
    void dateWithinFifteenMinutesIsAccepted();
    void credentialScopedToAnotherService();
    void sessionTokens();
    void errorShapeIsRestJson();

private:
    AwsTestClient client(const AwsCredentials &credentials) const
    {
        return AwsTestClient(m_sandbox.awsEndpoint(), credentials, QStringLiteral("us-east-1"));
    }
    static void verifyRefusal(const AwsTestClient::Reply &reply, const QString &type,
                              const QString &message = {})
    {
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorType(), type);
        QCOMPARE(reply.json.value(QStringLiteral("__type")).toString(), type);
        if (!message.isEmpty())
            QCOMPARE(reply.message(), message);
    }

    Sb::Sandbox m_sandbox;
};

void TestAwsBackupAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
}

void TestAwsBackupAuth::signedRequestIsServed()
{
    auto c = client(SandboxTestAccounts::production(m_sandbox));
    const auto reply = c.get("/backup-vaults/?maxResults=2");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.contains(QStringLiteral("BackupVaultList")));
}

void TestAwsBackupAuth::missingAuthorization()
{
    auto c = client(SandboxTestAccounts::production(m_sandbox));
    AwsTestClient::Options unsigned_;
    unsigned_.sign = false;
    verifyRefusal(c.send("GET", "/backup-vaults/", {}, unsigned_),
                  QStringLiteral("MissingAuthenticationTokenException"),
                  QStringLiteral("Missing Authentication Token"));
}

void TestAwsBackupAuth::unknownAccessKey()
{
    auto c = client({QStringLiteral("AKIAUNKNOWNKEY000000"), QStringLiteral("whatever"), {}});
    verifyRefusal(c.get("/backup-vaults/"), QStringLiteral("UnrecognizedClientException"),
                  QStringLiteral("The security token included in the request is invalid."));
}

void TestAwsBackupAuth::wrongSecret()
{
    AwsCredentials credentials = SandboxTestAccounts::production(m_sandbox);
    credentials.secretAccessKey += QLatin1Char('x');
    auto c = client(credentials);
    verifyRefusal(c.get("/backup-vaults/"), QStringLiteral("InvalidSignatureException"),
                  BadSignature);
}

void TestAwsBackupAuth::changedAfterSigning_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("change");
    const QByteArray body
        = R"({"RecoveryPointArn":"arn:aws:backup:us-east-1:111122223333:recovery-point:X"})";
    QTest::newRow("body") << QByteArray("PUT") << QByteArray("/copy-jobs") << body << int(Body);
    QTest::newRow("query") << QByteArray("GET") << QByteArray("/backup-vaults/?maxResults=1")
                           << QByteArray() << int(Query);
    QTest::newRow("signature") << QByteArray("GET") << QByteArray("/backup-vaults/") << QByteArray()
                               << int(Signature);
    QTest::newRow("signed header")
        << QByteArray("GET") << QByteArray("/backup-vaults/") << QByteArray() << int(SignedHeader);
}

void TestAwsBackupAuth::changedAfterSigning()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, change);
    auto c = client(SandboxTestAccounts::production(m_sandbox));
    AwsTestClient::Options options;
    options.afterSigning = [change](HttpRequest &request) {
        switch (change) {
        case Body:
            request.body.replace("X", "Y");
            break;
        case Query:
            request.url = QUrl::fromEncoded(
                request.url.toEncoded().replace("maxResults=1", "maxResults=2"));
            break;
        case Signature: {
            QByteArray authorization = request.header("Authorization");
            const char last = authorization.back();
            authorization.back() = last == '0' ? '1' : '0';
            request.setHeader("Authorization", authorization);
            break;
        }
        default: { // SignedHeader: a second changed, still well within the allowed skew
            QByteArray date = request.header("X-Amz-Date");
            date[date.size() - 2] = date.at(date.size() - 2) == '0' ? '1' : '0';
            request.setHeader("X-Amz-Date", date);
            break;
        }
        }
    };
    verifyRefusal(c.send(method, path, body, options), QStringLiteral("InvalidSignatureException"),
                  BadSignature);
}

void TestAwsBackupAuth::staleDate()
{
    auto c = client(SandboxTestAccounts::production(m_sandbox));
    AwsTestClient::Options options;
    options.signedAt = QDateTime::currentDateTimeUtc().addSecs(-20 * 60);
    const auto reply = c.send("GET", "/backup-vaults/", {}, options);
    verifyRefusal(reply, QStringLiteral("InvalidSignatureException"));
    const QString amzDate = options.signedAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QVERIFY2(reply.message().startsWith(QStringLiteral("Signature expired: ") + amzDate
                                        + QStringLiteral(" is now earlier than ")),
             qPrintable(reply.message()));
    QVERIFY(reply.message().endsWith(QStringLiteral(" - 15 min.)")));
}

void TestAwsBackupAuth::futureDate()
{
    auto c = client(SandboxTestAccounts::production(m_sandbox));
    AwsTestClient::Options options;
    options.signedAt = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
    const auto reply = c.send("GET", "/backup-vaults/", {}, options);
    verifyRefusal(reply, QStringLiteral("InvalidSignatureException"));
    QVERIFY2(reply.message().startsWith(QStringLiteral("Signature not yet current: ")),
             qPrintable(reply.message()));
}

void TestAwsBackupAuth::dateWithinFifteenMinutesIsAccepted()
{
    auto c = client(SandboxTestAccounts::production(m_sandbox));
    AwsTestClient::Options options;
    options.signedAt = QDateTime::currentDateTimeUtc().addSecs(-14 * 60);
    QCOMPARE(c.send("GET", "/backup-vaults/", {}, options).status, 200);
}

void TestAwsBackupAuth::credentialScopedToAnotherService()
{
    auto c = client(SandboxTestAccounts::production(m_sandbox));
    AwsTestClient::Options options;
    options.afterSigning = [](HttpRequest &request) {
        request.setHeader("Authorization",
                          request.header("Authorization").replace("/backup/", "/s3/"));
    };
    const auto reply = c.send("GET", "/backup-vaults/", {}, options);
    verifyRefusal(reply, QStringLiteral("InvalidSignatureException"));
    QVERIFY(reply.message().contains(QStringLiteral("'backup'")));
}

void TestAwsBackupAuth::sessionTokens()
{
    const AwsCredentials temporary = SandboxTestAccounts::credentials(
        m_sandbox, QStringLiteral("Production (temporary session)"));
    QVERIFY(!temporary.sessionToken.isEmpty());
    auto withToken = client(temporary);
    const auto served = withToken.get("/backup-vaults/");
    QCOMPARE(served.status, 200);
    QVERIFY(!served.json.value(QStringLiteral("BackupVaultList")).toArray().isEmpty());

    AwsCredentials withoutToken = temporary;
    withoutToken.sessionToken.clear();
    auto c = client(withoutToken);
    verifyRefusal(c.get("/backup-vaults/"), QStringLiteral("UnrecognizedClientException"));

    AwsCredentials longTermWithToken = SandboxTestAccounts::production(m_sandbox);
    longTermWithToken.sessionToken = temporary.sessionToken;
    auto d = client(longTermWithToken);
    verifyRefusal(d.get("/backup-vaults/"), QStringLiteral("UnrecognizedClientException"));
}

void TestAwsBackupAuth::errorShapeIsRestJson()
{
    auto c = client({QStringLiteral("AKIAUNKNOWNKEY000000"), QStringLiteral("whatever"), {}});
    const auto reply = c.get("/backup-vaults/");
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply.header("x-amzn-RequestId").size(), 36);
    QCOMPARE(reply.json.value(QStringLiteral("Type")).toString(), QStringLiteral("User"));
    QCOMPARE(reply.json.value(QStringLiteral("Code")).toString(),
             QStringLiteral("UnrecognizedClientException"));
    QVERIFY(!reply.json.contains(QStringLiteral("Message")));
}

QTEST_GUILESS_MAIN(TestAwsBackupAuth)
#include "tst_awsbackupauth.moc"
