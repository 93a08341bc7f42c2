#pragma once

#include "Account.h"
#include "Provider.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Copydeck {

class ProviderConnection;
class ProviderRegistry;

// The live connection of every configured account, made on first use and kept until the account
// changes or goes. Models and the job tracker look connections up here by account id.
class AccountConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountConnections)

public:
    AccountConnections(const ProviderRegistry &registry, ProviderContext context,
                       QObject *parent = nullptr);
    ~AccountConnections() override;

    const ProviderRegistry &registry() const { return m_registry; }

    QList<Account> accounts() const;
    Account account(const QString &accountId) const;
    void setAccounts(const QList<Account> &accounts);

    // Null when the account is unknown or its cloud is not registered.
    ProviderConnection *connection(const QString &accountId);
    // The same connection, shared: a coroutine holds this across a suspend so that a change of
    // accounts (which drops every connection) cannot destroy the connection under its call.
    std::shared_ptr<ProviderConnection> sharedConnection(const QString &accountId);
    const Provider *provider(const QString &accountId) const;

Q_SIGNALS:
    void accountsChanged();

private:
    const ProviderRegistry &m_registry;
    ProviderContext m_context;
    QList<Account> m_accounts;
    QHash<QString, std::shared_ptr<ProviderConnection>> m_connections;
};

} // namespace Copydeck
