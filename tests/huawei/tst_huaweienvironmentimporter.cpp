// The importer of the Huawei SDKs' environment variables: proposes an account that reads them,
// never copies a secret, says when only half a key is set.
#include "providers/huawei/HuaweiEnvironmentImporter.h"

#include <QTest>

using namespace Copydeck;

class TestHuaweiEnvironmentImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingWithoutVariables();
    void proposesAnEnvironmentAccount();
    void halfAKeyIsAProblem();
};

void TestHuaweiEnvironmentImporter::nothingWithoutVariables()
{
    const auto found = HuaweiEnvironmentImporter(QProcessEnvironment()).discover({});
    QVERIFY(found.proposals.isEmpty());
    QVERIFY(found.problems.isEmpty());
}

void TestHuaweiEnvironmentImporter::proposesAnEnvironmentAccount()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AKEXAMPLE"));
    environment.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("very-secret"));
    environment.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("p1"));
    const HuaweiEnvironmentImporter importer(environment);
    const auto found = importer.discover({});
    QCOMPARE(found.proposals.size(), 1);
    const Account &account = found.proposals.first().account;
    QCOMPARE(account.cloud, QStringLiteral("huawei"));
    QCOMPARE(account.authMethod, QStringLiteral("environment"));
    QVERIFY(!account.id.isEmpty());
    QVERIFY(found.proposals.first().source.contains(QLatin1String("HUAWEICLOUD_SDK_PROJECT_ID")));
    // No secret anywhere in the proposal.
    for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it)
        QVERIFY(!it.value().toString().contains(QLatin1String("very-secret")));
    QVERIFY(!found.proposals.first().alreadyAdded);
    const auto again = importer.discover({account});
    QVERIFY(again.proposals.first().alreadyAdded);
}

void TestHuaweiEnvironmentImporter::halfAKeyIsAProblem()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AKEXAMPLE"));
    const auto found = HuaweiEnvironmentImporter(environment).discover({});
    QVERIFY(found.proposals.isEmpty());
    QCOMPARE(found.problems.size(), 1);
    QVERIFY(found.problems.first().explanation.contains(QLatin1String("HUAWEICLOUD_SDK_SK")));
}

QTEST_GUILESS_MAIN(TestHuaweiEnvironmentImporter)
#include "tst_huaweienvironmentimporter.moc"
