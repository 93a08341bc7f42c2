#pragma once

#include "providers/spanner/GoogleCredentialsImporter.h"
#include "ui/accounts/AccountForm.h"
#include "ui/accounts/AccountFormRegistry.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Copydeck {

// A Google Cloud Spanner account's fields (the conventions are in
// providers/spanner/SpannerAccountSettings.h): how it signs in (a service-account key file
// imported into the keychain: the file is read once and its body kept only there; a credential
// file read each time a token is needed, a service-account key or gcloud's authorized-user
// file; or Google's application-default credentials), the projects whose instances are listed,
// and an optional endpoint override.
class GoogleAccountForm final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoogleAccountForm)

public:
    explicit GoogleAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);
    ~GoogleAccountForm() override;

    // The form, the secret names and the importer, for AccountFormRegistry.
    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    void setAccount(const Account &account, const QHash<QString, QByteArray> &typedSecrets,
                    const std::optional<Account> &saved) override;
    Account account(const Account &base) const override;
    QHash<QString, QByteArray> secrets() const override;
    QString incompleteReason() const override;

    // Reads a service-account key file to be kept in the keychain when the account is saved (what
    // "Choose key file…" does once a file is chosen). False, with the reason shown, when the file
    // is not a key Copydeck can use.
    bool importKeyFile(const QString &path);

private:
    enum class Method { ServiceAccountKey, CredentialsFile, ApplicationDefault };

    Method method() const;
    void setMethod(Method method);
    void chooseKeyFile();
    void chooseCredentialsFile();
    void updateKeyInfo();
    void updateFileInfo();
    void updateApplicationDefaultInfo();
    void onFieldChanged();
    QStringList projects() const;
    QString credentialProject() const;

    GoogleCredentialsImporter m_importer;
    QByteArray m_importedKey; // the body of a key chosen in this dialog, for the keychain only
    QString m_importedKeyPath;
    QString m_keyError;
    QString m_fileError;
    QString m_fileProject;
    QString m_keyProject;
    bool m_savedHasKey = false; // no new key: the one in the keychain stays
    bool m_loading = false;

    QButtonGroup *m_methodGroup;
    QRadioButton *m_keyRadio;
    QRadioButton *m_fileRadio;
    QRadioButton *m_applicationDefaultRadio;
    QStackedWidget *m_methodStack;
    QLineEdit *m_keyFileEdit;
    QPushButton *m_chooseKeyButton;
    QLabel *m_keyInfoLabel;
    QLineEdit *m_credentialsFileEdit;
    QPushButton *m_chooseFileButton;
    QLabel *m_fileInfoLabel;
    QLabel *m_applicationDefaultInfoLabel;
    QLineEdit *m_projectsEdit;
    QLineEdit *m_endpointEdit;
};

} // namespace Copydeck
