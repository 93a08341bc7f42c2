// GoogleCredentialsImporter over sample Google credential files in a temporary home: gcloud's
// application-default file and the file GOOGLE_APPLICATION_CREDENTIALS names (a service-account
// key and an authorized-user file) proposed with their projects, malformed files rejected with the
// file's name and line, no secret copied into a proposal, and the files left as they were.
#include "providers/spanner/GoogleCredentialsImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;

namespace {

const QByteArray ServiceAccount = R"({
  "type": "service_account",
  "project_id": "robot-project",
  "private_key_id": "0123456789abcdef",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvSECRETKEYMATERIAL\n-----END PRIVATE KEY-----\n",
  "client_email": "robot@robot-project.iam.gserviceaccount.com",
  "client_id": "111111111111111111111",
  "token_uri": "https://oauth2.googleapis.com/token"
}
)";

const QByteArray AuthorizedUser = R"({
  "client_id": "764086051850-example.apps.googleusercontent.com",
  "client_secret": "d-SECRETCLIENTSECRET",
  "refresh_token": "1//0SECRETREFRESHTOKEN",
  "quota_project_id": "user-project",
  "type": "authorized_user"
}
)";

// A missing comma after the second member: the error is on line 3.
const QByteArray Broken = "{\n"
                          "  \"type\": \"service_account\",\n"
                          "  \"project_id\": \"robot-project\"\n"
                          "  \"client_email\": \"robot@robot-project.iam.gserviceaccount.com\"\n"
                          "}\n";

const QByteArray ExternalAccount = R"({"type": "external_account", "audience": "x"})";

const QStringList Secrets
    = {QStringLiteral("SECRETKEYMATERIAL"), QStringLiteral("SECRETCLIENTSECRET"),
       QStringLiteral("SECRETREFRESHTOKEN")};

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
        parts << it.key() << it.value().toStringList().join(QLatin1Char(','))
              << it.value().toString();
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestGoogleCredentialsImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void nothingToImport();
    void gcloudLoginIsApplicationDefault();
    void namedKeyFileAndGcloudFile();
    void projectFromGcloudConfiguration();
    void malformedFileNamesFileAndLine();
    void unusableTypeIsExplained();
    void sourceAlreadyAddedIsMarked();
    void filesAreNeverWritten();

private:
    QString write(const QString &relativePath, const QByteArray &contents);
    QString gcloudFile() const
    {
        return m_home->filePath(
            QStringLiteral(".config/gcloud/application_default_credentials.json"));
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestGoogleCredentialsImporter::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QString TestGoogleCredentialsImporter::write(const QString &relativePath,
                                             const QByteArray &contents)
{
    const QString path = m_home->filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

void TestGoogleCredentialsImporter::nothingToImport()
{
    const GoogleCredentialsImporter importer(QProcessEnvironment(), m_home->path());
    const auto discovery = importer.discover({});
    QVERIFY(discovery.proposals.isEmpty());
    QVERIFY(discovery.problems.isEmpty());
    QCOMPARE(importer.cloud(), QStringLiteral("spanner"));
}

void TestGoogleCredentialsImporter::gcloudLoginIsApplicationDefault()
{
    write(QStringLiteral(".config/gcloud/application_default_credentials.json"), AuthorizedUser);
    const GoogleCredentialsImporter importer(QProcessEnvironment(), m_home->path());
    const auto discovery = importer.discover({});
    QVERIFY(discovery.problems.isEmpty());
    QCOMPARE(discovery.proposals.size(), 1);
    const auto &proposal = discovery.proposals.constFirst();
    // Without GOOGLE_APPLICATION_CREDENTIALS, application default is this file: the account
    // follows it (a new gcloud login is picked up).
    QCOMPARE(proposal.account.authMethod, QStringLiteral("applicationDefault"));
    QCOMPARE(proposal.account.cloud, QStringLiteral("spanner"));
    QVERIFY(!proposal.account.id.isEmpty());
    QCOMPARE(proposal.account.settings.value(QStringLiteral("projects")).toStringList(),
             QStringList {QStringLiteral("user-project")});
    QVERIFY2(proposal.source.contains(
                 QLatin1String("~/.config/gcloud/application_default_credentials.json")),
             qPrintable(proposal.source));
    QVERIFY(!proposal.alreadyAdded);
    for (const QString &secret : Secrets)
        QVERIFY2(!everythingIn(proposal).contains(secret), qPrintable(secret));
}

void TestGoogleCredentialsImporter::namedKeyFileAndGcloudFile()
{
    const QString key = write(QStringLiteral("keys/robot.json"), ServiceAccount);
    write(QStringLiteral("gcloud-config/application_default_credentials.json"), AuthorizedUser);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), key);
    environment.insert(QStringLiteral("CLOUDSDK_CONFIG"),
                       m_home->filePath(QStringLiteral("gcloud-config")));
    const GoogleCredentialsImporter importer(environment, m_home->path());
    const auto discovery = importer.discover({});
    QVERIFY(discovery.problems.isEmpty());
    QCOMPARE(discovery.proposals.size(), 2);

    // The named key: read from that path each time.
    const auto &named = discovery.proposals.at(0);
    QCOMPARE(named.account.authMethod, QStringLiteral("credentialsFile"));
    QCOMPARE(named.account.settings.value(QStringLiteral("credentialsFile")).toString(), key);
    QCOMPARE(named.account.settings.value(QStringLiteral("projects")).toStringList(),
             QStringList {QStringLiteral("robot-project")});
    QVERIFY2(named.source.contains(QLatin1String("GOOGLE_APPLICATION_CREDENTIALS"))
                 && named.source.contains(QLatin1String("robot@robot-project"))
                 && named.source.contains(QLatin1String("~/keys/robot.json")),
             qPrintable(named.source));

    // gcloud's file, in CLOUDSDK_CONFIG: named by its path, since application default would now
    // read the other file.
    const auto &gcloud = discovery.proposals.at(1);
    QCOMPARE(gcloud.account.authMethod, QStringLiteral("credentialsFile"));
    QCOMPARE(
        gcloud.account.settings.value(QStringLiteral("credentialsFile")).toString(),
        m_home->filePath(QStringLiteral("gcloud-config/application_default_credentials.json")));
    QCOMPARE(gcloud.account.settings.value(QStringLiteral("projects")).toStringList(),
             QStringList {QStringLiteral("user-project")});
    for (const auto &proposal : discovery.proposals) {
        for (const QString &secret : Secrets)
            QVERIFY2(!everythingIn(proposal).contains(secret), qPrintable(secret));
    }
}

void TestGoogleCredentialsImporter::projectFromGcloudConfiguration()
{
    QByteArray withoutProject = AuthorizedUser;
    withoutProject.replace("\"quota_project_id\": \"user-project\",", "");
    write(QStringLiteral(".config/gcloud/application_default_credentials.json"), withoutProject);
    write(QStringLiteral(".config/gcloud/active_config"), "work\n");
    write(QStringLiteral(".config/gcloud/configurations/config_work"),
          "[core]\naccount = someone@example.com\nproject = work-project\n");
    const GoogleCredentialsImporter importer(QProcessEnvironment(), m_home->path());
    QCOMPARE(importer.defaultProject(), QStringLiteral("work-project"));
    auto discovery = importer.discover({});
    QCOMPARE(discovery.proposals.size(), 1);
    QCOMPARE(discovery.proposals.constFirst()
                 .account.settings.value(QStringLiteral("projects"))
                 .toStringList(),
             QStringList {QStringLiteral("work-project")});

    // The environment's project comes first.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_CLOUD_PROJECT"), QStringLiteral("env-project"));
    const GoogleCredentialsImporter withEnvironment(environment, m_home->path());
    QCOMPARE(withEnvironment.defaultProject(), QStringLiteral("env-project"));
}

void TestGoogleCredentialsImporter::malformedFileNamesFileAndLine()
{
    const QString broken = write(QStringLiteral("keys/broken.json"), Broken);
    write(QStringLiteral(".config/gcloud/application_default_credentials.json"),
          "{\n  \"type\": \n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), broken);
    const GoogleCredentialsImporter importer(environment, m_home->path());
    const auto discovery = importer.discover({});
    QVERIFY(discovery.proposals.isEmpty());
    QCOMPARE(discovery.problems.size(), 2);
    const QString first = discovery.problems.at(0).explanation;
    QVERIFY2(first.startsWith(QLatin1String("~/keys/broken.json, line 4:")), qPrintable(first));
    const QString second = discovery.problems.at(1).explanation;
    QVERIFY2(second.contains(QLatin1String("application_default_credentials.json, line 3:")),
             qPrintable(second));
    // The parser's words, never the file's text.
    QVERIFY(!first.contains(QLatin1String("robot@")));
}

void TestGoogleCredentialsImporter::unusableTypeIsExplained()
{
    const QString path = write(QStringLiteral("keys/federated.json"), ExternalAccount);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), path);
    const auto discovery = GoogleCredentialsImporter(environment, m_home->path()).discover({});
    QVERIFY(discovery.proposals.isEmpty());
    QCOMPARE(discovery.problems.size(), 1);
    QVERIFY2(discovery.problems.constFirst().explanation.contains(QLatin1String("federated.json")),
             qPrintable(discovery.problems.constFirst().explanation));

    // A named file that is missing is a problem too, not silence.
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"),
                       m_home->filePath(QStringLiteral("keys/missing.json")));
    const auto missing = GoogleCredentialsImporter(environment, m_home->path()).discover({});
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.constFirst().explanation.contains(QLatin1String("missing.json")));
}

void TestGoogleCredentialsImporter::sourceAlreadyAddedIsMarked()
{
    const QString key = write(QStringLiteral("keys/robot.json"), ServiceAccount);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), key);
    Account existing;
    existing.id = QStringLiteral("spanner-existing");
    existing.cloud = QStringLiteral("spanner");
    existing.authMethod = QStringLiteral("credentialsFile");
    existing.settings.insert(QStringLiteral("credentialsFile"),
                             QString(m_home->path() + QStringLiteral("/keys/../keys/robot.json")));
    const auto discovery
        = GoogleCredentialsImporter(environment, m_home->path()).discover({existing});
    QCOMPARE(discovery.proposals.size(), 1);
    QVERIFY(discovery.proposals.constFirst().alreadyAdded);

    const auto fresh = GoogleCredentialsImporter(environment, m_home->path()).discover({});
    QVERIFY(!fresh.proposals.constFirst().alreadyAdded);
}

void TestGoogleCredentialsImporter::filesAreNeverWritten()
{
    const QString key = write(QStringLiteral("keys/robot.json"), ServiceAccount);
    const QString gcloud = write(
        QStringLiteral(".config/gcloud/application_default_credentials.json"), AuthorizedUser);
    QFile::setPermissions(key, QFile::ReadOwner); // as gcloud and the console leave them
    const auto fingerprint = [](const QString &path) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return std::pair {QFileInfo(path).lastModified(),
                          QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)};
    };
    const auto keyBefore = fingerprint(key);
    const auto gcloudBefore = fingerprint(gcloud);
    const QStringList before = QDir(m_home->path()).entryList(QDir::AllEntries | QDir::Hidden);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), key);
    const auto discovery = GoogleCredentialsImporter(environment, m_home->path()).discover({});
    QCOMPARE(discovery.proposals.size(), 2);
    QCOMPARE(fingerprint(key), keyBefore);
    QCOMPARE(fingerprint(gcloud), gcloudBefore);
    QCOMPARE(QDir(m_home->path()).entryList(QDir::AllEntries | QDir::Hidden), before);
}

QTEST_GUILESS_MAIN(TestGoogleCredentialsImporter)
#include "tst_googlecredentialsimporter.moc"
