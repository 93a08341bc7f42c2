#include "core/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Copydeck;

class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretHeadersAreMasked_data();
    void secretHeadersAreMasked();
    void urlSignatureAndTokensAreMasked();
    void jsonSecretsAreMaskedOtherMembersKept();
};

void TestRedaction::secretHeadersAreMasked_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("Authorization") << QByteArray("Authorization") << true;
    QTest::newRow("authorization") << QByteArray("authorization") << true;
    QTest::newRow("X-Auth-Token") << QByteArray("X-Auth-Token") << true;
    QTest::newRow("X-Subject-Token") << QByteArray("X-Subject-Token") << true;
    QTest::newRow("X-Amz-Security-Token") << QByteArray("X-Amz-Security-Token") << true;
    QTest::newRow("x-amz-security-token") << QByteArray("x-amz-security-token") << true;
    QTest::newRow("Content-Type") << QByteArray("Content-Type") << false;
    QTest::newRow("X-Amz-Date") << QByteArray("X-Amz-Date") << false;
    QTest::newRow("x-amzn-RequestId") << QByteArray("x-amzn-RequestId") << false;
}

void TestRedaction::secretHeadersAreMasked()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    const QByteArray value = "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=0123abcd";
    QCOMPARE(Redaction::isSecretHeader(name), secret);
    const QByteArray logged = Redaction::headerForLog(name, value);
    if (secret) {
        QCOMPARE(logged, QByteArray("[redacted]"));
        QVERIFY(!logged.contains("0123abcd"));
    } else {
        QCOMPARE(logged, value);
    }
}

void TestRedaction::urlSignatureAndTokensAreMasked()
{
    const QUrl url = QUrl::fromEncoded(
        "https://user:hunter2@backup.us-east-1.amazonaws.com/backup-vaults/"
        "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830"
        "&X-Amz-Signature=5fa00fa31553b73e&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLE"
        "&maxResults=10");
    const QString logged = Redaction::urlForLog(url);
    QVERIFY2(!logged.contains(QLatin1String("5fa00fa31553b73e")), qPrintable(logged));
    QVERIFY2(!logged.contains(QLatin1String("FQoGZXIvYXdzEXAMPLE")), qPrintable(logged));
    QVERIFY2(!logged.contains(QLatin1String("hunter2")), qPrintable(logged));
    // What is not secret still says which request it was.
    QCOMPARE(logged,
             QStringLiteral("https://backup.us-east-1.amazonaws.com/backup-vaults/"
                            "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=[redacted]"
                            "&X-Amz-Signature=[redacted]&X-Amz-Security-Token=[redacted]"
                            "&maxResults=10"));
}

void TestRedaction::jsonSecretsAreMaskedOtherMembersKept()
{
    const QByteArray body
        = R"({"Credentials":{"AccessKeyId":"ASIAEXAMPLE",)"
          R"("SecretAccessKey":"wJalrXUtnFEMI/K7MDENG",)"
          R"("SessionToken":"FQoGZXIvYXdz\"quoted\""},)"
          R"("access_token":"ya29.a0AfH6",)"
          R"("expires_in":3599,)"
          R"("auth":{"passwordCredentials":{"username":"ops","password":"p4ss"}},)"
          R"("BackupVaultName":"prod-vault"})";
    const QByteArray logged = Redaction::bodyForLog(body);
    for (const char *secret : {"wJalrXUtnFEMI", "FQoGZXIvYXdz", "ya29.a0AfH6", "p4ss"})
        QVERIFY2(!logged.contains(secret), logged.constData());

    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(logged, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject credentials = json.value(QLatin1String("Credentials")).toObject();
    QCOMPARE(credentials.value(QLatin1String("SecretAccessKey")).toString(),
             QStringLiteral("[redacted]"));
    QCOMPARE(credentials.value(QLatin1String("SessionToken")).toString(),
             QStringLiteral("[redacted]"));
    QCOMPARE(json.value(QLatin1String("access_token")).toString(), QStringLiteral("[redacted]"));
    const QJsonObject password = json.value(QLatin1String("auth"))
                                     .toObject()
                                     .value(QLatin1String("passwordCredentials"))
                                     .toObject();
    QCOMPARE(password.value(QLatin1String("password")).toString(), QStringLiteral("[redacted]"));
    QCOMPARE(password.value(QLatin1String("username")).toString(), QStringLiteral("ops"));
    QCOMPARE(json.value(QLatin1String("BackupVaultName")).toString(), QStringLiteral("prod-vault"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(), 3599);
    QCOMPARE(credentials.value(QLatin1String("AccessKeyId")).toString(),
             QStringLiteral("ASIAEXAMPLE"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
