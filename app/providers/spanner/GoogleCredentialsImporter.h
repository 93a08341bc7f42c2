#pragma once

#include "accounts/AccountImporter.h"
#include "auth/GoogleCredentials.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Copydeck {

// Proposes Google Cloud Spanner accounts from what Google's own tools set up on this computer:
// the file GOOGLE_APPLICATION_CREDENTIALS names (a service-account key or an authorized-user
// file), and gcloud's application-default credentials (application_default_credentials.json in
// $CLOUDSDK_CONFIG, else %APPDATA%/gcloud on Windows, else ~/.config/gcloud). Proposed accounts
// read those files each time they need a token (authMethod "credentialsFile" with the path, or
// "applicationDefault"): nothing is copied, and the files are read, never written. The project is
// the file's, else GOOGLE_CLOUD_PROJECT / CLOUDSDK_CORE_PROJECT, else the [core] project of
// gcloud's active configuration. The environment and the home directory are given, never read
// from the process.
class GoogleCredentialsImporter final : public AccountImporter
{
    Q_DECLARE_TR_FUNCTIONS(GoogleCredentialsImporter)

public:
    // What a credential file is, without its secrets.
    struct FileSummary
    {
        GoogleCredentials::Type type = GoogleCredentials::Type::ServiceAccount;
        QString identity; // the service account's e-mail, or the OAuth client id of a user file
        QString projectId; // project_id, else quota_project_id; may be empty
    };

    GoogleCredentialsImporter(QProcessEnvironment environment, QString homeDirectory);

    QString cloud() const override;
    Discovery discover(const QList<Account> &existing) const override;

    // Reads the credential file at `path`: JSON that does not parse is refused with the file's
    // name (as `shownPath`) and the line, a file Copydeck cannot sign in with with the reason.
    static Result<FileSummary> inspect(const QString &path, const QString &shownPath);
    // The same for a file's contents already read (an imported key); `origin` names it.
    static Result<FileSummary> inspectContents(const QByteArray &json, const QString &origin);

    // gcloud's configuration folder, by the environment's rules (whether or not it exists).
    QString gcloudFolder() const;
    // application_default_credentials.json in it.
    QString gcloudCredentialsPath() const;
    // The project the environment or gcloud's active configuration names; empty when none.
    QString defaultProject() const;
    // `path` with the home directory written as "~", for messages.
    QString displayPath(const QString &path) const;

    const QProcessEnvironment &environment() const { return m_environment; }
    const QString &homeDirectory() const { return m_home; }

private:
    void propose(const QString &path, const QString &authMethod, const QString &origin,
                 const QList<Account> &existing, Discovery &discovery) const;

    QProcessEnvironment m_environment;
    QString m_home;
};

} // namespace Copydeck
