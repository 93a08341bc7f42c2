#pragma once

#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/SignInAccountForm.h"

class QLineEdit;

namespace Copydeck {

class EndpointLineEdit;
class RegionCheckList;

// A Rackspace account's fields (the conventions are in
// providers/rackspace/RackspaceAccountSettings.h): how it signs in to Identity v2.0 (username and
// API key, username and password, or the RAX_*/OS_* environment variables), the regions listed,
// and the identity endpoint. Cloud Databases endpoints come from the service catalog, so there is
// nothing to enter per region. The accounts dialog's "Test connection" signs in with these fields.
class RackspaceAccountForm final : public SignInAccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackspaceAccountForm)

public:
    explicit RackspaceAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);

    // The form, the secret names and the environment importer, for AccountFormRegistry.
    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    QString incompleteReason() const override;

private:
    enum class Method { ApiKey, Password, Environment };

    void showFields(const Account &account,
                    const QHash<QString, QByteArray> &typedSecrets) override;
    void applyFields(Account &account) const override;
    void methodChosen(int method) override;

    QLineEdit *m_usernameEdit;
    QLineEdit *m_apiKeyEdit;
    QLineEdit *m_passwordEdit;
    RegionCheckList *m_regionsList;
    EndpointLineEdit *m_identityEndpointEdit;
};

} // namespace Copydeck
