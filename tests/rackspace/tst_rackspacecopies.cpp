// Copies through the Rackspace client against the in-process sandbox over loopback: each copy rule
// sent with the client's check bypassed (Rackspace's fault comes back), copies followed to
// COMPLETED and FAILED, the parent-then-incremental chain, a copy that never appears, findSentCopy,
// and the tracker following a copy with an estimated percent.

#include "RackspaceSandboxFixture.h"

#include "jobs/CopyJobTracker.h"
#include "jobs/ThroughputHistory.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "providers/rackspace/RackspaceCopyHandle.h"
#include "providers/rackspace/RackspaceJson.h"
#include "sandbox/rackspace/RackspaceSandbox.h"

#include <QNetworkProxy>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;

class TestRackspaceCopies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void copyRulesBypassed_data();
    void copyRulesBypassed();
    void copyFollowedToCompleted();
    void parentThenIncrementalChain();
    void failedCopyEndsFailed();
    void copyActionFailingAfterItsWorkIsNotSentTwice();
    void copyThatNeverAppearsIsLost();
    void findSentCopyFindsOnlyTheSentOne();
    void trackerFollowsWithAnEstimate();

private:
    std::unique_ptr<RackspaceSandboxFixture> m_fixture;
};

void TestRackspaceCopies::init()
{
    m_fixture = std::make_unique<RackspaceSandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestRackspaceCopies::cleanup()
{
    m_fixture.reset();
}

void TestRackspaceCopies::copyRulesBypassed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("backup");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("field"); // the client's issue; empty: the client cannot know
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fault");

    const QString dfw = QStringLiteral("DFW");
    const QString weekly = QStringLiteral("orders-db-full-weekly");
    const QString ok = QStringLiteral("a-copy");
    QTest::newRow("to LON") << dfw << weekly << QStringLiteral("LON") << ok << QString()
                            << QStringLiteral("destination") << 400 << QStringLiteral("badRequest");
    QTest::newRow("from LON") << QStringLiteral("LON") << QStringLiteral("eu-shop-db-daily")
                              << QStringLiteral("DFW") << ok << QString()
                              << QStringLiteral("source") << 400 << QStringLiteral("badRequest");
    QTest::newRow("same region") << dfw << weekly << dfw << ok << QString()
                                 << QStringLiteral("destination") << 400
                                 << QStringLiteral("badRequest");
    QTest::newRow("not completed")
        << dfw << QStringLiteral("inventory-db-nightly") << QStringLiteral("IAD") << ok << QString()
        << QStringLiteral("source") << 422 << QStringLiteral("unprocessableEntity");
    QTest::newRow("failed backup")
        << dfw << QStringLiteral("inventory-db-broken") << QStringLiteral("IAD") << ok << QString()
        << QStringLiteral("source") << 422 << QStringLiteral("unprocessableEntity");
    QTest::newRow("no name") << dfw << weekly << QStringLiteral("IAD") << QString() << QString()
                             << QStringLiteral("name") << 400 << QStringLiteral("badRequest");
    QTest::newRow("name too long")
        << dfw << weekly << QStringLiteral("IAD") << QString(256, QLatin1Char('x')) << QString()
        << QStringLiteral("name") << 400 << QStringLiteral("badRequest");
    QTest::newRow("description too long")
        << dfw << weekly << QStringLiteral("IAD") << ok << QString(300, QLatin1Char('d'))
        << QStringLiteral("description") << 400 << QStringLiteral("badRequest");
    QTest::newRow("incremental, parent not in target")
        << dfw << QStringLiteral("orders-db-incr-mon") << QStringLiteral("ORD") << ok << QString()
        << QString() << 400 << QStringLiteral("badRequest");
}

void TestRackspaceCopies::copyRulesBypassed()
{
    QFETCH(QString, from);
    QFETCH(QString, backup);
    QFETCH(QString, to);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, field);
    QFETCH(int, status);
    QFETCH(QString, fault);

    auto connection = m_fixture->connectDemo();
    auto request = m_fixture->request(*connection, from, backup, to, name);
    QVERIFY(request);
    request->description = description;

    const QList<ValidationIssue> issues = m_fixture->provider().validateCopy(*request);
    if (field.isEmpty()) {
        QVERIFY(issues.isEmpty());
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
    }

    // Sent anyway: Cloud Databases says no, in its own words.
    AWAIT(started, connection->startCopy(*request));
    QVERIFY(!started.ok());
    QCOMPARE(started.error().httpStatus, status);
    QCOMPARE(started.error().cloudCode, fault);
    QVERIFY(!started.error().cloudMessage.isEmpty());
    if (backup == QLatin1String("orders-db-incr-mon"))
        QVERIFY(started.error().nextStep.contains(QStringLiteral("parent")));
}

void TestRackspaceCopies::copyFollowedToCompleted()
{
    auto connection = m_fixture->connectDemo(5);
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("orders-db-full-weekly"),
                                            QStringLiteral("ORD"), QStringLiteral("dfw-to-ord"));
    QVERIFY(request);
    QVERIFY(m_fixture->provider().validateCopy(*request).isEmpty());
    AWAIT_OK(started, connection->startCopy(*request));
    QCOMPARE(started.value().state, CopyJobState::Created);
    QVERIFY(!started.value().percent.has_value());
    QCOMPARE(started.value().sizeBytes, request->source.sizeBytes);
    const auto handle = RackspaceCopyHandle::decode(started.value().remoteId);
    QVERIFY(handle);
    QCOMPARE(handle->targetRegion, QStringLiteral("ORD"));
    QCOMPARE(handle->name, QStringLiteral("dfw-to-ord"));

    // At the real pace, the copy is there at once, NEW; the source is COPYING.
    AWAIT_OK(first, connection->pollCopy(started.value()));
    QCOMPARE(first.value().state, CopyJobState::Created);
    QCOMPARE(first.value().rawState, QStringLiteral("NEW"));
    QVERIFY(!first.value().destinationBackupId.isEmpty());
    const auto source = m_fixture->backupNamed(*connection, QStringLiteral("DFW"),
                                               QStringLiteral("orders-db-full-weekly"));
    QCOMPARE(source->rawState, QStringLiteral("COPYING"));
    QCOMPARE(source->state, BackupState::Copying);

    m_fixture->sandbox().rackspace()->setSpeed(20);
    QList<CopyJobState> seen;
    const CopyJob done = m_fixture->follow(*connection, first.value(), &seen);
    QCOMPARE(done.state, CopyJobState::Completed);
    QVERIFY2(seen.contains(CopyJobState::Running), "BUILDING was never seen");
    QCOMPARE(done.rawState, QStringLiteral("COMPLETED"));
    QVERIFY(!done.error.has_value());

    const auto copy
        = m_fixture->backupNamed(*connection, QStringLiteral("ORD"), QStringLiteral("dfw-to-ord"));
    QVERIFY(copy);
    QCOMPARE(copy->id, done.destinationBackupId);
    QCOMPARE(copy->rawState, QStringLiteral("COMPLETED"));
    QCOMPARE(copy->sizeBytes, request->source.sizeBytes);
    QCOMPARE(copy->sourceResource, QStringLiteral("orders-db"));
}

void TestRackspaceCopies::parentThenIncrementalChain()
{
    auto connection = m_fixture->connectDemo();
    m_fixture->sandbox().rackspace()->setSpeed(100);
    const auto monday = m_fixture->request(*connection, QStringLiteral("DFW"),
                                           QStringLiteral("orders-db-incr-mon"),
                                           QStringLiteral("ORD"), QStringLiteral("mon-ord"));
    QVERIFY(monday);

    // ORD lacks the weekly full backup; IAD has its copy already.
    AWAIT_OK(missing, connection->missingAncestors(monday->source, QStringLiteral("ORD")));
    QCOMPARE(missing.value().size(), 1);
    QCOMPARE(missing.value().first().name, QStringLiteral("orders-db-full-weekly"));
    AWAIT_OK(inIad, connection->missingAncestors(monday->source, QStringLiteral("IAD")));
    QVERIFY(inIad.value().isEmpty());

    CopyRequest parent = *monday;
    parent.source = missing.value().first();
    parent.name = QStringLiteral("weekly-ord");
    AWAIT_OK(parentStarted, connection->startCopy(parent));
    QCOMPARE(m_fixture->follow(*connection, parentStarted.value()).state, CopyJobState::Completed);

    AWAIT_OK(none, connection->missingAncestors(monday->source, QStringLiteral("ORD")));
    QVERIFY(none.value().isEmpty());
    AWAIT_OK(mondayStarted, connection->startCopy(*monday));
    const CopyJob mondayDone = m_fixture->follow(*connection, mondayStarted.value());
    QCOMPARE(mondayDone.state, CopyJobState::Completed);

    const auto parentCopy
        = m_fixture->backupNamed(*connection, QStringLiteral("ORD"), QStringLiteral("weekly-ord"));
    const auto mondayCopy
        = m_fixture->backupNamed(*connection, QStringLiteral("ORD"), QStringLiteral("mon-ord"));
    QVERIFY(parentCopy && mondayCopy);
    QCOMPARE(RackspaceJson::parentIdOf(*mondayCopy), parentCopy->id);
}

void TestRackspaceCopies::copyActionFailingAfterItsWorkIsNotSentTwice()
{
    auto connection = m_fixture->connectDemo();
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("orders-db-full-weekly"),
                                            QStringLiteral("ORD"), QStringLiteral("once-only"));
    QVERIFY(request);
    // The cloud makes the copy, then answers 500: a blind retry would make a second one.
    m_fixture->sandbox().rackspace()->failAfterNextCopy();
    AWAIT_OK(started, connection->startCopy(*request));
    QCOMPARE(started.value().state, CopyJobState::Created);
    int copies = 0;
    for (const Backup &backup : m_fixture->allBackups(*connection, QStringLiteral("ORD")))
        copies += backup.name == QLatin1String("once-only") ? 1 : 0;
    QCOMPARE(copies, 1);
    m_fixture->sandbox().rackspace()->setSpeed(100);
    QCOMPARE(m_fixture->follow(*connection, started.value()).state, CopyJobState::Completed);
}

void TestRackspaceCopies::failedCopyEndsFailed()
{
    auto connection = m_fixture->connectDemo();
    m_fixture->sandbox().rackspace()->setSpeed(100);
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("legacy-archive-2019"),
                                            QStringLiteral("SYD"), QStringLiteral("legacy-syd"));
    AWAIT_OK(started, connection->startCopy(*request));
    const CopyJob done = m_fixture->follow(*connection, started.value());
    QCOMPARE(done.state, CopyJobState::Failed);
    QCOMPARE(done.rawState, QStringLiteral("FAILED"));
    QVERIFY(done.error.has_value());
    QCOMPARE(done.error->cloudCode, QStringLiteral("FAILED"));
    QVERIFY(done.statusMessage.contains(QStringLiteral("SYD")));
}

void TestRackspaceCopies::copyThatNeverAppearsIsLost()
{
    Account account = m_fixture->demoAccount();
    account.settings.insert(QStringLiteral("copyAppearSeconds"), 5);
    auto connection = m_fixture->connect(account);
    // A copy accepted a minute ago whose backup never showed up in HKG.
    RackspaceCopyHandle handle;
    handle.targetRegion = QStringLiteral("HKG");
    handle.name = QStringLiteral("vanished");
    handle.sentAfter = QDateTime::currentDateTimeUtc().addSecs(-60);
    handle.sourceRegion = QStringLiteral("DFW");
    CopyJob job;
    job.remoteId = handle.encode();
    job.state = CopyJobState::Created;
    AWAIT_OK(polled, connection->pollCopy(job));
    QCOMPARE(polled.value().state, CopyJobState::Lost);
    QVERIFY(polled.value().statusMessage.contains(QStringLiteral("vanished")));
    QVERIFY(polled.value().statusMessage.contains(QStringLiteral("HKG")));
    QVERIFY(polled.value().statusMessage.contains(QStringLiteral("Check")));

    // Within the time allowed, it is still awaited.
    handle.sentAfter = QDateTime::currentDateTimeUtc();
    job.remoteId = handle.encode();
    AWAIT_OK(waiting, connection->pollCopy(job));
    QCOMPARE(waiting.value().state, CopyJobState::Created);
}

void TestRackspaceCopies::findSentCopyFindsOnlyTheSentOne()
{
    auto connection = m_fixture->connectDemo();
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("inventory-db-manual"),
                                            QStringLiteral("IAD"), QStringLiteral("inv-iad"));
    QVERIFY(request);
    const QDateTime written = QDateTime::currentDateTimeUtc();
    AWAIT_OK(nothingYet, connection->findSentCopy(*request, written));
    QVERIFY(!nothingYet.value().has_value());

    AWAIT_OK(started, connection->startCopy(*request));
    AWAIT_OK(found, connection->findSentCopy(*request, written));
    QVERIFY(found.value().has_value());
    QVERIFY(!found.value()->destinationBackupId.isEmpty());
    QCOMPARE(found.value()->sourceId, request->source.id);
    QVERIFY(RackspaceCopyHandle::decode(found.value()->remoteId).has_value());

    // Another name was never sent.
    CopyRequest other = *request;
    other.name = QStringLiteral("never-sent");
    AWAIT_OK(notSent, connection->findSentCopy(other, written));
    QVERIFY(!notSent.value().has_value());
}

void TestRackspaceCopies::trackerFollowsWithAnEstimate()
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    InMemorySecretStore secrets;
    const RetryPolicy policy = RetryPolicy::fast();
    ProviderRegistry registry;
    registry.add(std::make_unique<RackspaceProvider>(QProcessEnvironment()));
    AccountConnections connections(registry, ProviderContext {&network, &secrets, &policy});
    Account account = m_fixture->demoAccount();
    secrets.insert(account.secretKey(QStringLiteral("apiKey")),
                   m_fixture->sandbox().rackspaceCredential().secretAccessKey.toUtf8());
    connections.setAccounts({account});
    SystemClock clock;
    ThroughputHistory history;
    CopyJobTracker tracker(&connections, &history, &clock);
    tracker.setPollSchedule(PollSchedule::fast());

    auto *connection = static_cast<RackspaceConnection *>(connections.connection(account.id));
    const auto request = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("orders-db-incr-tue"),
                                            QStringLiteral("IAD"), QStringLiteral("tue-iad"));
    QVERIFY(request);
    // Monday's copy first: Tuesday hangs off it.
    auto mondayRequest = m_fixture->request(*connection, QStringLiteral("DFW"),
                                            QStringLiteral("orders-db-incr-mon"),
                                            QStringLiteral("IAD"), QStringLiteral("mon-iad"));
    const QString monday = tracker.submit(*mondayRequest);
    QTRY_VERIFY_WITH_TIMEOUT(tracker.job(monday).state == CopyJobState::Created
                                 || tracker.job(monday).state == CopyJobState::Running,
                             10'000);
    QVERIFY(tracker.percentIsEstimate(monday));
    QVERIFY(tracker.percent(monday).has_value());
    m_fixture->sandbox().rackspace()->setSpeed(100);
    QTRY_COMPARE_WITH_TIMEOUT(tracker.job(monday).state, CopyJobState::Completed, 20'000);
    QCOMPARE(tracker.percent(monday), std::optional<double>(100.0));

    const QString tuesday = tracker.submit(*request);
    QTRY_COMPARE_WITH_TIMEOUT(tracker.job(tuesday).state, CopyJobState::Completed, 20'000);
    QVERIFY(m_fixture->backupNamed(*connection, QStringLiteral("IAD"), QStringLiteral("tue-iad")));
}

QTEST_GUILESS_MAIN(TestRackspaceCopies)
#include "tst_rackspacecopies.moc"
