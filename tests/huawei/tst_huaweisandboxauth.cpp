// The Huawei part of the sandbox over loopback: IAM password tokens and the project list, AK/SK
// signatures verified over the request's own signed-header list, and what each refusal says.
#include "HuaweiTestClient.h"

#include "sandbox/Sandbox.h"
#include "sandbox/huawei/HuaweiIdentity.h"
#include "sandbox/huawei/HuaweiSandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Copydeck;
using namespace Copydeck::Test;

class TestHuaweiSandboxAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passwordTokenIsScopedAndExpiresInADay();
    void wrongPasswordIsKeystonesError();
    void tokenWorksOnlyForItsProject();
    void expiredTokenIsRefused();
    void projectsListedForTokenAndKeys();
    void goSdkSignatureIsAccepted();
    void nodeSdkSignatureIsAccepted();
    void wrongSecretIsRefused();
    void staleDateIsRefused();
    void projectOfAnotherRegionIsRefused();
    void unknownApiIsRefused();

private:
    QUrl cbr(const QString &region, const QString &rest) const;
    Sandbox::HuaweiDemoAccount m_account;
    Sandbox::Sandbox m_sandbox;
};

void TestHuaweiSandboxAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_account = m_sandbox.huawei()->demoAccount();
}

QUrl TestHuaweiSandboxAuth::cbr(const QString &region, const QString &rest) const
{
    QUrl url = m_sandbox.huawei()->cbrEndpoint(region);
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + QStringLiteral("/v3/") + m_sandbox.huawei()->projectId(region)
                + rest.left(question));
    if (question >= 0)
        url.setQuery(rest.mid(question + 1));
    return url;
}

void TestHuaweiSandboxAuth::passwordTokenIsScopedAndExpiresInADay()
{
    HuaweiTestClient client;
    const auto reply
        = client.requestToken(m_sandbox.huaweiIamEndpoint(), m_account.domainName,
                              m_account.userName, m_account.password, QStringLiteral("cn-east-3"));
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.header("X-Subject-Token").isEmpty());
    const QJsonObject token = reply.json.value(QStringLiteral("token")).toObject();
    const QJsonObject project = token.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("cn-east-3"));
    QCOMPARE(project.value(QStringLiteral("id")).toString(),
             m_sandbox.huawei()->projectId(QStringLiteral("cn-east-3")));
    const QString expires = token.value(QStringLiteral("expires_at")).toString();
    const QString issued = token.value(QStringLiteral("issued_at")).toString();
    QVERIFY2(expires.endsWith(QLatin1Char('Z')), qPrintable(expires));
    const qint64 lifetime = QDateTime::fromString(issued, Qt::ISODateWithMs)
                                .secsTo(QDateTime::fromString(expires, Qt::ISODateWithMs));
    QCOMPARE(lifetime, 24 * 3600);
    // The token is the key to CBR in its project.
    client.useToken(reply.header("X-Subject-Token"));
    QCOMPARE(client.get(cbr(QStringLiteral("cn-east-3"), QStringLiteral("/vaults"))).status, 200);
}

void TestHuaweiSandboxAuth::wrongPasswordIsKeystonesError()
{
    HuaweiTestClient client;
    const auto reply = client.requestToken(m_sandbox.huaweiIamEndpoint(), m_account.domainName,
                                           m_account.userName, QStringLiteral("guess"),
                                           QStringLiteral("cn-north-4"));
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.header("X-Subject-Token").isEmpty());
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("The username or password is wrong."));
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
}

void TestHuaweiSandboxAuth::tokenWorksOnlyForItsProject()
{
    HuaweiTestClient client;
    const auto token
        = client.requestToken(m_sandbox.huaweiIamEndpoint(), m_account.domainName,
                              m_account.userName, m_account.password, QStringLiteral("cn-north-4"));
    client.useToken(token.header("X-Subject-Token"));
    const auto other = client.get(cbr(QStringLiteral("cn-east-3"), QStringLiteral("/backups")));
    QCOMPARE(other.status, 403);
    QCOMPARE(other.errorCode(), QStringLiteral("APIGW.0306"));
    client.useToken("MIIsandboxNOTATOKEN");
    const auto unknown = client.get(cbr(QStringLiteral("cn-north-4"), QStringLiteral("/backups")));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.errorCode(), QStringLiteral("APIGW.0301"));
    client.useToken({});
    QCOMPARE(client.get(cbr(QStringLiteral("cn-north-4"), QStringLiteral("/backups"))).status, 401);
}

void TestHuaweiSandboxAuth::expiredTokenIsRefused()
{
    Sandbox::Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    sandbox.huawei()->identity().setTokenLifetimeMs(300);
    HuaweiTestClient client;
    const auto token
        = client.requestToken(sandbox.huaweiIamEndpoint(), m_account.domainName, m_account.userName,
                              m_account.password, QStringLiteral("cn-north-4"));
    QCOMPARE(token.status, 201);
    client.useToken(token.header("X-Subject-Token"));
    QUrl url = sandbox.huawei()->cbrEndpoint(QStringLiteral("cn-north-4"));
    url.setPath(url.path() + QStringLiteral("/v3/")
                + sandbox.huawei()->projectId(QStringLiteral("cn-north-4"))
                + QStringLiteral("/vaults"));
    QCOMPARE(client.get(url).status, 200);
    QTest::qWait(400);
    const auto late = client.get(url);
    QCOMPARE(late.status, 401);
    QVERIFY2(
        late.json.value(QStringLiteral("error_msg")).toString().contains(QLatin1String("expired")),
        late.body.constData());
}

void TestHuaweiSandboxAuth::projectsListedForTokenAndKeys()
{
    HuaweiTestClient client;
    client.useKeys({m_account.accessKey, m_account.secretKey, {}});
    QUrl url = m_sandbox.huaweiIamEndpoint();
    url.setPath(QStringLiteral("/v3/projects"));
    const auto all = client.get(url);
    QCOMPARE(all.status, 200);
    QStringList names;
    for (const QJsonValue &p : all.json.value(QStringLiteral("projects")).toArray())
        names << p.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, m_account.regions);
    url.setQuery(QStringLiteral("name=ap-southeast-1"));
    const auto one = client.get(url);
    const QJsonArray projects = one.json.value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.at(0).toObject().value(QStringLiteral("id")).toString(),
             m_sandbox.huawei()->projectId(QStringLiteral("ap-southeast-1")));
}

void TestHuaweiSandboxAuth::goSdkSignatureIsAccepted()
{
    HuaweiTestClient client;
    client.useKeys({m_account.accessKey, m_account.secretKey, {}});
    const auto reply
        = client.get(cbr(QStringLiteral("cn-north-4"),
                         QStringLiteral("/backups?status=available&status=error&limit=2")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("backups")).toArray().size(), 2);
}

void TestHuaweiSandboxAuth::nodeSdkSignatureIsAccepted()
{
    // Content-type is signed too: the gateway follows the list the request names.
    HuaweiTestClient client;
    client.useKeys({m_account.accessKey, m_account.secretKey, {}},
                   HuaweiTestClient::Signing::EveryHeader);
    const auto reply = client.send(
        "POST", cbr(QStringLiteral("cn-north-4"), QStringLiteral("/backups/not-a-uuid/replicate")),
        QByteArrayLiteral("{\"replicate\":{}}"));
    // Authenticated: the refusal is CBR's own, about the body.
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("BackupService.0001"));
}

void TestHuaweiSandboxAuth::wrongSecretIsRefused()
{
    HuaweiTestClient client;
    client.useKeys({m_account.accessKey, QStringLiteral("not-the-secret"), {}});
    const auto reply = client.get(cbr(QStringLiteral("cn-north-4"), QStringLiteral("/vaults")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIGW.0301"));
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
    client.useKeys({QStringLiteral("UNKNOWNKEY"), m_account.secretKey, {}});
    QCOMPARE(client.get(cbr(QStringLiteral("cn-north-4"), QStringLiteral("/vaults"))).status, 401);
}

void TestHuaweiSandboxAuth::staleDateIsRefused()
{
    HuaweiTestClient client;
    client.useKeys({m_account.accessKey, m_account.secretKey, {}});
    client.dateSkewSeconds = -20 * 60;
    const auto reply = client.get(cbr(QStringLiteral("cn-north-4"), QStringLiteral("/vaults")));
    QCOMPARE(reply.status, 401);
    QVERIFY2(reply.json.value(QStringLiteral("error_msg"))
                 .toString()
                 .contains(QLatin1String("X-Sdk-Date")),
             reply.body.constData());
    client.dateSkewSeconds = -10 * 60; // within the gateway's 15 minutes
    QCOMPARE(client.get(cbr(QStringLiteral("cn-north-4"), QStringLiteral("/vaults"))).status, 200);
}

void TestHuaweiSandboxAuth::projectOfAnotherRegionIsRefused()
{
    HuaweiTestClient client;
    client.useKeys({m_account.accessKey, m_account.secretKey, {}});
    QUrl url = m_sandbox.huawei()->cbrEndpoint(QStringLiteral("cn-east-3"));
    url.setPath(url.path() + QStringLiteral("/v3/")
                + m_sandbox.huawei()->projectId(QStringLiteral("cn-north-4"))
                + QStringLiteral("/vaults"));
    const auto reply = client.get(url);
    QCOMPARE(reply.status, 403);
    // A signed request naming another project in X-Project-Id is refused too.
    const auto mismatch = client.send(
        "GET", cbr(QStringLiteral("cn-north-4"), QStringLiteral("/vaults")), {},
        {{"X-Project-Id", m_sandbox.huawei()->projectId(QStringLiteral("cn-east-3")).toLatin1()}});
    QCOMPARE(mismatch.status, 403);
}

void TestHuaweiSandboxAuth::unknownApiIsRefused()
{
    HuaweiTestClient client;
    client.useKeys({m_account.accessKey, m_account.secretKey, {}});
    const auto reply = client.get(cbr(QStringLiteral("cn-north-4"), QStringLiteral("/policies")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIGW.0101"));
}

QTEST_GUILESS_MAIN(TestHuaweiSandboxAuth)
#include "tst_huaweisandboxauth.moc"
