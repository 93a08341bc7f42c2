#include "providers/aws/AwsCredentialResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;

namespace {

const char *Credentials = "# keys of the test accounts\n"
                          "[default]\n"
                          "aws_access_key_id = AKIDDEFAULT\n"
                          "aws_secret_access_key = secret/default+key\n"
                          "\n"
                          "[work]\r\n"
                          "aws_access_key_id=AKIDWORK\r\n"
                          "aws_secret_access_key=secretwork ; inline comment\r\n"
                          "aws_session_token = tokenwork\r\n"
                          "\n"
                          "[sso-user]\n"
                          "region = ap-south-1\n";

const char *Config = "[default]\n"
                     "region = eu-central-1\n"
                     "output = json\n"
                     "s3 =\n"
                     "    max_concurrent_requests = 20\n"
                     "[profile work]\n"
                     "region = eu-west-1\n"
                     "; a comment\n"
                     "[profile sso-user]\n"
                     "sso_session = corp\n"
                     "sso_account_id = 111122223333\n"
                     "[profile config-only]\n"
                     "region = us-west-2\n"
                     "aws_access_key_id = AKIDCONFIG\n"
                     "aws_secret_access_key = secretconfig\n";

Account profileAccount(const QString &profile = {})
{
    Account account;
    account.id = QStringLiteral("acct");
    account.cloud = QStringLiteral("aws");
    account.name = QStringLiteral("Test");
    account.authMethod = QStringLiteral("profile");
    if (!profile.isEmpty())
        account.settings.insert(QStringLiteral("profile"), profile);
    return account;
}

} // namespace

class TestAwsCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void defaultProfileWithRegionFromConfig();
    void namedProfileWithSessionToken();
    void awsProfileChoosesTheProfile();
    void accountProfileBeatsAwsProfile();
    void profileOnlyInConfig();
    void regionOrder_data();
    void regionOrder();
    void regionsToList();
    void environmentKeysOverrideTheProfile();
    void environmentWithoutKeysUsesAwsProfile();
    void environmentWithHalfAKeyIsRefused();
    void filesNamedByTheEnvironment();
    void endpoints();
    void endpointFromTheEnvironmentCanBeIgnored();
    void badEndpointIsRefused();
    void storedKeys();
    void missingStoredKeysAreRefused();
    void unknownProfileNamesBothFiles();
    void ssoProfileIsExplained();
    void malformedCredentialsFileNamesFileAndLine();
    void malformedConfigFileNamesFileAndLine();
    void settingBeforeAnySectionIsMalformed();
    void filesAreNeverWritten();

private:
    void write(const QString &relativePath, const QByteArray &text);
    AwsCredentialResolver resolver() const
    {
        return AwsCredentialResolver(m_environment, m_home->path());
    }

    std::optional<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
};

void TestAwsCredentials::init()
{
    m_home.emplace();
    QVERIFY(m_home->isValid());
    m_environment = QProcessEnvironment(); // nothing from the machine running the test
    write(QStringLiteral(".aws/credentials"), Credentials);
    write(QStringLiteral(".aws/config"), Config);
}

void TestAwsCredentials::write(const QString &relativePath, const QByteArray &text)
{
    const QString path = QDir(m_home->path()).filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
}

void TestAwsCredentials::defaultProfileWithRegionFromConfig()
{
    const auto resolved = resolver().resolve(profileAccount());
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().userText()));
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDDEFAULT"));
    QCOMPARE(resolved.value().credentials.secretAccessKey, QStringLiteral("secret/default+key"));
    QCOMPARE(resolved.value().credentials.sessionToken, QString());
    QCOMPARE(resolved.value().defaultRegion, QStringLiteral("eu-central-1"));
    QCOMPARE(resolved.value().profile, QStringLiteral("default"));
}

void TestAwsCredentials::namedProfileWithSessionToken()
{
    const auto resolved = resolver().resolve(profileAccount(QStringLiteral("work")));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDWORK"));
    QCOMPARE(resolved.value().credentials.secretAccessKey, QStringLiteral("secretwork"));
    QCOMPARE(resolved.value().credentials.sessionToken, QStringLiteral("tokenwork"));
    QCOMPARE(resolved.value().defaultRegion, QStringLiteral("eu-west-1"));
}

void TestAwsCredentials::awsProfileChoosesTheProfile()
{
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    const auto resolved = resolver().resolve(profileAccount());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDWORK"));
    QCOMPARE(resolved.value().profile, QStringLiteral("work"));
}

void TestAwsCredentials::accountProfileBeatsAwsProfile()
{
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    const auto resolved = resolver().resolve(profileAccount(QStringLiteral("default")));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDDEFAULT"));
}

void TestAwsCredentials::profileOnlyInConfig()
{
    const auto resolved = resolver().resolve(profileAccount(QStringLiteral("config-only")));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDCONFIG"));
    QCOMPARE(resolved.value().defaultRegion, QStringLiteral("us-west-2"));
}

void TestAwsCredentials::regionOrder_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("awsRegion");
    QTest::addColumn<QString>("awsDefaultRegion");
    QTest::addColumn<QString>("profile"); // "default" has eu-central-1; "none" has no region
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QString>("expected");

    const QStringList listed = {QStringLiteral("sa-east-1"), QStringLiteral("us-east-2")};
    QTest::newRow("account setting first")
        << QStringLiteral("ap-northeast-1") << QStringLiteral("us-west-1")
        << QStringLiteral("us-west-2") << QStringLiteral("default") << listed
        << QStringLiteral("ap-northeast-1");
    QTest::newRow("AWS_REGION next")
        << QString() << QStringLiteral("us-west-1") << QStringLiteral("us-west-2")
        << QStringLiteral("default") << listed << QStringLiteral("us-west-1");
    QTest::newRow("AWS_DEFAULT_REGION next")
        << QString() << QString() << QStringLiteral("us-west-2") << QStringLiteral("default")
        << listed << QStringLiteral("us-west-2");
    QTest::newRow("profile's config next")
        << QString() << QString() << QString() << QStringLiteral("default") << listed
        << QStringLiteral("eu-central-1");
    QTest::newRow("first listed region next")
        << QString() << QString() << QString() << QStringLiteral("none") << listed
        << QStringLiteral("sa-east-1");
    QTest::newRow("us-east-1 last") << QString() << QString() << QString() << QStringLiteral("none")
                                    << QStringList() << QStringLiteral("us-east-1");
}

void TestAwsCredentials::regionOrder()
{
    QFETCH(QString, setting);
    QFETCH(QString, awsRegion);
    QFETCH(QString, awsDefaultRegion);
    QFETCH(QString, profile);
    QFETCH(QStringList, regions);
    QFETCH(QString, expected);

    write(QStringLiteral(".aws/credentials"),
          QByteArray(Credentials) + "[none]\naws_access_key_id = A\naws_secret_access_key = B\n");
    Account account = profileAccount(profile);
    account.regions = regions;
    if (!setting.isEmpty())
        account.settings.insert(QStringLiteral("region"), setting);
    if (!awsRegion.isEmpty())
        m_environment.insert(QStringLiteral("AWS_REGION"), awsRegion);
    if (!awsDefaultRegion.isEmpty())
        m_environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), awsDefaultRegion);

    const auto resolved = resolver().resolve(account);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().userText()));
    QCOMPARE(resolved.value().defaultRegion, expected);
}

void TestAwsCredentials::regionsToList()
{
    Account account = profileAccount();
    account.regions = {QStringLiteral("us-east-1"), QStringLiteral(" eu-west-1 "),
                       QStringLiteral("us-east-1"), QString()};
    auto resolved = resolver().resolve(account);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().regions,
             QStringList({QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}));

    account.regions.clear();
    resolved = resolver().resolve(account);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().regions, QStringList({QStringLiteral("eu-central-1")}));
}

void TestAwsCredentials::environmentKeysOverrideTheProfile()
{
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    m_environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secretenv"));
    m_environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("tokenenv"));
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    Account account = profileAccount();
    account.authMethod = QStringLiteral("environment");

    const auto resolved = resolver().resolve(account);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDENV"));
    QCOMPARE(resolved.value().credentials.secretAccessKey, QStringLiteral("secretenv"));
    QCOMPARE(resolved.value().credentials.sessionToken, QStringLiteral("tokenenv"));
    // The region still comes from AWS_PROFILE's config, as for the AWS CLI.
    QCOMPARE(resolved.value().defaultRegion, QStringLiteral("eu-west-1"));
    QVERIFY(!resolved.value().credentialSource.contains(QStringLiteral("secretenv")));

    m_environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ca-central-1"));
    QCOMPARE(resolver().resolve(account).value().defaultRegion, QStringLiteral("ca-central-1"));
}

void TestAwsCredentials::environmentWithoutKeysUsesAwsProfile()
{
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    Account account = profileAccount();
    account.authMethod = QStringLiteral("environment");
    const auto resolved = resolver().resolve(account);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDWORK"));
}

void TestAwsCredentials::environmentWithHalfAKeyIsRefused()
{
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    Account account = profileAccount();
    account.authMethod = QStringLiteral("environment");
    const auto resolved = resolver().resolve(account);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, CloudError::Kind::Local);
    QVERIFY(resolved.error().explanation.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));
}

void TestAwsCredentials::filesNamedByTheEnvironment()
{
    write(QStringLiteral("elsewhere/creds"),
          "[default]\naws_access_key_id = AKIDELSEWHERE\naws_secret_access_key = s\n");
    write(QStringLiteral("elsewhere/conf"), "[default]\nregion = af-south-1\n");
    m_environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                         QDir(m_home->path()).filePath(QStringLiteral("elsewhere/creds")));
    m_environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/elsewhere/conf"));

    const auto resolved = resolver().resolve(profileAccount());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDELSEWHERE"));
    QCOMPARE(resolved.value().defaultRegion, QStringLiteral("af-south-1"));
}

void TestAwsCredentials::endpoints()
{
    Account account = profileAccount();
    account.regions = {QStringLiteral("us-east-1"), QStringLiteral("cn-north-1")};

    auto resolved = resolver().resolve(account);
    QVERIFY(resolved.ok());
    QVERIFY(resolved.value().endpointOverride.isEmpty());
    QCOMPARE(resolved.value().endpoint(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("https://backup.us-east-1.amazonaws.com")));
    QCOMPARE(resolved.value().endpoint(QStringLiteral("cn-north-1")),
             QUrl(QStringLiteral("https://backup.cn-north-1.amazonaws.com.cn")));

    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                         QStringLiteral("http://127.0.0.1:9000"));
    resolved = resolver().resolve(account);
    QCOMPARE(resolved.value().endpoint(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("http://127.0.0.1:9000")));

    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL_BACKUP"),
                         QStringLiteral("http://127.0.0.1:9001"));
    resolved = resolver().resolve(account);
    // One endpoint for every region.
    QCOMPARE(resolved.value().endpoint(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("http://127.0.0.1:9001")));
    QCOMPARE(resolved.value().endpoint(QStringLiteral("cn-north-1")),
             QUrl(QStringLiteral("http://127.0.0.1:9001")));

    account.endpointOverride = QUrl(QStringLiteral("http://localhost:9002"));
    resolved = resolver().resolve(account);
    QCOMPARE(resolved.value().endpoint(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("http://localhost:9002")));
}

void TestAwsCredentials::endpointFromTheEnvironmentCanBeIgnored()
{
    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL_BACKUP"),
                         QStringLiteral("http://127.0.0.1:9001"));
    m_environment.insert(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
                         QStringLiteral("true"));
    const auto resolved = resolver().resolve(profileAccount());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().endpoint(QStringLiteral("eu-west-3")),
             QUrl(QStringLiteral("https://backup.eu-west-3.amazonaws.com")));
}

void TestAwsCredentials::badEndpointIsRefused()
{
    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL_BACKUP"),
                         QStringLiteral("localhost:9001"));
    const auto resolved = resolver().resolve(profileAccount());
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, CloudError::Kind::Local);
    QVERIFY(resolved.error().explanation.contains(QStringLiteral("localhost:9001")));
}

void TestAwsCredentials::storedKeys()
{
    Account account = profileAccount();
    account.authMethod = QStringLiteral("keys");
    account.regions = {QStringLiteral("us-west-2")};
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    m_environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secretenv"));
    const auto resolved = resolver().resolve(
        account, {QStringLiteral("AKIDSTORED"), QStringLiteral("secretstored"), QString()});
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDSTORED"));
    QCOMPARE(resolved.value().defaultRegion, QStringLiteral("us-west-2"));
}

void TestAwsCredentials::missingStoredKeysAreRefused()
{
    Account account = profileAccount();
    account.authMethod = QStringLiteral("keys");
    const auto resolved
        = resolver().resolve(account, {QStringLiteral("AKIDSTORED"), QString(), QString()});
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, CloudError::Kind::Local);
    QVERIFY(resolved.error().explanation.contains(QStringLiteral("secret access key")));
}

void TestAwsCredentials::unknownProfileNamesBothFiles()
{
    const auto resolved = resolver().resolve(profileAccount(QStringLiteral("nobody")));
    QVERIFY(!resolved.ok());
    const QString text = resolved.error().userText();
    QVERIFY2(text.contains(QStringLiteral("\"nobody\"")), qPrintable(text));
    QVERIFY2(text.contains(QDir(m_home->path()).filePath(QStringLiteral(".aws/credentials"))),
             qPrintable(text));
    QVERIFY2(text.contains(QDir(m_home->path()).filePath(QStringLiteral(".aws/config"))),
             qPrintable(text));
}

void TestAwsCredentials::ssoProfileIsExplained()
{
    const auto resolved = resolver().resolve(profileAccount(QStringLiteral("sso-user")));
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().explanation.contains(QStringLiteral("sso_session")),
             qPrintable(resolved.error().explanation));
    QVERIFY(resolved.error().nextStep.contains(QStringLiteral("export-credentials")));
}

void TestAwsCredentials::malformedCredentialsFileNamesFileAndLine()
{
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id = A\nthis line is not a setting\n");
    const auto resolved = resolver().resolve(profileAccount());
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, CloudError::Kind::Local);
    const QString expected = QDir(m_home->path()).filePath(QStringLiteral(".aws/credentials"))
        + QStringLiteral(", line 3");
    QVERIFY2(resolved.error().explanation.contains(expected),
             qPrintable(resolved.error().explanation));
}

void TestAwsCredentials::malformedConfigFileNamesFileAndLine()
{
    write(QStringLiteral(".aws/config"), "[default]\nregion = eu-central-1\n\n[profile work\n");
    const auto resolved = resolver().resolve(profileAccount());
    QVERIFY(!resolved.ok());
    const QString expected
        = QDir(m_home->path()).filePath(QStringLiteral(".aws/config")) + QStringLiteral(", line 4");
    QVERIFY2(resolved.error().explanation.contains(expected),
             qPrintable(resolved.error().explanation));
}

void TestAwsCredentials::settingBeforeAnySectionIsMalformed()
{
    const auto parsed = AwsIniFile::parse("region = x\n[default]\n", QStringLiteral("the-file"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().explanation.startsWith(QStringLiteral("the-file, line 1:")),
             qPrintable(parsed.error().explanation));
}

void TestAwsCredentials::filesAreNeverWritten()
{
    const QString directory = QDir(m_home->path()).filePath(QStringLiteral(".aws"));
    const QStringList before = QDir(directory).entryList(QDir::Files | QDir::Hidden);
    QFile credentials(QDir(directory).filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    const QByteArray content = credentials.readAll();
    credentials.close();

    Account account = profileAccount(QStringLiteral("work"));
    for (const char *method : {"profile", "environment", "keys"}) {
        account.authMethod = QString::fromLatin1(method);
        (void)resolver().resolve(account, {QStringLiteral("A"), QStringLiteral("B"), QString()});
    }
    (void)resolver().resolve(profileAccount(QStringLiteral("nobody")));

    QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden), before);
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    QCOMPARE(credentials.readAll(), content);
}

QTEST_GUILESS_MAIN(TestAwsCredentials)
#include "tst_awscredentials.moc"
