#pragma once

#include "providers/aws/AwsProfileImporter.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/SignInAccountForm.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Copydeck {

class EndpointLineEdit;
class RegionCheckList;

// An AWS account's fields (the conventions are in providers/aws/AwsAccountSettings.h): how it signs
// in (an access key with its secret and optional session token; a profile of the AWS shared files,
// chosen from the profiles found there; or the environment's AWS_* variables), the regions whose
// vaults are listed, the default region and an optional endpoint override.
class AwsAccountForm final : public SignInAccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsAccountForm)

public:
    explicit AwsAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);

    // The form, the secret names and the importer, for AccountFormRegistry.
    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    QString incompleteReason() const override;
    // Reads the AWS shared files again and lists their profiles.
    void reloadProfiles();

private:
    enum class Method { Keys, Profile, Environment };

    void showFields(const Account &account,
                    const QHash<QString, QByteArray> &typedSecrets) override;
    void applyFields(Account &account) const override;
    void addRegion(const QString &code, const QString &name);
    void selectDefaultRegion(const QString &region);
    void selectProfile(const QString &profile);
    void updateProfileInfo();
    QString environmentInfo() const;

    AwsProfileImporter m_importer;
    QProcessEnvironment m_environment;
    QList<AwsProfileImporter::Profile> m_profiles;
    QString m_profilesError;

    QLineEdit *m_accessKeyIdEdit;
    QLineEdit *m_secretAccessKeyEdit;
    QLineEdit *m_sessionTokenEdit;
    QComboBox *m_profileCombo;
    QPushButton *m_reloadProfilesButton;
    QLabel *m_profileInfoLabel;
    QLabel *m_environmentInfoLabel;
    RegionCheckList *m_regionsList;
    QComboBox *m_defaultRegionCombo;
    EndpointLineEdit *m_endpointEdit;
};

} // namespace Copydeck
