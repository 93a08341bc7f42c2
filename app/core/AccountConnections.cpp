#include "AccountConnections.h"

#include "ProviderConnection.h"
#include "ProviderRegistry.h"
#include "ReadOnlyConnection.h"

namespace Copydeck {

AccountConnections::AccountConnections(const ProviderRegistry &registry, ProviderContext context,
                                       QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_context(context)
{ }

AccountConnections::~AccountConnections() = default;

QList<Account> AccountConnections::accounts() const
{
    return m_accounts;
}

Account AccountConnections::account(const QString &accountId) const
{
    for (const Account &account : m_accounts) {
        if (account.id == accountId)
            return account;
    }
    return {};
}

void AccountConnections::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    // Connections are rebuilt lazily with the new settings. A task still running on an old
    // connection keeps it alive through its shared_ptr copy held by the caller, if any.
    m_connections.clear();
    Q_EMIT accountsChanged();
}

ProviderConnection *AccountConnections::connection(const QString &accountId)
{
    return sharedConnection(accountId).get();
}

std::shared_ptr<ProviderConnection> AccountConnections::sharedConnection(const QString &accountId)
{
    if (auto it = m_connections.constFind(accountId); it != m_connections.cend())
        return *it;
    const Account account = this->account(accountId);
    const Provider *provider = m_registry.find(account.cloud);
    if (!provider)
        return nullptr;
    std::shared_ptr<ProviderConnection> connection = provider->connect(account, m_context);
    // A read-only account's changing calls are refused here, once, whatever its cloud.
    if (connection && account.readOnly)
        connection = std::make_shared<ReadOnlyConnection>(std::move(connection));
    m_connections.insert(accountId, connection);
    return connection;
}

const Provider *AccountConnections::provider(const QString &accountId) const
{
    return m_registry.find(account(accountId).cloud);
}

} // namespace Copydeck
