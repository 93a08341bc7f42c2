// SDK-HMAC-SHA256 against the vectors of huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go
// (shared/reference/cloud-apis.md section 3.6), kept here as constants.
#include "auth/HuaweiSigner.h"

#include <QTest>
#include <QTimeZone>

using namespace Copydeck;

namespace {

const QString AccessKey = QStringLiteral("AccessKey");
const QString SecretKey = QStringLiteral("SecretKey");
const QByteArray Date = QByteArrayLiteral("20060102T150405Z");

HeaderList vectorHeaders()
{
    // TEST_UNDERSCORE is sent but, having a '_', never signed.
    return {{QByteArrayLiteral("X-Sdk-Date"), Date},
            {QByteArrayLiteral("TEST_UNDERSCORE"), QByteArrayLiteral("test")}};
}

QByteArray authorizationFor(const QByteArray &method, const QByteArray &path,
                            const QByteArray &query, const HeaderList &headers,
                            const QByteArray &body)
{
    const QList<QByteArray> signedHeaders = HuaweiSigner::headersToSign(headers);
    const QByteArray canonical = HuaweiSigner::canonicalRequest(
        method, path, query, headers, signedHeaders, HuaweiSigner::payloadHashHex(headers, body));
    const QByteArray signature
        = HuaweiSigner::signatureHex(SecretKey, HuaweiSigner::stringToSign(Date, canonical));
    return HuaweiSigner::authorization(AccessKey, signedHeaders, signature);
}

} // namespace

class TestHuaweiSigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getVector();
    void postVectorIgnoresContentType();
    void queryEscapeVector();
    void canonicalUriEndsInSlashAndEscapesSegments();
    void nodeStyleSignedHeadersVerify();
    void signAddsDateHostAndAuthorization();
    void parsesAuthorization();
    void sdkDateRoundTrips();
};

void TestHuaweiSigner::getVector()
{
    const HeaderList headers = vectorHeaders();
    QCOMPARE(HuaweiSigner::headersToSign(headers), QList<QByteArray>({"x-sdk-date"}));
    const QByteArray canonical = HuaweiSigner::canonicalRequest(
        "GET", "/path", "limit=1", headers, HuaweiSigner::headersToSign(headers),
        HuaweiSigner::payloadHashHex(headers, {}));
    QCOMPARE(canonical,
             QByteArrayLiteral("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
                               "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(authorizationFor("GET", "/path", "limit=1", headers, {}),
             QByteArrayLiteral("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                               "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d0"
                               "2ac79624"));
}

void TestHuaweiSigner::postVectorIgnoresContentType()
{
    HeaderList headers = vectorHeaders();
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    // Go's json.Encoder ends the body with a newline; it is part of the hashed bytes.
    const QByteArray body = QByteArrayLiteral("{\"Name\":\"test\",\"Id\":1}\n");
    QCOMPARE(HuaweiSigner::headersToSign(headers), QList<QByteArray>({"x-sdk-date"}));
    QCOMPARE(authorizationFor("POST", "/path", "key=value", headers, body),
             QByteArrayLiteral("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                               "Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72f"
                               "c9db4f59"));
}

void TestHuaweiSigner::queryEscapeVector()
{
    // limit=1, enable=true, test="一 (&=?!#%.*)", path="/tmp/123", multi=[3,1,2], as a client
    // would send them (order and encoding of its own choosing).
    const QByteArray raw = "test=" + QUrl::toPercentEncoding(QStringLiteral(u"一 (&=?!#%.*)"))
        + "&multi=3&path=%2Ftmp%2F123&limit=1&multi=1&enable=true&multi=2";
    QCOMPARE(HuaweiSigner::canonicalQuery(raw),
             QByteArrayLiteral("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&"
                               "test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
    // '+' in a query is a space, as Go's url.ParseQuery reads it.
    QCOMPARE(HuaweiSigner::canonicalQuery("a=b+c"), QByteArrayLiteral("a=b%20c"));
    QCOMPARE(HuaweiSigner::canonicalQuery("flag&a="), QByteArrayLiteral("a=&flag="));
}

void TestHuaweiSigner::canonicalUriEndsInSlashAndEscapesSegments()
{
    QCOMPARE(HuaweiSigner::canonicalUri("/"), QByteArrayLiteral("/"));
    QCOMPARE(HuaweiSigner::canonicalUri("/v3/p1/backups"), QByteArrayLiteral("/v3/p1/backups/"));
    QCOMPARE(HuaweiSigner::canonicalUri("/v3/p1/backups/"), QByteArrayLiteral("/v3/p1/backups/"));
    QCOMPARE(HuaweiSigner::canonicalUri("/a%20b/c:d"), QByteArrayLiteral("/a%20b/c%3Ad/"));
}

void TestHuaweiSigner::nodeStyleSignedHeadersVerify()
{
    // The Node SDK signs every header it sends, content-type included: a verifier that follows
    // the request's own list gets the same signature the signer made.
    HeaderList headers = vectorHeaders();
    headers.removeLast();
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    headers.append({QByteArrayLiteral("Host"), QByteArrayLiteral("example.huaweicloud.com")});
    const QList<QByteArray> every = {"content-type", "host", "x-sdk-date"};
    const QByteArray body = QByteArrayLiteral("{}");
    const QByteArray canonical = HuaweiSigner::canonicalRequest(
        "POST", "/path", {}, headers, every, HuaweiSigner::payloadHashHex(headers, body));
    QVERIFY(canonical.contains("content-type:application/json\nhost:example.huaweicloud.com\n"));
    const QByteArray withContentType
        = HuaweiSigner::signatureHex(SecretKey, HuaweiSigner::stringToSign(Date, canonical));
    const QByteArray goStyle = HuaweiSigner::signatureHex(
        SecretKey,
        HuaweiSigner::stringToSign(
            Date,
            HuaweiSigner::canonicalRequest("POST", "/path", {}, headers,
                                           HuaweiSigner::headersToSign(headers),
                                           HuaweiSigner::payloadHashHex(headers, body))));
    QVERIFY(withContentType != goStyle);
    QCOMPARE(HuaweiSigner::headersToSign(headers), QList<QByteArray>({"host", "x-sdk-date"}));
}

void TestHuaweiSigner::signAddsDateHostAndAuthorization()
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8443/v3/p1/backups/b1/replicate?x=1"));
    request.setHeader("Content-Type", "application/json");
    request.setHeader("X-Project-Id", "p1");
    request.body = "{}";
    const QDateTime now(QDate(2006, 1, 2), QTime(15, 4, 5), QTimeZone::utc());
    HuaweiSigner::sign(request, {AccessKey, SecretKey, QStringLiteral("token")}, now);
    QCOMPARE(request.header("X-Sdk-Date"), Date);
    QCOMPARE(request.header("Host"), QByteArrayLiteral("127.0.0.1:8443"));
    QCOMPARE(request.header("X-Security-Token"), QByteArrayLiteral("token"));
    const auto parsed = HuaweiSigner::parseAuthorization(request.header("Authorization"));
    QVERIFY(parsed);
    QCOMPARE(parsed->signedHeaders,
             QList<QByteArray>({"host", "x-project-id", "x-sdk-date", "x-security-token"}));
    // Recomputed from the request as sent, the signature matches.
    const QByteArray canonical = HuaweiSigner::canonicalRequest(
        "POST", "/v3/p1/backups/b1/replicate", "x=1", request.headers, parsed->signedHeaders,
        HuaweiSigner::payloadHashHex(request.headers, request.body));
    QCOMPARE(parsed->signature,
             HuaweiSigner::signatureHex(SecretKey, HuaweiSigner::stringToSign(Date, canonical)));
}

void TestHuaweiSigner::parsesAuthorization()
{
    const auto parsed = HuaweiSigner::parseAuthorization(
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc");
    QVERIFY(parsed);
    QCOMPARE(parsed->accessKey, QStringLiteral("AK"));
    QCOMPARE(parsed->signedHeaders, QList<QByteArray>({"host", "x-sdk-date"}));
    QCOMPARE(parsed->signature, QByteArrayLiteral("abc"));
    QVERIFY(!HuaweiSigner::parseAuthorization("AWS4-HMAC-SHA256 Credential=x"));
    QVERIFY(!HuaweiSigner::parseAuthorization("SDK-HMAC-SHA256 Access=AK, Signature=abc"));
}

void TestHuaweiSigner::sdkDateRoundTrips()
{
    const QDateTime now(QDate(2026, 3, 13), QTime(8, 9, 10), QTimeZone::utc());
    QCOMPARE(HuaweiSigner::sdkDate(now), QByteArrayLiteral("20260313T080910Z"));
    QCOMPARE(HuaweiSigner::parseSdkDate("20260313T080910Z").value(), now);
    QVERIFY(!HuaweiSigner::parseSdkDate("2026-03-13T08:09:10Z"));
}

QTEST_GUILESS_MAIN(TestHuaweiSigner)
#include "tst_huaweisigner.moc"
