// AccountChanges::save: what the accounts dialog decided reaches the keychain and the settings
// file in a safe order: secrets first, then the accounts, then the secrets no longer used; a
// secret that cannot be written leaves the settings as they were.
#include "accounts/AccountChanges.h"
#include "accounts/AccountStore.h"
#include "auth/InMemorySecretStore.h"
#include "support/FinishTask.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;

namespace {

// A keychain that refuses to write (locked, or the user said no): the test is about what
// AccountChanges does then, not about the keychain.
class RefusingSecretStore final : public SecretStore
{
public:
    QCoro::Task<Result<QByteArray>> read(QString key) override { return m_inner.read(key); }
    QCoro::Task<Result<void>> write(QString, QByteArray) override
    {
        co_return CloudError::local(QStringLiteral("The keychain is locked."));
    }
    QCoro::Task<Result<void>> remove(QString key) override { return m_inner.remove(key); }

    InMemorySecretStore m_inner;
};

Account keysAccount(const QString &id, const QString &name)
{
    Account account;
    account.id = id;
    account.cloud = QStringLiteral("aws");
    account.name = name;
    account.authMethod = QStringLiteral("keys");
    account.regions = {QStringLiteral("eu-west-1")};
    return account;
}

QByteArray readSecret(SecretStore &store, const QString &key)
{
    const auto read = Test::finish(store.read(key));
    return read && read->ok() ? read->value() : QByteArrayLiteral("<error>");
}

} // namespace

class TestAccountChanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void secretsAndAccountsAreWritten();
    void unusedSecretsAreRemoved();
    void aSecretThatCannotBeWrittenSavesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestAccountChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        QDir(m_dir->path()).filePath(QStringLiteral("copydeck.ini")), QSettings::IniFormat);
}

void TestAccountChanges::secretsAndAccountsAreWritten()
{
    InMemorySecretStore secrets;
    AccountStore store(m_settings.get(), &secrets);
    AccountChanges changes;
    const Account account = keysAccount(QStringLiteral("aws-1"), QStringLiteral("Ops"));
    changes.accounts = {account};
    changes.secretsToWrite.insert(account.secretKey(QStringLiteral("accessKeyId")), "AKIDOPS");
    changes.secretsToWrite.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                                  "opssecret");

    const auto saved = Test::finish(AccountChanges::save(changes, &store, &secrets));
    QVERIFY(saved);
    QVERIFY2(saved->ok(), qPrintable(saved->ok() ? QString() : saved->error().userText()));
    QCOMPARE(store.load().size(), 1);
    QCOMPARE(store.load().constFirst().name, QStringLiteral("Ops"));
    QCOMPARE(readSecret(secrets, account.secretKey(QStringLiteral("secretAccessKey"))),
             QByteArrayLiteral("opssecret"));

    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Ops"));
    QVERIFY(!text.contains("opssecret"));
    QVERIFY(!text.contains("AKIDOPS"));
}

void TestAccountChanges::unusedSecretsAreRemoved()
{
    InMemorySecretStore secrets;
    AccountStore store(m_settings.get(), &secrets);
    const Account gone = keysAccount(QStringLiteral("aws-gone"), QStringLiteral("Old"));
    const QString goneKey = gone.secretKey(QStringLiteral("secretAccessKey"));
    secrets.insert(goneKey, "oldsecret");
    QVERIFY(store.save({gone}).ok());

    AccountChanges changes; // no account left, its secret to remove
    changes.secretsToRemove = {goneKey};
    const auto saved = Test::finish(AccountChanges::save(changes, &store, &secrets));
    QVERIFY(saved && saved->ok());
    QVERIFY(store.load().isEmpty());
    QVERIFY(readSecret(secrets, goneKey).isEmpty());
}

void TestAccountChanges::aSecretThatCannotBeWrittenSavesNothing()
{
    RefusingSecretStore secrets;
    AccountStore store(m_settings.get(), &secrets);
    const Account before = keysAccount(QStringLiteral("aws-1"), QStringLiteral("Before"));
    QVERIFY(store.save({before}).ok());

    AccountChanges changes;
    Account renamed = before;
    renamed.name = QStringLiteral("After");
    changes.accounts = {renamed};
    changes.secretsToWrite.insert(renamed.secretKey(QStringLiteral("secretAccessKey")), "new");
    const auto saved = Test::finish(AccountChanges::save(changes, &store, &secrets));
    QVERIFY(saved);
    QVERIFY(!saved->ok());
    QVERIFY(saved->error().userText().contains(QLatin1String("keychain is locked")));
    QVERIFY(saved->error().userText().contains(QLatin1String("not saved")));
    QCOMPARE(store.load().constFirst().name, QStringLiteral("Before"));
}

QTEST_GUILESS_MAIN(TestAccountChanges)
#include "tst_accountchanges.moc"
