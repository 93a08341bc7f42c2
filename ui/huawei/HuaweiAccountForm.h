#pragma once

#include "ui/accounts/AccountForm.h"
#include "ui/accounts/AccountFormRegistry.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace Copydeck {

// A Huawei Cloud account's fields (conventions in providers/huawei/HuaweiAccountSettings.h): how
// it signs in (an access key and secret key; an IAM user with its password and account name; or
// the Huawei SDKs' environment variables), the regions to list with their project ids (empty: found
// through IAM), and optional CBR and IAM endpoints.
class HuaweiAccountForm final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuaweiAccountForm)

public:
    explicit HuaweiAccountForm(const AccountFormContext &context, QWidget *parent = nullptr);
    ~HuaweiAccountForm() override;

    static AccountFormRegistry::Registration registration(const AccountFormContext &context);

    void setAccount(const Account &account, const QHash<QString, QByteArray> &typedSecrets,
                    const std::optional<Account> &saved) override;
    Account account(const Account &base) const override;
    QHash<QString, QByteArray> secrets() const override;
    QString incompleteReason() const override;

private:
    enum class Method { Keys, Password, Environment };

    Method method() const;
    void setMethod(Method method);
    void addRegionRow(const QString &region, const QString &name);
    void updatePlaceholders();
    void onFieldChanged();

    QProcessEnvironment m_environment;
    QString m_savedMethod; // the saved account's sign-in; its secrets stay when fields are empty
    bool m_loading = false;

    QButtonGroup *m_methodGroup;
    QRadioButton *m_keysRadio;
    QRadioButton *m_passwordRadio;
    QRadioButton *m_environmentRadio;
    QStackedWidget *m_methodStack;
    QLineEdit *m_accessKeyEdit;
    QLineEdit *m_secretKeyEdit;
    QLineEdit *m_securityTokenEdit;
    QLineEdit *m_userNameEdit;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_domainNameEdit;
    QLabel *m_environmentInfoLabel;
    QTableWidget *m_regionsTable;
    QLineEdit *m_endpointEdit;
    QLineEdit *m_iamEndpointEdit;
};

} // namespace Copydeck
