#include "GoogleCredentialsImporter.h"

#include "SpannerAccountSettings.h"

#include "accounts/AccountIds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck {

namespace {

using namespace SpannerAccountSettings;

CloudError malformed(const QString &file, int line, const QString &why)
{
    return CloudError::local(
        GoogleCredentialsImporter::tr("%1, line %2: %3").arg(file).arg(line).arg(why),
        GoogleCredentialsImporter::tr("Download the key again from the Cloud console, or run "
                                      "\"gcloud auth application-default login\" again."));
}

void addProblem(AccountImporter::Discovery &discovery, const CloudError &problem)
{
    for (const CloudError &known : std::as_const(discovery.problems)) {
        if (known.explanation == problem.explanation)
            return;
    }
    discovery.problems.append(problem);
}

// The value of `key` in `[section]` of a gcloud properties file (INI).
QString iniValue(const QByteArray &text, const QByteArray &section, const QByteArray &key)
{
    QByteArray current;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[') && line.endsWith(']')) {
            current = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (current == section && equals > 0 && line.left(equals).trimmed() == key)
            return QString::fromUtf8(line.mid(equals + 1).trimmed());
    }
    return {};
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

} // namespace

GoogleCredentialsImporter::GoogleCredentialsImporter(QProcessEnvironment environment,
                                                     QString homeDirectory)
    : m_environment(std::move(environment))
    , m_home(std::move(homeDirectory))
{ }

QString GoogleCredentialsImporter::cloud() const
{
    return QString(Cloud);
}

QString GoogleCredentialsImporter::displayPath(const QString &path) const
{
    const QString home = QDir::cleanPath(m_home);
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && clean.startsWith(home + QLatin1Char('/')))
        return QLatin1String("~") + clean.mid(home.size());
    return clean;
}

QString GoogleCredentialsImporter::gcloudFolder() const
{
    const QString configured = m_environment.value(QStringLiteral("CLOUDSDK_CONFIG")).trimmed();
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    const QString appData = m_environment.value(QStringLiteral("APPDATA"));
    if (!appData.isEmpty())
        return appData + QStringLiteral("/gcloud");
#endif
    return m_home + QStringLiteral("/.config/gcloud");
}

QString GoogleCredentialsImporter::gcloudCredentialsPath() const
{
    return gcloudFolder() + QStringLiteral("/application_default_credentials.json");
}

QString GoogleCredentialsImporter::defaultProject() const
{
    for (const char *name : {"GOOGLE_CLOUD_PROJECT", "CLOUDSDK_CORE_PROJECT"}) {
        const QString project = m_environment.value(QString::fromLatin1(name)).trimmed();
        if (!project.isEmpty())
            return project;
    }
    QString active = QString::fromUtf8(
        readSmallFile(gcloudFolder() + QStringLiteral("/active_config")).trimmed());
    if (active.isEmpty() || active.contains(QLatin1Char('/')))
        active = QStringLiteral("default");
    return iniValue(
        readSmallFile(gcloudFolder() + QStringLiteral("/configurations/config_") + active), "core",
        "project");
}

Result<GoogleCredentialsImporter::FileSummary>
GoogleCredentialsImporter::inspectContents(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        // The parser's words only: the text itself may hold a key.
        return malformed(origin, line, tr("not valid JSON (%1).").arg(parseError.errorString()));
    }
    if (!document.isObject())
        return malformed(origin, 1, tr("not a Google credential file (no JSON object)."));
    const auto credentials = GoogleCredentialFile::parse(json, origin);
    if (!credentials)
        return credentials.error();
    FileSummary summary;
    summary.type = credentials.value().type;
    summary.projectId = credentials.value().projectId;
    summary.identity = summary.type == GoogleCredentials::Type::ServiceAccount
        ? credentials.value().clientEmail
        : credentials.value().clientId;
    return summary;
}

Result<GoogleCredentialsImporter::FileSummary>
GoogleCredentialsImporter::inspect(const QString &path, const QString &shownPath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CloudError::local(tr("Cannot read %1: %2").arg(shownPath, file.errorString()));
    return inspectContents(file.readAll(), shownPath);
}

void GoogleCredentialsImporter::propose(const QString &path, const QString &authMethod,
                                        const QString &origin, const QList<Account> &existing,
                                        Discovery &discovery) const
{
    const QString shown = displayPath(path);
    const auto summary = inspect(path, shown);
    if (!summary) {
        addProblem(discovery, summary.error());
        return;
    }
    Proposal proposal;
    Account &account = proposal.account;
    account.id = AccountIds::generate(QString(Cloud));
    account.cloud = QString(Cloud);
    account.authMethod = authMethod;
    if (authMethod == AuthCredentialsFile)
        account.settings.insert(QString(SettingCredentialsFile), path);
    QString project = summary.value().projectId;
    if (project.isEmpty())
        project = defaultProject();
    if (!project.isEmpty())
        account.settings.insert(QString(SettingProjects), QStringList {project});

    const bool serviceAccount = summary.value().type == GoogleCredentials::Type::ServiceAccount;
    const QString who = serviceAccount ? tr("service account %1").arg(summary.value().identity)
                                       : tr("gcloud user credentials");
    if (authMethod == AuthApplicationDefault)
        account.name = project.isEmpty() ? tr("Google Cloud (gcloud)")
                                         : tr("Google Cloud %1 (gcloud)").arg(project);
    else
        account.name = project.isEmpty() ? tr("Google Cloud") : tr("Google Cloud %1").arg(project);
    proposal.source = project.isEmpty()
        ? tr("%1: %2 in %3, no project set").arg(origin, who, shown)
        : tr("%1: %2 in %3, project %4").arg(origin, who, shown, project);

    for (const Account &other : existing) {
        if (other.cloud != account.cloud || other.authMethod != authMethod)
            continue;
        if (authMethod == AuthApplicationDefault
            || QDir::cleanPath(other.settings.value(SettingCredentialsFile).toString())
                == QDir::cleanPath(path))
            proposal.alreadyAdded = true;
    }
    discovery.proposals.append(proposal);
}

AccountImporter::Discovery GoogleCredentialsImporter::discover(const QList<Account> &existing) const
{
    Discovery discovery;
    const QString named
        = m_environment.value(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS")).trimmed();
    if (!named.isEmpty())
        propose(named, QString(AuthCredentialsFile), tr("GOOGLE_APPLICATION_CREDENTIALS"), existing,
                discovery);
    const QString gcloud = gcloudCredentialsPath();
    const bool sameFile = !named.isEmpty()
        && QFileInfo(named).canonicalFilePath() == QFileInfo(gcloud).canonicalFilePath();
    if (QFileInfo::exists(gcloud) && !sameFile) {
        // Without GOOGLE_APPLICATION_CREDENTIALS, application default is gcloud's file: follow
        // it (a new "gcloud auth application-default login" is picked up). With it, name the
        // file, or the account would read the other one.
        propose(gcloud,
                named.isEmpty() ? QString(AuthApplicationDefault) : QString(AuthCredentialsFile),
                tr("gcloud application-default login"), existing, discovery);
    }
    return discovery;
}

} // namespace Copydeck
