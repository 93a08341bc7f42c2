#pragma once

#include "providers/aws/AwsProfileImporter.h"
#include "ui/accounts/AccountForm.h"
#include "ui/accounts/AccountFormRegistry.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Copydeck {

// An AWS account's fields (the conventions are in providers/aws/AwsAccountSettings.h): how it signs
// in (an access key with its secret and optional session token; a profile of the AWS shared files,
// chosen from the profiles found there; or the environment's AWS_* variables), the regions whose
// vaults are listed, the default region and an optional endpoint override.
class AwsAccountForm final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsAccountForm)

public:
    explicit AwsAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);
    ~AwsAccountForm() override;

    // The form, the secret names and the importer, for AccountFormRegistry.
    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    void setAccount(const Account &account, const QHash<QString, QByteArray> &typedSecrets,
                    const std::optional<Account> &saved) override;
    Account account(const Account &base) const override;
    QHash<QString, QByteArray> secrets() const override;
    QString incompleteReason() const override;

    // Reads the AWS shared files again and lists their profiles.
    void reloadProfiles();

private:
    enum class Method { Keys, Profile, Environment };

    Method method() const;
    void setMethod(Method method);
    void fillRegions();
    void addRegion(const QString &code, const QString &name);
    void checkRegions(const QStringList &regions);
    void selectDefaultRegion(const QString &region);
    void selectProfile(const QString &profile);
    void updateProfileInfo();
    void updateEnvironmentInfo();
    void updateSecretPlaceholders();
    void onFieldChanged();

    AwsProfileImporter m_importer;
    QProcessEnvironment m_environment;
    QList<AwsProfileImporter::Profile> m_profiles;
    QString m_profilesError;
    bool m_savedHasKeys = false; // empty key fields keep the keys in the keychain
    bool m_loading = false; // filling the fields: no changed()

    QButtonGroup *m_methodGroup;
    QRadioButton *m_keysRadio;
    QRadioButton *m_profileRadio;
    QRadioButton *m_environmentRadio;
    QStackedWidget *m_methodStack;
    QLineEdit *m_accessKeyIdEdit;
    QLineEdit *m_secretAccessKeyEdit;
    QLineEdit *m_sessionTokenEdit;
    QComboBox *m_profileCombo;
    QPushButton *m_reloadProfilesButton;
    QLabel *m_profileInfoLabel;
    QLabel *m_environmentInfoLabel;
    QListWidget *m_regionsList;
    QComboBox *m_defaultRegionCombo;
    QLineEdit *m_endpointEdit;
};

} // namespace Copydeck
