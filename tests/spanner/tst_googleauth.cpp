// Google credentials against the sandbox's token endpoint over loopback: both grants, the
// file's token_uri, the token cache on a clock the test moves, one refresh for many callers,
// refused keys, application-default lookup, and nothing secret in the log.

#include "SpannerSandboxFixture.h"
#include "sandbox/SpannerTestClient.h"

#include "auth/GoogleCredentials.h"
#include "auth/GoogleJwt.h"
#include "auth/GoogleTokenSource.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkProxy>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

QJsonObject decodePart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part,
                                                          QByteArray::Base64UrlEncoding
                                                              | QByteArray::OmitTrailingEquals))
        .object();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestGoogleAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serviceAccountKeyGetsATokenTheApiAccepts();
    void authorizedUserGetsATokenTheApiAccepts();
    void assertionCarriesGooglesClaims();
    void tokenIsKeptUntilShortlyBeforeItExpires();
    void manyCallersShareOneRefresh();
    void refusedTokenIsReplaced();
    void keyTheSandboxNeverIssuedIsRefused();
    void tokenUriOfTheFileIsWhereTheKeyGoes();
    void unusableFilesAreRefusedWithAReason();
    void applicationDefaultCredentialsAreFoundWhereGoogleLooks();
    void noSecretReachesTheLog();
    void keyFileOfOneRunWorksInTheNext();

private:
    GoogleTokenSource::Loader loaderFor(const QJsonObject &file);
    std::unique_ptr<GoogleTokenSource> source(const QJsonObject &file);
    int apiStatusWith(const QByteArray &token);

    std::optional<SpannerSandboxFixture> m_fixture;
    QNetworkAccessManager m_network;
    RetryPolicy m_policy = RetryPolicy::fast();
};

void TestGoogleAuth::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestGoogleAuth::cleanup()
{
    m_fixture.reset();
}

GoogleTokenSource::Loader TestGoogleAuth::loaderFor(const QJsonObject &file)
{
    const QByteArray json = QJsonDocument(file).toJson();
    return [json]() -> QCoro::Task<Result<GoogleCredentials>> {
        co_return GoogleCredentialFile::parse(json, QStringLiteral("the test key"));
    };
}

std::unique_ptr<GoogleTokenSource> TestGoogleAuth::source(const QJsonObject &file)
{
    return std::make_unique<GoogleTokenSource>(&m_network, m_policy, &m_fixture->clientClock(),
                                               loaderFor(file));
}

int TestGoogleAuth::apiStatusWith(const QByteArray &token)
{
    SpannerTestClient client(m_fixture->sandbox().endpoint());
    client.setToken(token);
    return client.get("/v1/projects/copydeck-demo/instances").status;
}

void TestGoogleAuth::serviceAccountKeyGetsATokenTheApiAccepts()
{
    auto tokens = source(m_fixture->sandbox().serviceAccountKey());
    AWAIT_OK(token, tokens->accessToken());
    QVERIFY(token.value().startsWith("ya29."));
    QCOMPARE(apiStatusWith(token.value()), 200);
    QCOMPARE(apiStatusWith("ya29.made-up"), 401);
    // Google's 3599 s, counted from the client's clock.
    QCOMPARE(m_fixture->clientClock().now().secsTo(tokens->expiresAt()), 3599);
}

void TestGoogleAuth::authorizedUserGetsATokenTheApiAccepts()
{
    auto tokens = source(m_fixture->sandbox().authorizedUser());
    AWAIT_OK(token, tokens->accessToken());
    QCOMPARE(apiStatusWith(token.value()), 200);

    QJsonObject revoked = m_fixture->sandbox().authorizedUser();
    revoked.insert(QStringLiteral("refresh_token"), QStringLiteral("1//0revoked"));
    auto refused = source(revoked);
    AWAIT(error, refused->accessToken());
    QVERIFY(!error.ok());
    QCOMPARE(error.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(error.error().cloudCode, QStringLiteral("invalid_grant"));
    QCOMPARE(error.error().httpStatus, 400);
    QVERIFY(!error.error().nextStep.isEmpty());
}

void TestGoogleAuth::assertionCarriesGooglesClaims()
{
    const auto credentials = GoogleCredentialFile::parse(
        QJsonDocument(m_fixture->sandbox().serviceAccountKey()).toJson(), QStringLiteral("key"));
    QVERIFY(credentials.ok());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
    const auto jwt
        = GoogleJwt::assertion(credentials.value(), GoogleTokenSource::CloudPlatformScope, now);
    QVERIFY(jwt.ok());
    const QList<QByteArray> parts = jwt.value().split('.');
    QCOMPARE(parts.size(), 3);
    QVERIFY(!parts.at(2).contains('=')); // base64url without padding
    const QJsonObject header = decodePart(parts.at(0));
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(header.value(QStringLiteral("kid")).toString(), credentials.value().privateKeyId);
    const QJsonObject claims = decodePart(parts.at(1));
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), credentials.value().clientEmail);
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
             m_fixture->sandbox().tokenUri().toString());
    QCOMPARE(claims.value(QStringLiteral("scope")).toString(),
             QStringLiteral("https://www.googleapis.com/auth/cloud-platform"));
    QCOMPARE(qint64(claims.value(QStringLiteral("iat")).toDouble()), 1'700'000'000 - 10);
    QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble()), 1'700'000'000 - 10 + 3600);
}

void TestGoogleAuth::tokenIsKeptUntilShortlyBeforeItExpires()
{
    auto tokens = source(m_fixture->sandbox().serviceAccountKey());
    AWAIT_OK(first, tokens->accessToken());
    m_fixture->advance(3000); // 599 s left: kept
    AWAIT_OK(second, tokens->accessToken());
    QCOMPARE(second.value(), first.value());
    QCOMPARE(tokens->refreshCount(), 1);

    m_fixture->advance(400); // 199 s left: refreshed before it runs out
    AWAIT_OK(third, tokens->accessToken());
    QVERIFY(third.value() != first.value());
    QCOMPARE(tokens->refreshCount(), 2);
    QCOMPARE(apiStatusWith(third.value()), 200);
}

void TestGoogleAuth::manyCallersShareOneRefresh()
{
    auto tokens = source(m_fixture->sandbox().serviceAccountKey());
    QList<std::optional<Result<QByteArray>>> answers(6);
    QEventLoop loop;
    int pending = int(answers.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QCoro::connect(tokens->accessToken(), &loop, [&, i](Result<QByteArray> token) {
            answers[i].emplace(std::move(token));
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QCOMPARE(pending, 0);
    QCOMPARE(tokens->refreshCount(), 1);
    for (const auto &answer : answers) {
        QVERIFY(answer->ok());
        QCOMPARE(answer->value(), answers.constFirst()->value());
    }
}

void TestGoogleAuth::refusedTokenIsReplaced()
{
    auto tokens = source(m_fixture->sandbox().serviceAccountKey());
    AWAIT_OK(first, tokens->accessToken());
    tokens->invalidate("ya29.some-other-token"); // not the kept one: nothing happens
    AWAIT_OK(same, tokens->accessToken());
    QCOMPARE(same.value(), first.value());
    tokens->invalidate(first.value());
    AWAIT_OK(fresh, tokens->accessToken());
    QVERIFY(fresh.value() != first.value());
    QCOMPARE(tokens->refreshCount(), 2);
}

void TestGoogleAuth::keyTheSandboxNeverIssuedIsRefused()
{
    QJsonObject tampered = m_fixture->sandbox().serviceAccountKey();
    tampered.insert(QStringLiteral("private_key"),
                    QString::fromLatin1(SpannerTestClient::otherPrivateKey()));
    auto tokens = source(tampered);
    AWAIT(refused, tokens->accessToken());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(refused.error().cloudCode, QStringLiteral("invalid_grant"));
    QCOMPARE(refused.error().cloudMessage, QStringLiteral("Invalid JWT Signature."));

    QJsonObject garbled = m_fixture->sandbox().serviceAccountKey();
    garbled.insert(QStringLiteral("private_key"),
                   QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA"));
    auto broken = source(garbled);
    AWAIT(unsigned_, broken->accessToken());
    QVERIFY(!unsigned_.ok());
    QCOMPARE(unsigned_.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(unsigned_.error().httpStatus, 0); // refused here, nothing sent
}

void TestGoogleAuth::tokenUriOfTheFileIsWhereTheKeyGoes()
{
    // A second sandbox with its own key: the key names its own token endpoint, and only that
    // one accepts its signature.
    SpannerSandboxFixture other;
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    QJsonObject key = other.sandbox().serviceAccountKey();
    QVERIFY(key.value(QStringLiteral("token_uri")).toString()
            != m_fixture->sandbox().tokenUri().toString());
    auto tokens = source(key);
    AWAIT_OK(token, tokens->accessToken());
    QCOMPARE(apiStatusWith(token.value()), 401); // issued by the other sandbox

    key.insert(QStringLiteral("token_uri"), QStringLiteral("http://127.0.0.1:1/token"));
    auto nowhere = source(key);
    AWAIT(unreachable, nowhere->accessToken());
    QVERIFY(!unreachable.ok());
    QCOMPARE(unreachable.error().kind, CloudError::Kind::Network);
}

void TestGoogleAuth::unusableFilesAreRefusedWithAReason()
{
    const auto external = GoogleCredentialFile::parse(
        R"({"type":"external_account","audience":"x"})", QStringLiteral("a.json"));
    QVERIFY(!external.ok());
    QVERIFY(external.error().explanation.contains(QStringLiteral("external_account")));
    const auto noEmail = GoogleCredentialFile::parse(
        R"({"type":"service_account","private_key":"k"})", QStringLiteral("b.json"));
    QVERIFY(!noEmail.ok());
    QVERIFY(noEmail.error().explanation.contains(QStringLiteral("client_email")));
    const auto notJson = GoogleCredentialFile::parse("-----BEGIN", QStringLiteral("c.json"));
    QVERIFY(!notJson.ok());
    QVERIFY(!notJson.error().explanation.contains(QStringLiteral("BEGIN")));
    const auto defaultUri = GoogleCredentialFile::parse(
        R"({"type":"authorized_user","client_id":"i","client_secret":"s","refresh_token":"r"})",
        QStringLiteral("d.json"));
    QVERIFY(defaultUri.ok());
    QCOMPARE(defaultUri.value().tokenUri,
             QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
}

void TestGoogleAuth::applicationDefaultCredentialsAreFoundWhereGoogleLooks()
{
    const QString home = m_fixture->homePath();
    QProcessEnvironment environment;
    QCOMPARE(GoogleCredentialFile::applicationDefaultPath(environment, home), QString());
    const auto none = GoogleCredentialFile::applicationDefault(environment, home);
    QVERIFY(!none.ok());
    QVERIFY(
        none.error().nextStep.contains(QStringLiteral("gcloud auth application-default login")));

    const QByteArray user = QJsonDocument(m_fixture->sandbox().authorizedUser()).toJson();
    const QString gcloud
        = home + QStringLiteral("/.config/gcloud/application_default_credentials.json");
    QVERIFY(writeFile(gcloud, user));
    QCOMPARE(GoogleCredentialFile::applicationDefaultPath(environment, home), gcloud);

    const QString sdkConfig = home + QStringLiteral("/sdk-config");
    QVERIFY(writeFile(sdkConfig + QStringLiteral("/application_default_credentials.json"), user));
    environment.insert(QStringLiteral("CLOUDSDK_CONFIG"), sdkConfig);
    QCOMPARE(GoogleCredentialFile::applicationDefaultPath(environment, home),
             QDir(sdkConfig).filePath(QStringLiteral("application_default_credentials.json")));

    const QString named = home + QStringLiteral("/keys/robot.json");
    QVERIFY(writeFile(named, QJsonDocument(m_fixture->sandbox().serviceAccountKey()).toJson()));
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), named);
    QCOMPARE(GoogleCredentialFile::applicationDefaultPath(environment, home), named);
    const auto chosen = GoogleCredentialFile::applicationDefault(environment, home);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value().type, GoogleCredentials::Type::ServiceAccount);

    // A variable that names a missing file is that file's error, not a silent fallback.
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"),
                       home + QStringLiteral("/gone.json"));
    const auto missing = GoogleCredentialFile::applicationDefault(environment, home);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().explanation.contains(QStringLiteral("gone.json")));

    // An account on application default reads the file at use, through the provider.
    SpannerProvider provider(environment, home, &m_fixture->clientClock());
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), named);
    SpannerProvider withKey(environment, home, &m_fixture->clientClock());
    Account account;
    account.id = QStringLiteral("adc");
    account.cloud = QStringLiteral("spanner");
    account.name = QStringLiteral("ADC");
    account.authMethod = QStringLiteral("applicationDefault");
    account.endpointOverride = m_fixture->sandbox().endpoint();
    ProviderContext context {&m_network, nullptr, &m_policy};
    auto failing = provider.connect(account, context);
    AWAIT(refused, failing->testConnection());
    QVERIFY(!refused.ok());
    auto working = withKey.connect(account, context);
    AWAIT_OK(tested, working->testConnection()); // project from the key's project_id
}

void TestGoogleAuth::noSecretReachesTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    auto connection = m_fixture->connectServiceAccount();
    AWAIT(listed, connection->listLocations());
    auto tokens = source(m_fixture->sandbox().authorizedUser());
    AWAIT(token, tokens->accessToken());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*.debug=false"));
    QVERIFY(listed.ok());
    QVERIFY(token.ok());

    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("access token for")), qPrintable(all));
    const QJsonObject key = m_fixture->sandbox().serviceAccountKey();
    const QString pem = key.value(QStringLiteral("private_key")).toString();
    const QString body = pem.section(QLatin1Char('\n'), 1, 1); // a line of the key itself
    QVERIFY(!body.isEmpty());
    QVERIFY(!all.contains(body));
    QVERIFY(!all.contains(QString::fromLatin1(token.value())));
    QVERIFY(!all.contains(QStringLiteral("ya29.")));
    QVERIFY(!all.contains(
        m_fixture->sandbox().authorizedUser().value(QStringLiteral("refresh_token")).toString()));
    QVERIFY(!all.contains(QStringLiteral("assertion=")));
}

void TestGoogleAuth::keyFileOfOneRunWorksInTheNext()
{
    // The sandbox makes its key from its seed: a key file saved from an earlier run (another
    // sandbox on the same seed) signs assertions this one accepts; another seed's does not.
    Test::TestClock clock(m_fixture->clientClock().now());
    Sandbox::SandboxOptions otherSeed;
    otherSeed.seed = 2;
    Sandbox::SpannerSandbox earlier(clock, Sandbox::SandboxOptions {});
    Sandbox::SpannerSandbox different(clock, otherSeed);
    QCOMPARE(earlier.serviceAccountKey().value(QStringLiteral("private_key")),
             m_fixture->sandbox().serviceAccountKey().value(QStringLiteral("private_key")));
    QVERIFY(different.serviceAccountKey().value(QStringLiteral("private_key_id"))
            != m_fixture->sandbox().serviceAccountKey().value(QStringLiteral("private_key_id")));

    QJsonObject saved = earlier.serviceAccountKey();
    saved.insert(QStringLiteral("token_uri"), m_fixture->sandbox().tokenUri().toString());
    auto tokens = source(saved);
    AWAIT_OK(token, tokens->accessToken());
    QCOMPARE(apiStatusWith(token.value()), 200);

    QJsonObject foreign = different.serviceAccountKey();
    foreign.insert(QStringLiteral("token_uri"), m_fixture->sandbox().tokenUri().toString());
    auto refused = source(foreign);
    AWAIT(error, refused->accessToken());
    QVERIFY(!error.ok());
    QCOMPARE(error.error().cloudCode, QStringLiteral("invalid_grant"));
}

QTEST_GUILESS_MAIN(TestGoogleAuth)
#include "tst_googleauth.moc"
