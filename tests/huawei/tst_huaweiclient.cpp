// The Huawei CBR client against the in-process sandbox over loopback, with both ways to sign in:
// listing and pages, copy destinations, IAM tokens and their renewal, a replication followed to
// success, findSentCopy, and Huawei's errors.
#include "HuaweiSandboxFixture.h"

#include "providers/huawei/HuaweiAuthSession.h"
#include "providers/huawei/HuaweiErrorParser.h"
#include "providers/huawei/HuaweiJson.h"
#include "providers/huawei/HuaweiTime.h"
#include "sandbox/huawei/HuaweiIdentity.h"
#include "sandbox/huawei/HuaweiSandbox.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Copydeck;
using namespace Copydeck::Test;

using Auth = HuaweiSandboxFixture::Auth;

class TestHuaweiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parsesHuaweiTimes();
    void readsNestedKeystoneErrors();
    void tokenRenewalMargin();
    void listsVaultsInEveryRegion_data();
    void listsVaultsInEveryRegion();
    void pagesThroughBackups();
    void mapsBackups();
    void copyDestinationsAreReplicationVaultsOfAllowedRegions();
    void replicationRunsToSuccess_data();
    void replicationRunsToSuccess();
    void findSentCopyFindsTheRecord();
    void iamTokenIsReusedAndRenewed();
    void wrongCredentialsAreAuthenticationErrors();

private:
    std::optional<HuaweiSandboxFixture> m_fixture;
};

void TestHuaweiClient::init()
{
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error, 200.0), qPrintable(error));
}

void TestHuaweiClient::cleanup()
{
    m_fixture.reset();
}

void TestHuaweiClient::parsesHuaweiTimes()
{
    const QDateTime expected(QDate(2020, 2, 5), QTime(10, 38, 34, 209), QTimeZone::utc());
    QCOMPARE(HuaweiTime::parse(QStringLiteral("2020-02-05T10:38:34.209782")), expected);
    QCOMPARE(HuaweiTime::parse(QStringLiteral("2020-02-05T10:38:34.209782Z")), expected);
    QCOMPARE(HuaweiTime::parse(QStringLiteral("2020-02-05T18:38:34.209+08:00")), expected);
    QCOMPARE(HuaweiTime::parse(QStringLiteral("2020-02-05T10:38:34Z")), expected.addMSecs(-209));
    QVERIFY(!HuaweiTime::parse(QStringLiteral("05/02/2020")).isValid());
    QCOMPARE(HuaweiTime::queryTime(expected), QStringLiteral("2020-02-05T10:38:34Z"));
}

void TestHuaweiClient::readsNestedKeystoneErrors()
{
    HttpResponse response;
    response.status = 401;
    response.headers = {{"X-Request-Id", "abc"}};
    response.body = R"({"error":{"code":401,"message":"The username or password is wrong.",)"
                    R"("title":"Unauthorized"}})";
    const CloudError error = HuaweiErrorParser::toCloudError(response);
    QCOMPARE(error.cloudCode, QStringLiteral("Unauthorized"));
    QCOMPARE(error.cloudMessage, QStringLiteral("The username or password is wrong."));
    QCOMPARE(error.requestId, QStringLiteral("abc"));
    QCOMPARE(error.kind, CloudError::Kind::Authentication);
    response.status = 400;
    response.body = R"({"error_code":"BackupService.6418","error_msg":"already"})";
    QCOMPARE(HuaweiErrorParser::toCloudError(response).kind, CloudError::Kind::Conflict);
}

void TestHuaweiClient::tokenRenewalMargin()
{
    const QDateTime issued(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime expires = issued.addDays(1);
    QVERIFY(!HuaweiAuthSession::needsRenewal(issued, expires, issued.addSecs(22 * 3600)));
    QVERIFY(HuaweiAuthSession::needsRenewal(issued, expires, issued.addSecs(23 * 3600 + 1)));
    QVERIFY(HuaweiAuthSession::needsRenewal(issued, issued.addSecs(4), issued.addSecs(3)));
}

void TestHuaweiClient::listsVaultsInEveryRegion_data()
{
    QTest::addColumn<Auth>("auth");
    QTest::newRow("AK/SK") << Auth::Keys;
    QTest::newRow("IAM password") << Auth::Password;
}

void TestHuaweiClient::listsVaultsInEveryRegion()
{
    QFETCH(Auth, auth);
    auto connection = m_fixture->connect(m_fixture->account(auth, 1));
    AWAIT_OK(locations, connection->listLocations());
    QSet<QString> regions;
    QStringList names;
    for (const Location &location : locations.value()) {
        regions << location.region;
        names << location.name;
        QCOMPARE(location.kind, Location::Kind::Vault);
        QCOMPARE(location.cloud, QStringLiteral("huawei"));
        QCOMPARE(location.owner, m_fixture->sandbox().huawei()->projectId(location.region));
    }
    QCOMPARE(regions.size(), 4);
    QCOMPARE(names.size(), 8); // one vault per page: every page was read
    QVERIFY(names.contains(QStringLiteral("vault-dr-shanghai")));
}

void TestHuaweiClient::pagesThroughBackups()
{
    auto paged = m_fixture->connect(m_fixture->account(Auth::Keys, 3));
    auto whole = m_fixture->connect(m_fixture->account(Auth::Keys, 1000));
    const auto prod = m_fixture->vault(*whole, QStringLiteral("cn-north-4"),
                                       QStringLiteral("vault-prod-servers"));
    QVERIFY(prod);
    AWAIT_OK(first, paged->listBackups(*prod, {}));
    QCOMPARE(first.value().backups.size(), 3);
    QCOMPARE(first.value().nextPageToken, QStringLiteral("3"));
    QStringList a, b;
    for (const Backup &backup : m_fixture->allBackups(*paged, *prod))
        a << backup.id;
    for (const Backup &backup : m_fixture->allBackups(*whole, *prod))
        b << backup.id;
    QVERIFY(b.size() > 10);
    QCOMPARE(a, b);
}

void TestHuaweiClient::mapsBackups()
{
    auto connection = m_fixture->connect(m_fixture->account(Auth::Keys));
    const auto prod = m_fixture->vault(*connection, QStringLiteral("cn-north-4"),
                                       QStringLiteral("vault-prod-servers"));
    QVERIFY(prod);
    const QList<Backup> backups = m_fixture->allBackups(*connection, *prod);
    QSet<BackupState> states;
    bool sawReplicated = false;
    for (const Backup &backup : backups) {
        states << backup.state;
        QVERIFY(backup.created.isValid());
        QCOMPARE(backup.created.timeZone(), QTimeZone::utc());
        QVERIFY(backup.created < QDateTime::currentDateTimeUtc());
        QVERIFY(backup.sizeBytes >= 40LL * 1024 * 1024 * 1024);
        QCOMPARE(backup.location.id, prod->id);
        if (HuaweiJson::replicaRegions(backup) == QStringList {QStringLiteral("cn-east-3")})
            sawReplicated = true;
    }
    QVERIFY(sawReplicated);
    QCOMPARE(
        states,
        QSet<BackupState>({BackupState::Available, BackupState::Creating, BackupState::Failed}));
}

void TestHuaweiClient::copyDestinationsAreReplicationVaultsOfAllowedRegions()
{
    auto connection = m_fixture->connect(m_fixture->account(Auth::Password));
    const auto source = m_fixture->availableBackup(*connection, QStringLiteral("ecs-batch"));
    QVERIFY(source);
    AWAIT_OK(destinations, connection->listCopyDestinations(*source));
    QStringList names;
    for (const Location &d : destinations.value()) {
        names << d.name;
        QCOMPARE(d.owner, m_fixture->sandbox().huawei()->projectId(d.region));
    }
    names.sort();
    QCOMPARE(names,
             QStringList(
                 {QStringLiteral("vault-dr-shanghai"), QStringLiteral("vault-replicas-hongkong")}));

    // The backup already replicated to cn-east-3: that region is offered, but not choosable.
    const auto prod = m_fixture->vault(*connection, QStringLiteral("cn-north-4"),
                                       QStringLiteral("vault-prod-servers"));
    std::optional<Backup> replicated;
    for (const Backup &b : m_fixture->allBackups(*connection, *prod)) {
        if (!HuaweiJson::replicaRegions(b).isEmpty())
            replicated = b;
    }
    QVERIFY(replicated);
    AWAIT_OK(targets, connection->replicationTargets(*replicated));
    QCOMPARE(targets.value().size(), 2);
    for (const auto &target : targets.value()) {
        if (target.region == QLatin1String("cn-east-3"))
            QVERIFY(target.unavailableReason.contains(QLatin1String("replica")));
        else
            QVERIFY2(target.unavailableReason.isEmpty(), qPrintable(target.unavailableReason));
    }
    AWAIT_OK(offered, connection->listCopyDestinations(*replicated));
    QCOMPARE(offered.value().size(), 1);
    QCOMPARE(offered.value().at(0).region, QStringLiteral("ap-southeast-1"));
}

void TestHuaweiClient::replicationRunsToSuccess_data()
{
    listsVaultsInEveryRegion_data();
}

void TestHuaweiClient::replicationRunsToSuccess()
{
    QFETCH(Auth, auth);
    m_fixture->sandbox().setSpeed(60.0);
    auto connection = m_fixture->connect(m_fixture->account(auth));
    const auto source = m_fixture->availableBackup(*connection, QStringLiteral("ecs-web-02"));
    QVERIFY(source);
    const CopyRequest request = m_fixture->requestTo(*connection, *source);
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    AWAIT_OK(started, connection->startCopy(request));
    CopyJob job = started.value();
    QVERIFY(!job.remoteId.isEmpty());
    QCOMPARE(job.state, CopyJobState::Created);

    QList<double> seen;
    for (int i = 0; i < 200 && !job.isTerminal(); ++i) {
        AWAIT_OK(polled, connection->pollCopy(job));
        job = polled.value();
        if (job.percent)
            seen << *job.percent;
        QTest::qWait(50);
    }
    QCOMPARE(job.state, CopyJobState::Completed);
    QCOMPARE(job.rawState, QStringLiteral("success"));
    QCOMPARE(job.percent.value_or(0), 100.0);
    QVERIFY2(std::any_of(seen.cbegin(), seen.cend(), [](double p) { return p > 0 && p < 100; }),
             "a percentage between 0 and 100 was reported");
    QVERIFY(job.completed.isValid());
    QVERIFY(!job.destinationBackupId.isEmpty());

    const QList<Backup> there = m_fixture->allBackups(*connection, request.destination);
    bool found = false;
    for (const Backup &b : there) {
        if (b.id != job.destinationBackupId)
            continue;
        found = true;
        QVERIFY(HuaweiJson::isReplica(b));
        QCOMPARE(b.name, request.name);
        QCOMPARE(b.state, BackupState::Available);
    }
    QVERIFY2(found, "the replica is listed in the destination vault");
}

void TestHuaweiClient::findSentCopyFindsTheRecord()
{
    auto connection = m_fixture->connect(m_fixture->account(Auth::Keys));
    const auto source = m_fixture->availableBackup(*connection, QStringLiteral("ecs-db-primary"));
    QVERIFY(source);
    const CopyRequest request = m_fixture->requestTo(*connection, *source);
    const QDateTime sentAfter = QDateTime::currentDateTimeUtc();
    // Nothing was sent yet: nothing to find, sending is safe.
    AWAIT_OK(before, connection->findSentCopy(request, sentAfter));
    QVERIFY(!before.value().has_value());
    AWAIT_OK(started, connection->startCopy(request));
    AWAIT_OK(after, connection->findSentCopy(request, sentAfter));
    QVERIFY(after.value().has_value());
    QCOMPARE(after.value()->remoteId, started.value().remoteId);
    QVERIFY(!after.value()->destinationBackupId.isEmpty());
    // Another region's request made nothing.
    const CopyRequest elsewhere = m_fixture->requestTo(
        *connection, *source, QStringLiteral("cn-east-3"), QStringLiteral("vault-dr-shanghai"));
    AWAIT_OK(other, connection->findSentCopy(elsewhere, sentAfter));
    QVERIFY(!other.value().has_value());
}

void TestHuaweiClient::iamTokenIsReusedAndRenewed()
{
    m_fixture->sandbox().huawei()->identity().setTokenLifetimeMs(2000);
    auto connection = m_fixture->connect(m_fixture->account(Auth::Password));
    const auto prod = m_fixture->vault(*connection, QStringLiteral("cn-north-4"),
                                       QStringLiteral("vault-prod-servers"));
    QVERIFY(prod);
    const int afterListing = connection->session().tokensFetched();
    QVERIFY(afterListing >= 4); // one per region's project
    AWAIT_OK(page, connection->listBackups(*prod, {}));
    QCOMPARE(connection->session().tokensFetched(), afterListing); // reused
    // Past three quarters of its life the token is renewed before it is sent again.
    QTest::qWait(1600);
    AWAIT_OK(again, connection->listBackups(*prod, {}));
    QCOMPARE(connection->session().tokensFetched(), afterListing + 1);
    QCOMPARE(again.value().backups.size(), page.value().backups.size());
}

void TestHuaweiClient::wrongCredentialsAreAuthenticationErrors()
{
    auto keys = m_fixture->connect(m_fixture->account(Auth::Keys, 0, "wrong-secret"));
    AWAIT(signedWrong, keys->testConnection());
    QVERIFY(!signedWrong.ok());
    QCOMPARE(signedWrong.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(signedWrong.error().cloudCode, QStringLiteral("APIGW.0301"));
    QVERIFY(!signedWrong.error().requestId.isEmpty());

    auto iam = m_fixture->connect(m_fixture->account(Auth::Password, 0, "wrong-password"));
    AWAIT(passwordWrong, iam->testConnection());
    QVERIFY(!passwordWrong.ok());
    QCOMPARE(passwordWrong.error().kind, CloudError::Kind::Authentication);
    QCOMPARE(passwordWrong.error().cloudMessage,
             QStringLiteral("The username or password is wrong."));
    QVERIFY(passwordWrong.error().userText().contains(QLatin1String("password")));
}

QTEST_GUILESS_MAIN(TestHuaweiClient)
#include "tst_huaweiclient.moc"
