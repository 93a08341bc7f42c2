// Every replicate rule twice: Copydeck's own check (where it can tell before sending) names the
// field, and with that check bypassed the sandbox answers with CBR's error code.
#include "HuaweiSandboxFixture.h"

#include "providers/huawei/HuaweiJson.h"
#include "sandbox/huawei/HuaweiSandbox.h"

#include <QTest>

#include <functional>

using namespace Copydeck;
using namespace Copydeck::Test;

using Breaker = std::function<void(CopyRequest &, HuaweiSandboxFixture &, ProviderConnection &)>;
Q_DECLARE_METATYPE(Breaker)

namespace {

Backup backupWhere(HuaweiSandboxFixture &fixture, ProviderConnection &connection,
                   const QString &region, const QString &vault,
                   const std::function<bool(const Backup &)> &matches)
{
    const auto location = fixture.vault(connection, region, vault);
    if (!location)
        return {};
    for (const Backup &b : fixture.allBackups(connection, *location)) {
        if (matches(b))
            return b;
    }
    return {};
}

Location vaultNamed(HuaweiSandboxFixture &fixture, ProviderConnection &connection,
                    const QString &region, const QString &name)
{
    return fixture.vault(connection, region, name).value_or(Location());
}

} // namespace

class TestHuaweiCopyRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void validRequestPassesBoth();
    void eachRule_data();
    void eachRule();

private:
    std::optional<HuaweiSandboxFixture> m_fixture;
    std::unique_ptr<HuaweiConnection> m_connection;
};

void TestHuaweiCopyRules::initTestCase()
{
    m_fixture.emplace();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_connection = m_fixture->connect(m_fixture->account(HuaweiSandboxFixture::Auth::Keys));
}

void TestHuaweiCopyRules::cleanupTestCase()
{
    m_connection.reset();
    m_fixture.reset();
}

void TestHuaweiCopyRules::validRequestPassesBoth()
{
    const auto source = m_fixture->availableBackup(*m_connection, QStringLiteral("ecs-web-01"));
    QVERIFY(source);
    CopyRequest request = m_fixture->requestTo(*m_connection, *source);
    request.name = QString(64, QLatin1Char('n'));
    request.description = QString(255, QLatin1Char('d'));
    QVERIFY(m_fixture->provider().validateCopy(request).isEmpty());
    AWAIT_OK(started, m_connection->startCopy(request));
}

void TestHuaweiCopyRules::eachRule_data()
{
    QTest::addColumn<Breaker>("breaker");
    QTest::addColumn<QString>("field"); // what Copydeck says first; empty: only the cloud can tell
    QTest::addColumn<QString>("code");
    const QString destination = QLatin1String(CopyField::Destination);
    const QString source = QLatin1String(CopyField::Source);
    QTest::newRow("no destination project")
        << Breaker([](CopyRequest &r, auto &, auto &) { r.destination.owner.clear(); })
        << destination << "BackupService.0001";
    QTest::newRow("no destination region")
        << Breaker([](CopyRequest &r, auto &, auto &) { r.destination.region.clear(); })
        << destination << "BackupService.0001";
    QTest::newRow("no destination vault")
        << Breaker([](CopyRequest &r, auto &, auto &) { r.destination.id.clear(); }) << destination
        << "BackupService.0001";
    QTest::newRow("name of 65 characters")
        << Breaker([](CopyRequest &r, auto &, auto &) { r.name = QString(65, QLatin1Char('n')); })
        << QString::fromLatin1(CopyField::Name) << "BackupService.0001";
    QTest::newRow("description of 256 characters") << Breaker([](CopyRequest &r, auto &, auto &) {
        r.description = QString(256, QLatin1Char('d'));
    }) << QString::fromLatin1(CopyField::Description)
                                                   << "BackupService.0001";
    QTest::newRow("description with <")
        << Breaker([](CopyRequest &r, auto &, auto &) { r.description = QStringLiteral("<b>"); })
        << QString::fromLatin1(CopyField::Description) << "BackupService.0001";
    QTest::newRow("backup that does not exist") << Breaker([](CopyRequest &r, auto &, auto &) {
        r.source.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    }) << QString() << "BackupService.6105";
    QTest::newRow("backup not available")
        << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f, ProviderConnection &c) {
               r.source = backupWhere(
                   f, c, QStringLiteral("cn-north-4"), QStringLiteral("vault-prod-servers"),
                   [](const Backup &b) { return b.rawState == QLatin1String("protecting"); });
           })
        << source << "BackupService.6413";
    QTest::newRow("replica as the source")
        << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f, ProviderConnection &c) {
               r.source = backupWhere(f, c, QStringLiteral("cn-east-3"),
                                      QStringLiteral("vault-dr-shanghai"),
                                      [](const Backup &) { return true; });
               r.destination = vaultNamed(f, c, QStringLiteral("cn-north-4"),
                                          QStringLiteral("vault-replicas-beijing"));
           })
        << source << "BackupService.6414";
    QTest::newRow("region it may not replicate to")
        << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f, ProviderConnection &c) {
               r.destination = vaultNamed(f, c, QStringLiteral("ap-southeast-3"),
                                          QStringLiteral("vault-replicas-singapore"));
           })
        << QString() << "BackupService.6416";
    QTest::newRow("its own region")
        << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f, ProviderConnection &c) {
               r.destination = vaultNamed(f, c, QStringLiteral("cn-north-4"),
                                          QStringLiteral("vault-replicas-beijing"));
           })
        << destination << "BackupService.6416";
    QTest::newRow("project of another region")
        << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f, auto &) {
               r.destination.owner = f.sandbox().huawei()->projectId(QStringLiteral("cn-east-3"));
           })
        << QString() << "BackupService.6415";
    QTest::newRow("vault of another region") << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f,
                                                           ProviderConnection &c) {
        r.destination.id
            = vaultNamed(f, c, QStringLiteral("cn-east-3"), QStringLiteral("vault-dr-shanghai")).id;
    }) << QString() << "BackupService.6302";
    QTest::newRow("backup vault, not a replication vault")
        << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f, ProviderConnection &c) {
               r.destination = vaultNamed(f, c, QStringLiteral("ap-southeast-1"),
                                          QStringLiteral("vault-hk-servers"));
           })
        << QString() << "BackupService.6417";
    QTest::newRow("second replica in a region")
        << Breaker([](CopyRequest &r, HuaweiSandboxFixture &f, ProviderConnection &c) {
               r.source = backupWhere(f, c, QStringLiteral("cn-north-4"),
                                      QStringLiteral("vault-prod-servers"), [](const Backup &b) {
                                          return HuaweiJson::replicaRegions(b).contains(
                                              QStringLiteral("cn-east-3"));
                                      });
               r.destination = vaultNamed(f, c, QStringLiteral("cn-east-3"),
                                          QStringLiteral("vault-dr-shanghai"));
           })
        << destination << "BackupService.6418";
}

void TestHuaweiCopyRules::eachRule()
{
    QFETCH(Breaker, breaker);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto source = m_fixture->availableBackup(*m_connection, QStringLiteral("ecs-batch"));
    QVERIFY(source);
    CopyRequest request = m_fixture->requestTo(*m_connection, *source);
    breaker(request, *m_fixture, *m_connection);
    QVERIFY(request.source.location.isValid());

    const QList<ValidationIssue> issues = m_fixture->provider().validateCopy(request);
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    } else {
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().field, field);
        QVERIFY(!issues.first().message.isEmpty());
    }

    // Sent anyway, as if the check had not been there.
    AWAIT(sent, m_connection->startCopy(request));
    QVERIFY2(!sent.ok(), "the sandbox refused it");
    QCOMPARE(sent.error().cloudCode, code);
    QVERIFY(!sent.error().cloudMessage.isEmpty());
    QVERIFY(!sent.error().requestId.isEmpty());
    QVERIFY(!sent.error().explanation.isEmpty());
}

QTEST_GUILESS_MAIN(TestHuaweiCopyRules)
#include "tst_huaweicopyrules.moc"
