#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Copydeck {

// A Google credential file as Google's tools write it: a service-account key (Cloud console,
// "type": "service_account") or gcloud's application-default login ("type": "authorized_user").
// Holds secrets (the private key, the refresh token): never log it; Redaction::bodyForLog masks
// the file's secret members.
struct GoogleCredentials
{
    enum class Type { ServiceAccount, AuthorizedUser };

    Type type = Type::ServiceAccount;
    QUrl tokenUri; // the file's token_uri, else Google's token endpoint
    QString projectId; // project_id, else quota_project_id
    // service_account
    QString clientEmail;
    QString privateKeyId;
    QByteArray privateKeyPem;
    // authorized_user
    QString clientId;
    QString clientSecret;
    QString refreshToken;
    // Where it was read from, for messages ("the key stored for \"Demo\"", a path).
    QString origin;

    static QUrl defaultTokenUri();
};

class GoogleCredentialFile final
{
    Q_DECLARE_TR_FUNCTIONS(GoogleCredentialFile)

public:
    // Reads a credential file's JSON. `origin` names it in errors. Refuses the types Copydeck
    // cannot use (external_account, impersonated_service_account) with a plain reason.
    static Result<GoogleCredentials> parse(const QByteArray &json, const QString &origin);
    // Reads the file at `path` (at use: the file may change between refreshes).
    static Result<GoogleCredentials> read(const QString &path);

    // Where application-default credentials live, in Google's order: the file
    // GOOGLE_APPLICATION_CREDENTIALS names (even when missing: then that is the error), else
    // application_default_credentials.json in $CLOUDSDK_CONFIG, else %APPDATA%/gcloud (Windows),
    // else <home>/.config/gcloud. Empty when none of them exists.
    static QString applicationDefaultPath(const QProcessEnvironment &environment,
                                          const QString &homeDirectory);
    // Resolves and reads the application-default credentials.
    static Result<GoogleCredentials> applicationDefault(const QProcessEnvironment &environment,
                                                        const QString &homeDirectory);
};

} // namespace Copydeck
