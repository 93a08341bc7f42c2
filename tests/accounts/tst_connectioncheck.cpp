// "Test connection" in plain words: the wording for each kind of failure, and the check itself
// against the in-process sandbox over loopback (works, wrong key, unknown key, nothing listening),
// with typed secrets over the saved ones and nothing ever saved by a check.
#include "AccountsSandbox.h"

#include "accounts/ConnectionCheck.h"
#include "jobs/Metatypes.h"
#include "support/FinishTask.h"

#include <QTcpServer>
#include <QTest>

using namespace Copydeck;

namespace {

CloudError error(CloudError::Kind kind, const QString &code = {}, const QString &message = {})
{
    CloudError e;
    e.kind = kind;
    e.cloudCode = code;
    e.cloudMessage = message;
    e.httpStatus = code.isEmpty() ? 0 : 403;
    e.explanation = QStringLiteral("Copydeck's explanation.");
    return e;
}

QHash<QString, QByteArray> typedKeys(const Sandbox::SandboxCredential &credential,
                                     const QString &secret = {})
{
    return {{QStringLiteral("accessKeyId"), credential.accessKeyId.toUtf8()},
            {QStringLiteral("secretAccessKey"),
             (secret.isEmpty() ? credential.secretAccessKey : secret).toUtf8()},
            {QStringLiteral("sessionToken"), credential.sessionToken.toUtf8()}};
}

// A port on loopback where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestConnectionCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One sandbox for the suite: a check changes nothing in it.
    void initTestCase();
    void cleanupTestCase();

    void wording_data();
    void wording();
    void deniedPermission_data();
    void deniedPermission();

    void typedKeysWork();
    void wrongSecretIsAWrongKey();
    void unknownKeyIdIsAWrongKey();
    void nothingListeningIsUnreachable();
    void savedSecretsAreUsedWhenNothingIsTyped();
    void typedSecretWinsOverTheSavedOne();
    void incompleteKeysSayWhatIsMissing();
    void unknownCloud();

private:
    ConnectionCheck::Outcome check(const Account &account, QHash<QString, QByteArray> typed,
                                   bool withSavedSecrets = false);
    Account newAccount(const QUrl &endpoint) const;

    std::unique_ptr<Test::AccountsSandbox> m_sandbox;
};

void TestConnectionCheck::initTestCase()
{
    m_sandbox = std::make_unique<Test::AccountsSandbox>();
    QString message;
    QVERIFY2(m_sandbox->start(&message), qPrintable(message));
}

void TestConnectionCheck::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestConnectionCheck::wording_data()
{
    QTest::addColumn<CloudError>("error");
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("summary");

    const QUrl none;
    const QUrl local(QStringLiteral("http://127.0.0.1:9999"));
    QTest::newRow("signature") << error(CloudError::Kind::Authentication,
                                        QStringLiteral("InvalidSignatureException"))
                               << none << int(ConnectionCheck::Verdict::WrongKey)
                               << QStringLiteral(
                                      "Wrong key: the cloud did not accept these credentials.");
    QTest::newRow("denied, action named")
        << error(CloudError::Kind::Permission, QStringLiteral("AccessDeniedException"),
                 QStringLiteral("User: arn:aws:iam::111122223333:user/ops is not authorized to "
                                "perform: backup:ListBackupVaults on resource: *"))
        << none << int(ConnectionCheck::Verdict::NoPermission)
        << QStringLiteral("No permission for backup:ListBackupVaults: the credentials are "
                          "right, but may not do this.");
    QTest::newRow("denied, nothing named")
        << error(CloudError::Kind::Permission, QStringLiteral("AccessDeniedException"),
                 QStringLiteral("Access denied"))
        << none << int(ConnectionCheck::Verdict::NoPermission)
        << QStringLiteral("No permission: the credentials are right, but may not list what "
                          "Copydeck needs (AccessDeniedException).");
    QTest::newRow("refused, override")
        << error(CloudError::Kind::Network) << local << int(ConnectionCheck::Verdict::Unreachable)
        << QStringLiteral("Cannot reach the endpoint http://127.0.0.1:9999.");
    QTest::newRow("timeout, real endpoint")
        << error(CloudError::Kind::Timeout) << none << int(ConnectionCheck::Verdict::Unreachable)
        << QStringLiteral("Cannot reach the endpoint: the cloud did not answer.");
    QTest::newRow("local") << CloudError::local(QStringLiteral("The profile is missing.")) << none
                           << int(ConnectionCheck::Verdict::Failed)
                           << QStringLiteral("Did not work.");
    QTest::newRow("server") << error(CloudError::Kind::Server, QStringLiteral("ServiceUnavailable"))
                            << none << int(ConnectionCheck::Verdict::Failed)
                            << QStringLiteral("Did not work.");
}

void TestConnectionCheck::wording()
{
    QFETCH(CloudError, error);
    QFETCH(QUrl, endpoint);
    QFETCH(int, verdict);
    QFETCH(QString, summary);
    Account account;
    account.endpointOverride = endpoint;
    const auto outcome = ConnectionCheck::describe(error, account);
    QCOMPARE(int(outcome.verdict), verdict);
    QCOMPARE(outcome.summary, summary);
    // The cloud's words and Copydeck's explanation stay available below the summary.
    QVERIFY2(outcome.details.contains(error.explanation), qPrintable(outcome.details));
    if (!error.cloudCode.isEmpty())
        QVERIFY(outcome.details.contains(error.cloudCode));

    const auto works = ConnectionCheck::describe(Result<void>(), account);
    QCOMPARE(works.verdict, ConnectionCheck::Verdict::Works);
    QCOMPARE(works.summary, QStringLiteral("Works: the cloud accepted the credentials."));
    QVERIFY(works.details.isEmpty());
}

void TestConnectionCheck::deniedPermission_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("permission");
    QTest::newRow("aws") << QStringLiteral("User: arn:aws:sts::1:assumed-role/x is not authorized "
                                           "to perform: backup:ListBackupVaults because no "
                                           "identity-based policy allows it")
                         << QStringLiteral("backup:ListBackupVaults");
    QTest::newRow("google") << QStringLiteral("Permission 'spanner.backups.list' denied on "
                                              "resource")
                            << QStringLiteral("spanner.backups.list");
    QTest::newRow("none") << QStringLiteral("Forbidden") << QString();
}

void TestConnectionCheck::deniedPermission()
{
    QFETCH(QString, message);
    QFETCH(QString, permission);
    QCOMPARE(ConnectionCheck::deniedPermission(message), permission);
}

ConnectionCheck::Outcome TestConnectionCheck::check(const Account &account,
                                                    QHash<QString, QByteArray> typed,
                                                    bool withSavedSecrets)
{
    ProviderContext context = m_sandbox->context();
    if (!withSavedSecrets)
        context.secrets = nullptr;
    auto outcome = Test::finish(ConnectionCheck::run(m_sandbox->providers().find(account.cloud),
                                                     account, std::move(typed), context));
    if (!outcome) {
        qWarning("the check did not finish");
        return {};
    }
    return *outcome;
}

Account TestConnectionCheck::newAccount(const QUrl &endpoint) const
{
    Account account;
    account.id = QStringLiteral("aws-new");
    account.cloud = QStringLiteral("aws");
    account.name = QStringLiteral("New");
    account.authMethod = QStringLiteral("keys");
    account.regions = {QStringLiteral("us-east-1")};
    account.endpointOverride = endpoint;
    return account;
}

void TestConnectionCheck::typedKeysWork()
{
    const auto outcome
        = check(newAccount(m_sandbox->endpoint()), typedKeys(m_sandbox->production()));
    QCOMPARE(outcome.verdict, ConnectionCheck::Verdict::Works);
    QVERIFY(outcome.summary.startsWith(QLatin1String("Works")));
}

void TestConnectionCheck::wrongSecretIsAWrongKey()
{
    const auto outcome = check(newAccount(m_sandbox->endpoint()),
                               typedKeys(m_sandbox->production(), QStringLiteral("not-it")));
    QCOMPARE(outcome.verdict, ConnectionCheck::Verdict::WrongKey);
    QVERIFY(outcome.summary.startsWith(QLatin1String("Wrong key")));
    QVERIFY2(outcome.details.contains(QLatin1String("InvalidSignatureException")),
             qPrintable(outcome.details));
    QVERIFY(!outcome.details.contains(QLatin1String("not-it")));
}

void TestConnectionCheck::unknownKeyIdIsAWrongKey()
{
    auto typed = typedKeys(m_sandbox->production());
    typed.insert(QStringLiteral("accessKeyId"), QByteArrayLiteral("AKIDNOBODYKNOWS"));
    const auto outcome = check(newAccount(m_sandbox->endpoint()), typed);
    QCOMPARE(outcome.verdict, ConnectionCheck::Verdict::WrongKey);
    QVERIFY2(outcome.details.contains(QLatin1String("UnrecognizedClientException")),
             qPrintable(outcome.details));
}

void TestConnectionCheck::nothingListeningIsUnreachable()
{
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const auto outcome = check(newAccount(endpoint), typedKeys(m_sandbox->production()));
    QCOMPARE(outcome.verdict, ConnectionCheck::Verdict::Unreachable);
    QCOMPARE(outcome.summary,
             QStringLiteral("Cannot reach the endpoint %1.").arg(endpoint.toDisplayString()));
}

void TestConnectionCheck::savedSecretsAreUsedWhenNothingIsTyped()
{
    const Account saved = m_sandbox->savedKeysAccount();
    QCOMPARE(check(saved, {}, true).verdict, ConnectionCheck::Verdict::Works);
    // Without the saved secrets there is nothing to sign with.
    const auto withoutSaved = check(saved, {}, false);
    QCOMPARE(withoutSaved.verdict, ConnectionCheck::Verdict::Failed);
    QVERIFY2(withoutSaved.details.contains(QLatin1String("missing")),
             qPrintable(withoutSaved.details));
}

void TestConnectionCheck::typedSecretWinsOverTheSavedOne()
{
    const Account saved = m_sandbox->savedKeysAccount();
    const QString savedSecretKey = saved.secretKey(QStringLiteral("secretAccessKey"));
    const auto before = Test::finish(m_sandbox->savedSecrets().read(savedSecretKey));
    QVERIFY(before && before->ok() && !before->value().isEmpty());
    const auto typed = typedKeys(m_sandbox->production(), QStringLiteral("typed-but-wrong"));
    QCOMPARE(check(saved, typed, true).verdict, ConnectionCheck::Verdict::WrongKey);
    // A check saves nothing: the saved secret is as it was.
    const auto after = Test::finish(m_sandbox->savedSecrets().read(savedSecretKey));
    QVERIFY(after && after->ok());
    QCOMPARE(after->value(), before->value());
}

void TestConnectionCheck::incompleteKeysSayWhatIsMissing()
{
    auto typed = typedKeys(m_sandbox->production());
    typed.insert(QStringLiteral("secretAccessKey"), {});
    const auto outcome = check(newAccount(m_sandbox->endpoint()), typed);
    QCOMPARE(outcome.verdict, ConnectionCheck::Verdict::Failed);
    QVERIFY2(outcome.details.contains(QLatin1String("secret access key")),
             qPrintable(outcome.details));
}

void TestConnectionCheck::unknownCloud()
{
    Account account = newAccount(m_sandbox->endpoint());
    account.cloud = QStringLiteral("nimbus");
    const auto outcome = check(account, {});
    QCOMPARE(outcome.verdict, ConnectionCheck::Verdict::Failed);
    QVERIFY(outcome.details.contains(QLatin1String("nimbus")));
}

QTEST_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
