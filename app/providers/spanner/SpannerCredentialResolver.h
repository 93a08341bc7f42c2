#pragma once

#include "auth/GoogleCredentials.h"

#include "core/Account.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <qcoro/qcorotask.h>

namespace Copydeck {

class SecretStore;

// Where a Spanner account's credential, projects and endpoint come from, following
// SpannerAccountSettings.h. The environment and home directory are given once (tests give their
// own); files are read when a token is needed, never kept.
class SpannerCredentialResolver final
{
    Q_DECLARE_TR_FUNCTIONS(SpannerCredentialResolver)

public:
    SpannerCredentialResolver(QProcessEnvironment environment, QString homeDirectory);

    // Reads the credential now: the keychain entry, the chosen file, or application default.
    QCoro::Task<Result<GoogleCredentials>> load(Account account, SecretStore *secrets) const;

    // The Admin API root, ending in '/'.
    QUrl endpoint(const Account &account) const;
    // The account's projects: settings["projects"], else the credential's project, else
    // GOOGLE_CLOUD_PROJECT / CLOUDSDK_CORE_PROJECT. Empty when none is known.
    QStringList projects(const Account &account, const QString &credentialProject) const;
    // settings["projects"] alone (a list, or one comma-separated string).
    static QStringList configuredProjects(const Account &account);

private:
    QProcessEnvironment m_environment;
    QString m_home;
};

} // namespace Copydeck
