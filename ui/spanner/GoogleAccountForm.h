#pragma once

#include "providers/spanner/GoogleCredentialsImporter.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/SignInAccountForm.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Copydeck {

class EndpointLineEdit;

// A Google Cloud Spanner account's fields (the conventions are in
// providers/spanner/SpannerAccountSettings.h): how it signs in (a service-account key file
// imported into the keychain: the file is read once and its body kept only there; a credential
// file read each time a token is needed, a service-account key or gcloud's authorized-user
// file; or Google's application-default credentials), the projects whose instances are listed,
// and an optional endpoint override.
class GoogleAccountForm final : public SignInAccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoogleAccountForm)

public:
    explicit GoogleAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);

    // The form, the secret names and the importer, for AccountFormRegistry.
    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    QString incompleteReason() const override;
    // Reads a service-account key file to be kept in the keychain when the account is saved (what
    // "Choose key file…" does once a file is chosen). False, with the reason shown, when the file
    // is not a key Copydeck can use.
    bool importKeyFile(const QString &path);

private:
    enum class Method { ServiceAccountKey, CredentialsFile, ApplicationDefault };

    void showFields(const Account &account,
                    const QHash<QString, QByteArray> &typedSecrets) override;
    void applyFields(Account &account) const override;
    void fieldsChanged() override;
    void chooseKeyFile();
    void chooseCredentialsFile();
    void updateKeyInfo();
    void updateFileInfo();
    QString applicationDefaultInfo() const;
    QStringList projects() const;
    QString credentialProject() const;

    GoogleCredentialsImporter m_importer;
    QByteArray m_importedKey; // the body of a key chosen in this dialog, for the keychain only
    QString m_importedKeyPath;
    QString m_keyError;
    QString m_fileError;
    QString m_fileProject;
    QString m_keyProject;

    QLineEdit *m_keyFileEdit;
    QPushButton *m_chooseKeyButton;
    QLabel *m_keyInfoLabel;
    QLineEdit *m_credentialsFileEdit;
    QPushButton *m_chooseFileButton;
    QLabel *m_fileInfoLabel;
    QLabel *m_applicationDefaultInfoLabel;
    QLineEdit *m_projectsEdit;
    EndpointLineEdit *m_endpointEdit;
};

} // namespace Copydeck
