// The sandbox's shared HTTP front and the copydeck-sandbox tool.

#include "AwsTestClient.h"
#include "SandboxTestAccounts.h"
#include "sandbox/LowDelayTcpServer.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/aws/AwsBackupSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace Sb = Copydeck::Sandbox;

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowDelayServerSetsNoDelayOnAcceptedSockets_data();
    void lowDelayServerSetsNoDelayOnAcceptedSockets();
    void everyRequestIsServedOnALowDelaySocket();
    void startupInfoListsEndpointAndAccounts();
    void unknownPathIsUnknownOperation();
    void busyPortIsReported();
    void toolPrintsOneJsonLineAndServes();
};

void TestSandboxServer::lowDelayServerSetsNoDelayOnAcceptedSockets_data()
{
    QTest::addColumn<bool>("lowDelayServer");
    QTest::addColumn<int>("expected");
    // The plain server is the control: it shows the check can tell the difference.
    QTest::newRow("plain QTcpServer") << false << 0;
    QTest::newRow("LowDelayTcpServer") << true << 1;
}

void TestSandboxServer::lowDelayServerSetsNoDelayOnAcceptedSockets()
{
    QFETCH(bool, lowDelayServer);
    QFETCH(int, expected);
    std::unique_ptr<QTcpServer> server = lowDelayServer ? std::make_unique<Sb::LowDelayTcpServer>()
                                                        : std::make_unique<QTcpServer>();
    QVERIFY(server->listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(server->waitForNewConnection(5000));
    QTcpSocket *accepted = server->nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), expected);
}

void TestSandboxServer::everyRequestIsServedOnALowDelaySocket()
{
    Sb::Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    AwsTestClient client(sandbox.awsEndpoint(), SandboxTestAccounts::production(sandbox),
                         QStringLiteral("us-east-1"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.get("/backup-vaults/").status, 200);
    const Sb::SandboxHttpServer *server = sandbox.aws()->httpServer();
    QCOMPARE(server->requestCount(), 5);
    QCOMPARE(server->requestsWithoutLowDelay(), 0);
}

void TestSandboxServer::startupInfoListsEndpointAndAccounts()
{
    Sb::Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    const QJsonObject aws = sandbox.startupInfo().value(QStringLiteral("aws")).toObject();
    QCOMPARE(aws.value(QStringLiteral("endpoint")).toString(), sandbox.awsEndpoint().toString());
    QVERIFY(sandbox.awsEndpoint().port() > 0);
    QCOMPARE(sandbox.awsEndpoint().host(), QStringLiteral("127.0.0.1"));

    const QJsonArray accounts = aws.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), sandbox.credentials().size());
    QStringList numbers;
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        numbers << account.value(QStringLiteral("accountNumber")).toString();
        QVERIFY(!account.value(QStringLiteral("accessKeyId")).toString().isEmpty());
        QVERIFY(!account.value(QStringLiteral("secretAccessKey")).toString().isEmpty());
        QVERIFY(account.value(QStringLiteral("regions")).toArray().size() >= 2);
    }
    QVERIFY(numbers.contains(SandboxTestAccounts::ProductionAccount));
    QVERIFY(numbers.contains(SandboxTestAccounts::RecoveryAccount));
}

void TestSandboxServer::unknownPathIsUnknownOperation()
{
    Sb::Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    AwsTestClient client(sandbox.awsEndpoint(), SandboxTestAccounts::production(sandbox),
                         QStringLiteral("us-east-1"));
    for (const QByteArray &path : {QByteArrayLiteral("/no-such-thing"),
                                   QByteArrayLiteral("/backup-vaults/prod-daily/elsewhere/")}) {
        const auto reply = client.get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorType(), QStringLiteral("UnknownOperationException"));
        QVERIFY(!reply.header("x-amzn-RequestId").isEmpty());
    }
    // PUT on the collection path with a slash is not StartCopyJob.
    QCOMPARE(client.send("PUT", "/copy-jobs/", "{}").status, 404);
}

void TestSandboxServer::busyPortIsReported()
{
    Sb::Sandbox first;
    QVERIFY(first.start({}));
    Sb::SandboxOptions options;
    options.port = quint16(first.awsEndpoint().port());
    Sb::Sandbox second;
    QString error;
    QVERIFY(!second.start(options, &error));
    QVERIFY2(error.contains(QString::number(options.port)), qPrintable(error));
}

void TestSandboxServer::toolPrintsOneJsonLineAndServes()
{
    QProcess tool;
    tool.start(QStringLiteral(COPYDECK_SANDBOX_TOOL),
               {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--scale"),
                QStringLiteral("3"), QStringLiteral("--speed"), QStringLiteral("100")});
    QVERIFY(tool.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(tool.canReadLine(), 10000);
    QJsonParseError parseError;
    const QJsonDocument info = QJsonDocument::fromJson(tool.readLine(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject aws = info.object().value(QStringLiteral("aws")).toObject();
    const QUrl endpoint(aws.value(QStringLiteral("endpoint")).toString());
    QVERIFY(endpoint.port() > 0);
    QVERIFY(!aws.value(QStringLiteral("scaleVaultArn")).toString().isEmpty());

    const QJsonObject account = aws.value(QStringLiteral("accounts")).toArray().first().toObject();
    AwsTestClient client(endpoint,
                         {account.value(QStringLiteral("accessKeyId")).toString(),
                          account.value(QStringLiteral("secretAccessKey")).toString(),
                          {}},
                         account.value(QStringLiteral("regions")).toArray().first().toString());
    const auto reply = client.get("/backup-vaults/scale-benchmark/recovery-points/");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("RecoveryPoints")).toArray().size(), 3);

    tool.kill();
    QVERIFY(tool.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
