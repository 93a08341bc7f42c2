// The secret sweep: every cloud Copydeck has (each provider registered in BuiltInProviders.cpp)
// is driven against the in-process sandbox through the real parts: AccountConnections, a
// CopyJobTracker on a real CopyLedger file, the settings file written by AccountStore, and every
// log line captured to a file. It lists, copies, and fails (a copy the cloud refuses, a wrong
// key). Then every file under the temporary home (settings, ledger and its WAL, the log, anything
// else) is searched for every secret and token used; there must be none. A cloud whose provider
// is not registered is skipped, by name.
#include "secrets/SecretRecorder.h"
#include "secrets/SweepAccounts.h"
#include "support/FinishTask.h"

#include "accounts/AccountStore.h"
#include "auth/InMemorySecretStore.h"
#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"
#include "core/ProviderRegistry.h"
#include "core/RetryPolicy.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"
#include "providers/BuiltInProviders.h"
#include "sandbox/Sandbox.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkProxy>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

// Every message of every category, debug included, to one file while a sweep runs.
QMutex logMutex;
QFile *logFile = nullptr;

void logToFile(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    if (!logFile)
        return;
    logFile->write(QByteArray(context.category ? context.category : "default") + ": "
                   + message.toUtf8() + '\n');
    logFile->flush();
}

template<typename T> QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().userText();
}

// Each secret as it could appear in a file: as is, percent-encoded, base64, JSON-escaped.
QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms {secret, secret.toPercentEncoding(), secret.toBase64()};
    QByteArray escaped = secret;
    escaped.replace('/', "\\/");
    forms << escaped;
    return forms;
}

} // namespace

class TestSecretSweep final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sweep_data();
    void sweep();
    void cleanup();

private:
    // Lists, copies until one copy completes, and has one copy refused by the cloud.
    void drive(AccountConnections &connections, CopyJobTracker &tracker, const Account &account,
               int *completed, int *failed);

    QTemporaryDir m_home;
    std::unique_ptr<QFile> m_log;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestSecretSweep::initTestCase()
{
    // Nothing of the machine running the test: every path and variable a cloud's tools read
    // points into the temporary home.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".cache"))));
    for (const char *name : {"AWS_PROFILE",
                             "AWS_REGION",
                             "AWS_DEFAULT_REGION",
                             "AWS_ACCESS_KEY_ID",
                             "AWS_SECRET_ACCESS_KEY",
                             "AWS_SESSION_TOKEN",
                             "AWS_ENDPOINT_URL",
                             "AWS_ENDPOINT_URL_BACKUP",
                             "AWS_SHARED_CREDENTIALS_FILE",
                             "AWS_CONFIG_FILE",
                             "GOOGLE_APPLICATION_CREDENTIALS",
                             "CLOUDSDK_CONFIG",
                             "HUAWEICLOUD_SDK_AK",
                             "HUAWEICLOUD_SDK_SK",
                             "HUAWEICLOUD_SDK_PROJECT_ID",
                             "OS_USERNAME",
                             "OS_PASSWORD",
                             "RACKSPACE_USERNAME",
                             "RACKSPACE_API_KEY",
                             "RAX_USERNAME",
                             "RAX_API_KEY"})
        qunsetenv(name);
    QStandardPaths::setTestModeEnabled(true);
    // Every line Copydeck can write, its request-by-request debug lines included. Qt's own
    // categories keep their defaults: qt.httpserver's debug dump of the in-process sandbox's
    // requests is the server's, and Copydeck never turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*.debug=true"));
}

void TestSecretSweep::cleanup()
{
    qInstallMessageHandler(m_previousHandler);
    const QMutexLocker lock(&logMutex);
    logFile = nullptr;
    m_log.reset();
}

void TestSecretSweep::sweep_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("variant");
    QTest::newRow("aws keys") << QStringLiteral("aws") << QStringLiteral("keys");
    QTest::newRow("aws session token") << QStringLiteral("aws") << QStringLiteral("session");
    QTest::newRow("spanner service account")
        << QStringLiteral("spanner") << QStringLiteral("serviceAccount");
    QTest::newRow("spanner gcloud user")
        << QStringLiteral("spanner") << QStringLiteral("authorizedUser");
    QTest::newRow("huawei ak/sk") << QStringLiteral("huawei") << QStringLiteral("aksk");
    QTest::newRow("huawei iam password") << QStringLiteral("huawei") << QStringLiteral("password");
    QTest::newRow("rackspace api key") << QStringLiteral("rackspace") << QStringLiteral("apiKey");
}

void TestSecretSweep::sweep()
{
    QFETCH(QString, cloud);
    QFETCH(QString, variant);

    ProviderRegistry registry;
    registerBuiltInProviders(registry);
    if (!registry.find(cloud))
        QSKIP(qPrintable(QStringLiteral("The %1 cloud has not landed: no provider \"%1\" is "
                                        "registered in app/providers/BuiltInProviders.cpp.")
                             .arg(cloud)));

    QTemporaryDir run(m_home.filePath(QStringLiteral("run-XXXXXX")));
    QVERIFY(run.isValid());
    m_log = std::make_unique<QFile>(run.filePath(QStringLiteral("copydeck.log")));
    QVERIFY(m_log->open(QIODevice::WriteOnly));
    {
        const QMutexLocker lock(&logMutex);
        logFile = m_log.get();
    }
    m_previousHandler = qInstallMessageHandler(logToFile);

    Sandbox::Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(Sandbox::SandboxOptions {}, &error), qPrintable(error));
    sandbox.setSpeed(100'000);
    InMemorySecretStore secrets;
    const std::optional<SweepAccount> sweepAccount
        = sweepAccountFor(sandbox, cloud, variant, secrets);
    if (!sweepAccount)
        QSKIP(qPrintable(
            QStringLiteral("The sandbox has no %1 demo account for \"%2\".").arg(cloud, variant)));
    const Account account = sweepAccount->account;

    // The settings file as the window saves it.
    {
        QSettings settings(run.filePath(QStringLiteral("copydeck.ini")), QSettings::IniFormat);
        AccountStore store(&settings, &secrets);
        QVERIFY(store.save({account}).ok());
        settings.sync();
        QCOMPARE(store.load().size(), 1);
    }

    SecretRecorder network;
    network.setProxy(QNetworkProxy::NoProxy);
    const RetryPolicy policy = RetryPolicy::fast();
    AccountConnections connections(registry, ProviderContext {&network, &secrets, &policy});
    connections.setAccounts({account});
    SystemClock clock;
    auto ledger = CopyLedger::open(run.filePath(QStringLiteral("ledger.sqlite")));
    QVERIFY2(ledger.ok(), qPrintable(failureOf(ledger)));
    int completed = 0;
    int failed = 0;
    {
        CopyJobTracker tracker(&connections, nullptr, &clock, ledger.value().get());
        tracker.setPollSchedule(PollSchedule::fast());
        drive(connections, tracker, account, &completed, &failed);
    }
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(completed > 0, "no copy completed");
    QVERIFY2(failed > 0, "no copy was refused");

    // A wrong key: the cloud refuses it, and the refusal is logged.
    {
        InMemorySecretStore wrong;
        for (const QString &name : sweepAccount->secretNames)
            wrong.insert(account.secretKey(name), sweepAccount->wrongSecret(name));
        AccountConnections refused(registry, ProviderContext {&network, &wrong, &policy});
        refused.setAccounts({account});
        const auto test = finish(refused.connection(account.id)->testConnection());
        QVERIFY(test);
        QVERIFY2(!test->ok(), "a wrong key was accepted");
        qWarning().noquote() << "wrong key:" << test->error().userText();
    }
    ledger = CloudError::local(QStringLiteral("closed")); // closes the database and its WAL

    QList<QByteArray> needles = sweepAccount->knownSecrets;
    needles << network.secrets();
    QVERIFY2(!network.secrets().isEmpty(),
             qPrintable(QStringLiteral("only %1 secrets seen on the wire in %2 requests")
                            .arg(network.secrets().size())
                            .arg(network.requests())));
    cleanup(); // the log file is complete from here

    QStringList hits;
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++files;
        for (const QByteArray &secret : std::as_const(needles)) {
            for (const QByteArray &form : formsOf(secret)) {
                const qsizetype at = content.indexOf(form);
                if (at >= 0) {
                    // The line it is on, with the secret itself masked, says who wrote it.
                    const qsizetype start = content.lastIndexOf('\n', at) + 1;
                    QByteArray line = content.mid(start, content.indexOf('\n', at) - start);
                    line.replace(form, "<secret>");
                    hits << QStringLiteral("%1 holds a secret starting %2… in: %3")
                                .arg(path, QString::fromLatin1(secret.left(6)),
                                     QString::fromUtf8(line.left(300)));
                    break;
                }
            }
        }
    }
    QVERIFY2(files >= 3, "the settings, the ledger and the log were not all found");
    QVERIFY2(QFile::exists(run.filePath(QStringLiteral("copydeck.log"))), "no log");
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestSecretSweep::drive(AccountConnections &connections, CopyJobTracker &tracker,
                            const Account &account, int *completed, int *failed)
{
    const std::shared_ptr<ProviderConnection> connection = connections.sharedConnection(account.id);
    QVERIFY(connection);
    const Provider *provider = connections.provider(account.id);
    const auto locations = finish(connection->listLocations());
    QVERIFY(locations);
    QVERIFY2(locations->ok(), qPrintable(failureOf(*locations)));

    int attempts = 0;
    for (const Location &location : locations->value()) {
        if (*completed > 0 || attempts >= 12)
            break;
        const auto page = finish(connection->listBackups(location, {}));
        QVERIFY(page);
        if (!page->ok())
            continue; // an instance-less project, a region without vaults
        for (const Backup &backup : page->value().backups) {
            if (*completed > 0 || attempts >= 12)
                break;
            if (backup.state != BackupState::Available)
                continue;
            const auto destinations = finish(connection->listCopyDestinations(backup));
            if (!destinations || !destinations->ok())
                continue;
            for (const Location &destination : destinations->value()) {
                CopyRequest request
                    = copyRequestFor(account, *provider, backup, destination, attempts);
                if (!provider->validateCopy(request).isEmpty())
                    continue;
                ++attempts;
                // The same copy to a place that does not exist: the cloud refuses it.
                if (*failed == 0) {
                    CopyRequest refused = request;
                    refused.destination.id += QStringLiteral("-no-such-place");
                    refused.destination.name += QStringLiteral("-no-such-place");
                    refused.destination.region += QStringLiteral("-no-such-place");
                    const auto answer = finish(connection->startCopy(refused));
                    QVERIFY(answer);
                    if (!answer->ok()) {
                        ++*failed;
                        qWarning().noquote() << "refused:" << answer->error().userText();
                    }
                }
                const QString id = tracker.submit(request);
                QTRY_VERIFY_WITH_TIMEOUT(tracker.job(id).isTerminal(), 30000);
                if (tracker.job(id).state == CopyJobState::Completed)
                    ++*completed;
                else
                    ++*failed;
                break;
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestSecretSweep)
#include "tst_secretsweep.moc"
