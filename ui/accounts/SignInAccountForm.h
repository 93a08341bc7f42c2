#pragma once

#include "ui/accounts/AccountForm.h"
#include "ui/accounts/KeychainSecretFields.h"
#include "ui/accounts/SignInMethodBox.h"

#include <initializer_list>

class QLineEdit;

namespace Copydeck {

// What the clouds' account forms share: the "Sign in with" box (a method of the cloud's, each with
// its page of fields), the secrets those fields keep in the keychain, and the flow of the
// AccountForm calls around them. A cloud's form adds its fields and their part of the account.
class SignInAccountForm : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInAccountForm)

public:
    ~SignInAccountForm() override;

    void setAccount(const Account &account, const QHash<QString, QByteArray> &typedSecrets,
                    const std::optional<Account> &saved) final;
    Account account(const Account &base) const final;
    QHash<QString, QByteArray> secrets() const final;

protected:
    // `cloud` is the Account::cloud of what account() gives; the methods are those of the box.
    SignInAccountForm(QLatin1StringView cloud, const QString &signInObjectName,
                      const QString &stackObjectName, const QList<SignInMethodBox::Method> &methods,
                      QWidget *parent);

    SignInMethodBox *signInBox() const { return m_signIn; }
    KeychainSecretFields &secretFields() { return m_secretFields; }
    const KeychainSecretFields &secretFields() const { return m_secretFields; }
    int signInMethod() const { return m_signIn->method(); }

    // The form's own fields from `account` (the method and the secret fields are already shown;
    // the keychain's secrets are not given, only `typedSecrets`, what was typed in this dialog).
    virtual void showFields(const Account &account, const QHash<QString, QByteArray> &typedSecrets)
        = 0;
    // The form's own fields into `account` (its cloud and authMethod are already set).
    virtual void applyFields(Account &account) const = 0;
    // After any change, also while an account is being shown: what follows other fields.
    virtual void fieldsChanged() { }
    // Another method was chosen, also while an account is being shown.
    virtual void methodChosen(int method) { Q_UNUSED(method) }

    // changed(), unless an account is being shown.
    void onFieldChanged();
    void watch(std::initializer_list<QLineEdit *> edits);

private:
    QString m_cloud;
    KeychainSecretFields m_secretFields;
    SignInMethodBox *m_signIn;
    bool m_loading = false; // showing an account: no changed()
};

} // namespace Copydeck
