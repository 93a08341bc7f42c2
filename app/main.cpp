// The composition root: builds the network manager, stores, providers, tracker and window, and
// hands each part what it needs. Nothing else in Copydeck creates long-lived parts.
#include "accounts/AccountStore.h"
#include "accounts/ChosenSecretStore.h"
#include "accounts/KeychainStartupCheck.h"
#include "auth/InMemorySecretStore.h"
#include "auth/KeychainSecretStore.h"
#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"
#include "jobs/ThroughputHistory.h"
#include "providers/BuiltInProviders.h"
#include "sandbox/Sandbox.h"
#include "sandbox/huawei/HuaweiSandbox.h"
#include "sandbox/spanner/SpannerSandbox.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/AccountForms.h"
#include "ui/accounts/KeychainNotice.h"
#include "ui/history/JobHistoryWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcApp, "copydeck.app")

using namespace Copydeck;

namespace {

struct Options
{
    bool sandbox = false;
    double sandboxSpeed = 20.0;
    quint32 sandboxSeed = 1;
    QString sandboxFaults; // "SHARE[:KIND,...]", see SandboxFaultPlan::parse
    QString screenshotPath;
};

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Copydeck lists the backups you hold across clouds, copies them to other "
        "regions, vaults and accounts, and follows every copy to its end."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("sandbox"),
         QCoreApplication::translate("main",
                                     "Start the built-in sandbox cloud on free loopback ports and "
                                     "use its demo accounts instead of your own.")});
    parser.addOption(
        {QStringLiteral("sandbox-speed"),
         QCoreApplication::translate("main",
                                     "How many times faster than real time sandbox copies run "
                                     "(default 20)."),
         QStringLiteral("factor"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("sandbox-seed"),
                      QCoreApplication::translate("main", "Seed of the sandbox's demo data."),
                      QStringLiteral("number"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("sandbox-faults"),
         QCoreApplication::translate("main",
                                     "Make a share (0 to 1) of the sandbox's requests fail, of "
                                     "all kinds or of those listed: "
                                     "429,500,503,reset,slow,truncated,hang (e.g. 0.1:429,reset)."),
         QStringLiteral("share[:kinds]")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("main",
                                     "Save a picture of the main window to <file> once the "
                                     "first backups have loaded, then quit."),
         QStringLiteral("file")});
}

Options readOptions(const QCommandLineParser &parser)
{
    Options options;
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    options.sandboxSpeed = parser.value(QStringLiteral("sandbox-speed")).toDouble();
    options.sandboxSeed = parser.value(QStringLiteral("sandbox-seed")).toUInt();
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.sandboxFaults = parser.value(QStringLiteral("sandbox-faults"));
    if (options.sandboxSpeed <= 0)
        options.sandboxSpeed = 20.0;
    return options;
}

// --help and --version must work without a display, so they are answered before QApplication.
bool asksOnlyForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all"
            || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Copydeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Copydeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("copydeck.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDECK_VERSION));
}

QList<Account> sandboxAccounts(const Sandbox::Sandbox &sandbox, InMemorySecretStore &secrets)
{
    QList<Account> accounts;
    int n = 0;
    for (const auto &credential : sandbox.credentials()) {
        Account account;
        account.id = QStringLiteral("sandbox-%1-%2").arg(credential.cloud).arg(++n);
        account.cloud = credential.cloud;
        account.name = QCoreApplication::translate("main", "%1 (sandbox)").arg(credential.name);
        account.authMethod = QStringLiteral("keys");
        account.regions = credential.regions;
        account.endpointOverride = sandbox.awsEndpoint();
        account.settings.insert(QStringLiteral("accountNumber"), credential.accountNumber);
        secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                       credential.accessKeyId.toUtf8());
        secrets.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                       credential.secretAccessKey.toUtf8());
        if (!credential.sessionToken.isEmpty())
            secrets.insert(account.secretKey(QStringLiteral("sessionToken")),
                           credential.sessionToken.toUtf8());
        accounts << account;
    }
    // Google Cloud Spanner: the sandbox's service-account key (both demo projects) and its gcloud
    // user (the project its file names), each kept whole as the account's key file.
    if (const Sandbox::SpannerSandbox *spanner = sandbox.spanner()) {
        const QStringList projects
            = spanner->startupInfo().value(QStringLiteral("projects")).toVariant().toStringList();
        struct Demo
        {
            QString name;
            QJsonObject file;
            bool everyProject;
        };
        const Demo demos[] = {
            {QCoreApplication::translate("main", "Spanner service account (sandbox)"),
             spanner->serviceAccountKey(), true},
            {QCoreApplication::translate("main", "Spanner gcloud user (sandbox)"),
             spanner->authorizedUser(), false},
        };
        for (const auto &[name, file, everyProject] : demos) {
            Account account;
            account.id = QStringLiteral("sandbox-spanner-%1").arg(++n);
            account.cloud = QStringLiteral("spanner");
            account.name = name;
            account.authMethod = QStringLiteral("serviceAccountKey");
            account.endpointOverride = sandbox.spannerEndpoint();
            if (everyProject)
                account.settings.insert(QStringLiteral("projects"), projects);
            secrets.insert(account.secretKey(QStringLiteral("serviceAccountKey")),
                           QJsonDocument(file).toJson(QJsonDocument::Compact));
            accounts << account;
        }
    }
    // Huawei Cloud: the demo account twice, signed with its access key and as its IAM user.
    if (const Sandbox::HuaweiSandbox *huawei = sandbox.huawei()) {
        const Sandbox::HuaweiDemoAccount demo = huawei->demoAccount();
        for (const bool keys : {true, false}) {
            Account account;
            account.id = QStringLiteral("sandbox-huawei-%1").arg(++n);
            account.cloud = QStringLiteral("huawei");
            account.name = keys ? QCoreApplication::translate("main", "Huawei AK/SK (sandbox)")
                                : QCoreApplication::translate("main", "Huawei IAM user (sandbox)");
            account.regions = demo.regions;
            account.endpointOverride = QUrl(sandbox.huaweiEndpoint());
            account.settings.insert(QStringLiteral("iamEndpoint"),
                                    sandbox.huaweiIamEndpoint().toString());
            if (keys) {
                account.authMethod = QStringLiteral("aksk");
                secrets.insert(account.secretKey(QStringLiteral("accessKey")),
                               demo.accessKey.toUtf8());
                secrets.insert(account.secretKey(QStringLiteral("secretKey")),
                               demo.secretKey.toUtf8());
            } else {
                account.authMethod = QStringLiteral("password");
                account.settings.insert(QStringLiteral("userName"), demo.userName);
                account.settings.insert(QStringLiteral("domainName"), demo.domainName);
                secrets.insert(account.secretKey(QStringLiteral("password")),
                               demo.password.toUtf8());
            }
            accounts << account;
        }
    }
    // Rackspace Cloud Databases: the demo user with its API key; the identity endpoint's catalog
    // gives every region's address.
    if (const Sandbox::SandboxCredential demo = sandbox.rackspaceCredential();
        !demo.accessKeyId.isEmpty()) {
        Account account;
        account.id = QStringLiteral("sandbox-rackspace-%1").arg(++n);
        account.cloud = demo.cloud;
        account.name = QCoreApplication::translate("main", "Rackspace %1 (sandbox)").arg(demo.name);
        account.authMethod = QStringLiteral("apiKey");
        account.endpointOverride = sandbox.rackspaceIdentityEndpoint();
        account.settings.insert(QStringLiteral("username"), demo.accessKeyId);
        secrets.insert(account.secretKey(QStringLiteral("apiKey")), demo.secretAccessKey.toUtf8());
        accounts << account;
    }
    return accounts;
}

// Qt's own strings and Copydeck's, in the user's language where a translation exists.
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("copydeck"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char **argv)
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    // Request-by-request debug lines are for developers: QT_LOGGING_RULES turns them back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*.debug=false"));

    QApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/copydeck.svg")));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const Options options = readOptions(parser);

    // The sandbox keeps its own settings file, so that demo copies never shape the throughput
    // estimates of real clouds.
    QSettings settings(
        QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
        options.sandbox ? QStringLiteral("copydeck-sandbox") : QStringLiteral("copydeck"));

    QNetworkAccessManager network;
    ProviderRegistry registry;
    registerBuiltInProviders(registry);
    // Sandbox demo secrets live in memory only; real accounts' secrets in the system keychain.
    InMemorySecretStore sandboxSecrets;
    KeychainSecretStore keychain;
    // The keychain, or memory for this session only once the user chooses that (KeychainNotice).
    ChosenSecretStore chosenSecrets(&keychain);
    SecretStore *secrets
        = options.sandbox ? static_cast<SecretStore *>(&sandboxSecrets) : &chosenSecrets;

    AccountFormRegistry accountForms;
    registerBuiltInAccountForms(accountForms, AccountFormContext::system());
    AccountStore accountStore(&settings, secrets);

    std::unique_ptr<Sandbox::Sandbox> sandbox;
    QList<Account> accounts;
    if (!options.sandbox) {
        accounts = accountStore.load();
    } else {
        sandbox = std::make_unique<Sandbox::Sandbox>();
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.speed = options.sandboxSpeed;
        sandboxOptions.seed = options.sandboxSeed;
        if (!options.sandboxFaults.isEmpty()) {
            QString problem;
            const auto plan = Sandbox::SandboxFaultPlan::parse(options.sandboxFaults, &problem);
            if (!plan) {
                std::fprintf(stderr, "copydeck: %s\n", qPrintable(problem));
                return 2;
            }
            sandboxOptions.faults = *plan;
            sandboxOptions.faults.seed = options.sandboxSeed;
        }
        QString error;
        if (!sandbox->start(sandboxOptions, &error)) {
            std::fprintf(stderr, "copydeck: the sandbox could not start: %s\n", qPrintable(error));
            return 1;
        }
        std::printf(
            "%s\n",
            QJsonDocument(sandbox->startupInfo()).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        accounts = sandboxAccounts(*sandbox, sandboxSecrets);
    }

    SystemClock clock;
    ThroughputHistory history(&settings);
    AccountConnections connections(registry, ProviderContext {&network, secrets, nullptr});
    connections.setAccounts(accounts);
    // Every copy is written to the ledger before it is sent and followed again after a restart.
    // The sandbox's copies die with its process, so its ledger is a throwaway file.
    QTemporaryDir sandboxLedgerDir;
    const QString ledgerPath = options.sandbox
        ? sandboxLedgerDir.filePath(QStringLiteral("ledger.sqlite"))
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/ledger.sqlite");
    auto ledger = CopyLedger::open(ledgerPath);
    // The history limit (set in the Job History window): finished jobs older than it are forgotten,
    // on the ledger's thread, before the tracker reads the jobs (the ledger keeps the order).
    std::optional<QFuture<Result<int>>> forgetting;
    if (const int keepDays = settings.value(QLatin1String(JobHistoryWindow::KeepDaysKey)).toInt();
        ledger && keepDays > 0)
        forgetting
            = ledger.value()->forgetEndedBefore(QDateTime::currentDateTimeUtc().addDays(-keepDays));
    CopyJobTracker tracker(&connections, &history, &clock, ledger ? ledger.value().get() : nullptr);

    MainWindow window(MainWindowParts {&connections, &tracker, &clock, &settings, &accountForms,
                                       &accountStore, secrets, &network});
    window.show();

    // Real accounts' secrets need the keychain: probed once, on the event loop; when none is
    // reachable the window says what is missing and offers to keep secrets for this session only.
    if (!options.sandbox) {
        auto *keychainCheck = new KeychainStartupCheck(&keychain, &window);
        new KeychainNotice(keychainCheck, &chosenSecrets, &window);
        keychainCheck->start();
    }

    // A later write that fails is said once; the copies go on in memory.
    QObject::connect(&tracker, &CopyJobTracker::ledgerFailed, &window,
                     [&window, shown = false](const CloudError &error) mutable {
                         if (std::exchange(shown, true))
                             return;
                         auto *box = new QMessageBox(
                             QMessageBox::Warning,
                             QCoreApplication::translate("main", "Copy history not saved"),
                             error.userText(), QMessageBox::Ok, &window);
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->open();
                     });

    const auto reportLedger = [&window](const CloudError &error) {
        // Never replaced or deleted: the user decides what to do with the file.
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    QCoreApplication::translate("main", "Copy history unavailable"),
                                    error.userText(), QMessageBox::Ok, &window);
        box->setInformativeText(QCoreApplication::translate(
            "main",
            "Copydeck keeps following copies in this session, but will not remember "
            "them after it closes. The file was left as it is."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    if (!ledger)
        reportLedger(ledger.error());
    // The jobs are read without holding up the window; the history limit ran before, so its
    // answer is in by then.
    QObject::connect(&tracker, &CopyJobTracker::loaded, &window,
                     [&tracker, forgetting, reportLedger] {
                         const Result<int> forgotten = forgetting ? forgetting->result() : 0;
                         if (!forgotten)
                             reportLedger(forgotten.error());
                         else if (tracker.loadError())
                             reportLedger(*tracker.loadError());
                     });

    if (!options.screenshotPath.isEmpty()) {
        // Wait for the first backups, give the view a moment to paint, then save and quit.
        QTimer::singleShot(3000, &window, [&window, path = options.screenshotPath] {
            const bool saved = window.grab().save(path);
            if (!saved)
                std::fprintf(stderr, "copydeck: could not write %s\n", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
