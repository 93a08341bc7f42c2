#include "ScriptedHttpServer.h"
#include "core/HttpClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Copydeck;
using Copydeck::Test::ScriptedHttpServer;

Q_LOGGING_CATEGORY(lcHttpClientTest, "copydeck.test.http")

namespace {

constexpr int Timeout = 15'000;

HttpRequest getRequest(quint16 port)
{
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/copy-jobs/").arg(port));
    return request;
}

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void transientAnswersAreRetriedUntilSuccess();
    void clientErrorIsNotRetried();
    void givesUpAfterMaxAttemptsWithTheLastAnswer();
    void everyAttemptIsPreparedAfresh();
    void retryAfterIsWaitedFor();
    void unreachableEndpointIsANetworkError();

private:
    std::optional<QNetworkAccessManager> m_network;
};

void TestHttpClient::init()
{
    m_network.emplace();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

// Starts client.send() and waits, in the test's event loop, for its result.
#define SEND_AND_WAIT(result, client, ...)                                                         \
    std::optional<Result<HttpResponse>> result;                                                    \
    QObject result##Context;                                                                       \
    QCoro::connect((client).send(__VA_ARGS__), &result##Context,                                   \
                   [&result](Result<HttpResponse> r) { result.emplace(std::move(r)); });           \
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), Timeout)

void TestHttpClient::transientAnswersAreRetriedUntilSuccess()
{
    ScriptedHttpServer server({{503, R"({"message":"busy"})", {}},
                               {503, R"({"message":"busy"})", {}},
                               {200, R"({"CopyJobs":[]})", {}}});
    QVERIFY(server.listen());
    HttpClient client(&*m_network, RetryPolicy::fast(), lcHttpClientTest());

    SEND_AND_WAIT(result, client, getRequest(server.port()));

    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().userText()));
    QCOMPARE(result->value().status, 200);
    QCOMPARE(result->value().attempts, 3);
    QCOMPARE(result->value().body, QByteArray(R"({"CopyJobs":[]})"));
    QCOMPARE(server.received().size(), 3);
    for (const auto &received : server.received())
        QCOMPARE(received.requestLine, QByteArray("GET /copy-jobs/ HTTP/1.1"));
}

void TestHttpClient::clientErrorIsNotRetried()
{
    ScriptedHttpServer server(
        {{400, R"({"__type":"InvalidParameterValueException"})", {}}, {200, "{}", {}}});
    QVERIFY(server.listen());
    HttpClient client(&*m_network, RetryPolicy::fast(), lcHttpClientTest());

    SEND_AND_WAIT(result, client, getRequest(server.port()));

    QVERIFY(result->ok()); // an HTTP answer, even an error, is a response for the caller to read
    QCOMPARE(result->value().status, 400);
    QCOMPARE(result->value().attempts, 1);
    QCOMPARE(result->value().body, QByteArray(R"({"__type":"InvalidParameterValueException"})"));
    QCOMPARE(server.received().size(), 1);
}

void TestHttpClient::givesUpAfterMaxAttemptsWithTheLastAnswer()
{
    ScriptedHttpServer server({{503, R"({"message":"still busy"})", {}}});
    QVERIFY(server.listen());
    RetryPolicy policy = RetryPolicy::fast();
    policy.maxAttempts = 3;
    HttpClient client(&*m_network, policy, lcHttpClientTest());

    SEND_AND_WAIT(result, client, getRequest(server.port()));

    QVERIFY(result->ok());
    QCOMPARE(result->value().status, 503);
    QCOMPARE(result->value().attempts, 3);
    QCOMPARE(server.received().size(), 3);
}

void TestHttpClient::everyAttemptIsPreparedAfresh()
{
    ScriptedHttpServer server({{500, {}, {}}, {502, {}, {}}, {204, {}, {}}});
    QVERIFY(server.listen());
    HttpClient client(&*m_network, RetryPolicy::fast(), lcHttpClientTest());
    int prepared = 0;
    HttpClient::Prepare prepare
        = [&prepared](HttpRequest request) -> QCoro::Task<Result<HttpRequest>> {
        ++prepared;
        request.setHeader("X-Attempt", QByteArray::number(prepared));
        co_return request;
    };

    SEND_AND_WAIT(result, client, getRequest(server.port()), prepare);

    QVERIFY(result->ok());
    QCOMPARE(result->value().status, 204);
    QCOMPARE(prepared, 3);
    QCOMPARE(server.received().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(server.received().at(i).header("X-Attempt"), QByteArray::number(i + 1));
}

void TestHttpClient::retryAfterIsWaitedFor()
{
    ScriptedHttpServer server({{429, {}, {{"Retry-After", "1"}}}, {200, "{}", {}}});
    QVERIFY(server.listen());
    HttpClient client(&*m_network, RetryPolicy::fast(), lcHttpClientTest());
    QElapsedTimer timer;
    timer.start();

    SEND_AND_WAIT(result, client, getRequest(server.port()));

    QVERIFY(result->ok());
    QCOMPARE(result->value().status, 200);
    QCOMPARE(result->value().attempts, 2);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::unreachableEndpointIsANetworkError()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    } // nothing listens there any more: the connection is refused
    RetryPolicy policy = RetryPolicy::fast();
    policy.maxAttempts = 2;
    HttpClient client(&*m_network, policy, lcHttpClientTest());

    SEND_AND_WAIT(result, client, getRequest(closedPort));

    QVERIFY(!result->ok());
    const CloudError &error = result->error();
    QCOMPARE(error.kind, CloudError::Kind::Network);
    QVERIFY(error.retryable);
    QVERIFY2(error.userText().contains(QLatin1String("127.0.0.1")), qPrintable(error.userText()));
    QVERIFY(!error.nextStep.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
