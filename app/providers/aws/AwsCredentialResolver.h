#pragma once

#include "AwsIniFile.h"
#include "AwsResolvedAccount.h"

#include "core/Account.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Copydeck {

// Works out an AWS account's credentials, default region, regions and endpoint from what the
// account says, the environment and the AWS shared files, by the conventions written down in
// AwsAccountSettings.h. The environment and the home directory are given, never read from the
// process, so tests can use their own. Reads files each time it is asked: callers resolve once
// per connection and keep the answer.
class AwsCredentialResolver final
{
    Q_DECLARE_TR_FUNCTIONS(AwsCredentialResolver)

public:
    struct Profile
    {
        QString name;
        AwsCredentials credentials;
        QString region;
        AwsIniFile::Section settings; // config then credentials file, the latter winning
    };

    AwsCredentialResolver(QProcessEnvironment environment, QString homeDirectory);

    const QProcessEnvironment &environment() const { return m_environment; }
    QString homeDirectory() const { return m_home; }

    // AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials.
    QString credentialsFilePath() const;
    // AWS_CONFIG_FILE, else ~/.aws/config.
    QString configFilePath() const;

    // The profile as both files describe it. An error when either file is malformed, or when
    // neither has the profile.
    Result<Profile> profile(const QString &name) const;
    // The profile an account uses: settings["profile"], else AWS_PROFILE, else "default".
    QString profileName(const Account &account) const;
    // account.endpointOverride, else AWS_ENDPOINT_URL_BACKUP, else AWS_ENDPOINT_URL.
    QUrl endpointOverride(const Account &account) const;

    // `storedKeys` are the secrets read from the SecretStore for authMethod "keys" and are
    // ignored otherwise.
    Result<AwsResolvedAccount> resolve(const Account &account,
                                       const AwsCredentials &storedKeys = {}) const;

private:
    QString expandHome(const QString &path) const;
    QString environmentValue(const char *name) const;
    Result<AwsResolvedAccount> fromProfile(const QString &name) const;
    Result<AwsResolvedAccount> fromEnvironment(const Account &account) const;

    QProcessEnvironment m_environment;
    QString m_home;
};

} // namespace Copydeck
