#include "core/CloudError.h"

#include <QTest>

using namespace Copydeck;

class TestCloudError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userTextHasTheCloudsWordsThenWhatToDo();
    void userTextWithoutCloudWords();
    void summaryIsNotRepeated();
};

void TestCloudError::userTextHasTheCloudsWordsThenWhatToDo()
{
    CloudError error;
    error.kind = CloudError::Kind::InvalidRequest;
    error.httpStatus = 400;
    error.cloudCode = QStringLiteral("InvalidParameterValueException");
    error.cloudMessage = QStringLiteral("Invalid lifecycle. DeleteAfterDays cannot be less than 90 "
                                        "days apart from MoveToColdStorageAfterDays");
    error.requestId = QStringLiteral("7c1a5f0e-7d5b-4c1e-9d2f-1b2c3d4e5f60");
    error.explanation = QStringLiteral("AWS Backup refused the copy's lifecycle.");
    error.nextStep = QStringLiteral("Keep the copy in cold storage for at least 90 days.");

    const QString text = error.userText();
    QVERIFY2(text.contains(error.cloudCode), qPrintable(text));
    QVERIFY2(text.contains(error.cloudMessage), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("400")), qPrintable(text));
    QVERIFY2(text.contains(error.explanation), qPrintable(text));
    QVERIFY2(text.contains(error.nextStep), qPrintable(text));
    QVERIFY2(text.contains(error.requestId), qPrintable(text));
    // The cloud's own words come first, what to do after them.
    QVERIFY(text.indexOf(error.cloudCode) < text.indexOf(error.nextStep));
    QCOMPARE(error.cloudSummary(), error.cloudCode + QLatin1String(": ") + error.cloudMessage);
}

void TestCloudError::userTextWithoutCloudWords()
{
    const CloudError error
        = CloudError::local(QStringLiteral("The destination vault is the source vault."),
                            QStringLiteral("Pick another vault."));
    QCOMPARE(error.kind, CloudError::Kind::Local);
    const QString text = error.userText();
    QVERIFY2(text.contains(QLatin1String("The destination vault is the source vault.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Pick another vault.")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("cloud answered")), qPrintable(text));
    QCOMPARE(error.cloudSummary(), error.explanation);
}

void TestCloudError::summaryIsNotRepeated()
{
    CloudError error;
    error.cloudMessage = QStringLiteral("Vault is locked");
    error.explanation = QStringLiteral("Vault is locked");
    const QString text = error.userText();
    QCOMPARE(text.count(QLatin1String("Vault is locked")), 1);
}

QTEST_GUILESS_MAIN(TestCloudError)
#include "tst_clouderror.moc"
