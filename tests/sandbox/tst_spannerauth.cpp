// Google OAuth as the Spanner sandbox plays it: the JWT-bearer grant with the service-account key
// the sandbox issues, the refresh-token grant of its authorized_user file, and the bearer check
// on every API call, each refusal with the body Google sends.

#include "SpannerTestClient.h"
#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace Sb = Copydeck::Sandbox;

namespace {
const QByteArray InstancesPath = QByteArrayLiteral("/v1/projects/copydeck-demo/instances");
const QString SignatureRefused = QStringLiteral("Invalid JWT Signature.");
const QString ShortLived = QStringLiteral(
    "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
    "Check your iat and exp values in the JWT claim.");
} // namespace

class TestSpannerAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startupInfoHandsOutCredentialFiles();
    void serviceAccountTokenOpensTheApi();
    void refusedAssertions_data();
    void refusedAssertions();
    void signatureOfAnotherKeyIsRefused();
    void claimsChangedAfterSigningAreRefused();
    void missingScopeIsInvalidScope();
    void scopeWithoutSpannerGetsPermissionDenied();
    void refreshTokenGrant();
    void refreshTokenGrantRefusals();
    void unsupportedGrantType();
    void apiWithoutTokenIsUnauthenticated();
    void apiWithUnknownTokenIsUnauthenticated();

private:
    QJsonObject key() const
    {
        return m_sandbox.startupInfo()
            .value(QStringLiteral("spanner"))
            .toObject()
            .value(QStringLiteral("serviceAccountKey"))
            .toObject();
    }
    QByteArray privateKey() const
    {
        return key().value(QStringLiteral("private_key")).toString().toLatin1();
    }
    SpannerTestClient client() const { return SpannerTestClient(m_sandbox.spannerEndpoint()); }
    static void verifyOAuthError(const SpannerTestClient::Reply &reply, int status,
                                 const QString &error, const QString &description)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(), error);
        QCOMPARE(reply.json.value(QStringLiteral("error_description")).toString(), description);
        QVERIFY(!reply.json.contains(QStringLiteral("access_token")));
    }

    Sb::Sandbox m_sandbox;
};

void TestSpannerAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
}

void TestSpannerAuth::startupInfoHandsOutCredentialFiles()
{
    const QJsonObject spanner = m_sandbox.startupInfo().value(QStringLiteral("spanner")).toObject();
    const QString endpoint = m_sandbox.spannerEndpoint().toString();
    QVERIFY(endpoint.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(m_sandbox.spannerEndpoint().port() != m_sandbox.awsEndpoint().port());
    QCOMPARE(spanner.value(QStringLiteral("endpoint")).toString(), endpoint);
    const QString tokenUri = endpoint + QStringLiteral("token");
    QCOMPARE(spanner.value(QStringLiteral("tokenUri")).toString(), tokenUri);

    const QJsonObject serviceAccount = key();
    QCOMPARE(serviceAccount.value(QStringLiteral("type")).toString(),
             QStringLiteral("service_account"));
    QCOMPARE(serviceAccount.value(QStringLiteral("token_uri")).toString(), tokenUri);
    QVERIFY(serviceAccount.value(QStringLiteral("client_email"))
                .toString()
                .endsWith(QLatin1String(".iam.gserviceaccount.com")));
    QVERIFY(privateKey().startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(serviceAccount.value(QStringLiteral("private_key_id")).toString().size(), 40);

    const QJsonObject user = spanner.value(QStringLiteral("authorizedUser")).toObject();
    QCOMPARE(user.value(QStringLiteral("type")).toString(), QStringLiteral("authorized_user"));
    for (const char *field : {"client_id", "client_secret", "refresh_token"})
        QVERIFY2(!user.value(QLatin1String(field)).toString().isEmpty(), field);
}

void TestSpannerAuth::serviceAccountTokenOpensTheApi()
{
    auto c = client();
    const auto token = c.authenticate(key());
    QCOMPARE(token.status, 200);
    QVERIFY(token.json.value(QStringLiteral("access_token")).toString().size() > 20);
    QCOMPARE(token.json.value(QStringLiteral("expires_in")).toInt(), 3599);
    QCOMPARE(token.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));

    const auto instances = c.get(InstancesPath);
    QCOMPARE(instances.status, 200);
    QVERIFY(!instances.json.value(QStringLiteral("instances")).toArray().isEmpty());
}

void TestSpannerAuth::refusedAssertions_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("description");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTest::newRow("expired") << QStringLiteral("exp") << QJsonValue(now - 3600) << ShortLived;
    QTest::newRow("lives two hours")
        << QStringLiteral("exp") << QJsonValue(now - 10 + 7200) << ShortLived;
    QTest::newRow("issued in the future")
        << QStringLiteral("iat") << QJsonValue(now + 1800) << ShortLived;
    QTest::newRow("no exp") << QStringLiteral("exp") << QJsonValue() << ShortLived;
    QTest::newRow("other audience")
        << QStringLiteral("aud") << QJsonValue(QStringLiteral("https://login.example.com/token"))
        << QStringLiteral("Invalid JWT: Failed audience check. The expected audience is %1.")
               .arg(m_sandbox.spannerEndpoint().toString() + QStringLiteral("token"));
    QTest::newRow("unknown account")
        << QStringLiteral("iss")
        << QJsonValue(QStringLiteral("intruder@elsewhere.iam.gserviceaccount.com"))
        << QStringLiteral("Invalid grant: account not found");
}

void TestSpannerAuth::refusedAssertions()
{
    QFETCH(QString, claim);
    QFETCH(QJsonValue, value);
    QFETCH(QString, description);
    QJsonObject claims = SpannerTestClient::standardClaims(key());
    if (value.isNull())
        claims.remove(claim);
    else
        claims.insert(claim, value);
    auto c = client();
    const auto reply = c.postForm(
        "/token",
        SpannerTestClient::jwtBearerForm(SpannerTestClient::signJwt(privateKey(), claims)));
    verifyOAuthError(reply, 400, QStringLiteral("invalid_grant"), description);
}

void TestSpannerAuth::signatureOfAnotherKeyIsRefused()
{
    const QByteArray assertion = SpannerTestClient::signJwt(
        SpannerTestClient::otherPrivateKey(), SpannerTestClient::standardClaims(key()));
    QVERIFY(!assertion.isEmpty());
    auto c = client();
    verifyOAuthError(c.postForm("/token", SpannerTestClient::jwtBearerForm(assertion)), 400,
                     QStringLiteral("invalid_grant"), SignatureRefused);
}

void TestSpannerAuth::claimsChangedAfterSigningAreRefused()
{
    const QByteArray assertion
        = SpannerTestClient::signJwt(privateKey(), SpannerTestClient::standardClaims(key()));
    QList<QByteArray> parts = assertion.split('.');
    QCOMPARE(parts.size(), 3);
    QJsonObject later = SpannerTestClient::standardClaims(key());
    later.insert(QStringLiteral("exp"), later.value(QStringLiteral("exp")).toInteger() + 60);
    parts[1] = QJsonDocument(later)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    auto c = client();
    verifyOAuthError(c.postForm("/token", SpannerTestClient::jwtBearerForm(parts.join('.'))), 400,
                     QStringLiteral("invalid_grant"), SignatureRefused);
    // The same assertion untouched is accepted: the refusal is about the change.
    QCOMPARE(c.postForm("/token", SpannerTestClient::jwtBearerForm(assertion)).status, 200);
}

void TestSpannerAuth::missingScopeIsInvalidScope()
{
    QJsonObject claims = SpannerTestClient::standardClaims(key());
    claims.remove(QStringLiteral("scope"));
    auto c = client();
    verifyOAuthError(c.postForm("/token",
                                SpannerTestClient::jwtBearerForm(
                                    SpannerTestClient::signJwt(privateKey(), claims))),
                     400, QStringLiteral("invalid_scope"),
                     QStringLiteral("Invalid OAuth scope or ID token audience provided."));
}

void TestSpannerAuth::scopeWithoutSpannerGetsPermissionDenied()
{
    const QJsonObject claims = SpannerTestClient::standardClaims(
        key(), QStringLiteral("https://www.googleapis.com/auth/devstorage.read_only"));
    auto c = client();
    const auto token = c.postForm(
        "/token",
        SpannerTestClient::jwtBearerForm(SpannerTestClient::signJwt(privateKey(), claims)));
    QCOMPARE(token.status, 200);
    c.setToken(token.json.value(QStringLiteral("access_token")).toString().toLatin1());
    const auto reply = c.get(InstancesPath);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorStatus(), QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(reply.errorMessage(),
             QStringLiteral("Request had insufficient authentication scopes."));

    // Any one of the scopes in the space-separated list may be the one that opens the API.
    const QJsonObject both = SpannerTestClient::standardClaims(
        key(),
        QStringLiteral("https://www.googleapis.com/auth/devstorage.read_only "
                       "https://www.googleapis.com/auth/spanner.admin"));
    const auto second = c.postForm(
        "/token", SpannerTestClient::jwtBearerForm(SpannerTestClient::signJwt(privateKey(), both)));
    QCOMPARE(second.status, 200);
    c.setToken(second.json.value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(c.get(InstancesPath).status, 200);
}

void TestSpannerAuth::refreshTokenGrant()
{
    const QJsonObject user = m_sandbox.startupInfo()
                                 .value(QStringLiteral("spanner"))
                                 .toObject()
                                 .value(QStringLiteral("authorizedUser"))
                                 .toObject();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    for (const char *field : {"client_id", "client_secret", "refresh_token"}) {
        form.addQueryItem(QLatin1String(field),
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              user.value(QLatin1String(field)).toString())));
    }
    auto c = client();
    const auto token = c.postForm("/token", form.query(QUrl::FullyEncoded).toLatin1());
    QCOMPARE(token.status, 200);
    QCOMPARE(token.json.value(QStringLiteral("expires_in")).toInt(), 3599);
    QCOMPARE(token.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    c.setToken(token.json.value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(c.get(InstancesPath).status, 200);
}

void TestSpannerAuth::refreshTokenGrantRefusals()
{
    const QJsonObject user = m_sandbox.startupInfo()
                                 .value(QStringLiteral("spanner"))
                                 .toObject()
                                 .value(QStringLiteral("authorizedUser"))
                                 .toObject();
    const auto form = [&](const QString &secret, const QString &refreshToken) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        query.addQueryItem(QStringLiteral("client_id"),
                           user.value(QStringLiteral("client_id")).toString());
        query.addQueryItem(QStringLiteral("client_secret"), secret);
        query.addQueryItem(QStringLiteral("refresh_token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
        return query.query(QUrl::FullyEncoded).toLatin1();
    };
    const QString secret = user.value(QStringLiteral("client_secret")).toString();
    const QString refresh = user.value(QStringLiteral("refresh_token")).toString();
    auto c = client();
    verifyOAuthError(c.postForm("/token", form(QStringLiteral("wrong"), refresh)), 401,
                     QStringLiteral("invalid_client"),
                     QStringLiteral("The OAuth client was not found."));
    verifyOAuthError(c.postForm("/token", form(secret, QStringLiteral("1//revoked"))), 400,
                     QStringLiteral("invalid_grant"), QStringLiteral("Bad Request"));
}

void TestSpannerAuth::unsupportedGrantType()
{
    auto c = client();
    verifyOAuthError(c.postForm("/token", "grant_type=password&username=a&password=b"), 400,
                     QStringLiteral("unsupported_grant_type"),
                     QStringLiteral("Invalid grant_type: password"));
}

void TestSpannerAuth::apiWithoutTokenIsUnauthenticated()
{
    auto c = client();
    const auto reply = c.get(InstancesPath);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toInt(), 401);
    QCOMPARE(reply.errorStatus(), QStringLiteral("UNAUTHENTICATED"));
    QVERIFY2(reply.errorMessage().startsWith(
                 QLatin1String("Request is missing required authentication credential.")),
             qPrintable(reply.errorMessage()));
    QVERIFY(reply.wwwAuthenticate.startsWith("Bearer"));
    QVERIFY(!reply.json.contains(QStringLiteral("instances")));
}

void TestSpannerAuth::apiWithUnknownTokenIsUnauthenticated()
{
    auto c = client();
    c.setToken("ya29.made-up-token");
    const auto reply = c.get(InstancesPath);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorStatus(), QStringLiteral("UNAUTHENTICATED"));
    QVERIFY2(reply.errorMessage().startsWith(
                 QLatin1String("Request had invalid authentication credentials.")),
             qPrintable(reply.errorMessage()));
    const QJsonArray details = reply.error().value(QStringLiteral("details")).toArray();
    QCOMPARE(details.first().toObject().value(QStringLiteral("@type")).toString(),
             QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo"));
}

QTEST_GUILESS_MAIN(TestSpannerAuth)
#include "tst_spannerauth.moc"
