#pragma once

#include "AwsCredentialResolver.h"

#include "accounts/AccountImporter.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace Copydeck {

// Proposes AWS accounts from what the AWS CLI would use on this computer: one per profile of
// ~/.aws/credentials and ~/.aws/config (or the files AWS_SHARED_CREDENTIALS_FILE and
// AWS_CONFIG_FILE name), with its region, and one for the environment's keys when
// AWS_ACCESS_KEY_ID is set. Proposed accounts read those files (authMethod "profile") or the
// environment ("environment") each time they connect: no secret is copied anywhere. The files are
// read with AwsCredentialResolver's rules and never written. The environment and the home
// directory are given, never read from the process.
class AwsProfileImporter final : public AccountImporter
{
    Q_DECLARE_TR_FUNCTIONS(AwsProfileImporter)

public:
    struct Profile
    {
        QString name;
        QString region; // empty when the files give none
        QString file; // where its keys are (or where it is described), for messages
        std::optional<CloudError> problem; // why Copydeck cannot sign in with it
    };

    AwsProfileImporter(QProcessEnvironment environment, QString homeDirectory);

    QString cloud() const override;
    Discovery discover(const QList<Account> &existing) const override;

    // Every profile the two files name, the credentials file's first, each once. An error (with
    // the file's name and the line) when either file is malformed.
    Result<QList<Profile>> profiles() const;

    // Where the files are, by the environment's rules.
    const AwsCredentialResolver &resolver() const { return m_resolver; }
    // `path` with the home directory written as "~", for messages.
    QString displayPath(const QString &path) const;

private:
    AccountImporter::Proposal proposal(const Profile &profile,
                                       const QList<Account> &existing) const;
    void discoverEnvironment(const QList<Account> &existing, Discovery &discovery) const;

    AwsCredentialResolver m_resolver;
};

} // namespace Copydeck
