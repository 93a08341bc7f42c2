// The sandbox's fault layer over real loopback sockets: each fault as a client meets it, whether
// the module applied the request first, the plan's parsing and its seeded draws, every module of a
// Sandbox served through it, and the client's HttpClient/RetryPolicy classifying each fault.
#include "core/HttpClient.h"
#include "providers/aws/AwsErrorParser.h"
#include "providers/huawei/HuaweiErrorParser.h"
#include "providers/rackspace/RackspaceFaultParser.h"
#include "providers/spanner/SpannerErrorParser.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <qcoro/qcoronetworkreply.h>

#include "support/FinishTask.h"

using namespace Copydeck;
using namespace Copydeck::Sandbox;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcFaultsTest, "copydeck.test.faults")

namespace {

// One module's worth of server: counts the requests its handler applied.
struct CountingServer
{
    explicit CountingServer(SandboxFaultPlan plan)
        : faults(std::move(plan))
        , server(QStringLiteral("Counting"), [this](const SandboxRequest &request) {
            ++applied;
            bodies << request.body;
            SandboxResponse response;
            response.headers
                = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            response.body
                = QJsonDocument(QJsonObject {
                                    {QStringLiteral("path"), QString::fromLatin1(request.rawPath)},
                                    {QStringLiteral("applied"), applied},
                                })
                      .toJson(QJsonDocument::Compact);
            return response;
        })
    {
        server.setFaults(&faults);
    }

    bool start() { return server.start(0); }
    QUrl url(const QString &path = QStringLiteral("/things")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path));
    }

    SandboxFaults faults;
    int applied = 0;
    QList<QByteArray> bodies; // as the handler received them
    SandboxHttpServer server;
};

SandboxFaultPlan only(SandboxFault kind)
{
    SandboxFaultPlan plan;
    plan.share = 1.0;
    plan.kinds = {kind};
    plan.retryAfterSeconds = 2;
    plan.slowDelay = 300ms;
    plan.hangFor = 10s;
    return plan;
}

// One request as a plain client sends it, with a transfer timeout.
struct Seen
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;
    qint64 ms = 0;
};

Seen fetch(QNetworkAccessManager &network, const QUrl &url, int timeoutMs = 2000)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArrayLiteral("{}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(timeoutMs + 3000);
    Seen seen;
    seen.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    seen.error = reply->error();
    seen.body = reply->readAll();
    seen.retryAfter = reply->rawHeader("Retry-After");
    seen.contentType = reply->rawHeader("Content-Type");
    seen.ms = timer.elapsed();
    return seen;
}

bool parses(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlanIsReadFromTheCommandLine()
    {
        const auto all = SandboxFaultPlan::parse(QStringLiteral("0.2"));
        QVERIFY(all);
        QCOMPARE(all->share, 0.2);
        QCOMPARE(all->kinds.size(), 7);
        const auto some = SandboxFaultPlan::parse(QStringLiteral("0.1:429, reset,HANG"));
        QVERIFY(some);
        QCOMPARE(some->kinds,
                 (QList<SandboxFault> {SandboxFault::Throttle, SandboxFault::Reset,
                                       SandboxFault::Hang}));
        QString error;
        QVERIFY(!SandboxFaultPlan::parse(QStringLiteral("1.5"), &error));
        QVERIFY(error.contains(QStringLiteral("from 0 to 1")));
        QVERIFY(!SandboxFaultPlan::parse(QStringLiteral("0.1:429,teapot"), &error));
        QVERIFY(error.contains(QStringLiteral("\"teapot\"")));
        QVERIFY(!SandboxFaultPlan::parse(QStringLiteral("0.1:"), &error));
        QVERIFY(!SandboxFaultPlan::parse(QStringLiteral("lots"), &error));
        QVERIFY(!SandboxFaultPlan {}.isActive());
    }

    void drawsAreSeededPerServer()
    {
        SandboxFaultPlan plan;
        plan.share = 0.3;
        plan.seed = 42;
        const auto sequence = [&plan](const QStringList &servers) {
            SandboxFaults faults(plan);
            QStringList drawn;
            for (const QString &server : servers) {
                const auto fault = faults.draw(server);
                if (server == QLatin1String("a"))
                    drawn << (fault ? SandboxFaultPlan::key(*fault) : QStringLiteral("-"));
            }
            return drawn;
        };
        QStringList alone;
        QStringList interleaved;
        for (int i = 0; i < 200; ++i) {
            alone << QStringLiteral("a");
            interleaved << QStringLiteral("a") << QStringLiteral("b");
        }
        // The same seed gives the same faults, whatever another cloud's traffic does meanwhile.
        QCOMPARE(sequence(alone), sequence(interleaved));
        const QStringList drawn = sequence(alone);
        const qsizetype faulted = 200 - drawn.count(QStringLiteral("-"));
        QVERIFY2(faulted > 30 && faulted < 90, qPrintable(QString::number(faulted)));
        plan.seed = 43;
        QVERIFY(sequence(alone) != drawn);
    }

    void eachFaultAsTheClientMeetsIt_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<bool>("applied");
        QTest::newRow("429") << SandboxFault::Throttle << false;
        QTest::newRow("500") << SandboxFault::InternalError << true;
        QTest::newRow("503") << SandboxFault::Unavailable << false;
        QTest::newRow("reset") << SandboxFault::Reset << true;
        QTest::newRow("slow") << SandboxFault::Slow << true;
        QTest::newRow("truncated") << SandboxFault::Truncated << true;
        QTest::newRow("hang") << SandboxFault::Hang << false;
    }

    void eachFaultAsTheClientMeetsIt()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(bool, applied);
        CountingServer cloud(only(fault));
        QVERIFY(cloud.start());
        QNetworkAccessManager network;
        const Seen seen = fetch(network, cloud.url(), 1000);
        QCOMPARE(cloud.applied > 0, applied);
        QCOMPARE(SandboxFaultPlan::appliesRequest(fault), applied);
        if (fault == SandboxFault::Reset) {
            // Qt's network stack sends a request again by itself, once, when a kept-alive
            // connection closes before any answer: the cloud may apply it twice. Only the
            // cloud's duplicate detection (a client token, a name) keeps that to one copy.
            QVERIFY(cloud.faults.injected(fault) == 1 || cloud.faults.injected(fault) == 2);
            QCOMPARE(cloud.applied, cloud.faults.injected(fault));
        } else {
            QCOMPARE(cloud.faults.injected(fault), 1);
        }

        switch (fault) {
        case SandboxFault::Throttle:
        case SandboxFault::Unavailable:
            QCOMPARE(seen.status, fault == SandboxFault::Throttle ? 429 : 503);
            QCOMPARE(seen.retryAfter, QByteArrayLiteral("2"));
            QVERIFY(parses(seen.body));
            break;
        case SandboxFault::InternalError:
            QCOMPARE(seen.status, 500);
            QVERIFY(seen.retryAfter.isEmpty());
            break;
        case SandboxFault::Reset:
            QCOMPARE(seen.status, 0);
            QVERIFY2(seen.error == QNetworkReply::RemoteHostClosedError
                         || seen.error == QNetworkReply::UnknownNetworkError,
                     qPrintable(QString::number(seen.error)));
            break;
        case SandboxFault::Slow:
            QCOMPARE(seen.status, 200);
            QVERIFY(parses(seen.body));
            QVERIFY2(seen.ms >= 280, qPrintable(QString::number(seen.ms)));
            break;
        case SandboxFault::Truncated:
            QCOMPARE(seen.status, 200);
            QCOMPARE(seen.contentType, QByteArrayLiteral("application/json"));
            QVERIFY(!seen.body.isEmpty());
            QVERIFY(!parses(seen.body));
            break;
        case SandboxFault::Hang:
            QCOMPARE(seen.status, 0);
            QCOMPARE(seen.error, QNetworkReply::OperationCanceledError);
            QVERIFY2(seen.ms >= 950, qPrintable(QString::number(seen.ms)));
            break;
        }
    }

    void theClientClassifiesEachFaultAsTransient_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<bool>("applied");
        QTest::newRow("429") << SandboxFault::Throttle << false;
        QTest::newRow("500") << SandboxFault::InternalError << true;
        QTest::newRow("503") << SandboxFault::Unavailable << false;
        QTest::newRow("reset") << SandboxFault::Reset << true;
        QTest::newRow("truncated") << SandboxFault::Truncated << true;
        QTest::newRow("hang") << SandboxFault::Hang << false;
    }

    void theClientClassifiesEachFaultAsTransient()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(bool, applied);
        CountingServer cloud(only(fault));
        QVERIFY(cloud.start());
        cloud.server.setFaultReply([](int status) {
            SandboxResponse response;
            response.status = status;
            response.body = QByteArrayLiteral("{\"code\":\"Busy\"}");
            response.headers
                = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            return response;
        });
        QNetworkAccessManager network;
        RetryPolicy policy = RetryPolicy::fast();
        policy.maxAttempts = 3;
        policy.transferTimeout = 400ms;
        HttpClient client(&network, policy, lcFaultsTest());
        cloud.faults.setPlan([&] {
            SandboxFaultPlan plan = only(fault);
            plan.retryAfterSeconds = 0;
            return plan;
        }());

        // Every attempt meets the fault: the client tries three times, then reports the last.
        HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = cloud.url();
        request.body = QByteArrayLiteral("{}");
        const auto finished = Test::finish(client.send(request));
        QVERIFY(finished);
        const Result<HttpResponse> &result = *finished;
        if (result) {
            QCOMPARE(result.value().attempts, 3);
            QVERIFY(policy.isTransient(result.value()));
        } else {
            QVERIFY(result.error().retryable);
            if (fault == SandboxFault::Hang)
                QCOMPARE(result.error().kind, CloudError::Kind::Timeout);
            else
                QCOMPARE(result.error().kind, CloudError::Kind::Network);
        }
        QVERIFY(cloud.faults.injected(fault) >= 3);
        if (!applied)
            QCOMPARE(cloud.applied, 0);

        // Once the fault is gone, the same client gets the answer on its first attempt.
        cloud.faults.setPlan({});
        const auto cleanFinished = Test::finish(client.send(request));
        QVERIFY(cleanFinished);
        const Result<HttpResponse> &clean = *cleanFinished;
        QVERIFY(clean);
        QCOMPARE(clean.value().status, 200);
        QCOMPARE(clean.value().attempts, 1);
        QVERIFY(!policy.isTransient(clean.value()));
    }

    // A request that must not be applied twice (HttpRequest::idempotent = false) meets a reset
    // after the server applied it, on a kept-alive connection: Qt's HTTP stack does not send it
    // again by itself, and the client hears of an uncertain send (the cloud may have carried it
    // out) instead. The same request left idempotent is sent again by Qt, unseen by HttpClient
    // (one attempt of its own): what made Rackspace's copy-backup copy twice under a reset.
    void aNonIdempotentRequestIsNeverResentByQt()
    {
        CountingServer cloud(only(SandboxFault::Reset));
        QVERIFY(cloud.start());
        QNetworkAccessManager network;
        RetryPolicy policy = RetryPolicy::fast();
        policy.maxAttempts = 1;
        HttpClient client(&network, policy, lcFaultsTest());
        HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = cloud.url(QStringLiteral("/backups/b1/action"));
        request.setHeader("Content-Type", "application/json");
        const QByteArray body = QByteArrayLiteral("{\"copy-backup\":{\"region\":\"ORD\"}}");
        const QList<std::pair<bool, QByteArray>> sends
            = {{false, body}, {true, body}, {false, {}}, {false, body}, {true, body}};
        for (const auto &[idempotent, content] : sends) {
            request.idempotent = idempotent;
            request.body = content;
            // A complete answer first: Qt resends only on a connection that has answered.
            cloud.faults.setPlan({});
            const auto clean = Test::finish(client.send(request));
            QVERIFY(clean && *clean);
            QCOMPARE(clean->value().status, 200);

            const int before = cloud.applied;
            cloud.faults.setPlan(only(SandboxFault::Reset));
            const auto reset = Test::finish(client.send(request));
            QVERIFY(reset);
            QVERIFY(!*reset);
            QVERIFY(reset->error().retryable);
            const int received = cloud.applied - before;
            if (idempotent) {
                QVERIFY2(received > 1, qPrintable(QString::number(received)));
            } else {
                QCOMPARE(received, 1);
                QVERIFY2(reset->error().explanation.contains(QStringLiteral("may or may not")),
                         qPrintable(reset->error().explanation));
            }
        }
        // Every body arrived whole, through the device Qt cannot rewind too.
        QCOMPARE(cloud.bodies.count(QByteArray()), 2);
        QCOMPARE(cloud.bodies.count(body), cloud.bodies.size() - 2);
    }

    // A non-idempotent request is sent again after a 429 (refused at the door), not after a 500
    // (which may come after the server carried it out).
    void aNonIdempotentRequestIsRetriedOnlyWhenNothingWasApplied()
    {
        QNetworkAccessManager network;
        RetryPolicy policy = RetryPolicy::fast();
        policy.maxAttempts = 3;
        HttpClient client(&network, policy, lcFaultsTest());
        for (const SandboxFault fault :
             {SandboxFault::Throttle, SandboxFault::InternalError, SandboxFault::Unavailable}) {
            CountingServer cloud([fault] {
                SandboxFaultPlan plan = only(fault);
                plan.retryAfterSeconds = 0;
                return plan;
            }());
            QVERIFY(cloud.start());
            HttpRequest request;
            request.method = QByteArrayLiteral("POST");
            request.url = cloud.url();
            request.body = QByteArrayLiteral("{}");
            request.idempotent = false;
            const auto finished = Test::finish(client.send(request));
            QVERIFY(finished && *finished);
            const int expected = fault == SandboxFault::Throttle ? 3 : 1;
            QCOMPARE(finished->value().attempts, expected);
            QCOMPARE(cloud.faults.injected(fault), expected);
        }
    }

    void aSlowAnswerWithinTheTimeoutIsJustAnAnswer()
    {
        CountingServer cloud(only(SandboxFault::Slow));
        QVERIFY(cloud.start());
        QNetworkAccessManager network;
        RetryPolicy policy = RetryPolicy::fast();
        policy.transferTimeout = 2s;
        HttpClient client(&network, policy, lcFaultsTest());
        HttpRequest request;
        request.method = QByteArrayLiteral("GET");
        request.url = cloud.url();
        const auto finished = Test::finish(client.send(request));
        QVERIFY(finished && *finished);
        QCOMPARE(finished->value().status, 200);
        QCOMPARE(finished->value().attempts, 1);
        QCOMPARE(cloud.applied, 1);
    }

    void anUnparsableJsonBodyIsTransientOtherBodiesAreNot()
    {
        const RetryPolicy policy;
        HttpResponse response;
        response.status = 200;
        response.headers = {
            {QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-amz-json-1.1")}};
        response.body = QByteArrayLiteral("{\"CopyJobId\":\"ab");
        QVERIFY(policy.isTransient(response));
        response.body = QByteArrayLiteral("{\"CopyJobId\":\"abc\"}");
        QVERIFY(!policy.isTransient(response));
        response.headers = {{QByteArrayLiteral("content-type"), QByteArrayLiteral("text/plain")}};
        response.body = QByteArrayLiteral("{not json, and not declared as such");
        QVERIFY(!policy.isTransient(response));
        response.status = 400;
        response.headers
            = {{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")}};
        response.body = QByteArrayLiteral("{\"message\":\"Invalid lifecycle\"}");
        QVERIFY(!policy.isTransient(response));
    }

    void theFaultsEndpointCountsAndIsNeverFaulted()
    {
        CountingServer cloud(only(SandboxFault::Throttle));
        QVERIFY(cloud.start());
        QNetworkAccessManager network;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(fetch(network, cloud.url()).status, 429);
        QNetworkRequest request(cloud.url(QStringLiteral("/_sandbox/faults")));
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(3000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject counts = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(counts.value(QStringLiteral("injected")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("byKind")).toObject().value(QStringLiteral("429")), 3);
        QCOMPARE(cloud.applied, 0);
    }

    void everyModuleOfTheSandboxMeetsTheFaults()
    {
        SandboxOptions options;
        options.faults = only(SandboxFault::Unavailable);
        Copydeck::Sandbox::Sandbox sandbox;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        const QList<SandboxHttpServer *> servers = sandbox.findChildren<SandboxHttpServer *>();
        QVERIFY(servers.size() >= 2); // AWS and Spanner at least; Huawei and Rackspace when built
        QNetworkAccessManager network;
        for (SandboxHttpServer *server : servers) {
            const Seen seen = fetch(
                network, QUrl(QStringLiteral("http://127.0.0.1:%1/any").arg(server->port())));
            QVERIFY2(seen.status == 503, qPrintable(server->name()));
        }
        QCOMPARE(sandbox.faults()->injected(SandboxFault::Unavailable), int(servers.size()));
    }

    void eachCloudAnswersAFaultInItsOwnWords_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<QString>("code");
        const QString aws = QStringLiteral("AWS Backup");
        const QString spanner = QStringLiteral("Cloud Spanner");
        const QString huawei = QStringLiteral("Huawei Cloud");
        const QString rackspace = QStringLiteral("Rackspace Cloud Databases");
        QTest::newRow("aws 429") << aws << SandboxFault::Throttle
                                 << QStringLiteral("ThrottlingException");
        QTest::newRow("aws 500") << aws << SandboxFault::InternalError
                                 << QStringLiteral("InternalFailure");
        QTest::newRow("aws 503") << aws << SandboxFault::Unavailable
                                 << QStringLiteral("ServiceUnavailableException");
        QTest::newRow("spanner 429")
            << spanner << SandboxFault::Throttle << QStringLiteral("RESOURCE_EXHAUSTED");
        QTest::newRow("spanner 500")
            << spanner << SandboxFault::InternalError << QStringLiteral("INTERNAL");
        QTest::newRow("spanner 503")
            << spanner << SandboxFault::Unavailable << QStringLiteral("UNAVAILABLE");
        QTest::newRow("huawei 429")
            << huawei << SandboxFault::Throttle << QStringLiteral("APIGW.0308");
        QTest::newRow("huawei 500")
            << huawei << SandboxFault::InternalError << QStringLiteral("BackupService.9999");
        QTest::newRow("huawei 503")
            << huawei << SandboxFault::Unavailable << QStringLiteral("APIGW.0201");
        QTest::newRow("rackspace 429")
            << rackspace << SandboxFault::Throttle << QStringLiteral("overLimit");
        QTest::newRow("rackspace 500")
            << rackspace << SandboxFault::InternalError << QStringLiteral("instanceFault");
        QTest::newRow("rackspace 503")
            << rackspace << SandboxFault::Unavailable << QStringLiteral("serviceUnavailable");
    }

    // An injected 429, 500 or 503 reads, through the cloud's own client parser, as that cloud's
    // error: its code, a message, a request id where the cloud sends one, worth a retry.
    void eachCloudAnswersAFaultInItsOwnWords()
    {
        QFETCH(QString, server);
        QFETCH(SandboxFault, fault);
        QFETCH(QString, code);
        SandboxOptions options;
        options.faults = only(fault);
        Copydeck::Sandbox::Sandbox sandbox;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        quint16 port = 0;
        for (const SandboxHttpServer *found : sandbox.findChildren<SandboxHttpServer *>()) {
            if (found->name() == server)
                port = found->port();
        }
        QVERIFY2(port != 0, qPrintable(server));

        QNetworkAccessManager network;
        RetryPolicy policy = RetryPolicy::fast();
        policy.maxAttempts = 1;
        HttpClient client(&network, policy, lcFaultsTest());
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/any/path").arg(port));
        const auto finished = Test::finish(client.send(request));
        QVERIFY(finished && *finished);
        const HttpResponse &response = finished->value();
        QCOMPARE(response.status,
                 fault == SandboxFault::Throttle          ? 429
                     : fault == SandboxFault::Unavailable ? 503
                                                          : 500);
        QCOMPARE(response.header("retry-after").isEmpty(), fault == SandboxFault::InternalError);

        CloudError parsed;
        if (server == QLatin1String("AWS Backup"))
            parsed = AwsErrorParser::toCloudError(response);
        else if (server == QLatin1String("Cloud Spanner"))
            parsed = SpannerErrorParser::toCloudError(response);
        else if (server == QLatin1String("Huawei Cloud"))
            parsed = HuaweiErrorParser::toCloudError(response);
        else
            parsed = RackspaceFaultParser::toCloudError(response, server);
        QCOMPARE(parsed.cloudCode, code);
        QVERIFY(!parsed.cloudMessage.isEmpty());
        QVERIFY(parsed.retryable);
        QCOMPARE(parsed.httpStatus, response.status);
        if (fault == SandboxFault::Throttle)
            QCOMPARE(parsed.kind, CloudError::Kind::Throttled);
        if (server == QLatin1String("AWS Backup") || server == QLatin1String("Huawei Cloud"))
            QVERIFY(!parsed.requestId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
