// Rackspace accounts: the environment importer (RAX_*/OS_* variables, secrets left in the
// environment), the account form (what it saves, which secrets it keeps or drops, what it still
// needs), and "Test connection" with what the form says, against the sandbox over loopback.

#include "RackspaceSandboxFixture.h"

#include "accounts/ConnectionCheck.h"
#include "providers/rackspace/RackspaceEnvironmentImporter.h"
#include "ui/accounts/AccountForm.h"
#include "ui/rackspace/RackspaceAccountForm.h"

#include <QLineEdit>
#include <QListWidget>
#include <QNetworkProxy>
#include <QRadioButton>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

QProcessEnvironment environment(const QStringList &pairs)
{
    QProcessEnvironment result;
    for (const QString &pair : pairs)
        result.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return result;
}

QStringList strings(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list << QString::fromLatin1(value);
    return list;
}

} // namespace

class TestRackspaceAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importerReadsTheEnvironment_data();
    void importerReadsTheEnvironment();
    void importerMarksAnAccountAlreadyAdded();
    void formSavesWhatItShows();
    void formDropsTheSecretOfAnotherMethod();
    void formSaysWhatIsMissing();
    void testConnectionWithTheFormsFields();
};

void TestRackspaceAccounts::importerReadsTheEnvironment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<int>("proposals");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("firstRegion");

    QTest::newRow("nothing set") << QStringList() << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("RAX") << strings({"RAX_USERNAME=ops", "RAX_API_KEY=abc"}) << 1 << 0
                         << QStringLiteral("ops") << QString() << QString();
    QTest::newRow("OpenStack names, region, identity")
        << strings({"OS_USERNAME=ops2", "OS_API_KEY=abc", "OS_REGION_NAME=ord",
                    "OS_AUTH_URL=https://lon.identity.api.rackspacecloud.com/v2.0/"})
        << 1 << 0 << QStringLiteral("ops2")
        << QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0/")
        << QStringLiteral("ORD");
    QTest::newRow("RAX wins over OS")
        << strings({"RAX_USERNAME=a", "OS_USERNAME=b", "RAX_API_KEY=k"}) << 1 << 0
        << QStringLiteral("a") << QString() << QString();
    QTest::newRow("a key without a user")
        << strings({"RAX_API_KEY=abc"}) << 0 << 1 << QString() << QString() << QString();
    QTest::newRow("a user without a key")
        << strings({"OS_USERNAME=ops"}) << 0 << 1 << QString() << QString() << QString();
}

void TestRackspaceAccounts::importerReadsTheEnvironment()
{
    QFETCH(QStringList, variables);
    QFETCH(int, proposals);
    QFETCH(int, problems);
    QFETCH(QString, username);
    QFETCH(QString, endpoint);
    QFETCH(QString, firstRegion);
    const RackspaceEnvironmentImporter importer(environment(variables));
    const AccountImporter::Discovery found = importer.discover({});
    QCOMPARE(found.proposals.size(), proposals);
    QCOMPARE(found.problems.size(), problems);
    if (proposals == 0)
        return;
    const Account &account = found.proposals.first().account;
    QCOMPARE(account.cloud, QStringLiteral("rackspace"));
    QCOMPARE(account.authMethod, QStringLiteral("environment"));
    QCOMPARE(account.settings.value(QStringLiteral("username")).toString(), username);
    QCOMPARE(account.endpointOverride.toString(), endpoint);
    QCOMPARE(account.regions.value(0), firstRegion);
    // The key stays in the environment: nothing of it is in the account.
    for (const QVariant &value : account.settings)
        QVERIFY(!value.toString().contains(QStringLiteral("abc")));
    QVERIFY(found.proposals.first().source.contains(QStringLiteral("_API_KEY")));
}

void TestRackspaceAccounts::importerMarksAnAccountAlreadyAdded()
{
    const RackspaceEnvironmentImporter importer(
        environment({QStringLiteral("RAX_USERNAME=ops"), QStringLiteral("RAX_API_KEY=abc")}));
    Account existing;
    existing.cloud = QStringLiteral("rackspace");
    existing.authMethod = QStringLiteral("environment");
    QVERIFY(importer.discover({existing}).proposals.first().alreadyAdded);
    existing.authMethod = QStringLiteral("apiKey");
    QVERIFY(!importer.discover({existing}).proposals.first().alreadyAdded);
}

void TestRackspaceAccounts::formSavesWhatItShows()
{
    RackspaceAccountForm form(AccountFormContext {QProcessEnvironment(), QString()});
    Account base;
    base.id = QStringLiteral("rackspace-1");
    base.name = QStringLiteral("Ops");
    form.setAccount(base, {}, std::nullopt);
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceUsernameLineEdit"))
        ->setText(QStringLiteral("ops"));
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceApiKeyLineEdit"))
        ->setText(QStringLiteral(" k1 "));
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceIdentityEndpointLineEdit"))
        ->setText(QStringLiteral("http://127.0.0.1:9/v2.0/"));
    auto *regions = form.findChild<QListWidget *>(QStringLiteral("rackspaceRegionsListWidget"));
    regions->item(2)->setCheckState(Qt::Checked); // ORD
    regions->item(0)->setCheckState(Qt::Checked); // DFW

    const Account account = form.account(base);
    QCOMPARE(account.id, base.id);
    QCOMPARE(account.cloud, QStringLiteral("rackspace"));
    QCOMPARE(account.authMethod, QStringLiteral("apiKey"));
    QCOMPARE(account.settings.value(QStringLiteral("username")).toString(), QStringLiteral("ops"));
    QCOMPARE(account.regions, QStringList({QStringLiteral("DFW"), QStringLiteral("ORD")}));
    QCOMPARE(account.endpointOverride, QUrl(QStringLiteral("http://127.0.0.1:9/v2.0/")));
    QCOMPARE(form.secrets(), (QHash<QString, QByteArray> {{QStringLiteral("apiKey"), "k1"}}));
    QVERIFY(form.incompleteReason().isEmpty());

    // Shown again, the same account comes back.
    RackspaceAccountForm again(AccountFormContext {QProcessEnvironment(), QString()});
    again.setAccount(account, {{QStringLiteral("apiKey"), "k1"}}, account);
    QCOMPARE(again.account(base).regions, account.regions);
    QCOMPARE(again.account(base).settings, account.settings);
    QCOMPARE(again.account(base).endpointOverride, account.endpointOverride);
}

void TestRackspaceAccounts::formDropsTheSecretOfAnotherMethod()
{
    RackspaceAccountForm form(AccountFormContext {QProcessEnvironment(), QString()});
    Account saved;
    saved.id = QStringLiteral("rackspace-1");
    saved.cloud = QStringLiteral("rackspace");
    saved.authMethod = QStringLiteral("apiKey");
    saved.settings.insert(QStringLiteral("username"), QStringLiteral("ops"));
    form.setAccount(saved, {}, saved);
    // Nothing typed: the saved key stays.
    QVERIFY(form.secrets().isEmpty());
    QVERIFY(form.incompleteReason().isEmpty());
    form.findChild<QRadioButton *>(QStringLiteral("rackspacePasswordRadioButton"))
        ->setChecked(true);
    QVERIFY(!form.incompleteReason().isEmpty());
    form.findChild<QLineEdit *>(QStringLiteral("rackspacePasswordLineEdit"))
        ->setText(QStringLiteral("pw"));
    const auto secrets = form.secrets();
    QCOMPARE(secrets.value(QStringLiteral("password")), QByteArray("pw"));
    QVERIFY(secrets.contains(QStringLiteral("apiKey")));
    QVERIFY(secrets.value(QStringLiteral("apiKey")).isEmpty()); // removed
    QCOMPARE(form.account(saved).authMethod, QStringLiteral("password"));
}

void TestRackspaceAccounts::formSaysWhatIsMissing()
{
    RackspaceAccountForm form(AccountFormContext {QProcessEnvironment(), QString()});
    form.setAccount(Account(), {}, std::nullopt);
    QVERIFY(form.incompleteReason().contains(QStringLiteral("username")));
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceUsernameLineEdit"))
        ->setText(QStringLiteral("ops"));
    QVERIFY(form.incompleteReason().contains(QStringLiteral("API key")));
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceApiKeyLineEdit"))
        ->setText(QStringLiteral("k"));
    QVERIFY(form.incompleteReason().isEmpty());
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceIdentityEndpointLineEdit"))
        ->setText(QStringLiteral("identity.example"));
    QVERIFY(form.incompleteReason().contains(QStringLiteral("http")));
    // The environment needs nothing typed.
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceIdentityEndpointLineEdit"))->clear();
    form.findChild<QRadioButton *>(QStringLiteral("rackspaceEnvironmentRadioButton"))
        ->setChecked(true);
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceUsernameLineEdit"))->clear();
    QVERIFY(form.incompleteReason().isEmpty());
}

void TestRackspaceAccounts::testConnectionWithTheFormsFields()
{
    RackspaceSandboxFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    const Sandbox::SandboxCredential demo = fixture.sandbox().rackspaceCredential();
    RackspaceAccountForm form(AccountFormContext {QProcessEnvironment(), QString()});
    form.setAccount(Account(), {}, std::nullopt);
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceUsernameLineEdit"))
        ->setText(demo.accessKeyId);
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceApiKeyLineEdit"))
        ->setText(demo.secretAccessKey);
    form.findChild<QLineEdit *>(QStringLiteral("rackspaceIdentityEndpointLineEdit"))
        ->setText(fixture.sandbox().rackspaceIdentityEndpoint().toString());
    Account base;
    base.id = QStringLiteral("rackspace-test");

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ProviderContext context;
    context.network = &network;
    auto works = finish(
        ConnectionCheck::run(&fixture.provider(), form.account(base), form.secrets(), context));
    QVERIFY(works);
    QCOMPARE(works->verdict, ConnectionCheck::Verdict::Works);

    form.findChild<QLineEdit *>(QStringLiteral("rackspaceApiKeyLineEdit"))
        ->setText(QStringLiteral("0000"));
    auto wrong = finish(
        ConnectionCheck::run(&fixture.provider(), form.account(base), form.secrets(), context));
    QVERIFY(wrong);
    QCOMPARE(wrong->verdict, ConnectionCheck::Verdict::WrongKey);
    QVERIFY2(wrong->details.contains(QStringLiteral("Username or api key is invalid.")),
             qPrintable(wrong->details));

    form.findChild<QLineEdit *>(QStringLiteral("rackspaceIdentityEndpointLineEdit"))
        ->setText(QStringLiteral("http://127.0.0.1:1/v2.0/"));
    auto unreachable = finish(
        ConnectionCheck::run(&fixture.provider(), form.account(base), form.secrets(), context));
    QVERIFY(unreachable);
    QCOMPARE(unreachable->verdict, ConnectionCheck::Verdict::Unreachable);
}

QTEST_MAIN(TestRackspaceAccounts)
#include "tst_rackspaceaccounts.moc"
