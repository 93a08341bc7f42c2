#pragma once

#include "ui/accounts/AccountForm.h"
#include "ui/accounts/AccountFormRegistry.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace Copydeck {

// A Rackspace account's fields (the conventions are in
// providers/rackspace/RackspaceAccountSettings.h): how it signs in to Identity v2.0 (username and
// API key, username and password, or the RAX_*/OS_* environment variables), the regions listed,
// and the identity endpoint. Cloud Databases endpoints come from the service catalog, so there is
// nothing to enter per region. The accounts dialog's "Test connection" signs in with these fields.
class RackspaceAccountForm final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackspaceAccountForm)

public:
    explicit RackspaceAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);
    ~RackspaceAccountForm() override;

    // The form, the secret names and the environment importer, for AccountFormRegistry.
    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    void setAccount(const Account &account, const QHash<QString, QByteArray> &typedSecrets,
                    const std::optional<Account> &saved) override;
    Account account(const Account &base) const override;
    QHash<QString, QByteArray> secrets() const override;
    QString incompleteReason() const override;

private:
    enum class Method { ApiKey, Password, Environment };

    Method method() const;
    void setMethod(Method method);
    void updateEnvironmentInfo();
    void updatePlaceholders();
    void onFieldChanged();

    QProcessEnvironment m_environment;
    bool m_loading = false;
    QString m_savedMethod; // the saved account's authMethod; empty for a new account

    QButtonGroup *m_methodGroup;
    QRadioButton *m_apiKeyRadio;
    QRadioButton *m_passwordRadio;
    QRadioButton *m_environmentRadio;
    QStackedWidget *m_methodStack;
    QLineEdit *m_usernameEdit;
    QLineEdit *m_apiKeyEdit;
    QLineEdit *m_passwordEdit;
    QLabel *m_environmentInfoLabel;
    QListWidget *m_regionsList;
    QLineEdit *m_identityEndpointEdit;
};

} // namespace Copydeck
