// The Rackspace client's pure parts: copy rules (each with the field the dialog shows it beside),
// the copy handle, JSON mapping (states, pages, unknown statuses), faults and identity answers.

#include "providers/rackspace/RackspaceCopyHandle.h"
#include "providers/rackspace/RackspaceCopyRules.h"
#include "providers/rackspace/RackspaceFaultParser.h"
#include "providers/rackspace/RackspaceIdentity.h"
#include "providers/rackspace/RackspaceJson.h"
#include "providers/rackspace/RackspaceProvider.h"

#include <QTest>
#include <QTimeZone>

using namespace Copydeck;

namespace {

CopyRequest validRequest()
{
    CopyRequest request;
    request.source.cloud = QStringLiteral("rackspace");
    request.source.id = QStringLiteral("ff44da4e-91eb-40ba-aa5b-841e1c308f55");
    request.source.name = QStringLiteral("orders");
    request.source.rawState = QStringLiteral("COMPLETED");
    request.source.state = BackupState::Available;
    request.source.location.region = QStringLiteral("DFW");
    request.destination.region = QStringLiteral("IAD");
    request.name = QStringLiteral("dfw-to-iad");
    request.description = QStringLiteral("a backup copy");
    return request;
}

QStringList fieldsOf(const QList<ValidationIssue> &issues)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields << issue.field;
    return fields;
}

} // namespace

class TestRackspaceRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRequestHasNoIssue();
    void rules_data();
    void rules();
    void defaultNameIsSourceDashCopy();
    void capabilities();
    void handleRoundTrips();
    void statesAndUnknownStatuses_data();
    void statesAndUnknownStatuses();
    void pageTokenIsTheNextMarker();
    void faultKeepsRackspaceWords();
    void identityAnswerGivesCatalogEndpoints();
    void identityAnswerWithoutDatabasesIsAnError();
    void tokensUrl();
};

void TestRackspaceRules::validRequestHasNoIssue()
{
    QVERIFY(RackspaceCopyRules::validate(validRequest()).isEmpty());
}

void TestRackspaceRules::rules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");

    QTest::newRow("to LON") << "destination"
                            << "LON"
                            << "destination"
                            << "LON";
    QTest::newRow("to an unknown region") << "destination"
                                          << "MARS"
                                          << "destination"
                                          << "MARS";
    QTest::newRow("to its own region") << "destination"
                                       << "DFW"
                                       << "destination"
                                       << "already";
    QTest::newRow("no destination") << "destination"
                                    << ""
                                    << "destination"
                                    << "region";
    QTest::newRow("from LON") << "sourceRegion"
                              << "LON"
                              << "source"
                              << "LON";
    QTest::newRow("building") << "state"
                              << "BUILDING"
                              << "source"
                              << "BUILDING";
    QTest::newRow("copying") << "state"
                             << "COPYING"
                             << "source"
                             << "copy of this backup";
    QTest::newRow("failed") << "state"
                            << "FAILED"
                            << "source"
                            << "COMPLETED";
    QTest::newRow("no name") << "name"
                             << ""
                             << "name"
                             << "name";
    QTest::newRow("blank name") << "name"
                                << "   "
                                << "name"
                                << "name";
    QTest::newRow("punctuation name") << "name"
                                      << "--"
                                      << "name"
                                      << "letter or digit";
    QTest::newRow("name 256") << "name" << QString(256, QLatin1Char('n')) << "name"
                              << "256";
    QTest::newRow("description 256")
        << "description" << QString(256, QLatin1Char('d')) << "description"
        << "256";
    QTest::newRow("no source") << "sourceId"
                               << ""
                               << "source"
                               << "backup";
}

void TestRackspaceRules::rules()
{
    QFETCH(QString, change);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, says);
    CopyRequest request = validRequest();
    if (change == QLatin1String("destination"))
        request.destination.region = value;
    else if (change == QLatin1String("sourceRegion"))
        request.source.location.region = value;
    else if (change == QLatin1String("state"))
        request.source.rawState = value;
    else if (change == QLatin1String("name"))
        request.name = value;
    else if (change == QLatin1String("description"))
        request.description = value;
    else if (change == QLatin1String("sourceId"))
        request.source.id = value;
    const QList<ValidationIssue> issues = RackspaceCopyRules::validate(request);
    QCOMPARE(fieldsOf(issues), QStringList {field});
    QVERIFY2(issues.first().message.contains(says), qPrintable(issues.first().message));

    // The boundaries are allowed.
    request = validRequest();
    request.name = QString(255, QLatin1Char('n'));
    request.description = QString(255, QLatin1Char('d'));
    QVERIFY(RackspaceCopyRules::validate(request).isEmpty());
}

void TestRackspaceRules::defaultNameIsSourceDashCopy()
{
    Backup source;
    source.name = QStringLiteral("orders-db-incr-mon");
    QCOMPARE(RackspaceCopyRules::defaultName(source), QStringLiteral("orders-db-incr-mon-copy"));
    source.name = QString(300, QLatin1Char('a'));
    QCOMPARE(RackspaceCopyRules::defaultName(source).size(), 255);
    QVERIFY(RackspaceCopyRules::nameIssue(RackspaceCopyRules::defaultName(source)).isEmpty());
}

void TestRackspaceRules::capabilities()
{
    const RackspaceProvider provider {QProcessEnvironment()};
    QCOMPARE(provider.id(), QStringLiteral("rackspace"));
    QVERIFY(provider.capabilities().hasNameAndDescription);
    QVERIFY(!provider.capabilities().givesPercent);
    QVERIFY(!provider.capabilities().canCancel);
    QVERIFY(!provider.capabilities().needsRoleArn);
}

void TestRackspaceRules::handleRoundTrips()
{
    RackspaceCopyHandle handle;
    handle.targetRegion = QStringLiteral("IAD");
    handle.name = QStringLiteral("my copy & co=1?/ é");
    handle.sentAfter
        = QDateTime::fromString(QStringLiteral("2026-03-02T09:00:01.250Z"), Qt::ISODateWithMs);
    handle.sourceId = QStringLiteral("ff44da4e-91eb-40ba-aa5b-841e1c308f55");
    handle.sourceRegion = QStringLiteral("DFW");
    const auto decoded = RackspaceCopyHandle::decode(handle.encode());
    QVERIFY(decoded);
    QCOMPARE(decoded->name, handle.name);
    QCOMPARE(decoded->targetRegion, handle.targetRegion);
    QCOMPARE(decoded->sentAfter, handle.sentAfter);
    QCOMPARE(decoded->sourceId, handle.sourceId);
    QCOMPARE(decoded->sourceRegion, handle.sourceRegion);
    QVERIFY(!RackspaceCopyHandle::decode(QStringLiteral("some-aws-job-id")));
}

void TestRackspaceRules::statesAndUnknownStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<CopyJobState>("job");
    QTest::addColumn<BackupState>("backup");
    QTest::newRow("NEW") << "NEW" << CopyJobState::Created << BackupState::Creating;
    QTest::newRow("BUILDING") << "BUILDING" << CopyJobState::Running << BackupState::Creating;
    QTest::newRow("SAVING") << "SAVING" << CopyJobState::Running << BackupState::Creating;
    QTest::newRow("COMPLETED") << "COMPLETED" << CopyJobState::Completed << BackupState::Available;
    QTest::newRow("FAILED") << "FAILED" << CopyJobState::Failed << BackupState::Failed;
    QTest::newRow("DELETE_FAILED")
        << "DELETE_FAILED" << CopyJobState::Failed << BackupState::Failed;
    QTest::newRow("COPY_ERROR") << "COPY_ERROR" << CopyJobState::Failed << BackupState::Failed;
    QTest::newRow("COPYING") << "COPYING" << CopyJobState::Running << BackupState::Copying;
    QTest::newRow("unknown word") << "REPLICATING" << CopyJobState::Running << BackupState::Unknown;
}

void TestRackspaceRules::statesAndUnknownStatuses()
{
    QFETCH(QString, status);
    QFETCH(CopyJobState, job);
    QFETCH(BackupState, backup);
    QCOMPARE(RackspaceJson::copyState(status), job);
    QCOMPARE(RackspaceJson::backupState(status), backup);
}

void TestRackspaceRules::pageTokenIsTheNextMarker()
{
    const QByteArray body = R"({"backups":[{"id":"a1","name":"x","status":"COMPLETED",
        "created":"2015-09-01T03:23:28Z","size":0.18,"parent_id":"p0","instance_id":"i1",
        "type":"InnoBackupExIncremental","datastore":{"type":"percona","version":"5.6"}}],
        "links":[{"href":"https://dfw.databases.api.rackspacecloud.com/v1.0/1234/backups?marker=a1%2B&limit=1","rel":"next"}]})";
    const Location dfw = RackspaceJson::region(QStringLiteral("acct"), QStringLiteral("1234"),
                                               QStringLiteral("DFW"));
    const auto page = RackspaceJson::backupPage(body, dfw);
    QVERIFY(page.ok());
    QCOMPARE(page.value().nextPageToken, QStringLiteral("a1+"));
    const Backup backup = page.value().backups.first();
    QCOMPARE(backup.created, QDateTime(QDate(2015, 9, 1), QTime(3, 23, 28), QTimeZone::utc()));
    QCOMPARE(RackspaceJson::parentIdOf(backup), QStringLiteral("p0"));
    QCOMPARE(RackspaceJson::instanceIdOf(backup), QStringLiteral("i1"));
    QCOMPARE(backup.resourceType, QStringLiteral("percona 5.6"));
    QCOMPARE(backup.location.region, QStringLiteral("DFW"));

    const auto last = RackspaceJson::backupPage(R"({"backups":[],"links":[]})", dfw);
    QVERIFY(last.ok());
    QVERIFY(last.value().nextPageToken.isEmpty());
    QVERIFY(!RackspaceJson::backupPage("<html>", dfw).ok());
}

void TestRackspaceRules::faultKeepsRackspaceWords()
{
    HttpResponse response;
    response.status = 400;
    response.body
        = R"({"badRequest":{"code":400,"message":"The parent backup p of incremental backup b was not found in region ORD."}})";
    CloudError error
        = RackspaceFaultParser::toCloudError(response, QStringLiteral("Cloud Databases"));
    QCOMPARE(error.kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(error.cloudCode, QStringLiteral("badRequest"));
    QVERIFY(error.cloudMessage.startsWith(QStringLiteral("The parent backup")));
    QVERIFY(error.nextStep.contains(QStringLiteral("parent")));

    response.status = 404;
    response.body = R"({"itemNotFound":{"code":404,"message":"The resource could not be found."}})";
    error = RackspaceFaultParser::toCloudError(response, QStringLiteral("Cloud Databases"));
    QCOMPARE(error.kind, CloudError::Kind::NotFound);
    QCOMPARE(error.cloudCode, QStringLiteral("itemNotFound"));

    response.status = 503;
    response.body = R"({"serviceUnavailable":{"code":503,"message":"down"}})";
    error = RackspaceFaultParser::toCloudError(response, QStringLiteral("Cloud Databases"));
    QCOMPARE(error.kind, CloudError::Kind::Server);
    QVERIFY(error.retryable);
}

void TestRackspaceRules::identityAnswerGivesCatalogEndpoints()
{
    const QByteArray body = R"({"access":{"token":{"id":"abc","expires":"2014-11-24T22:05:39.115Z",
        "tenant":{"id":"929418","name":"929418"}},"serviceCatalog":[
        {"name":"cloudFiles","type":"object-store","endpoints":[{"region":"DFW","publicURL":"https://files"}]},
        {"name":"cloudDatabases","type":"rax:database","endpoints":[
          {"region":"DFW","tenantId":"929418","publicURL":"https://dfw.databases.api.rackspacecloud.com/v1.0/929418"},
          {"region":"LON","tenantId":"929418","publicURL":"https://lon.databases.api.rackspacecloud.com/v1.0/929418"}]}]}})";
    const auto token = RackspaceIdentity::parse(body);
    QVERIFY(token.ok());
    QCOMPARE(token.value().id, QByteArray("abc"));
    QCOMPARE(token.value().tenantId, QStringLiteral("929418"));
    QCOMPARE(token.value().expires.toMSecsSinceEpoch(),
             QDateTime::fromString(QStringLiteral("2014-11-24T22:05:39.115Z"), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch());
    QCOMPARE(token.value().databaseEndpoints.keys(),
             QStringList({QStringLiteral("DFW"), QStringLiteral("LON")}));
    QCOMPARE(token.value().databaseEndpoints.value(QStringLiteral("DFW")).host(),
             QStringLiteral("dfw.databases.api.rackspacecloud.com"));
    QVERIFY(!token.value().isFresh(QDateTime::currentDateTimeUtc()));
}

void TestRackspaceRules::identityAnswerWithoutDatabasesIsAnError()
{
    const auto token = RackspaceIdentity::parse(
        R"({"access":{"token":{"id":"abc","tenant":{"id":"1"}},"serviceCatalog":[]}})");
    QVERIFY(!token.ok());
    QVERIFY(token.error().explanation.contains(QStringLiteral("Cloud Databases")));
}

void TestRackspaceRules::tokensUrl()
{
    QCOMPARE(RackspaceIdentity::tokensUrl(
                 QUrl(QStringLiteral("https://identity.api.rackspacecloud.com/v2.0/"))),
             QUrl(QStringLiteral("https://identity.api.rackspacecloud.com/v2.0/tokens")));
    QCOMPARE(RackspaceIdentity::tokensUrl(
                 QUrl(QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0"))),
             QUrl(QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0/tokens")));
    QCOMPARE(RackspaceIdentity::tokensUrl(QUrl(QStringLiteral("http://127.0.0.1:9/v2.0/tokens"))),
             QUrl(QStringLiteral("http://127.0.0.1:9/v2.0/tokens")));
}

QTEST_GUILESS_MAIN(TestRackspaceRules)
#include "tst_rackspacerules.moc"
