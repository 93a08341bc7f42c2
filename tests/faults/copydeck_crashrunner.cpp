// copydeck_crashrunner: Copydeck without a window, for the crash-safety test. It builds what the
// composition root builds (accounts, connections, a ledger file, the tracker on it) against a
// copydeck-sandbox child started by the driver, submits a batch of copies across every landed
// cloud and follows them until every one has ended. The driver SIGKILLs it at random points and
// starts it again on the same ledger; each run submits only what the ledger does not hold yet.
//
//   copydeck_crashrunner --sandbox startup.json --ledger ledger.sqlite --state state.json
//                        --copies N            follow (and submit) until all have ended
//   ... --verify                               compare the ledger with the sandbox, print figures
#include "FaultClouds.h"
#include "LedgerWaits.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/RetryPolicy.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Copydeck;
using namespace Copydeck::Test;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) >= 0
        && file.commit();
}

void say(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", text.constData());
    std::fflush(stdout);
}

struct Runner
{
    Runner(const QJsonObject &startup, const QString &home)
        : startup(startup)
    {
        network.setProxy(QNetworkProxy::NoProxy);
        policy.transferTimeout = std::chrono::milliseconds(1500);
        registerFaultProviders(registry, home);
        QList<Account> accounts;
        for (const FaultCloud &cloud : landedFaultClouds()) {
            if (startup.contains(cloud.id)) {
                clouds << cloud;
                accounts << cloud.account(startup, secrets);
            }
        }
        connections.setAccounts(accounts);
    }

    std::shared_ptr<ProviderConnection> connection(const FaultCloud &cloud)
    {
        return connections.sharedConnection(QStringLiteral("faults-") + cloud.id);
    }

    // The route of `cloud`, asked again until the faulty sandbox answers.
    std::optional<FaultRoute> route(const FaultCloud &cloud)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (auto found = cloud.route(*connection(cloud)))
                return found;
        }
        return std::nullopt;
    }

    std::optional<int> backupsIn(const FaultCloud &cloud, const Location &location)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (const auto backups = allBackups(*connection(cloud), location))
                return int(backups->size());
        }
        return std::nullopt;
    }

    QJsonObject startup;
    QList<FaultCloud> clouds;
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    RetryPolicy policy = RetryPolicy::fast();
    ProviderRegistry registry;
    AccountConnections connections {registry, ProviderContext {&network, &secrets, &policy}};
};

QString tagOf(const QString &cloud, int index)
{
    return QStringLiteral("crash-%1-%2").arg(cloud).arg(index);
}

// The first run records each cloud's route and how many backups its destination held before.
std::optional<QJsonObject> prepareState(Runner &runner, const QString &statePath)
{
    QJsonObject state = readJson(statePath);
    if (!state.isEmpty())
        return state;
    for (const FaultCloud &cloud : std::as_const(runner.clouds)) {
        const auto route = runner.route(cloud);
        if (!route)
            return std::nullopt;
        const auto before = runner.backupsIn(cloud, route->destination);
        if (!before)
            return std::nullopt;
        state.insert(cloud.id, QJsonObject {{QStringLiteral("before"), *before}});
    }
    if (!writeJson(statePath, state))
        return std::nullopt;
    return state;
}

int follow(Runner &runner, CopyJobTracker &tracker, int copies)
{
    // Submitted in order, each written to the ledger before the next: the ledger's count of a
    // cloud's jobs is the index to go on from.
    QHash<QString, int> held;
    for (const CopyJob &job : tracker.jobs())
        ++held[job.cloud];
    for (const FaultCloud &cloud : std::as_const(runner.clouds)) {
        if (held.value(cloud.id) >= copies)
            continue;
        const auto route = runner.route(cloud);
        if (!route)
            return 3;
        for (int i = held.value(cloud.id); i < copies; ++i)
            tracker.submit(cloud.request(*route, tagOf(cloud.id, i), i));
    }

    QEventLoop loop;
    const auto check = [&tracker, &loop] {
        const QList<CopyJob> jobs = tracker.jobs();
        if (std::all_of(jobs.cbegin(), jobs.cend(),
                        [](const CopyJob &j) { return j.isTerminal(); }))
            loop.quit();
    };
    QObject::connect(&tracker, &CopyJobTracker::jobFinished, &loop, check);
    QTimer::singleShot(0, &loop, check);
    loop.exec();
    int failed = 0;
    for (const CopyJob &job : tracker.jobs()) {
        if (job.state != CopyJobState::Completed) {
            ++failed;
            say({{QStringLiteral("unfinished"), job.localId},
                 {QStringLiteral("state"), copyJobStateName(job.state)},
                 {QStringLiteral("message"),
                  job.error ? job.error->userText() : job.statusMessage}});
        }
    }
    say({{QStringLiteral("done"), int(tracker.jobs().size())}, {QStringLiteral("failed"), failed}});
    return 0;
}

QJsonObject faultCounts(Runner &runner)
{
    const QUrl url = QUrl(runner.startup.value(QStringLiteral("aws"))
                              .toObject()
                              .value(QStringLiteral("endpoint"))
                              .toString())
                         .resolved(QUrl(QStringLiteral("/_sandbox/faults")));
    std::unique_ptr<QNetworkReply> reply(runner.network.get(QNetworkRequest(url)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int verify(Runner &runner, CopyLedger &ledger, const QJsonObject &state, int copies)
{
    const QList<LedgerRecord> records = ledgerAnswer(ledger.loadJobs()).value();
    int requested = 0;
    int completed = 0;
    int unfinished = 0;
    int duplicates = 0;
    int lost = 0;
    QJsonObject perCloud;
    for (const FaultCloud &cloud : std::as_const(runner.clouds)) {
        int cloudJobs = 0;
        int cloudCompleted = 0;
        for (const LedgerRecord &record : records) {
            if (record.job.cloud != cloud.id)
                continue;
            ++cloudJobs;
            if (record.job.state == CopyJobState::Completed)
                ++cloudCompleted;
            else if (!record.job.isTerminal())
                ++unfinished;
        }
        const auto route = runner.route(cloud);
        const auto after = route ? runner.backupsIn(cloud, route->destination) : std::nullopt;
        if (!after)
            return 3;
        const int before = state.value(cloud.id).toObject().value(QStringLiteral("before")).toInt();
        const int made = *after - before;
        // One copy per request: more is a duplicate; a request without its copy is lost.
        duplicates += std::max(0, made - cloudCompleted);
        lost += std::max(0, copies - cloudJobs) + std::max(0, cloudCompleted - made);
        requested += copies;
        completed += cloudCompleted;
        perCloud.insert(cloud.id,
                        QJsonObject {{QStringLiteral("requested"), copies},
                                     {QStringLiteral("inLedger"), cloudJobs},
                                     {QStringLiteral("completed"), cloudCompleted},
                                     {QStringLiteral("copiesInSandbox"), made}});
    }
    const QJsonObject faults = faultCounts(runner);
    say({{QStringLiteral("requested"), requested},
         {QStringLiteral("completed"), completed},
         {QStringLiteral("unfinished"), unfinished},
         {QStringLiteral("duplicates"), duplicates},
         {QStringLiteral("lost"), lost},
         {QStringLiteral("faultsInjected"), faults.value(QStringLiteral("injected"))},
         {QStringLiteral("sandboxRequests"), faults.value(QStringLiteral("requests"))},
         {QStringLiteral("faultsByKind"), faults.value(QStringLiteral("byKind"))},
         {QStringLiteral("clouds"), perCloud}});
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*.debug=false\n"
                                                    "copydeck.*.info=false"));
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("sandbox"), QStringLiteral("The sandbox's startup line."),
         QStringLiteral("file")},
        {QStringLiteral("ledger"), QStringLiteral("The ledger file."), QStringLiteral("file")},
        {QStringLiteral("state"), QStringLiteral("Routes and counts before the batch."),
         QStringLiteral("file")},
        {QStringLiteral("copies"), QStringLiteral("Copies per cloud."), QStringLiteral("n"),
         QStringLiteral("4")},
        {QStringLiteral("verify"), QStringLiteral("Compare the ledger with the sandbox.")},
    });
    parser.process(app);
    const int copies = parser.value(QStringLiteral("copies")).toInt();
    const QJsonObject startup = readJson(parser.value(QStringLiteral("sandbox")));
    if (startup.isEmpty()) {
        std::fprintf(stderr, "copydeck_crashrunner: no sandbox startup line\n");
        return 2;
    }
    QTemporaryDir home;
    Runner runner(startup, home.path());
    const auto state = prepareState(runner, parser.value(QStringLiteral("state")));
    if (!state) {
        std::fprintf(stderr, "copydeck_crashrunner: the sandbox's routes could not be read\n");
        return 3;
    }
    auto opened = CopyLedger::open(parser.value(QStringLiteral("ledger")));
    if (!opened) {
        std::fprintf(stderr, "copydeck_crashrunner: %s\n", qPrintable(opened.error().userText()));
        return 4;
    }
    const std::unique_ptr<CopyLedger> ledger = std::move(opened).value();
    if (parser.isSet(QStringLiteral("verify")))
        return verify(runner, *ledger, *state, copies);

    SystemClock clock;
    CopyJobTracker tracker(&runner.connections, nullptr, &clock, ledger.get());
    tracker.setPollSchedule(PollSchedule::fast());
    waitUntilLoaded(tracker); // what the ledger holds decides what is left to submit
    if (tracker.loadError())
        return 4;
    return follow(runner, tracker, copies);
}
