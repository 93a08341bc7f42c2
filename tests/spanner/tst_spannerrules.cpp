// Every rule of backups:copy and backups.create twice: Copydeck refuses the request beside the
// right field before sending it, and the same request sent with that check bypassed gets Google's
// own error from the sandbox. Plus the refusals only the cloud can make (an id in use, a pending
// create, a missing IAM permission), and the rules' accepting side.

#include "SpannerSandboxFixture.h"

#include "providers/spanner/SpannerCopyRules.h"
#include "providers/spanner/SpannerJson.h"

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

using F = SpannerSandboxFixture;

QString key(const QString &location)
{
    return QStringLiteral("projects/copydeck-demo/locations/%1/keyRings/backups/cryptoKeys/k")
        .arg(location);
}

struct Case
{
    const char *name;
    bool create;
    const char *field;
    const char *status; // Google's canonical code
    std::function<void(CopyRequest &, SpannerSandboxFixture &, SpannerConnection &)> spoil;
};

const QList<Case> &cases()
{
    static const QList<Case> list = {
        {"id with capitals", false, CopyField::Name, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) { r.name = QStringLiteral("Daily-Copy"); }},
        {"id of one character", false, CopyField::Name, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) { r.name = QStringLiteral("a"); }},
        {"id of 61 characters", false, CopyField::Name, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) { r.name = QString(61, QLatin1Char('a')); }},
        {"id ending in a dash", false, CopyField::Name, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) { r.name = QStringLiteral("daily-"); }},
        {"copy expiring under 6 h after the source was made", false, CopyField::ExpireTime,
         "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) { r.expireTime = r.source.created.addSecs(5 * 3600); }},
        {"copy expiring over 366 d after the source was made", false, CopyField::ExpireTime,
         "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) { r.expireTime = r.source.created.addDays(367); }},
        {"copy without expiry", false, CopyField::ExpireTime, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) { r.expireTime = QDateTime(); }},
        {"copy of a CREATING backup", false, CopyField::Source, "FAILED_PRECONDITION",
         [](CopyRequest &r, SpannerSandboxFixture &f, SpannerConnection &c) {
             r.source = *f.backup(c, F::OrdersProd + QStringLiteral("/backups/orders-nightly"));
             r.expireTime = r.source.created.addDays(2);
         }},
        {"customer-managed without a key", false, CopyField::Encryption, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) {
             r.encryptionType = SpannerCopyRules::CustomerManagedEncryption;
         }},
        {"keys that miss a region of nam3", false, CopyField::Encryption, "INVALID_ARGUMENT",
         [](CopyRequest &r, SpannerSandboxFixture &f, SpannerConnection &c) {
             r.destination = *f.instance(c, F::OrdersProd);
             r.encryptionType = SpannerCopyRules::CustomerManagedEncryption;
             r.kmsKeyNames = {key(QStringLiteral("us-east4"))};
         }},
        {"key outside the regional configuration", false, CopyField::Encryption, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) {
             r.encryptionType = SpannerCopyRules::CustomerManagedEncryption;
             r.kmsKeyNames = {key(QStringLiteral("us-central1"))};
         }},
        {"malformed key name", false, CopyField::Encryption, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) {
             r.encryptionType = SpannerCopyRules::CustomerManagedEncryption;
             r.kmsKeyNames = {QStringLiteral("europe-west1/my-key")};
         }},
        {"key with Google-managed encryption", false, CopyField::Encryption, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) {
             r.encryptionType = SpannerCopyRules::GoogleDefaultEncryption;
             r.kmsKeyNames = {key(QStringLiteral("europe-west1"))};
         }},
        {"create's encryption type on a copy", false, CopyField::Encryption, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) {
             r.encryptionType = SpannerCopyRules::CreateDefaultEncryption;
         }},
        {"create expiring in under 6 h", true, CopyField::ExpireTime, "INVALID_ARGUMENT",
         [](CopyRequest &r, SpannerSandboxFixture &f, auto &) {
             r.expireTime = f.clientClock().now().addSecs(5 * 3600);
         }},
        {"create expiring in over 366 d", true, CopyField::ExpireTime, "INVALID_ARGUMENT",
         [](CopyRequest &r, SpannerSandboxFixture &f, auto &) {
             r.expireTime = f.clientClock().now().addDays(367);
         }},
        {"version time in the future", true, SpannerCopyRules::VersionTimeField, "INVALID_ARGUMENT",
         [](CopyRequest &r, SpannerSandboxFixture &f, auto &) {
             r.versionTime = f.clientClock().now().addSecs(600);
         }},
        {"version time before the retention period", true, SpannerCopyRules::VersionTimeField,
         "INVALID_ARGUMENT",
         [](CopyRequest &r, SpannerSandboxFixture &f, auto &) {
             r.versionTime = f.clientClock().now().addSecs(-2 * 3600);
         }},
        {"database of another instance", true, CopyField::Destination, "INVALID_ARGUMENT",
         [](CopyRequest &r, SpannerSandboxFixture &f, SpannerConnection &c) {
             r.destination = *f.instance(c, F::OrdersProd);
         }},
        {"create with a key outside the configuration", true, CopyField::Encryption,
         "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) {
             r.encryptionType = SpannerCopyRules::CustomerManagedEncryption;
             r.kmsKeyNames = {key(QStringLiteral("us-east1"))};
         }},
        {"copy's encryption type on a create", true, CopyField::Encryption, "INVALID_ARGUMENT",
         [](CopyRequest &r, auto &, auto &) {
             r.encryptionType = SpannerCopyRules::CopyDefaultEncryption;
         }},
    };
    return list;
}

} // namespace

class TestSpannerRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusedBeforeSendingAndByGoogle_data();
    void refusedBeforeSendingAndByGoogle();
    void copyOfACopyMustExpireBeforeTheOriginalsLimit();
    void acceptedRequestsPassBothChecks();
    void onlyTheCloudKnowsTheseRefusals();
    void expiryWindowsForTheDialog();

private:
    std::optional<SpannerSandboxFixture> m_fixture;
    std::unique_ptr<SpannerConnection> m_connection;
};

void TestSpannerRules::init()
{
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_connection = m_fixture->connectServiceAccount();
}

void TestSpannerRules::cleanup()
{
    m_connection.reset();
    m_fixture.reset();
}

void TestSpannerRules::refusedBeforeSendingAndByGoogle_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).name) << i;
}

void TestSpannerRules::refusedBeforeSendingAndByGoogle()
{
    QFETCH(int, index);
    const Case &c = cases().at(index);
    CopyRequest request = c.create
        ? m_fixture->createRequest(*m_connection, QStringLiteral("ruled"))
        : m_fixture->copyRequest(*m_connection, QStringLiteral("ruled"));
    QVERIFY(request.source.isValid());
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    c.spoil(request, *m_fixture, *m_connection);

    const QList<ValidationIssue> issues = m_fixture->provider().validateCopy(request);
    QVERIFY2(!issues.isEmpty(), "Copydeck let it through");
    QCOMPARE(issues.constFirst().field, QLatin1String(c.field));
    QVERIFY(!issues.constFirst().message.isEmpty());

    // Bypassed: the connection sends what it is given.
    AWAIT(sent,
          c.create ? m_connection->startCreateBackup(request) : m_connection->startCopy(request));
    QVERIFY2(!sent.ok(), "Google accepted it");
    QCOMPARE(sent.error().cloudCode, QLatin1String(c.status));
    QVERIFY(!sent.error().cloudMessage.isEmpty());
    QVERIFY(!sent.error().explanation.isEmpty());
    QVERIFY(!sent.error().nextStep.isEmpty());
    QCOMPARE(sent.error().httpStatus, 400);
    // Nothing was made.
    QVERIFY(!m_fixture->backup(*m_connection,
                               request.destination.id + QStringLiteral("/backups/ruled")));
}

void TestSpannerRules::copyOfACopyMustExpireBeforeTheOriginalsLimit()
{
    // A copy keeps its source's maxExpireTime: 366 days after the original was made, not after
    // the copy was.
    CopyRequest first = m_fixture->copyRequest(*m_connection, QStringLiteral("first-copy"));
    first.source = *m_fixture->backup(
        *m_connection, F::OrdersProd + QStringLiteral("/backups/customers-weekly-02"));
    first.expireTime = first.source.created.addDays(30);
    AWAIT_OK(started, m_connection->startCopy(first));
    m_fixture->advance(30 * 60);
    AWAIT_OK(done, m_connection->pollCopy(started.value()));
    QCOMPARE(done.value().state, CopyJobState::Completed);

    CopyRequest second = m_fixture->copyRequest(*m_connection, QStringLiteral("second-copy"));
    second.source
        = *m_fixture->backup(*m_connection, F::OrdersEu + QStringLiteral("/backups/first-copy"));
    const QDateTime limit = *SpannerJson::maxExpireTime(second.source);
    QCOMPARE(limit, first.source.created.addDays(366));
    second.expireTime
        = second.source.created.addDays(360); // inside 366 d of the copy, past the limit
    QVERIFY(second.expireTime >= limit);
    const auto issues = m_fixture->provider().validateCopy(second);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().field, QLatin1String(CopyField::ExpireTime));
    AWAIT(refused, m_connection->startCopy(second));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().cloudCode, QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(refused.error().cloudMessage.contains(QStringLiteral("max_expire_time")));

    second.expireTime = SpannerCopyRules::copyExpireWindow(second.source).second;
    QVERIFY(m_fixture->provider().validateCopy(second).isEmpty());
    AWAIT_OK(accepted, m_connection->startCopy(second));
}

void TestSpannerRules::acceptedRequestsPassBothChecks()
{
    // Customer-managed keys covering nam3 region by region, and with one multi-region key.
    CopyRequest regional = m_fixture->copyRequest(*m_connection, QStringLiteral("keyed-copy"));
    regional.destination = *m_fixture->instance(*m_connection, F::OrdersProd);
    regional.encryptionType = SpannerCopyRules::CustomerManagedEncryption;
    regional.kmsKeyNames = {key(QStringLiteral("us-east4")), key(QStringLiteral("us-east1"))};
    QVERIFY(m_fixture->provider().validateCopy(regional).isEmpty());
    AWAIT_OK(first, m_connection->startCopy(regional));

    CopyRequest multi = regional;
    multi.name = QStringLiteral("keyed-copy-2");
    multi.kmsKeyNames = {key(QStringLiteral("nam3"))};
    QVERIFY(m_fixture->provider().validateCopy(multi).isEmpty());
    AWAIT_OK(second, m_connection->startCopy(multi));

    CopyRequest google = m_fixture->copyRequest(*m_connection, QStringLiteral("g-copy"));
    google.encryptionType = SpannerCopyRules::GoogleDefaultEncryption;
    QVERIFY(m_fixture->provider().validateCopy(google).isEmpty());
    AWAIT_OK(third, m_connection->startCopy(google));

    CopyRequest create = m_fixture->createRequest(*m_connection, QStringLiteral("keyed-create"));
    create.encryptionType = SpannerCopyRules::CustomerManagedEncryption;
    create.kmsKeyNames = {key(QStringLiteral("europe-west1"))};
    create.expireTime = m_fixture->clientClock().now().addDays(366);
    QVERIFY(m_fixture->provider().validateCopy(create).isEmpty());
    AWAIT_OK(fourth, m_connection->startCreateBackup(create));
    m_fixture->advance(11 * 60);
    const auto made
        = m_fixture->backup(*m_connection, F::OrdersEu + QStringLiteral("/backups/keyed-create"));
    QVERIFY(made);
    QVERIFY(made->encryption.contains(QStringLiteral("Customer-managed")));
}

void TestSpannerRules::onlyTheCloudKnowsTheseRefusals()
{
    // An id in use.
    CopyRequest taken = m_fixture->copyRequest(*m_connection, QStringLiteral("orders-eu-daily-01"));
    QVERIFY(m_fixture->provider().validateCopy(taken).isEmpty());
    AWAIT(exists, m_connection->startCopy(taken));
    QVERIFY(!exists.ok());
    QCOMPARE(exists.error().cloudCode, QStringLiteral("ALREADY_EXISTS"));
    QCOMPARE(exists.error().httpStatus, 409);
    QCOMPARE(exists.error().kind, CloudError::Kind::Conflict);

    // One pending create per database.
    AWAIT_OK(pending,
             m_connection->startCreateBackup(
                 m_fixture->createRequest(*m_connection, QStringLiteral("first-make"))));
    AWAIT(second,
          m_connection->startCreateBackup(
              m_fixture->createRequest(*m_connection, QStringLiteral("second-make"))));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().cloudCode, QStringLiteral("FAILED_PRECONDITION"));

    // An IAM permission the demo identity lacks, named by Google and by Copydeck.
    CopyRequest denied = m_fixture->copyRequest(*m_connection, QStringLiteral("denied-copy"));
    denied.destination = *m_fixture->instance(*m_connection, F::ArchiveUs);
    AWAIT(forbidden, m_connection->startCopy(denied));
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().cloudCode, QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(forbidden.error().kind, CloudError::Kind::Permission);
    QVERIFY(forbidden.error().explanation.contains(QStringLiteral("spanner.backups.create")));
    QVERIFY(forbidden.error().explanation.contains(F::ArchiveUs));
}

void TestSpannerRules::expiryWindowsForTheDialog()
{
    const auto source = *m_fixture->backup(
        *m_connection, F::OrdersProd + QStringLiteral("/backups/orders-daily-01"));
    const auto [earliest, latest] = SpannerCopyRules::copyExpireWindow(source);
    QCOMPARE(earliest, source.created.addSecs(6 * 3600));
    QCOMPARE(latest, source.created.addDays(366).addSecs(-1)); // before maxExpireTime
    QVERIFY(!SpannerCopyRules::checkCopyExpireTime(earliest, source));
    QVERIFY(!SpannerCopyRules::checkCopyExpireTime(latest, source));
    QVERIFY(SpannerCopyRules::checkCopyExpireTime(earliest.addSecs(-1), source));
    QVERIFY(SpannerCopyRules::checkCopyExpireTime(latest.addSecs(1), source));
    QCOMPARE(SpannerCopyRules::regionsOfConfig(
                 QStringLiteral("projects/p/instanceConfigs/regional-asia-east1")),
             QStringList({QStringLiteral("asia-east1")}));
    QVERIFY(!SpannerCopyRules::regionsOfConfig(QStringLiteral("custom-config")));

    AWAIT_OK(regions,
             m_connection->instanceConfigRegions(
                 QStringLiteral("projects/copydeck-demo/instanceConfigs/nam3")));
    QCOMPARE(regions.value(), *SpannerCopyRules::regionsOfConfig(QStringLiteral("nam3")));
}

QTEST_GUILESS_MAIN(TestSpannerRules)
#include "tst_spannerrules.moc"
