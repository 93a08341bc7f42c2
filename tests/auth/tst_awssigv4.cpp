#include "RawHttpRequest.h"
#include "auth/AwsSigV4Signer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Copydeck;

namespace {

// The parameters of the official suite (botocore tests/unit/auth/test_sigv4.py).
const QString AccessKey = QStringLiteral("AKIDEXAMPLE");
const QString SecretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString Region = QStringLiteral("us-east-1");
const QString Service = QStringLiteral("service");

QDateTime suiteTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), QTimeZone::utc());
}

QString suiteRoot()
{
    return QStringLiteral(COPYDECK_SOURCE_DIR "/tests/data/aws4_testsuite");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// botocore takes the token of a case from its canonical request when the .req does not carry it
// (get-vanilla-with-session-token).
QByteArray tokenInCanonicalRequest(const QByteArray &canonical)
{
    const QList<QByteArray> lines = canonical.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("x-amz-security-token:"))
            return line.mid(int(qstrlen("x-amz-security-token:")));
    }
    return {};
}

AwsCredentials suiteCredentials(const QByteArray &token = {})
{
    return {AccessKey, SecretKey, QString::fromUtf8(token)};
}

} // namespace

class TestAwsSigV4 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedGetVanillaThroughSign();
    void sessionTokenIsSentAndSigned();
    void arnInBackupPathIsEncodedTwice();
    void signSignsHostAmzAndContentTypeOnly();
    void signingAgainReplacesTheOldSignature();
    void hostHeader_data();
    void hostHeader();
    void amzDateIsUtc();
    void canonicalUri_data();
    void canonicalUri();
    void canonicalQuery_data();
    void canonicalQuery();
    void canonicalHeadersFoldAndJoinValues();
    void suiteHasNoUnreadCase();
    void suite_data();
    void suite();
};

void TestAwsSigV4::documentedGetVanillaThroughSign()
{
    // get-vanilla from the AWS documentation, as constants: this test runs even without shared/.
    const QByteArray expectedCanonical
        = QByteArrayLiteral("GET\n"
                            "/\n"
                            "\n"
                            "host:example.amazonaws.com\n"
                            "x-amz-date:20150830T123600Z\n"
                            "\n"
                            "host;x-amz-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4"
                            "649b934ca495991b7852b855");
    const QByteArray expectedStringToSign
        = QByteArrayLiteral("AWS4-HMAC-SHA256\n"
                            "20150830T123600Z\n"
                            "20150830/us-east-1/service/aws4_request\n"
                            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
    const QByteArray expectedAuthorization = QByteArrayLiteral(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        "SignedHeaders=host;x-amz-date, "
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");

    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://example.amazonaws.com/"));
    request.setHeader("X-Amz-Date", "20150830T123600Z");

    AwsSigV4Signer(Region, Service).sign(request, suiteCredentials(), suiteTime());

    QCOMPARE(request.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
    QCOMPARE(request.header("Host"), QByteArray("example.amazonaws.com"));
    QCOMPARE(request.header("X-Amz-Security-Token"), QByteArray());
    QCOMPARE(request.header("Authorization"), expectedAuthorization);

    // The building blocks give the documented intermediate texts for the signed request.
    const auto signedHeaders = AwsSigV4Signer::headersToSign(request.headers);
    QCOMPARE(signedHeaders, (QList<QByteArray> {"host", "x-amz-date"}));
    const QByteArray canonical
        = AwsSigV4Signer::canonicalRequest(request.method, "/", {}, request.headers, signedHeaders,
                                           AwsSigV4Signer::payloadHashHex(request.body));
    QCOMPARE(canonical, expectedCanonical);
    const QByteArray scope = AwsSigV4Signer::credentialScope("20150830", Region, Service);
    QCOMPARE(AwsSigV4Signer::stringToSign("20150830T123600Z", scope, canonical),
             expectedStringToSign);
}

void TestAwsSigV4::sessionTokenIsSentAndSigned()
{
    // get-vanilla-with-session-token, as constants.
    const QByteArray token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
    HttpRequest request;
    request.url = QUrl(QStringLiteral("https://example.amazonaws.com/"));

    AwsSigV4Signer(Region, Service).sign(request, suiteCredentials(token), suiteTime());

    QCOMPARE(request.header("X-Amz-Security-Token"), token);
    QCOMPARE(
        request.header("Authorization"),
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                   "aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, "
                   "Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"));
}

void TestAwsSigV4::arnInBackupPathIsEncodedTwice()
{
    const QByteArray arn = "arn%3Aaws%3Abackup%3Aus-east-1%3A123456789012%3Arecovery-point%3A"
                           "1EB3B5E7-9EB0-435A-A80B-108B488B0D45";
    const QByteArray path = "/backup-vaults/v/recovery-points/" + arn;
    const QByteArray twice = "/backup-vaults/v/recovery-points/arn%253Aaws%253Abackup%253Aus-east-1"
                             "%253A123456789012%253Arecovery-point%253A"
                             "1EB3B5E7-9EB0-435A-A80B-108B488B0D45";
    QCOMPARE(AwsSigV4Signer::canonicalUri(path), twice);

    HttpRequest request;
    request.method = "GET";
    request.url = QUrl::fromEncoded("https://backup.eu-west-1.amazonaws.com" + path
                                        + "?backupVaultAccountId=123456789012",
                                    QUrl::StrictMode);
    QVERIFY(request.url.isValid());
    const AwsCredentials credentials {QStringLiteral("AKIDBACKUP"), QStringLiteral("secret"), {}};
    const QDateTime now = suiteTime();
    AwsSigV4Signer(QStringLiteral("eu-west-1"), QStringLiteral("backup"))
        .sign(request, credentials, now);

    // What AWS Backup computes on its side, spelled out: the path as sent, encoded once more.
    const auto expectedSignature = [&](const QByteArray &canonicalUri) {
        const QByteArray canonical = "GET\n" + canonicalUri
            + "\nbackupVaultAccountId=123456789012\n"
              "host:backup.eu-west-1.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
              "host;x-amz-date\n"
            + AwsSigV4Signer::payloadHashHex({});
        const QByteArray scope = "20150830/eu-west-1/backup/aws4_request";
        return AwsSigV4Signer::signatureHex(
            AwsSigV4Signer::signingKey(QStringLiteral("secret"), "20150830",
                                       QStringLiteral("eu-west-1"), QStringLiteral("backup")),
            AwsSigV4Signer::stringToSign("20150830T123600Z", scope, canonical));
    };
    const QByteArray prefix = "AWS4-HMAC-SHA256 Credential=AKIDBACKUP/20150830/eu-west-1/backup/"
                              "aws4_request, SignedHeaders=host;x-amz-date, Signature=";
    const QByteArray authorization = request.header("Authorization");
    QCOMPARE(authorization, QByteArray(prefix + expectedSignature(twice)));
    QVERIFY(authorization != QByteArray(prefix + expectedSignature(path)));
}

void TestAwsSigV4::signSignsHostAmzAndContentTypeOnly()
{
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8443/copy-jobs"));
    request.body = R"({"RecoveryPointArn":"arn:aws:backup:us-east-1:1:recovery-point:x"})";
    request.headers = {{"Content-Type", "application/json"},
                       {"User-Agent", "Copydeck/0.1"},
                       {"X-Amz-Target", "Backup.StartCopyJob"},
                       {"Accept", "application/json"}};
    AwsSigV4Signer(Region, QStringLiteral("backup")).sign(request, suiteCredentials(), suiteTime());

    QCOMPARE(request.header("Host"), QByteArray("127.0.0.1:8443"));
    const QByteArray authorization = request.header("Authorization");
    QVERIFY2(authorization.contains(", SignedHeaders=content-type;host;x-amz-date;x-amz-target, "),
             authorization.constData());
    // The body is part of the signature: another body, another signature.
    HttpRequest other = request;
    other.body = "{}";
    AwsSigV4Signer(Region, QStringLiteral("backup")).sign(other, suiteCredentials(), suiteTime());
    QVERIFY(other.header("Authorization") != authorization);
}

void TestAwsSigV4::signingAgainReplacesTheOldSignature()
{
    HttpRequest request;
    request.url = QUrl(QStringLiteral("https://backup.us-east-1.amazonaws.com/backup-vaults/"));
    const AwsSigV4Signer signer(Region, QStringLiteral("backup"));
    signer.sign(request, suiteCredentials("token-1"), suiteTime());
    const QByteArray first = request.header("Authorization");
    signer.sign(request, suiteCredentials("token-2"), suiteTime().addSecs(61));

    const auto count = [&](QByteArrayView name) {
        return std::count_if(request.headers.cbegin(), request.headers.cend(), [&](const auto &h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QCOMPARE(count("authorization"), 1);
    QCOMPARE(count("x-amz-date"), 1);
    QCOMPARE(count("x-amz-security-token"), 1);
    QCOMPARE(count("host"), 1);
    QCOMPARE(request.header("X-Amz-Date"), QByteArray("20150830T123701Z"));
    QCOMPARE(request.header("X-Amz-Security-Token"), QByteArray("token-2"));
    QVERIFY(request.header("Authorization") != first);
}

void TestAwsSigV4::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("https default") << "https://backup.us-east-1.amazonaws.com/"
                                   << QByteArray("backup.us-east-1.amazonaws.com");
    QTest::newRow("https explicit 443") << "https://example.com:443/x" << QByteArray("example.com");
    QTest::newRow("http explicit 80") << "http://example.com:80/" << QByteArray("example.com");
    QTest::newRow("http 443 is not default")
        << "http://example.com:443/" << QByteArray("example.com:443");
    QTest::newRow("loopback port")
        << "http://127.0.0.1:45123/copy-jobs" << QByteArray("127.0.0.1:45123");
    QTest::newRow("ipv6 with port") << "http://[::1]:8080/" << QByteArray("[::1]:8080");
    QTest::newRow("upper-case host") << "https://Example.COM/" << QByteArray("example.com");
}

void TestAwsSigV4::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QCOMPARE(AwsSigV4Signer::hostHeader(QUrl(url)), host);
}

void TestAwsSigV4::amzDateIsUtc()
{
    const QDateTime paris(QDate(2015, 8, 30), QTime(14, 36, 0), QTimeZone(2 * 3600));
    QCOMPARE(AwsSigV4Signer::amzDate(paris), QByteArray("20150830T123600Z"));
    QCOMPARE(AwsSigV4Signer::amzDate(suiteTime()), QByteArray("20150830T123600Z"));
}

void TestAwsSigV4::canonicalUri_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("empty") << QByteArray() << QByteArray("/");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("trailing slash kept") << QByteArray("/copy-jobs/") << QByteArray("/copy-jobs/");
    QTest::newRow("dot segments") << QByteArray("/a/./b/../c") << QByteArray("/a/c");
    QTest::newRow("dot-dot above root") << QByteArray("/../a") << QByteArray("/a");
    QTest::newRow("duplicate slashes") << QByteArray("//a//b//") << QByteArray("/a/b/");
    QTest::newRow("colon encoded twice")
        << QByteArray("/r/arn%3Aaws") << QByteArray("/r/arn%253Aaws");
    QTest::newRow("encoded slash stays one segment")
        << QByteArray("/r/a%2Fb/..") << QByteArray("/r");
    QTest::newRow("encoded slash encoded twice")
        << QByteArray("/r/a%2Fb") << QByteArray("/r/a%252Fb");
    QTest::newRow("unreserved untouched") << QByteArray("/-._~AZaz09") << QByteArray("/-._~AZaz09");
    QTest::newRow("sub-delims encoded") << QByteArray("/a$b+c=d") << QByteArray("/a%24b%2Bc%3Dd");
}

void TestAwsSigV4::canonicalUri()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, canonical);
    QCOMPARE(AwsSigV4Signer::canonicalUri(path), canonical);
}

void TestAwsSigV4::canonicalQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("sorted by name") << QByteArray("b=2&a=1") << QByteArray("a=1&b=2");
    QTest::newRow("same name sorted by value") << QByteArray("a=2&a=10") << QByteArray("a=10&a=2");
    QTest::newRow("name prefix sorts first")
        << QByteArray("Param-3=x&Param=y") << QByteArray("Param=y&Param-3=x");
    QTest::newRow("no value") << QByteArray("flag") << QByteArray("flag=");
    QTest::newRow("tilde decoded") << QByteArray("a=%7e") << QByteArray("a=~");
    QTest::newRow("hex upper-cased") << QByteArray("arn=a%3ab%2fc") << QByteArray("arn=a%3Ab%2Fc");
    QTest::newRow("plus is literal") << QByteArray("a=b+c") << QByteArray("a=b%2Bc");
    QTest::newRow("raw colon encoded") << QByteArray("arn=a:b") << QByteArray("arn=a%3Ab");
}

void TestAwsSigV4::canonicalQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, canonical);
    QCOMPARE(AwsSigV4Signer::canonicalQuery(query), canonical);
}

void TestAwsSigV4::canonicalHeadersFoldAndJoinValues()
{
    const HeaderList headers = {{"X-Amz-Date", "20150830T123600Z"},
                                {"My-Header", "  a   b\t c  "},
                                {"Host", "example.com"},
                                {"my-header", "second"},
                                {"Unsigned", "ignored"}};
    QCOMPARE(AwsSigV4Signer::canonicalHeaders(headers, {"host", "my-header", "x-amz-date"}),
             QByteArray("host:example.com\nmy-header:a b c,second\nx-amz-date:20150830T123600Z\n"));
}

void TestAwsSigV4::suiteHasNoUnreadCase()
{
    // Every leaf folder of the suite is a case with the four files the suite test reads; a case
    // laid out differently would otherwise be silently ignored.
    const QDir root(suiteRoot());
    if (!root.exists())
        QFAIL(qPrintable(
            QStringLiteral("The official SigV4 test suite is missing: %1 does not exist. "
                           "It belongs in tests/data/aws4_testsuite of the checkout.")
                .arg(root.path())));
    QDirIterator it(root.path(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    int cases = 0;
    while (it.hasNext()) {
        const QDir dir(it.next());
        if (!dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
            continue;
        ++cases;
        for (const char *suffix : {".req", ".creq", ".sts", ".authz"}) {
            const QString file = dir.filePath(dir.dirName() + QLatin1String(suffix));
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
    }
    QVERIFY(cases > 0);
}

void TestAwsSigV4::suite_data()
{
    QTest::addColumn<QString>("casePath"); // folder/name without extension; empty: suite missing
    const QDir root(suiteRoot());
    QStringList cases;
    QDirIterator it(root.path(), {QStringLiteral("*.req")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        cases << it.next().chopped(4);
    cases.sort();
    if (cases.isEmpty()) {
        QTest::newRow("suite-missing") << QString();
        return;
    }
    for (const QString &path : std::as_const(cases))
        QTest::newRow(qPrintable(root.relativeFilePath(QFileInfo(path).path()))) << path;
}

void TestAwsSigV4::suite()
{
    // No case is skipped: botocore skips normalize-path/get-space and the three
    // get-vanilla-query-order-* cases, but this signer passes them, so they are checked here.
    QFETCH(QString, casePath);
    if (casePath.isEmpty())
        QFAIL(qPrintable(QStringLiteral("No case of the official SigV4 test suite found under %1. "
                                        "It belongs in tests/data/aws4_testsuite of the checkout.")
                             .arg(suiteRoot())));

    QString error;
    const auto parsed
        = Test::RawHttpRequest::parse(readFile(casePath + QLatin1String(".req")), &error);
    QVERIFY2(parsed, qPrintable(error));
    const QByteArray expectedCanonical = readFile(casePath + QLatin1String(".creq"));
    const QByteArray expectedStringToSign = readFile(casePath + QLatin1String(".sts"));
    const QByteArray expectedAuthorization = readFile(casePath + QLatin1String(".authz"));
    QVERIFY(!expectedCanonical.isEmpty() && !expectedStringToSign.isEmpty()
            && !expectedAuthorization.isEmpty());

    HeaderList headers = parsed->headers;
    QByteArray token = headerValue(headers, "x-amz-security-token");
    if (token.isEmpty()) {
        token = tokenInCanonicalRequest(expectedCanonical);
        if (!token.isEmpty()) // the signer adds it, as sign() does
            headers.append({"X-Amz-Security-Token", token});
    }
    QList<QByteArray> signedHeaders; // in the suite: every header of the request
    for (const auto &header : std::as_const(headers))
        signedHeaders.append(header.first.toLower());

    const QByteArray date = AwsSigV4Signer::amzDate(suiteTime());
    const QByteArray canonical = AwsSigV4Signer::canonicalRequest(
        parsed->method, parsed->rawPath, parsed->rawQuery, headers, signedHeaders,
        AwsSigV4Signer::payloadHashHex(parsed->body));
    QCOMPARE(canonical, expectedCanonical);
    const QByteArray scope = AwsSigV4Signer::credentialScope(date.left(8), Region, Service);
    const QByteArray stringToSign = AwsSigV4Signer::stringToSign(date, scope, canonical);
    QCOMPARE(stringToSign, expectedStringToSign);
    const QByteArray signature = AwsSigV4Signer::signatureHex(
        AwsSigV4Signer::signingKey(SecretKey, date.left(8), Region, Service), stringToSign);
    QCOMPARE(AwsSigV4Signer::authorization(AccessKey, scope, signedHeaders, signature),
             expectedAuthorization);

    // Through sign() too, where the case fits what sign() does: it signs only host, x-amz-* and
    // content-type, and it takes an encoded URL (a raw space or UTF-8 byte in the request line
    // would be encoded by QUrl first and then, rightly, encoded again).
    const QUrl url = QUrl::fromEncoded(
        "https://" + headerValue(headers, "host") + parsed->rawPath
            + (parsed->rawQuery.isEmpty() ? QByteArray() : '?' + parsed->rawQuery),
        QUrl::StrictMode);
    QList<QByteArray> sortedSigned = signedHeaders;
    std::sort(sortedSigned.begin(), sortedSigned.end());
    sortedSigned.erase(std::unique(sortedSigned.begin(), sortedSigned.end()), sortedSigned.end());
    if (url.isValid() && url.path(QUrl::FullyEncoded).toUtf8() == parsed->rawPath
        && url.query(QUrl::FullyEncoded).toUtf8() == parsed->rawQuery
        && AwsSigV4Signer::headersToSign(headers) == sortedSigned) {
        HttpRequest request;
        request.method = parsed->method;
        request.url = url;
        request.headers = parsed->headers;
        request.body = parsed->body;
        AwsSigV4Signer(Region, Service).sign(request, suiteCredentials(token), suiteTime());
        QCOMPARE(request.header("Authorization"), expectedAuthorization);
    }
}

QTEST_GUILESS_MAIN(TestAwsSigV4)
#include "tst_awssigv4.moc"
