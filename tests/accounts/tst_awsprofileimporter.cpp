// AwsProfileImporter over sample AWS shared files in a temporary home: one account per usable
// profile with its region, one for the environment's keys, the unusable ones explained, malformed
// files named with their line, and no secret copied anywhere.
#include "accounts/AccountStore.h"
#include "auth/InMemorySecretStore.h"
#include "providers/aws/AwsCredentialResolver.h"
#include "providers/aws/AwsProfileImporter.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;

namespace {

const QByteArray Credentials = "# test keys\n"
                               "[default]\n"
                               "aws_access_key_id = AKIDDEFAULT\n"
                               "aws_secret_access_key = defaultsecret\n"
                               "\n"
                               "[work]\n"
                               "aws_access_key_id = AKIDWORK\n"
                               "aws_secret_access_key = worksecret\n"
                               "aws_session_token = worktoken\n";

const QByteArray Config = "[default]\n"
                          "region = eu-central-1\n"
                          "[profile work]\n"
                          "region = eu-west-1\n"
                          "[profile admin]\n"
                          "role_arn = arn:aws:iam::111122223333:role/Admin\n"
                          "source_profile = work\n"
                          "region = us-west-2\n"
                          "[profile config-keys]\n"
                          "aws_access_key_id = AKIDCONFIG\n"
                          "aws_secret_access_key = configsecret\n"
                          "[sso-session corp]\n"
                          "sso_start_url = https://example.awsapps.com/start\n";

const QStringList Secrets = {
    QStringLiteral("AKIDDEFAULT"),  QStringLiteral("defaultsecret"), QStringLiteral("AKIDWORK"),
    QStringLiteral("worksecret"),   QStringLiteral("worktoken"),     QStringLiteral("AKIDCONFIG"),
    QStringLiteral("configsecret"), QStringLiteral("AKIDENV"),       QStringLiteral("envsecret"),
    QStringLiteral("envtoken"),
};

QString everythingIn(const AccountImporter::Proposal &proposal)
{
    const Account &a = proposal.account;
    QStringList parts = {a.id,
                         a.cloud,
                         a.name,
                         a.authMethod,
                         a.regions.join(QLatin1Char(',')),
                         a.endpointOverride.toString(),
                         proposal.source};
    for (auto it = a.settings.cbegin(); it != a.settings.cend(); ++it)
        parts << it.key() << it.value().toString();
    return parts.join(QLatin1Char('\n'));
}

const AccountImporter::Proposal *findProfile(const AccountImporter::Discovery &discovery,
                                             const QString &profile)
{
    for (const auto &proposal : discovery.proposals) {
        if (proposal.account.authMethod == QLatin1String("profile")
            && proposal.account.settings.value(QStringLiteral("profile")).toString() == profile)
            return &proposal;
    }
    return nullptr;
}

const AccountImporter::Proposal *findEnvironment(const AccountImporter::Discovery &discovery)
{
    for (const auto &proposal : discovery.proposals) {
        if (proposal.account.authMethod == QLatin1String("environment"))
            return &proposal;
    }
    return nullptr;
}

QString problemsText(const AccountImporter::Discovery &discovery)
{
    QStringList texts;
    for (const CloudError &problem : discovery.problems)
        texts << problem.userText();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestAwsProfileImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void oneAccountPerUsableProfileWithItsRegion();
    void unusableProfilesAreExplainedNotProposed();
    void proposedAccountsKeepReadingTheFiles();
    void noSecretIsCopied();
    void environmentKeysMakeAnAccount();
    void environmentWithHalfAKeyIsAProblem();
    void noEnvironmentNoEnvironmentAccount();
    void malformedCredentialsNameFileAndLine();
    void malformedConfigNameFileAndLine();
    void filesNamedByTheEnvironment();
    void existingAccountsAreMarked();
    void noFilesNoProposals();

private:
    void write(const QString &relativePath, const QByteArray &text);
    AwsProfileImporter importer(const QProcessEnvironment &environment = {}) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAwsProfileImporter::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    write(QStringLiteral(".aws/credentials"), Credentials);
    write(QStringLiteral(".aws/config"), Config);
}

void TestAwsProfileImporter::write(const QString &relativePath, const QByteArray &text)
{
    const QString path = QDir(m_home->path()).filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
}

AwsProfileImporter TestAwsProfileImporter::importer(const QProcessEnvironment &environment) const
{
    return AwsProfileImporter(environment, m_home->path());
}

void TestAwsProfileImporter::oneAccountPerUsableProfileWithItsRegion()
{
    const auto discovery = importer().discover({});
    QCOMPARE(discovery.proposals.size(), 3); // default, work, config-keys

    const auto *defaultProfile = findProfile(discovery, QStringLiteral("default"));
    QVERIFY(defaultProfile);
    QCOMPARE(defaultProfile->account.cloud, QStringLiteral("aws"));
    QCOMPARE(defaultProfile->account.regions, QStringList {QStringLiteral("eu-central-1")});
    QCOMPARE(defaultProfile->account.settings.value(QStringLiteral("region")).toString(),
             QStringLiteral("eu-central-1"));
    QCOMPARE(defaultProfile->source,
             QStringLiteral("profile \"default\" in ~/.aws/credentials, region eu-central-1"));

    const auto *work = findProfile(discovery, QStringLiteral("work"));
    QVERIFY(work);
    QCOMPARE(work->account.regions, QStringList {QStringLiteral("eu-west-1")});
    QCOMPARE(work->account.name, QStringLiteral("AWS work"));
    QVERIFY(!work->alreadyAdded);

    // Keys in the config file only: found there, no region to propose.
    const auto *configKeys = findProfile(discovery, QStringLiteral("config-keys"));
    QVERIFY(configKeys);
    QVERIFY(configKeys->account.regions.isEmpty());
    QVERIFY(!configKeys->account.settings.contains(QStringLiteral("region")));
    QCOMPARE(configKeys->source, QStringLiteral("profile \"config-keys\" in ~/.aws/config"));

    // Each proposal is a distinct, complete account.
    QVERIFY(!defaultProfile->account.id.isEmpty());
    QVERIFY(defaultProfile->account.id != work->account.id);
    QVERIFY(!findProfile(discovery, QStringLiteral("corp"))); // an sso-session, not a profile
}

void TestAwsProfileImporter::unusableProfilesAreExplainedNotProposed()
{
    const auto discovery = importer().discover({});
    QVERIFY(!findProfile(discovery, QStringLiteral("admin")));
    QCOMPARE(discovery.problems.size(), 1);
    const QString text = problemsText(discovery);
    QVERIFY2(text.contains(QLatin1String("\"admin\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("role_arn")), qPrintable(text));

    // The profile list still shows it, with its region and the reason.
    const auto profiles = importer().profiles();
    QVERIFY(profiles.ok());
    QStringList names;
    for (const auto &profile : profiles.value()) {
        names << profile.name;
        if (profile.name == QLatin1String("admin")) {
            QCOMPARE(profile.region, QStringLiteral("us-west-2"));
            QVERIFY(profile.problem.has_value());
        } else {
            QVERIFY2(!profile.problem.has_value(), qPrintable(profile.name));
        }
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("default"), QStringLiteral("work"),
                           QStringLiteral("admin"), QStringLiteral("config-keys")}));
}

void TestAwsProfileImporter::proposedAccountsKeepReadingTheFiles()
{
    const auto discovery = importer().discover({});
    const auto *work = findProfile(discovery, QStringLiteral("work"));
    QVERIFY(work);
    QCOMPARE(work->account.authMethod, QStringLiteral("profile"));
    // Connecting the proposed account finds the keys in the file, where they stay.
    const AwsCredentialResolver resolver(QProcessEnvironment(), m_home->path());
    const auto resolved = resolver.resolve(work->account);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().userText()));
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDWORK"));
    QCOMPARE(resolved.value().credentials.sessionToken, QStringLiteral("worktoken"));
    QCOMPARE(resolved.value().defaultRegion, QStringLiteral("eu-west-1"));
}

void TestAwsProfileImporter::noSecretIsCopied()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));
    environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("envtoken"));
    const auto discovery = importer(environment).discover({});
    QCOMPARE(discovery.proposals.size(), 4);

    QList<Account> accounts;
    for (const auto &proposal : discovery.proposals) {
        const QString text = everythingIn(proposal);
        for (const QString &secret : Secrets)
            QVERIFY2(!text.contains(secret), qPrintable(secret + QLatin1String(" in ") + text));
        accounts << proposal.account;
    }

    // Saved as they are, the settings file holds none either, and the secret store stays empty.
    QTemporaryDir settingsDir;
    const QString path = QDir(settingsDir.path()).filePath(QStringLiteral("copydeck.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        InMemorySecretStore secrets;
        AccountStore store(&settings, &secrets);
        QVERIFY(store.save(accounts).ok());
        QCOMPARE(store.load().size(), 4);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("config-keys"));
    for (const QString &secret : Secrets)
        QVERIFY2(!saved.contains(secret.toUtf8()), qPrintable(secret));
}

void TestAwsProfileImporter::environmentKeysMakeAnAccount()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ap-south-1"));
    const auto discovery = importer(environment).discover({});
    const auto *fromEnvironment = findEnvironment(discovery);
    QVERIFY(fromEnvironment);
    QCOMPARE(fromEnvironment->account.cloud, QStringLiteral("aws"));
    QCOMPARE(fromEnvironment->account.regions, QStringList {QStringLiteral("ap-south-1")});
    QVERIFY(fromEnvironment->account.settings.isEmpty());
    QVERIFY(fromEnvironment->source.contains(QLatin1String("AWS_ACCESS_KEY_ID")));
    QVERIFY(discovery.problems.size() == 1); // the role profile, as before

    const AwsCredentialResolver resolver(environment, m_home->path());
    const auto resolved = resolver.resolve(fromEnvironment->account);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value().credentials.accessKeyId, QStringLiteral("AKIDENV"));
}

void TestAwsProfileImporter::environmentWithHalfAKeyIsAProblem()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    const auto discovery = importer(environment).discover({});
    QVERIFY(!findEnvironment(discovery));
    const QString text = problemsText(discovery);
    QVERIFY2(text.contains(QLatin1String("AWS_SECRET_ACCESS_KEY")), qPrintable(text));
    QCOMPARE(discovery.proposals.size(), 3); // the profiles are still proposed
}

void TestAwsProfileImporter::noEnvironmentNoEnvironmentAccount()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    const auto discovery = importer(environment).discover({});
    QVERIFY(!findEnvironment(discovery));
}

void TestAwsProfileImporter::malformedCredentialsNameFileAndLine()
{
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id = AKIDDEFAULT\nthis line is not a setting\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));
    const auto discovery = importer(environment).discover({});
    QCOMPARE(discovery.problems.size(), 1);
    const QString text = discovery.problems.constFirst().explanation;
    const QString file = QDir(m_home->path()).filePath(QStringLiteral(".aws/credentials"));
    QVERIFY2(text.contains(file + QLatin1String(", line 3")), qPrintable(text));
    // The environment's keys do not come from the broken file: still proposed.
    QVERIFY(findEnvironment(discovery));
    QVERIFY(!findProfile(discovery, QStringLiteral("default")));
    QVERIFY(!importer().profiles().ok());
}

void TestAwsProfileImporter::malformedConfigNameFileAndLine()
{
    write(QStringLiteral(".aws/config"), "region = eu-west-1\n[default]\n");
    const auto discovery = importer().discover({});
    QVERIFY(discovery.proposals.isEmpty());
    QCOMPARE(discovery.problems.size(), 1);
    const QString text = discovery.problems.constFirst().explanation;
    const QString file = QDir(m_home->path()).filePath(QStringLiteral(".aws/config"));
    QVERIFY2(text.contains(file + QLatin1String(", line 1")), qPrintable(text));
}

void TestAwsProfileImporter::filesNamedByTheEnvironment()
{
    write(QStringLiteral("elsewhere/creds"),
          "[ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = cisecret\n");
    write(QStringLiteral("elsewhere/conf"), "[profile ci]\nregion = sa-east-1\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       QStringLiteral("~/elsewhere/creds"));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"),
                       QDir(m_home->path()).filePath(QStringLiteral("elsewhere/conf")));
    const auto discovery = importer(environment).discover({});
    QCOMPARE(discovery.proposals.size(), 1);
    const auto *ci = findProfile(discovery, QStringLiteral("ci"));
    QVERIFY(ci);
    QCOMPARE(ci->account.regions, QStringList {QStringLiteral("sa-east-1")});
    QCOMPARE(ci->source, QStringLiteral("profile \"ci\" in ~/elsewhere/creds, region sa-east-1"));
}

void TestAwsProfileImporter::existingAccountsAreMarked()
{
    Account work;
    work.id = QStringLiteral("aws-1");
    work.cloud = QStringLiteral("aws");
    work.authMethod = QStringLiteral("profile");
    work.settings.insert(QStringLiteral("profile"), QStringLiteral("work"));
    // No profile named: the default one (AWS_PROFILE is not set).
    Account implicitDefault = work;
    implicitDefault.id = QStringLiteral("aws-2");
    implicitDefault.settings.clear();
    Account keys = work;
    keys.id = QStringLiteral("aws-3");
    keys.authMethod = QStringLiteral("keys");
    keys.settings.insert(QStringLiteral("profile"), QStringLiteral("config-keys"));

    const auto discovery = importer().discover({work, implicitDefault, keys});
    QVERIFY(findProfile(discovery, QStringLiteral("work"))->alreadyAdded);
    QVERIFY(findProfile(discovery, QStringLiteral("default"))->alreadyAdded);
    QVERIFY(!findProfile(discovery, QStringLiteral("config-keys"))->alreadyAdded);
}

void TestAwsProfileImporter::noFilesNoProposals()
{
    QTemporaryDir empty;
    const auto discovery = AwsProfileImporter(QProcessEnvironment(), empty.path()).discover({});
    QVERIFY(discovery.proposals.isEmpty());
    QVERIFY(discovery.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestAwsProfileImporter)
#include "tst_awsprofileimporter.moc"
