// The Spanner client against the sandbox over loopback: instances of every project, backups page
// by page and filtered, a copy and a create rising to READY, a cancelled copy leaving nothing
// behind, the expiry update, operations listed, interrupted sends found again, a refused token
// replaced.

#include "SpannerSandboxFixture.h"

#include "providers/spanner/SpannerJson.h"
#include "sandbox/spanner/SpannerState.h"

#include <QSet>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

using F = SpannerSandboxFixture;

QStringList idsOf(const QList<Location> &locations)
{
    QStringList ids;
    for (const Location &location : locations)
        ids << location.id;
    return ids;
}

QStringList namesOf(const QList<Backup> &backups)
{
    QStringList names;
    for (const Backup &backup : backups)
        names << backup.name;
    return names;
}

} // namespace

class TestSpannerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsInstancesOfEveryProjectPageByPage();
    void pagesThroughBackupsAndFilters();
    void mapsWhatTheSandboxHolds();
    void copyRisesToReadyAndIsListed();
    void createRisesToReady();
    void cancelledCopyLeavesNoBackup();
    void expiryIsExtended();
    void operationsAreListedWithFilters();
    void interruptedCopyIsFoundAgain();
    void interruptedCreateIsFoundAgain();
    void copyWhoseOperationIsGoneIsFollowedByItsBackup();
    void unsentRequestIsNotFound();
    void refusedTokenIsReplacedOnce();
    void authorizedUserAccountWorks();
    void projectsComeFromTheKeyWhenTheAccountListsNone();
    void errorsKeepGooglesWords();

private:
    std::optional<SpannerSandboxFixture> m_fixture;
};

void TestSpannerClient::init()
{
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestSpannerClient::cleanup()
{
    m_fixture.reset();
}

void TestSpannerClient::listsInstancesOfEveryProjectPageByPage()
{
    auto onePerPage = m_fixture->connectServiceAccount(1);
    auto whole = m_fixture->connectServiceAccount(1000);
    AWAIT_OK(paged, onePerPage->listLocations());
    AWAIT_OK(unpaged, whole->listLocations());
    QCOMPARE(idsOf(paged.value()), idsOf(unpaged.value()));
    QCOMPARE(idsOf(paged.value()),
             QStringList({F::OrdersEu, F::OrdersProd, F::ArchiveEu, F::ArchiveUs}));
    for (const Location &location : paged.value()) {
        QCOMPARE(location.kind, Location::Kind::Instance);
        QCOMPARE(location.cloud, QStringLiteral("spanner"));
        QCOMPARE(location.accountId, QStringLiteral("spanner-sa"));
        QCOMPARE(location.owner, SpannerJson::projectOf(location.id));
    }
    const Location prod = paged.value().at(1);
    QCOMPARE(prod.name, QStringLiteral("orders-prod"));
    QCOMPARE(prod.displayName, QStringLiteral("Orders (production)"));
    QCOMPARE(prod.region, QStringLiteral("nam3"));

    AWAIT_OK(destinations, whole->listCopyDestinations(Backup()));
    QCOMPARE(idsOf(destinations.value()), idsOf(unpaged.value()));
    AWAIT_OK(tested, whole->testConnection());
}

void TestSpannerClient::pagesThroughBackupsAndFilters()
{
    auto small = m_fixture->connectServiceAccount(2);
    const auto prod = m_fixture->instance(*small, F::OrdersProd);
    QVERIFY(prod);
    AWAIT_OK(first, small->listBackups(*prod, {}));
    QCOMPARE(first.value().backups.size(), 2);
    QVERIFY(!first.value().nextPageToken.isEmpty());

    const QList<Backup> all = m_fixture->allBackups(*small, *prod);
    QCOMPARE(all.size(), 11); // 7 daily, 2 weekly, cmek, nightly
    const QStringList names = namesOf(all);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 11);
    // Newest first, as Google orders them.
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).created >= all.at(i).created);

    const QList<Backup> ready = m_fixture->allBackups(*small, *prod, QStringLiteral("state:READY"));
    QCOMPARE(ready.size(), 10);
    QVERIFY(!namesOf(ready).contains(QStringLiteral("orders-nightly")));
    const QList<Backup> daily = m_fixture->allBackups(
        *small, *prod,
        QStringLiteral("name:orders-daily AND create_time < \"%1\"")
            .arg(SpannerJson::formatTime(m_fixture->clientClock().now().addDays(-3).addSecs(60))));
    QCOMPARE(namesOf(daily),
             QStringList({QStringLiteral("orders-daily-03"), QStringLiteral("orders-daily-04"),
                          QStringLiteral("orders-daily-05"), QStringLiteral("orders-daily-06"),
                          QStringLiteral("orders-daily-07")}));

    // The account's own filter applies to the plain listing.
    Account filtered = m_fixture->serviceAccount();
    filtered.settings.insert(QStringLiteral("backupFilter"), QStringLiteral("state:CREATING"));
    auto onlyCreating = m_fixture->connect(filtered);
    AWAIT_OK(creating, onlyCreating->listBackups(*prod, {}));
    QCOMPARE(namesOf(creating.value().backups), QStringList({QStringLiteral("orders-nightly")}));

    AWAIT(bad, small->listBackupsFiltered(*prod, QStringLiteral("colour = red"), {}));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().cloudCode, QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(bad.error().kind, CloudError::Kind::InvalidRequest);
}

void TestSpannerClient::mapsWhatTheSandboxHolds()
{
    auto connection = m_fixture->connectServiceAccount();
    const auto cmek
        = m_fixture->backup(*connection, F::OrdersProd + QStringLiteral("/backups/orders-cmek"));
    QVERIFY(cmek);
    QCOMPARE(cmek->cloud, QStringLiteral("spanner"));
    QCOMPARE(cmek->name, QStringLiteral("orders-cmek"));
    QCOMPARE(cmek->state, BackupState::Available);
    QCOMPARE(cmek->rawState, QStringLiteral("READY"));
    QCOMPARE(cmek->sourceResource, F::OrdersProd + QStringLiteral("/databases/orders"));
    QVERIFY(cmek->sizeBytes > 0);
    QVERIFY(cmek->encryption.contains(QStringLiteral("orders")));
    QCOMPARE(cmek->expires, cmek->created.addDays(60));
    const auto max = SpannerJson::maxExpireTime(*cmek);
    QVERIFY(max);
    QCOMPARE(*max, cmek->created.addDays(366));
    QCOMPARE(cmek->location.id, F::OrdersProd);

    const auto nightly
        = m_fixture->backup(*connection, F::OrdersProd + QStringLiteral("/backups/orders-nightly"));
    QVERIFY(nightly);
    QCOMPARE(nightly->state, BackupState::Creating);
    QCOMPARE(nightly->sizeBytes, -1);
}

void TestSpannerClient::copyRisesToReadyAndIsListed()
{
    auto connection = m_fixture->connectServiceAccount();
    const CopyRequest request = m_fixture->copyRequest(*connection, QStringLiteral("daily-copy"));
    QVERIFY(request.source.isValid());
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    AWAIT_OK(started, connection->startCopy(request));
    CopyJob job = started.value();
    QCOMPARE(job.operation, CopyOperation::Copy);
    QCOMPARE(job.state, CopyJobState::Running);
    QVERIFY(
        job.remoteId.startsWith(F::OrdersEu + QStringLiteral("/backups/daily-copy/operations/")));
    QCOMPARE(job.cloud, QStringLiteral("spanner"));

    const auto destination
        = m_fixture->backup(*connection, F::OrdersEu + QStringLiteral("/backups/daily-copy"));
    QVERIFY(destination);
    QCOMPARE(destination->rawState, QStringLiteral("CREATING"));

    double last = -1;
    for (int minutes = 0; minutes < 3; ++minutes) {
        m_fixture->advance(5 * 60);
        AWAIT_OK(polled, connection->pollCopy(job));
        job = polled.value();
        QCOMPARE(job.state, CopyJobState::Running);
        QVERIFY(job.percent);
        QVERIFY2(*job.percent > last, qPrintable(QString::number(*job.percent)));
        last = *job.percent;
    }
    QVERIFY(last >= 70 && last < 100);
    m_fixture->advance(10 * 60);
    AWAIT_OK(done, connection->pollCopy(job));
    QCOMPARE(done.value().state, CopyJobState::Completed);
    QCOMPARE(done.value().rawState, QStringLiteral("DONE"));
    QCOMPARE(*done.value().percent, 100.0);
    QCOMPARE(done.value().destinationBackupId, F::OrdersEu + QStringLiteral("/backups/daily-copy"));
    QVERIFY(done.value().completed.isValid());

    const auto copy
        = m_fixture->backup(*connection, F::OrdersEu + QStringLiteral("/backups/daily-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->state, BackupState::Available);
    QCOMPARE(copy->expires, request.expireTime);
    QCOMPARE(copy->sizeBytes, request.source.sizeBytes);
}

void TestSpannerClient::createRisesToReady()
{
    auto connection = m_fixture->connectServiceAccount();
    CopyRequest request = m_fixture->createRequest(*connection, QStringLiteral("on-demand"));
    QVERIFY(request.source.isValid());
    request.versionTime = m_fixture->clientClock().now().addSecs(-600);
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    AWAIT_OK(started, connection->startCreateBackup(request));
    QCOMPARE(started.value().operation, CopyOperation::CreateBackup);
    QCOMPARE(started.value().state, CopyJobState::Running);

    m_fixture->advance(5 * 60);
    AWAIT_OK(half, connection->pollCopy(started.value()));
    QVERIFY(*half.value().percent >= 40 && *half.value().percent < 100);
    m_fixture->advance(6 * 60);
    AWAIT_OK(done, connection->pollCopy(half.value()));
    QCOMPARE(done.value().state, CopyJobState::Completed);
    const auto made
        = m_fixture->backup(*connection, F::OrdersEu + QStringLiteral("/backups/on-demand"));
    QVERIFY(made);
    QCOMPARE(made->state, BackupState::Available);
    QCOMPARE(made->sourceResource, request.source.id);
    QCOMPARE(made->details.value(QStringLiteral("Version time")).toDateTime(),
             request.versionTime.toUTC());
    QCOMPARE(made->expires, request.expireTime);
}

void TestSpannerClient::cancelledCopyLeavesNoBackup()
{
    auto connection = m_fixture->connectServiceAccount();
    const CopyRequest request = m_fixture->copyRequest(*connection, QStringLiteral("to-cancel"));
    AWAIT_OK(started, connection->startCopy(request));
    m_fixture->advance(8 * 60);
    AWAIT_OK(running, connection->pollCopy(started.value()));
    QVERIFY(*running.value().percent > 0);
    AWAIT_OK(cancelled, connection->cancelCopy(running.value()));
    AWAIT_OK(after, connection->pollCopy(running.value()));
    QCOMPARE(after.value().state, CopyJobState::Cancelled);
    QCOMPARE(after.value().rawState, QStringLiteral("CANCELLED"));
    QVERIFY(!after.value().error);
    QVERIFY(after.value().completed.isValid());
    QVERIFY(!m_fixture->backup(*connection, F::OrdersEu + QStringLiteral("/backups/to-cancel")));

    // A finished operation cannot be cancelled again: Google's FAILED_PRECONDITION.
    AWAIT(again, connection->cancelCopy(after.value()));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().cloudCode, QStringLiteral("FAILED_PRECONDITION"));
}

void TestSpannerClient::expiryIsExtended()
{
    auto connection = m_fixture->connectServiceAccount();
    auto backup = m_fixture->backup(*connection,
                                    F::OrdersProd + QStringLiteral("/backups/orders-daily-02"));
    QVERIFY(backup);
    const QDateTime later = backup->expires.addDays(60);
    AWAIT_OK(updated, connection->updateExpireTime(*backup, later));
    QCOMPARE(updated.value().expires, later);
    QCOMPARE(updated.value().id, backup->id);
    QCOMPARE(updated.value().location, backup->location);
    const auto listed = m_fixture->backup(*connection, backup->id);
    QCOMPARE(listed->expires, later);

    AWAIT(tooLate, connection->updateExpireTime(*backup, backup->created.addDays(400)));
    QVERIFY(!tooLate.ok());
    QCOMPARE(tooLate.error().cloudCode, QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(tooLate.error().httpStatus, 400);
}

void TestSpannerClient::operationsAreListedWithFilters()
{
    auto connection = m_fixture->connectServiceAccount(1);
    const CopyRequest copy = m_fixture->copyRequest(*connection, QStringLiteral("listed-copy"));
    AWAIT_OK(copyJob, connection->startCopy(copy));
    const CopyRequest create
        = m_fixture->createRequest(*connection, QStringLiteral("listed-create"));
    AWAIT_OK(createJob, connection->startCreateBackup(create));

    const auto eu = m_fixture->instance(*connection, F::OrdersEu);
    QStringList all;
    QString token;
    do {
        AWAIT_OK(page, connection->listOperations(*eu, {}, token));
        QVERIFY(page.value().operations.size() <= 1);
        for (const CopyJob &job : page.value().operations)
            all << job.remoteId;
        token = page.value().nextPageToken;
    } while (!token.isEmpty());
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()),
             QSet<QString>({copyJob.value().remoteId, createJob.value().remoteId}));

    // One page holds everything from here: what is missing was filtered out.
    auto whole = m_fixture->connectServiceAccount(1000);
    AWAIT_OK(copies,
             whole->listOperations(
                 *eu, QStringLiteral("metadata.@type=") + SpannerJson::CopyMetadataType, {}));
    QCOMPARE(copies.value().operations.size(), 1);
    QCOMPARE(copies.value().operations.constFirst().remoteId, copyJob.value().remoteId);
    QCOMPARE(copies.value().operations.constFirst().sourceId, copy.source.id);
    QCOMPARE(copies.value().operations.constFirst().operation, CopyOperation::Copy);

    m_fixture->advance(11 * 60); // the create is done, the copy is not
    AWAIT_OK(done, whole->listOperations(*eu, QStringLiteral("done:true"), {}));
    QCOMPARE(done.value().operations.size(), 1);
    QCOMPARE(done.value().operations.constFirst().remoteId, createJob.value().remoteId);
    QCOMPARE(done.value().operations.constFirst().state, CopyJobState::Completed);
    AWAIT_OK(fromSource,
             whole->listOperations(*eu,
                                   QStringLiteral("(metadata.@type=%1) AND "
                                                  "(metadata.source_backup:orders-daily-01) AND "
                                                  "(metadata.progress.progress_percent > 50) AND "
                                                  "NOT done:true")
                                       .arg(SpannerJson::CopyMetadataType),
                                   {}));
    QCOMPARE(fromSource.value().operations.size(), 1);
    QCOMPARE(fromSource.value().operations.constFirst().remoteId, copyJob.value().remoteId);
    AWAIT_OK(failed, whole->listOperations(*eu, QStringLiteral("error:*"), {}));
    QVERIFY(failed.value().operations.isEmpty());
    AWAIT(unordered, whole->listOperations(*eu, QStringLiteral("metadata.name:listed"), {}));
    QVERIFY(!unordered.ok());
    QCOMPARE(unordered.error().cloudCode, QStringLiteral("INVALID_ARGUMENT"));
}

void TestSpannerClient::interruptedCopyIsFoundAgain()
{
    auto connection = m_fixture->connectServiceAccount();
    const QDateTime written = m_fixture->clientClock().now();
    const CopyRequest request = m_fixture->copyRequest(*connection, QStringLiteral("sent-once"));
    AWAIT_OK(started, connection->startCopy(request));
    AWAIT_OK(found, connection->findSentCopy(request, written));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->remoteId, started.value().remoteId);
    QCOMPARE(found.value()->state, CopyJobState::Running);
    QCOMPARE(found.value()->sourceId, request.source.id);

    // Done by the time Copydeck looks: still the operation, finished.
    m_fixture->advance(30 * 60);
    AWAIT_OK(finished, connection->findSentCopy(request, written));
    QVERIFY(finished.value().has_value());
    QCOMPARE(finished.value()->state, CopyJobState::Completed);

    // The same id from the same source, but made long before this request was written: not ours.
    m_fixture->advance(3600);
    AWAIT_OK(older, connection->findSentCopy(request, m_fixture->clientClock().now()));
    QVERIFY(!older.value().has_value());
    // And sending it again is Google's ALREADY_EXISTS, not a second copy.
    AWAIT(resent, connection->startCopy(request));
    QVERIFY(!resent.ok());
    QCOMPARE(resent.error().cloudCode, QStringLiteral("ALREADY_EXISTS"));
    QCOMPARE(resent.error().kind, CloudError::Kind::Conflict);
}

void TestSpannerClient::interruptedCreateIsFoundAgain()
{
    auto connection = m_fixture->connectServiceAccount();
    const QDateTime written = m_fixture->clientClock().now();
    const CopyRequest request = m_fixture->createRequest(*connection, QStringLiteral("made-once"));
    AWAIT_OK(started, connection->startCreateBackup(request));
    AWAIT_OK(found, connection->findSentCopy(request, written));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->remoteId, started.value().remoteId);
    QCOMPARE(found.value()->operation, CopyOperation::CreateBackup);
}

void TestSpannerClient::copyWhoseOperationIsGoneIsFollowedByItsBackup()
{
    auto connection = m_fixture->connectServiceAccount();
    const QDateTime written = m_fixture->clientClock().now();
    const CopyRequest request = m_fixture->copyRequest(*connection, QStringLiteral("op-gone"));
    AWAIT_OK(started, connection->startCopy(request));
    // Google no longer lists the operation for this backup (its operation history is short);
    // the backup is still CREATING. Stand-in: the operation goes on, but no longer names the
    // source, so neither listing finds it.
    auto operation = m_fixture->sandbox().state().operations.find(started.value().remoteId);
    QVERIFY(operation != m_fixture->sandbox().state().operations.end());
    operation->source = QStringLiteral("projects/elsewhere/instances/x/backups/y");

    AWAIT_OK(found, connection->findSentCopy(request, written));
    QVERIFY(found.value().has_value());
    CopyJob job = *found.value();
    QCOMPARE(job.state, CopyJobState::Running);
    QCOMPARE(job.remoteId, job.destinationBackupId); // the backup is what is followed
    QCOMPARE(job.destinationBackupId, request.destination.id + QStringLiteral("/backups/op-gone"));

    // Followed through the backup itself until it is READY.
    AWAIT_OK(running, connection->pollCopy(job));
    QCOMPARE(running.value().state, CopyJobState::Running);
    QCOMPARE(running.value().rawState, QStringLiteral("CREATING"));
    m_fixture->advance(30 * 60);
    AWAIT_OK(ready, connection->pollCopy(job));
    QCOMPARE(ready.value().state, CopyJobState::Completed);
    QCOMPARE(ready.value().percent, std::optional<double>(100.0));

    // It cannot be cancelled (there is no operation), and says so.
    AWAIT(cancelled, connection->cancelCopy(job));
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().userText().contains(QLatin1String("no longer lists")),
             qPrintable(cancelled.error().userText()));

    // A backup that vanished (failed or cancelled elsewhere) ends the job as failed, saying so.
    job.remoteId = request.destination.id + QStringLiteral("/backups/never-there");
    AWAIT_OK(gone, connection->pollCopy(job));
    QCOMPARE(gone.value().state, CopyJobState::Failed);
    QVERIFY2(gone.value().statusMessage.contains(QLatin1String("never-there")),
             qPrintable(gone.value().statusMessage));
}

void TestSpannerClient::unsentRequestIsNotFound()
{
    auto connection = m_fixture->connectServiceAccount();
    const QDateTime written = m_fixture->clientClock().now();
    AWAIT_OK(copy,
             connection->findSentCopy(
                 m_fixture->copyRequest(*connection, QStringLiteral("never-sent")), written));
    QVERIFY(!copy.value().has_value());
    AWAIT_OK(create,
             connection->findSentCopy(
                 m_fixture->createRequest(*connection, QStringLiteral("never-made")), written));
    QVERIFY(!create.value().has_value());
    // A backup someone made under this id from another source is not this request's.
    CopyRequest taken = m_fixture->copyRequest(*connection, QStringLiteral("orders-eu-daily-01"));
    AWAIT_OK(other, connection->findSentCopy(taken, written.addDays(-30)));
    QVERIFY(!other.value().has_value());
}

void TestSpannerClient::refusedTokenIsReplacedOnce()
{
    auto connection = m_fixture->connectServiceAccount();
    AWAIT_OK(first, connection->listLocations());
    QCOMPARE(connection->tokens().refreshCount(), 1);
    // The cloud's clock runs an hour ahead: it has let the token expire while the client still
    // thinks it good. The 401 makes the client fetch a new token and send once more.
    m_fixture->advanceSandbox(3600);
    AWAIT_OK(second, connection->listLocations());
    QCOMPARE(connection->tokens().refreshCount(), 2);
    QCOMPARE(idsOf(second.value()), idsOf(first.value()));
}

void TestSpannerClient::authorizedUserAccountWorks()
{
    auto connection = m_fixture->connect(m_fixture->serviceAccount(0, true));
    AWAIT_OK(locations, connection->listLocations());
    QCOMPARE(locations.value().size(), 4);
}

void TestSpannerClient::projectsComeFromTheKeyWhenTheAccountListsNone()
{
    Account account = m_fixture->serviceAccount();
    account.settings.remove(QStringLiteral("projects"));
    auto connection = m_fixture->connect(account);
    AWAIT_OK(projects, connection->projects());
    QCOMPARE(projects.value(), QStringList({F::Demo})); // the key's project_id
    AWAIT_OK(locations, connection->listLocations());
    QCOMPARE(idsOf(locations.value()), QStringList({F::OrdersEu, F::OrdersProd}));

    account.settings.insert(QStringLiteral("projects"),
                            QStringLiteral("copydeck-archive, copydeck-demo"));
    auto listed = m_fixture->connect(account);
    AWAIT_OK(both, listed->projects());
    QCOMPARE(both.value(), QStringList({F::Archive, F::Demo}));
}

void TestSpannerClient::errorsKeepGooglesWords()
{
    auto connection = m_fixture->connectServiceAccount();
    Location gone = *m_fixture->instance(*connection, F::OrdersEu);
    gone.id = F::OrdersEu + QStringLiteral("-gone");
    AWAIT(missing, connection->listBackups(gone, {}));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().cloudCode, QStringLiteral("NOT_FOUND"));
    QVERIFY(missing.error().cloudMessage.contains(gone.id));
    QVERIFY(missing.error().userText().contains(gone.id));

    Account stranger = m_fixture->serviceAccount();
    stranger.settings.insert(QStringLiteral("projects"), QStringList {QStringLiteral("not-mine")});
    auto denied = m_fixture->connect(stranger);
    AWAIT(refused, denied->listLocations());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Permission);
    QCOMPARE(refused.error().cloudCode, QStringLiteral("PERMISSION_DENIED"));
    QVERIFY(refused.error().explanation.contains(QStringLiteral("spanner.instances.list")));

    Account keyless = m_fixture->serviceAccount();
    keyless.id = QStringLiteral("no-key-stored");
    auto noKey = m_fixture->connect(keyless);
    AWAIT(unauthenticated, noKey->listLocations());
    QVERIFY(!unauthenticated.ok());
    QVERIFY(unauthenticated.error().explanation.contains(QStringLiteral("No key is stored")));
}

QTEST_GUILESS_MAIN(TestSpannerClient)
#include "tst_spannerclient.moc"
