#pragma once

#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/SignInAccountForm.h"

class QLineEdit;
class QTableWidget;

namespace Copydeck {

class EndpointLineEdit;

// A Huawei Cloud account's fields (conventions in providers/huawei/HuaweiAccountSettings.h): how
// it signs in (an access key and secret key; an IAM user with its password and account name; or
// the Huawei SDKs' environment variables), the regions to list with their project ids (empty: found
// through IAM), and optional CBR and IAM endpoints.
class HuaweiAccountForm final : public SignInAccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuaweiAccountForm)

public:
    explicit HuaweiAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);

    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    QString incompleteReason() const override;

private:
    enum class Method { Keys, Password, Environment };

    void showFields(const Account &account,
                    const QHash<QString, QByteArray> &typedSecrets) override;
    void applyFields(Account &account) const override;
    void addRegionRow(const QString &region, const QString &name);
    int regionRow(const QString &region) const;

    QLineEdit *m_accessKeyEdit;
    QLineEdit *m_secretKeyEdit;
    QLineEdit *m_securityTokenEdit;
    QLineEdit *m_userNameEdit;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_domainNameEdit;
    QTableWidget *m_regionsTable;
    EndpointLineEdit *m_endpointEdit;
    EndpointLineEdit *m_iamEndpointEdit;
};

} // namespace Copydeck
