#include "GoogleCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck {

namespace {

QString member(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString().trimmed();
}

CloudError unusable(const QString &explanation, const QString &nextStep)
{
    CloudError error = CloudError::local(explanation, nextStep);
    error.kind = CloudError::Kind::Authentication;
    return error;
}

} // namespace

QUrl GoogleCredentials::defaultTokenUri()
{
    return QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
}

Result<GoogleCredentials> GoogleCredentialFile::parse(const QByteArray &json, const QString &origin)
{
    const QString fix = tr("Download a new JSON key for the service account, or run \"gcloud auth "
                           "application-default login\", and choose that file.");
    if (json.trimmed().isEmpty())
        return unusable(tr("%1 is empty.").arg(origin), fix);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    // The parser's message only: the text itself may hold a key.
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return unusable(tr("%1 is not a Google credential file (not JSON: %2).")
                            .arg(origin, parseError.errorString()),
                        fix);
    }
    const QJsonObject object = document.object();
    const QString type = member(object, "type");
    GoogleCredentials credentials;
    credentials.origin = origin;
    const QString tokenUri = member(object, "token_uri");
    credentials.tokenUri = tokenUri.isEmpty() ? GoogleCredentials::defaultTokenUri()
                                              : QUrl(tokenUri, QUrl::StrictMode);
    if (!credentials.tokenUri.isValid() || credentials.tokenUri.scheme().isEmpty())
        return unusable(tr("%1 has a token_uri that is not a URL.").arg(origin), fix);
    credentials.projectId = member(object, "project_id");
    if (credentials.projectId.isEmpty())
        credentials.projectId = member(object, "quota_project_id");

    const auto missing = [&](const char *name) {
        return unusable(tr("%1 has no \"%2\".").arg(origin, QLatin1String(name)), fix);
    };
    if (type == QLatin1String("service_account")) {
        credentials.type = GoogleCredentials::Type::ServiceAccount;
        credentials.clientEmail = member(object, "client_email");
        credentials.privateKeyId = member(object, "private_key_id");
        credentials.privateKeyPem = object.value(QLatin1String("private_key")).toString().toUtf8();
        if (credentials.clientEmail.isEmpty())
            return missing("client_email");
        if (credentials.privateKeyPem.trimmed().isEmpty())
            return missing("private_key");
        return credentials;
    }
    if (type == QLatin1String("authorized_user")) {
        credentials.type = GoogleCredentials::Type::AuthorizedUser;
        credentials.clientId = member(object, "client_id");
        credentials.clientSecret = member(object, "client_secret");
        credentials.refreshToken = member(object, "refresh_token");
        if (credentials.clientId.isEmpty())
            return missing("client_id");
        if (credentials.clientSecret.isEmpty())
            return missing("client_secret");
        if (credentials.refreshToken.isEmpty())
            return missing("refresh_token");
        return credentials;
    }
    if (type.isEmpty())
        return missing("type");
    return unusable(
        tr("%1 holds \"%2\" credentials, which Copydeck cannot use yet.").arg(origin, type),
        tr("Use a service-account key or application-default login (authorized_user)."));
}

Result<GoogleCredentials> GoogleCredentialFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return unusable(
            tr("Cannot read the Google credential file %1: %2.").arg(path, file.errorString()),
            tr("Check that the file exists and that you may read it."));
    }
    return parse(file.readAll(), QDir::toNativeSeparators(path));
}

QString GoogleCredentialFile::applicationDefaultPath(const QProcessEnvironment &environment,
                                                     const QString &homeDirectory)
{
    const QString named = environment.value(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"));
    if (!named.isEmpty())
        return named;
    const QString fileName = QStringLiteral("application_default_credentials.json");
    QStringList folders;
    const QString cloudSdk = environment.value(QStringLiteral("CLOUDSDK_CONFIG"));
    if (!cloudSdk.isEmpty())
        folders << cloudSdk;
#ifdef Q_OS_WIN
    const QString appData = environment.value(QStringLiteral("APPDATA"));
    if (!appData.isEmpty())
        folders << appData + QStringLiteral("/gcloud");
#endif
    if (!homeDirectory.isEmpty())
        folders << homeDirectory + QStringLiteral("/.config/gcloud");
    for (const QString &folder : std::as_const(folders)) {
        const QString path = QDir(folder).filePath(fileName);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

Result<GoogleCredentials>
GoogleCredentialFile::applicationDefault(const QProcessEnvironment &environment,
                                         const QString &homeDirectory)
{
    const QString path = applicationDefaultPath(environment, homeDirectory);
    if (path.isEmpty()) {
        return unusable(tr("No Google application-default credentials were found."),
                        tr("Run \"gcloud auth application-default login\", or set "
                           "GOOGLE_APPLICATION_CREDENTIALS to a service-account key file."));
    }
    return read(path);
}

} // namespace Copydeck
