// copydeck-sandbox: the local cloud as a process. Prints one JSON line describing the endpoints
// and demo accounts, then serves until killed.

#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
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
    parser.addOptions({portOption, seedOption, scaleOption, speedOption});
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

    Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error))
        return fail(error);

    const QByteArray line = QJsonDocument(sandbox.startupInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
