// copydeck-sandbox: the local cloud as a process. Prints one JSON line describing the endpoints
// and demo accounts, then serves until killed.

#include "sandbox/Sandbox.h"
#include "sandbox/SandboxFaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using Copydeck::Sandbox::Sandbox;
using Copydeck::Sandbox::SandboxOptions;

int main(int argc, char *argv[])
{
    // One line per request is for debugging, not for a server that benchmarks run against;
    // QT_LOGGING_RULES still turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("copydeck.*.debug=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydeck-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Serves the cloud APIs Copydeck uses on 127.0.0.1, with demo accounts and "
        "data. Prints one JSON line with endpoints and credentials on start."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "First port to listen on (0: any free port)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QCoreApplication::translate("main", "Seed of the demo data."),
        QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QCoreApplication::translate("main", "Extra recovery points to create for benchmarks."),
        QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QCoreApplication::translate("main",
                                    "How many times faster than real time copies progress."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate(
            "main",
            "Make a share (0 to 1) of requests fail, of all kinds or of those listed: "
            "429,500,503,reset,slow,truncated,hang. Example: 0.2 or 0.1:429,reset."),
        QStringLiteral("share[:kinds]"));
    const QCommandLineOption faultSeedOption(
        QStringLiteral("fault-seed"),
        QCoreApplication::translate("main", "Seed of the fault draws (default: --seed)."),
        QStringLiteral("seed"));
    const QCommandLineOption slowOption(
        QStringLiteral("fault-slow-ms"),
        QCoreApplication::translate("main", "How late a slow answer comes, in milliseconds."),
        QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption retryAfterOption(
        QStringLiteral("fault-retry-after"),
        QCoreApplication::translate("main", "Retry-After of an injected 429 or 503, in seconds."),
        QStringLiteral("seconds"), QStringLiteral("1"));
    parser.addOptions({portOption, seedOption, scaleOption, speedOption, faultsOption,
                       faultSeedOption, slowOption, retryAfterOption});
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "copydeck-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("main", "--port must be a number from 0 to 65535"));
    options.port = quint16(port);
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("main", "--seed must be a non-negative number"));
    options.scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || options.scale < 0)
        return fail(QCoreApplication::translate("main", "--scale must be a non-negative number"));
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || options.speed <= 0)
        return fail(QCoreApplication::translate("main", "--speed must be a positive number"));

    if (parser.isSet(faultsOption)) {
        QString problem;
        const auto plan
            = Copydeck::Sandbox::SandboxFaultPlan::parse(parser.value(faultsOption), &problem);
        if (!plan)
            return fail(problem);
        options.faults = *plan;
    }
    options.faults.seed = options.seed;
    if (parser.isSet(faultSeedOption)) {
        options.faults.seed = parser.value(faultSeedOption).toUInt(&ok);
        if (!ok)
            return fail(
                QCoreApplication::translate("main", "--fault-seed must be a non-negative number"));
    }
    const int slowMs = parser.value(slowOption).toInt(&ok);
    if (!ok || slowMs < 0)
        return fail(QCoreApplication::translate("main", "--fault-slow-ms must be a number"));
    options.faults.slowDelay = std::chrono::milliseconds(slowMs);
    options.faults.retryAfterSeconds = parser.value(retryAfterOption).toInt(&ok);
    if (!ok || options.faults.retryAfterSeconds < 0)
        return fail(QCoreApplication::translate("main", "--fault-retry-after must be a number"));

    Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error))
        return fail(error);

    QJsonObject info = sandbox.startupInfo();
    // The counts move on: GET /_sandbox/faults on any module's port answers them.
    if (options.faults.isActive())
        info.insert(QStringLiteral("faults"), sandbox.faults()->toJson());
    const QByteArray line = QJsonDocument(info).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
