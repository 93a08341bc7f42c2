#include "core/HttpMessage.h"

#include <QTest>

using namespace Copydeck;

class TestHttpMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerLookUpIgnoresCase();
    void setHeaderReplacesEveryCopy();
    void successIsTwoHundreds();
};

void TestHttpMessage::headerLookUpIgnoresCase()
{
    HttpResponse response;
    response.headers = {{"x-amzn-RequestId", "req-1"}, {"Content-Type", "application/json"}};
    QCOMPARE(response.header("X-Amzn-RequestId"), QByteArray("req-1"));
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    QCOMPARE(response.header("Retry-After"), QByteArray());
    QCOMPARE(headerValue(response.headers, "CONTENT-TYPE"), QByteArray("application/json"));
}

void TestHttpMessage::setHeaderReplacesEveryCopy()
{
    HttpRequest request;
    request.headers
        = {{"x-amz-date", "old"}, {"Accept", "application/json"}, {"X-AMZ-DATE", "older"}};
    request.setHeader("X-Amz-Date", "20150830T123600Z");
    QCOMPARE(request.headers,
             (HeaderList {{"Accept", "application/json"}, {"X-Amz-Date", "20150830T123600Z"}}));
    request.setHeader("Content-Type", "application/json");
    QCOMPARE(request.headers.size(), 3);
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
}

void TestHttpMessage::successIsTwoHundreds()
{
    const auto withStatus = [](int status) {
        HttpResponse response;
        response.status = status;
        return response.isSuccess();
    };
    QVERIFY(withStatus(200));
    QVERIFY(withStatus(204));
    QVERIFY(!withStatus(0));
    QVERIFY(!withStatus(199));
    QVERIFY(!withStatus(300));
    QVERIFY(!withStatus(404));
    QVERIFY(!withStatus(503));
}

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "tst_httpmessage.moc"
