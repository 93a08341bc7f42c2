#include "ui/accounts/SignInAccountForm.h"

#include <QLineEdit>

namespace Copydeck {

SignInAccountForm::SignInAccountForm(QLatin1StringView cloud, const QString &signInObjectName,
                                     const QString &stackObjectName,
                                     const QList<SignInMethodBox::Method> &methods, QWidget *parent)
    : AccountForm(parent)
    , m_cloud(cloud)
    , m_signIn(new SignInMethodBox(signInObjectName, stackObjectName, methods, this))
{
    connect(m_signIn, &SignInMethodBox::methodChanged, this, [this](int method) {
        methodChosen(method);
        onFieldChanged();
    });
}

SignInAccountForm::~SignInAccountForm() = default;

void SignInAccountForm::onFieldChanged()
{
    m_secretFields.updatePlaceholders();
    fieldsChanged();
    if (!m_loading)
        Q_EMIT changed();
}

void SignInAccountForm::watch(std::initializer_list<QLineEdit *> edits)
{
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, &SignInAccountForm::onFieldChanged);
}

void SignInAccountForm::setAccount(const Account &account,
                                   const QHash<QString, QByteArray> &typedSecrets,
                                   const std::optional<Account> &saved)
{
    m_loading = true;
    m_secretFields.setSavedMethod(saved ? std::optional(m_signIn->methodOf(saved->authMethod))
                                        : std::nullopt);
    m_signIn->setMethod(m_signIn->methodOf(account.authMethod));
    methodChosen(m_signIn->method());
    m_secretFields.fill(typedSecrets);
    showFields(account, typedSecrets);
    onFieldChanged();
    m_loading = false;
}

Account SignInAccountForm::account(const Account &base) const
{
    Account account = base;
    account.cloud = m_cloud;
    account.authMethod = m_signIn->authMethod();
    applyFields(account);
    return account;
}

QHash<QString, QByteArray> SignInAccountForm::secrets() const
{
    return m_secretFields.secrets(m_signIn->method());
}

} // namespace Copydeck
