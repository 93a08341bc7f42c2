// The Google account form: a service-account key file imported into the keychain (its body only
// in secrets(), never in the account), a credential file read in place, application default, the
// projects and the endpoint; what it refuses and why; and "Test connection" with what it made
// against the sandbox's Spanner module over loopback.
#include "accounts/ConnectionCheck.h"
#include "auth/InMemorySecretStore.h"
#include "core/Clock.h"
#include "core/RetryPolicy.h"
#include "providers/spanner/SpannerProvider.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/spanner/SpannerSandbox.h"
#include "support/FinishTask.h"
#include "ui/spanner/GoogleAccountForm.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydeck;

namespace {

Account newAccount()
{
    Account account;
    account.id = QStringLiteral("spanner-new");
    account.cloud = QStringLiteral("spanner");
    account.name = QStringLiteral("Google");
    return account;
}

} // namespace

class TestGoogleAccountForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyFileGoesToTheKeychainOnly();
    void refusedKeyFilesSayWhy();
    void credentialFileIsReadInPlace();
    void applicationDefaultShowsWhatItFinds();
    void projectsAndEndpointAreChecked();
    void testConnectionWithTheImportedKey();
    void testConnectionWithAWrongKey();
    void testConnectionWithAnAuthorizedUserFile();

private:
    QString write(const QString &name, const QByteArray &contents);
    ConnectionCheck::Outcome check(const GoogleAccountForm &form);
    AccountFormContext context() const { return {QProcessEnvironment(), m_home.path()}; }

    QTemporaryDir m_home;
    SystemClock m_clock;
    std::unique_ptr<Sandbox::SpannerSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<SpannerProvider> m_provider;
    RetryPolicy m_policy = RetryPolicy::fast();
    QByteArray m_key;
};

void TestGoogleAccountForm::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_sandbox = std::make_unique<Sandbox::SpannerSandbox>(m_clock, Sandbox::SandboxOptions {});
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
    m_provider = std::make_unique<SpannerProvider>(QProcessEnvironment(), m_home.path());
    m_key = QJsonDocument(m_sandbox->serviceAccountKey()).toJson();
}

QString TestGoogleAccountForm::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

ConnectionCheck::Outcome TestGoogleAccountForm::check(const GoogleAccountForm &form)
{
    InMemorySecretStore saved; // nothing saved yet: only what the form holds
    auto outcome = Test::finish(
        ConnectionCheck::run(m_provider.get(), form.account(newAccount()), form.secrets(),
                             ProviderContext {&m_network, &saved, &m_policy}));
    return outcome ? *outcome : ConnectionCheck::Outcome {};
}

void TestGoogleAccountForm::keyFileGoesToTheKeychainOnly()
{
    GoogleAccountForm form(context());
    form.setAccount(newAccount(), {}, std::nullopt);
    QCOMPARE(form.incompleteReason(), QStringLiteral("Choose the service account's key file."));
    const QString path = write(QStringLiteral("robot.json"), m_key);
    QVERIFY(form.importKeyFile(path));
    QVERIFY(form.incompleteReason().isEmpty());

    // The file's body is what the keychain gets; the account holds no part of it.
    const QHash<QString, QByteArray> secrets = form.secrets();
    QCOMPARE(secrets.keys(), QStringList {QStringLiteral("serviceAccountKey")});
    QCOMPARE(secrets.value(QStringLiteral("serviceAccountKey")), m_key);
    const Account account = form.account(newAccount());
    QCOMPARE(account.authMethod, QStringLiteral("serviceAccountKey"));
    QVERIFY(!account.settings.contains(QStringLiteral("credentialsFile")));
    const QString privateKey
        = m_sandbox->serviceAccountKey().value(QStringLiteral("private_key")).toString();
    for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it)
        QVERIFY(!it.value().toString().contains(privateKey.mid(40, 40)));
    auto *info = form.findChild<QLabel *>(QStringLiteral("keyInfoLabel"));
    QVERIFY(info->text().contains(
        m_sandbox->serviceAccountKey().value(QStringLiteral("client_email")).toString()));

    // An account saved with a key keeps it while no new one is chosen, and lets it go when it
    // signs in another way.
    Account saved = account;
    GoogleAccountForm again(context());
    again.setAccount(saved, {}, saved);
    QVERIFY(again.incompleteReason().isEmpty());
    QVERIFY(again.secrets().isEmpty());
    again.findChild<QRadioButton *>(QStringLiteral("applicationDefaultRadioButton"))
        ->setChecked(true);
    QCOMPARE(again.secrets().value(QStringLiteral("serviceAccountKey"), "x"), QByteArray());
    QCOMPARE(again.account(saved).authMethod, QStringLiteral("applicationDefault"));
}

void TestGoogleAccountForm::refusedKeyFilesSayWhy()
{
    GoogleAccountForm form(context());
    form.setAccount(newAccount(), {}, std::nullopt);
    QVERIFY(!form.importKeyFile(write(QStringLiteral("broken.json"),
                                      "{\n  \"type\": \"service_account\"\n  \"x\": 1\n}\n")));
    QVERIFY2(form.incompleteReason().startsWith(QLatin1String("~/broken.json, line 3:")),
             qPrintable(form.incompleteReason()));
    QVERIFY(form.secrets().isEmpty());

    const QByteArray user = QJsonDocument(m_sandbox->authorizedUser()).toJson();
    QVERIFY(!form.importKeyFile(write(QStringLiteral("user.json"), user)));
    QVERIFY2(form.incompleteReason().contains(QLatin1String("Credential file")),
             qPrintable(form.incompleteReason()));
    QVERIFY(form.secrets().isEmpty());

    QVERIFY(!form.importKeyFile(m_home.filePath(QStringLiteral("no-such.json"))));
    QVERIFY(form.incompleteReason().contains(QLatin1String("no-such.json")));
}

void TestGoogleAccountForm::credentialFileIsReadInPlace()
{
    GoogleAccountForm form(context());
    form.setAccount(newAccount(), {}, std::nullopt);
    form.findChild<QRadioButton *>(QStringLiteral("credentialsFileRadioButton"))->setChecked(true);
    QCOMPARE(form.incompleteReason(), QStringLiteral("Choose a credential file."));
    auto *file = form.findChild<QLineEdit *>(QStringLiteral("credentialsFileLineEdit"));
    const QString path
        = write(QStringLiteral("user.json"), QJsonDocument(m_sandbox->authorizedUser()).toJson());
    QTest::keyClicks(file, path);
    QVERIFY2(form.incompleteReason().isEmpty(), qPrintable(form.incompleteReason()));
    const Account account = form.account(newAccount());
    QCOMPARE(account.authMethod, QStringLiteral("credentialsFile"));
    QCOMPARE(account.settings.value(QStringLiteral("credentialsFile")).toString(), path);
    QVERIFY(form.secrets().isEmpty());
    auto *info = form.findChild<QLabel *>(QStringLiteral("credentialsFileInfoLabel"));
    QVERIFY2(info->text().contains(QLatin1String("gcloud user")), qPrintable(info->text()));

    file->clear();
    QTest::keyClicks(file, write(QStringLiteral("bad.json"), "[1, 2"));
    QVERIFY2(form.incompleteReason().contains(QLatin1String("bad.json, line 1")),
             qPrintable(form.incompleteReason()));
}

void TestGoogleAccountForm::applicationDefaultShowsWhatItFinds()
{
    const QString path = write(QStringLiteral("adc.json"), m_key);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), path);
    GoogleAccountForm form(AccountFormContext {environment, m_home.path()});
    Account account = newAccount();
    account.authMethod = QStringLiteral("applicationDefault");
    form.setAccount(account, {}, std::nullopt);
    auto *info = form.findChild<QLabel *>(QStringLiteral("applicationDefaultInfoLabel"));
    QVERIFY2(info->text().contains(QLatin1String("~/adc.json")), qPrintable(info->text()));
    QVERIFY(form.incompleteReason().isEmpty());

    GoogleAccountForm none(context());
    none.setAccount(account, {}, std::nullopt);
    QVERIFY(none.findChild<QLabel *>(QStringLiteral("applicationDefaultInfoLabel"))
                ->text()
                .contains(QLatin1String("gcloud auth application-default login")));
}

void TestGoogleAccountForm::projectsAndEndpointAreChecked()
{
    GoogleAccountForm form(context());
    form.setAccount(newAccount(), {}, std::nullopt);
    QVERIFY(form.importKeyFile(write(QStringLiteral("robot.json"), m_key)));
    auto *projects = form.findChild<QLineEdit *>(QStringLiteral("googleProjectsLineEdit"));
    auto *endpoint = form.findChild<QLineEdit *>(QStringLiteral("googleEndpointLineEdit"));
    QTest::keyClicks(projects, QStringLiteral("copydeck-demo, Bad Project"));
    QVERIFY2(form.incompleteReason().contains(QLatin1String("\"Bad\"")),
             qPrintable(form.incompleteReason()));
    projects->clear();
    QTest::keyClicks(projects, QStringLiteral("copydeck-demo, copydeck-archive copydeck-demo"));
    QVERIFY(form.incompleteReason().isEmpty());
    QCOMPARE(form.account(newAccount()).settings.value(QStringLiteral("projects")).toStringList(),
             (QStringList {QStringLiteral("copydeck-demo"), QStringLiteral("copydeck-archive")}));
    QTest::keyClicks(endpoint, QStringLiteral("spanner.example"));
    QVERIFY(form.incompleteReason().contains(QLatin1String("http")));
    endpoint->clear();
    QTest::keyClicks(endpoint, m_sandbox->endpoint().toString());
    QVERIFY(form.incompleteReason().isEmpty());
    QCOMPARE(form.account(newAccount()).endpointOverride, m_sandbox->endpoint());
}

void TestGoogleAccountForm::testConnectionWithTheImportedKey()
{
    GoogleAccountForm form(context());
    form.setAccount(newAccount(), {}, std::nullopt);
    QVERIFY(form.importKeyFile(write(QStringLiteral("robot.json"), m_key)));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("googleProjectsLineEdit")),
                     QStringLiteral("copydeck-demo"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("googleEndpointLineEdit")),
                     m_sandbox->endpoint().toString());
    const auto outcome = check(form);
    QVERIFY2(outcome.verdict == ConnectionCheck::Verdict::Works,
             qPrintable(outcome.summary + QLatin1Char(' ') + outcome.details));
    // With COPYDECK_SCREENSHOTS set to a folder, a picture of the form there, to look at.
    if (const QString folder = qEnvironmentVariable("COPYDECK_SCREENSHOTS"); !folder.isEmpty()) {
        form.resize(640, form.sizeHint().height());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QDir().mkpath(folder);
        form.grab().save(folder + QStringLiteral("/google-account-form.png"));
    }
}

void TestGoogleAccountForm::testConnectionWithAWrongKey()
{
    QJsonObject key = m_sandbox->serviceAccountKey();
    key.insert(QStringLiteral("client_email"),
               QStringLiteral("someone-else@copydeck-demo.iam.gserviceaccount.com"));
    GoogleAccountForm form(context());
    form.setAccount(newAccount(), {}, std::nullopt);
    QVERIFY(form.importKeyFile(write(QStringLiteral("other.json"), QJsonDocument(key).toJson())));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("googleProjectsLineEdit")),
                     QStringLiteral("copydeck-demo"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("googleEndpointLineEdit")),
                     m_sandbox->endpoint().toString());
    const auto outcome = check(form);
    QVERIFY2(outcome.verdict == ConnectionCheck::Verdict::WrongKey,
             qPrintable(outcome.summary + QLatin1Char(' ') + outcome.details));
}

void TestGoogleAccountForm::testConnectionWithAnAuthorizedUserFile()
{
    GoogleAccountForm form(context());
    form.setAccount(newAccount(), {}, std::nullopt);
    form.findChild<QRadioButton *>(QStringLiteral("credentialsFileRadioButton"))->setChecked(true);
    QTest::keyClicks(
        form.findChild<QLineEdit *>(QStringLiteral("credentialsFileLineEdit")),
        write(QStringLiteral("user.json"), QJsonDocument(m_sandbox->authorizedUser()).toJson()));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("googleProjectsLineEdit")),
                     QStringLiteral("copydeck-demo"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("googleEndpointLineEdit")),
                     m_sandbox->endpoint().toString());
    QVERIFY(form.incompleteReason().isEmpty());
    const auto outcome = check(form);
    QVERIFY2(outcome.verdict == ConnectionCheck::Verdict::Works,
             qPrintable(outcome.summary + QLatin1Char(' ') + outcome.details));
}

QTEST_MAIN(TestGoogleAccountForm)
#include "tst_googleaccountform.moc"
