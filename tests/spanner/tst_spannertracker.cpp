// Spanner through Copydeck's job tracker, as the window uses it: a create and a copy followed to
// READY with the cloud's percentage, a cancel that removes the destination, and a send cut short
// by a restart that the next tracker finds through findSentCopy instead of sending twice. The
// sandbox and the client run on clocks the test moves while the tracker polls.

#include "SpannerSandboxFixture.h"

#include "core/AccountConnections.h"
#include "core/ProviderRegistry.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"
#include "sandbox/spanner/SpannerState.h"

#include <QTemporaryDir>
#include <QTimer>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

using F = SpannerSandboxFixture;

} // namespace

class TestSpannerTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createIsFollowedToReady();
    void copyIsFollowedWithRisingPercent();
    void cancelRemovesTheDestination();
    void restartAfterAnUnansweredSendFindsTheCopy_data();
    void restartAfterAnUnansweredSendFindsTheCopy();

private:
    // Simulated time passes while the tracker works: `seconds` every 20 ms of real time.
    void runClocks(qint64 seconds);
    void startTracker(CopyLedger *ledger = nullptr);

    std::optional<SpannerSandboxFixture> m_fixture;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<AccountConnections> m_connections;
    std::unique_ptr<CopyJobTracker> m_tracker;
    std::unique_ptr<SpannerConnection> m_look; // the test's own view of the cloud
    QTimer m_ticker;
    qint64 m_step = 0;
};

void TestSpannerTracker::init()
{
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_registry = std::make_unique<ProviderRegistry>();
    m_registry->add(std::make_unique<SpannerProvider>(QProcessEnvironment(), m_fixture->homePath(),
                                                      &m_fixture->clientClock()));
    m_connections = std::make_unique<AccountConnections>(*m_registry, m_fixture->context());
    m_connections->setAccounts({m_fixture->serviceAccount()});
    m_look = m_fixture->connectServiceAccount();
    m_ticker.setInterval(20);
    connect(&m_ticker, &QTimer::timeout, this, [this] { m_fixture->advance(m_step); });
}

void TestSpannerTracker::cleanup()
{
    m_ticker.stop();
    m_tracker.reset();
    m_look.reset();
    m_connections.reset();
    m_registry.reset();
    m_fixture.reset();
}

void TestSpannerTracker::runClocks(qint64 seconds)
{
    m_step = seconds;
    if (seconds > 0)
        m_ticker.start();
    else
        m_ticker.stop();
}

void TestSpannerTracker::startTracker(CopyLedger *ledger)
{
    m_tracker = std::make_unique<CopyJobTracker>(m_connections.get(), nullptr,
                                                 &m_fixture->clientClock(), ledger);
    m_tracker->setPollSchedule(PollSchedule::fast());
}

void TestSpannerTracker::createIsFollowedToReady()
{
    startTracker();
    const CopyRequest request = m_fixture->createRequest(*m_look, QStringLiteral("tracked-create"));
    QVERIFY(request.source.isValid());
    const QString id = m_tracker->submit(request);
    QTRY_COMPARE(m_tracker->job(id).state, CopyJobState::Running);
    QCOMPARE(m_tracker->job(id).operation, CopyOperation::CreateBackup);
    runClocks(30);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(id).state, CopyJobState::Completed, 20000);
    runClocks(0);
    QCOMPARE(m_tracker->job(id).destinationBackupId,
             F::OrdersEu + QStringLiteral("/backups/tracked-create"));
    const auto made
        = m_fixture->backup(*m_look, F::OrdersEu + QStringLiteral("/backups/tracked-create"));
    QVERIFY(made);
    QCOMPARE(made->rawState, QStringLiteral("READY"));
}

void TestSpannerTracker::copyIsFollowedWithRisingPercent()
{
    startTracker();
    const QString id
        = m_tracker->submit(m_fixture->copyRequest(*m_look, QStringLiteral("tracked-copy")));
    QList<double> seen;
    connect(m_tracker.get(), &CopyJobTracker::jobChanged, this, [&](const QString &changed) {
        const auto percent = m_tracker->percent(changed);
        if (changed == id && percent && !m_tracker->percentIsEstimate(changed)
            && (seen.isEmpty() || seen.constLast() != *percent))
            seen << *percent;
    });
    QTRY_COMPARE(m_tracker->job(id).state, CopyJobState::Running);
    runClocks(20);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(id).state, CopyJobState::Completed, 20000);
    runClocks(0);
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.constLast(), 100.0);
}

void TestSpannerTracker::cancelRemovesTheDestination()
{
    startTracker();
    const QString id
        = m_tracker->submit(m_fixture->copyRequest(*m_look, QStringLiteral("tracked-cancel")));
    QTRY_COMPARE(m_tracker->job(id).state, CopyJobState::Running);
    runClocks(10);
    QTRY_VERIFY(m_tracker->job(id).percent.value_or(0) > 10);
    runClocks(0);
    QVERIFY(m_tracker->canCancel(id));
    m_tracker->cancel(id);
    QTRY_COMPARE(m_tracker->job(id).state, CopyJobState::Cancelled);
    QVERIFY(!m_fixture->backup(*m_look, F::OrdersEu + QStringLiteral("/backups/tracked-cancel")));
}

void TestSpannerTracker::restartAfterAnUnansweredSendFindsTheCopy_data()
{
    QTest::addColumn<bool>("operationListed");
    QTest::newRow("found by its operation") << true;
    // Google keeps operations for a while only: the backup, still CREATING, is followed itself.
    QTest::newRow("operation no longer listed") << false;
}

void TestSpannerTracker::restartAfterAnUnansweredSendFindsTheCopy()
{
    QFETCH(bool, operationListed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    auto opened = CopyLedger::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().userText()));
    std::unique_ptr<CopyLedger> ledger = std::move(opened).value();
    startTracker(ledger.get());
    const CopyRequest request = m_fixture->copyRequest(*m_look, QStringLiteral("sent-then-lost"));
    const QString id = m_tracker->submit(request);
    // Copydeck stops while the request is on its way: written down as Submitting, then gone.
    QCOMPARE(m_tracker->job(id).state, CopyJobState::Submitting);
    m_tracker.reset();
    ledger.reset();
    // The cloud got it anyway (sent here as the interrupted send would have).
    AWAIT_OK(sentAnyway, m_look->startCopy(request));
    const QString backupName = F::OrdersEu + QStringLiteral("/backups/sent-then-lost");
    if (!operationListed) {
        // Stand-in for an operation Google no longer lists: it no longer names the source.
        auto operation = m_fixture->sandbox().state().operations.find(sentAnyway.value().remoteId);
        QVERIFY(operation != m_fixture->sandbox().state().operations.end());
        operation->source = QStringLiteral("projects/elsewhere/instances/x/backups/y");
    }

    opened = CopyLedger::open(path);
    QVERIFY(opened.ok());
    ledger = std::move(opened).value();
    startTracker(ledger.get());
    QTRY_COMPARE(m_tracker->job(id).remoteId,
                 operationListed ? sentAnyway.value().remoteId : backupName);
    runClocks(30);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(id).state, CopyJobState::Completed, 20000);
    runClocks(0);
    QCOMPARE(m_tracker->job(id).destinationBackupId, backupName);
    // One copy, one operation: nothing was sent twice.
    AWAIT_OK(operations,
             m_look->listOperations(*m_fixture->instance(*m_look, F::OrdersEu),
                                    QStringLiteral("metadata.@type=type.googleapis.com/"
                                                   "google.spanner.admin.database.v1."
                                                   "CopyBackupMetadata"),
                                    {}));
    QCOMPARE(operations.value().operations.size(), 1);
    m_tracker.reset();
}

QTEST_GUILESS_MAIN(TestSpannerTracker)
#include "tst_spannertracker.moc"
