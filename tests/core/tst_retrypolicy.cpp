#include "core/RetryPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(Copydeck::HttpResponse)

using namespace Copydeck;
using namespace std::chrono_literals;

namespace {

RetryPolicy policy(std::chrono::milliseconds base, std::chrono::milliseconds max)
{
    RetryPolicy p;
    p.baseDelay = base;
    p.maxDelay = max;
    return p;
}

HttpResponse answer(int status, const QByteArray &retryAfter = {})
{
    HttpResponse response;
    response.status = status;
    if (!retryAfter.isNull())
        response.headers.append({"Retry-After", retryAfter});
    return response;
}

HttpResponse noAnswer(QNetworkReply::NetworkError error)
{
    HttpResponse response;
    response.networkError = error;
    return response;
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayGrowsExponentiallyThenCaps_data();
    void delayGrowsExponentiallyThenCaps();
    void jitterStaysWithinTheCeiling();
    void retryAfterSecondsIsHonoured();
    void retryAfterHttpDateIsHonoured();
    void retryAfterInThePastOrGarbledIsIgnored();
    void transientClassification_data();
    void transientClassification();
};

void TestRetryPolicy::delayGrowsExponentiallyThenCaps_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceilingMs");
    // base 100 ms, cap 1 s: 100, 200, 400, 800, then 1000 for ever.
    QTest::newRow("1") << 1 << qint64(100);
    QTest::newRow("2") << 2 << qint64(200);
    QTest::newRow("3") << 3 << qint64(400);
    QTest::newRow("4") << 4 << qint64(800);
    QTest::newRow("5 capped") << 5 << qint64(1000);
    QTest::newRow("6 capped") << 6 << qint64(1000);
    QTest::newRow("40 capped, no overflow") << 40 << qint64(1000);
}

void TestRetryPolicy::delayGrowsExponentiallyThenCaps()
{
    QFETCH(int, attempt);
    QFETCH(qint64, ceilingMs);
    const RetryPolicy p = policy(100ms, 1000ms);
    // unitRandom scales the ceiling: half of it at 0.5, (almost) all of it just below 1.
    QCOMPARE(p.delayAfter(attempt, answer(503), 0.5).count(), ceilingMs / 2);
    QCOMPARE(p.delayAfter(attempt, answer(503), 0.999999).count(), ceilingMs - 1);
}

void TestRetryPolicy::jitterStaysWithinTheCeiling()
{
    const RetryPolicy p = policy(100ms, 10'000ms);
    QCOMPARE(p.delayAfter(3, answer(503), 0.0), 0ms);
    QCOMPARE(p.delayAfter(3, answer(503), 0.25), 100ms);

    std::chrono::milliseconds lowest = 1h;
    std::chrono::milliseconds highest = 0ms;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i) {
        const auto delay = p.delayAfter(3, answer(503), random->generateDouble());
        QVERIFY(delay >= 0ms);
        QVERIFY(delay <= 400ms);
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    // Full jitter spreads the waits over the whole range, so clients do not retry in step.
    QVERIFY(lowest < 50ms);
    QVERIFY(highest > 350ms);
}

void TestRetryPolicy::retryAfterSecondsIsHonoured()
{
    const RetryPolicy p = policy(100ms, 1000ms);
    QCOMPARE(p.delayAfter(1, answer(429, "7"), 0.0), 7000ms);
    // Beyond maxDelay too: the server knows when it will answer.
    QCOMPARE(p.delayAfter(1, answer(503, "60"), 0.5), 60'000ms);
    // A shorter Retry-After than the backoff does not shorten the wait.
    QCOMPARE(p.delayAfter(4, answer(503, "0"), 0.5), 400ms);
    QCOMPARE(p.delayAfter(1, answer(503, " 2 "), 0.0), 2000ms);
}

void TestRetryPolicy::retryAfterHttpDateIsHonoured()
{
    const RetryPolicy p = policy(100ms, 1000ms);
    const QDateTime inThirtySeconds = QDateTime::currentDateTimeUtc().addSecs(30);
    const auto delay = p.delayAfter(1, answer(503, httpDate(inThirtySeconds)), 0.0);
    // The date has whole seconds and some time passes before it is read.
    QVERIFY2(delay > 28'000ms && delay <= 30'000ms, qPrintable(QString::number(delay.count())));
}

void TestRetryPolicy::retryAfterInThePastOrGarbledIsIgnored()
{
    const RetryPolicy p = policy(100ms, 1000ms);
    QCOMPARE(p.delayAfter(2, answer(503, "Sun, 06 Nov 1994 08:49:37 GMT"), 0.5), 100ms);
    QCOMPARE(p.delayAfter(2, answer(503, "soon"), 0.5), 100ms);
    QCOMPARE(p.delayAfter(2, answer(503, "-5"), 0.5), 100ms);
}

void TestRetryPolicy::transientClassification_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<bool>("transient");
    QTest::newRow("429 throttled") << answer(429) << true;
    QTest::newRow("500") << answer(500) << true;
    QTest::newRow("502") << answer(502) << true;
    QTest::newRow("503") << answer(503) << true;
    QTest::newRow("504") << answer(504) << true;
    QTest::newRow("connection refused") << noAnswer(QNetworkReply::ConnectionRefusedError) << true;
    QTest::newRow("connection reset") << noAnswer(QNetworkReply::RemoteHostClosedError) << true;
    QTest::newRow("timed out") << noAnswer(QNetworkReply::TimeoutError) << true;
    QTest::newRow("200") << answer(200) << false;
    QTest::newRow("400") << answer(400) << false;
    QTest::newRow("401") << answer(401) << false;
    QTest::newRow("403") << answer(403) << false;
    QTest::newRow("404") << answer(404) << false;
    QTest::newRow("501 not implemented") << answer(501) << false;
    QTest::newRow("unknown host") << noAnswer(QNetworkReply::HostNotFoundError) << false;
    QTest::newRow("TLS handshake") << noAnswer(QNetworkReply::SslHandshakeFailedError) << false;
}

void TestRetryPolicy::transientClassification()
{
    QFETCH(HttpResponse, response);
    QFETCH(bool, transient);
    QCOMPARE(RetryPolicy::standard().isTransient(response), transient);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
