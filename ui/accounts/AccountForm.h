#pragma once

#include "core/Account.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QWidget>

#include <optional>

namespace Copydeck {

// The cloud-specific part of the accounts dialog: how the account signs in, its regions, its
// endpoint. The dialog itself knows no cloud: it keeps the name and the read-only flag, hands the
// form an account to show, and asks it for the account and the secrets its fields describe.
//
// Secrets never go into the Account. secrets() gives them by name (Account::secretKey(name) is
// where they are kept): a name with a value is to be written, a name with an empty value is a
// secret the account no longer keeps, a name left out keeps whatever is saved.
class AccountForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountForm)

public:
    explicit AccountForm(QWidget *parent = nullptr)
        : QWidget(parent)
    { }
    ~AccountForm() override = default;

    // Shows `account`. `typedSecrets` are what secrets() said earlier in this dialog (so that
    // moving between accounts keeps what was typed). `saved` is the account as it is saved, or
    // empty for a new one: an empty secret field then keeps the saved secret.
    virtual void setAccount(const Account &account, const QHash<QString, QByteArray> &typedSecrets,
                            const std::optional<Account> &saved)
        = 0;

    // `base` (id, cloud, name, read-only flag and any setting the form does not show) with the
    // fields applied.
    virtual Account account(const Account &base) const = 0;
    virtual QHash<QString, QByteArray> secrets() const = 0;

    // What must still be filled in before the account can be saved or tested, in words; empty
    // when nothing is missing.
    virtual QString incompleteReason() const = 0;

Q_SIGNALS:
    // Any field changed.
    void changed();
};

} // namespace Copydeck
