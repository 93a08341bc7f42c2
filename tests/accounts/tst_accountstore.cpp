// AccountStore: accounts of every cloud survive a save and a fresh load from the settings file,
// nothing secret-looking is handed on from it, and removing an account removes its secrets.

#include "keychain/AwaitResult.h"

#include "accounts/AccountStore.h"
#include "auth/InMemorySecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Copydeck;
using Copydeck::Testing::awaitResult;

namespace {

Account awsAccount()
{
    Account a;
    a.id = QStringLiteral("3f2a9c1e-aws");
    a.cloud = QStringLiteral("aws");
    a.name = QStringLiteral("Production (eu)");
    a.authMethod = QStringLiteral("profile");
    a.regions = {QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1")};
    a.settings.insert(QStringLiteral("profile"), QStringLiteral("prod"));
    a.settings.insert(QStringLiteral("accessKeyId"), QStringLiteral("AKIDEXAMPLE"));
    return a;
}

Account googleAccount()
{
    Account a;
    a.id = QStringLiteral("77b0-google");
    a.cloud = QStringLiteral("google");
    a.name = QStringLiteral("Spanner, analytics");
    a.authMethod = QStringLiteral("serviceAccountKey");
    a.regions = {QStringLiteral("us-central1")}; // one region: must come back as a list
    a.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:18443/spanner"));
    a.settings.insert(QStringLiteral("project"), QStringLiteral("analytics-prod"));
    return a;
}

Account huaweiAccount()
{
    Account a;
    a.id = QStringLiteral("c0ffee-huawei");
    a.cloud = QStringLiteral("huawei");
    a.name = QStringLiteral("华为 CBR");
    a.authMethod = QStringLiteral("aksk");
    a.regions = {QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")};
    a.settings.insert(QStringLiteral("projectIds/cn-north-4"), QStringLiteral("0a1b2c"));
    a.settings.insert(QStringLiteral("projectIds/ap-southeast-1"), QStringLiteral("3d4e5f"));
    return a;
}

Account rackspaceAccount()
{
    Account a;
    a.id = QStringLiteral("r4ck-rackspace");
    a.cloud = QStringLiteral("rackspace");
    a.name = QStringLiteral("Databases = legacy; old");
    a.authMethod = QStringLiteral("apiKey");
    a.readOnly = true; // regions empty: every region the catalog lists
    a.settings.insert(QStringLiteral("username"), QStringLiteral("operator"));
    return a;
}

// The settings backend keeps strings: compare settings as text.
QMap<QString, QString> asText(const QVariantMap &map)
{
    QMap<QString, QString> text;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        text.insert(it.key(), it.value().toString());
    return text;
}

// A keychain that refuses everything, as a locked one does.
class RefusingSecretStore final : public SecretStore
{
public:
    QCoro::Task<Result<QByteArray>> read(QString) override { co_return refusal(); }
    QCoro::Task<Result<void>> write(QString, QByteArray) override { co_return refusal(); }
    QCoro::Task<Result<void>> remove(QString) override { co_return refusal(); }

private:
    static CloudError refusal()
    {
        return CloudError::local(QStringLiteral("The keychain refused access."),
                                 QStringLiteral("Unlock it."));
    }
};

} // namespace

class TestAccountStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void accountsOfEveryCloudSurviveAFreshLoad();
    void savingReplacesWhatWasThere();
    void emptyFileHasNoAccounts();
    void secretLookingKeysInTheFileAreNotHandedOn();
    void secretLookingKeysAreNeverWritten();
    void looksLikeSecret_data();
    void looksLikeSecret();
    void removingAnAccountRemovesItsSecrets();
    void accountStaysWhenItsSecretsCannotBeRemoved();
    void unwritableFileIsReported();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("copydeck.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::accountsOfEveryCloudSurviveAFreshLoad()
{
    const QList<Account> accounts
        = {awsAccount(), googleAccount(), huaweiAccount(), rackspaceAccount()};
    InMemorySecretStore secrets;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(&settings, &secrets);
        const Result<void> saved = store.save(accounts);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userText()));
    }

    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings, &secrets);
    const QList<Account> loaded = store.load();
    QCOMPARE(loaded.size(), accounts.size());
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &expected = accounts.at(i);
        const Account &actual = loaded.at(i);
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.cloud, expected.cloud);
        QCOMPARE(actual.name, expected.name);
        QCOMPARE(actual.authMethod, expected.authMethod);
        QCOMPARE(actual.regions, expected.regions);
        QCOMPARE(actual.endpointOverride, expected.endpointOverride);
        QCOMPARE(actual.readOnly, expected.readOnly);
        QCOMPARE(asText(actual.settings), asText(expected.settings));
    }
}

void TestAccountStore::savingReplacesWhatWasThere()
{
    InMemorySecretStore secrets;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings, &secrets);
    QVERIFY(store.save({awsAccount(), googleAccount(), huaweiAccount()}).ok());
    Account renamed = googleAccount();
    renamed.name = QStringLiteral("Spanner (renamed)");
    renamed.settings.clear();
    QVERIFY(store.save({renamed}).ok());

    QSettings reread(settingsPath(), QSettings::IniFormat);
    const QList<Account> loaded = AccountStore(&reread, &secrets).load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().name, renamed.name);
    QVERIFY(loaded.first().settings.isEmpty());
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(!written.contains("AKIDEXAMPLE") && !written.contains("cn-north-4"),
             written.constData());
}

void TestAccountStore::emptyFileHasNoAccounts()
{
    InMemorySecretStore secrets;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QVERIFY(AccountStore(&settings, &secrets).load().isEmpty());
}

void TestAccountStore::secretLookingKeysInTheFileAreNotHandedOn()
{
    // As a hand-edited file (or an old version) might have it.
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[accounts]\n"
               "size=1\n"
               "1\\id=a1\n"
               "1\\cloud=aws\n"
               "1\\name=Hand edited\n"
               "1\\settings\\profile=prod\n"
               "1\\settings\\secret_access_key=wJalrXUtnFEMI\n"
               "1\\settings\\sessionToken=FQoGZXIvYXdzEXAMPLE\n");
    file.close();

    InMemorySecretStore secrets;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QList<Account> loaded = AccountStore(&settings, &secrets).load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().name, QStringLiteral("Hand edited"));
    QCOMPARE(loaded.first().settings.keys(), QStringList {QStringLiteral("profile")});
}

void TestAccountStore::secretLookingKeysAreNeverWritten()
{
#ifndef QT_NO_DEBUG
    QSKIP("save() asserts on a secret-looking key in debug builds; scripts/test.sh builds "
          "RelWithDebInfo, where this runs");
#endif
    Account account = awsAccount();
    account.settings.insert(QStringLiteral("secretAccessKey"), QStringLiteral("wJalrXUtnFEMI"));
    InMemorySecretStore secrets;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QVERIFY(AccountStore(&settings, &secrets).save({account}).ok());
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(!written.contains("wJalrXUtnFEMI"), written.constData());
    QVERIFY2(written.contains("prod"), written.constData());
}

void TestAccountStore::looksLikeSecret_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("aws secret") << QStringLiteral("secretAccessKey") << true;
    QTest::newRow("snake case") << QStringLiteral("secret_access_key") << true;
    QTest::newRow("session token") << QStringLiteral("sessionToken") << true;
    QTest::newRow("password") << QStringLiteral("Password") << true;
    QTest::newRow("api key") << QStringLiteral("api-key") << true;
    QTest::newRow("rackspace api key") << QStringLiteral("apiKey") << true;
    QTest::newRow("private key") << QStringLiteral("private_key") << true;
    QTest::newRow("huawei sk") << QStringLiteral("SK") << true;
    QTest::newRow("nested") << QStringLiteral("iam/password") << true;
    QTest::newRow("profile") << QStringLiteral("profile") << false;
    QTest::newRow("access key id") << QStringLiteral("accessKeyId") << false;
    QTest::newRow("project") << QStringLiteral("projectId") << false;
    QTest::newRow("key file path") << QStringLiteral("keyFilePath") << false;
    QTest::newRow("username") << QStringLiteral("username") << false;
    QTest::newRow("huawei domain") << QStringLiteral("domainName") << false;
}

void TestAccountStore::looksLikeSecret()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(AccountStore::looksLikeSecret(key), secret);
}

void TestAccountStore::removingAnAccountRemovesItsSecrets()
{
    const Account aws = awsAccount();
    const Account rackspace = rackspaceAccount();
    InMemorySecretStore secrets;
    secrets.insert(aws.secretKey(QStringLiteral("secretAccessKey")), "aws-secret");
    secrets.insert(aws.secretKey(QStringLiteral("sessionToken")), "aws-token");
    secrets.insert(rackspace.secretKey(QStringLiteral("apiKey")), "rackspace-key");

    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings, &secrets);
    QVERIFY(store.save({aws, rackspace}).ok());

    const auto removed = awaitResult(
        store.remove(aws.id, {QStringLiteral("secretAccessKey"), QStringLiteral("sessionToken")}));
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(removed->ok() ? QString() : removed->error().userText()));

    for (const char *name : {"secretAccessKey", "sessionToken"}) {
        const auto read = awaitResult(secrets.read(aws.secretKey(QLatin1String(name))));
        QVERIFY(read && read->ok());
        QVERIFY2(read->value().isEmpty(), name);
    }
    const auto kept = awaitResult(secrets.read(rackspace.secretKey(QStringLiteral("apiKey"))));
    QVERIFY(kept && kept->ok());
    QCOMPARE(kept->value(), QByteArrayLiteral("rackspace-key"));

    QSettings reread(settingsPath(), QSettings::IniFormat);
    const QList<Account> left = AccountStore(&reread, &secrets).load();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, rackspace.id);
}

void TestAccountStore::accountStaysWhenItsSecretsCannotBeRemoved()
{
    RefusingSecretStore secrets;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    AccountStore store(&settings, &secrets);
    QVERIFY(store.save({awsAccount()}).ok());

    const auto removed
        = awaitResult(store.remove(awsAccount().id, {QStringLiteral("secretAccessKey")}));
    QVERIFY(removed);
    QVERIFY(!removed->ok());
    const QString text = removed->error().userText();
    QVERIFY2(text.contains(QLatin1String("refused")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("account was kept")), qPrintable(text));
    QCOMPARE(store.load().size(), 1);
}

void TestAccountStore::unwritableFileIsReported()
{
    // A settings path below a regular file cannot be created, even by root.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir->filePath(QStringLiteral("not-a-folder/copydeck.ini"));

    InMemorySecretStore secrets;
    QSettings settings(path, QSettings::IniFormat);
    const Result<void> saved = AccountStore(&settings, &secrets).save({awsAccount()});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, CloudError::Kind::Local);
    QVERIFY2(saved.error().userText().contains(path), qPrintable(saved.error().userText()));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
