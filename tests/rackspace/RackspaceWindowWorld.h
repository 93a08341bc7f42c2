#pragma once

#include "accounts/AccountStore.h"
#include "auth/InMemorySecretStore.h"
#include "core/Clock.h"
#include "core/ProviderRegistry.h"
#include "jobs/ThroughputHistory.h"
#include "sandbox/Sandbox.h"
#include "ui/MainWindowParts.h"
#include "ui/accounts/AccountFormRegistry.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace Copydeck {

class AccountConnections;
class CopyJobTracker;

// What the main window stands on, built as app/main.cpp builds it for --sandbox, with one account:
// the sandbox's Rackspace demo user (API key in an in-memory store, the sandbox's identity
// endpoint). Shared by the Rackspace GUI test and its screenshot tool.
class RackspaceWindowWorld final
{
    Q_DISABLE_COPY_MOVE(RackspaceWindowWorld)

public:
    RackspaceWindowWorld();
    ~RackspaceWindowWorld();

    bool start(double speed, QString *error);

    MainWindowParts parts();
    Sandbox::Sandbox &sandbox() { return m_sandbox; }
    AccountConnections *connections() const { return m_connections.get(); }
    CopyJobTracker *tracker() const { return m_tracker.get(); }
    const AccountFormRegistry &accountForms() const { return m_accountForms; }
    QString accountId() const { return m_accountId; }
    // The Location id of a region of the demo account in the tree ("rackspace:<tenant>:DFW").
    QString regionId(const QString &region) const;

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    Sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    ProviderRegistry m_registry;
    InMemorySecretStore m_secrets;
    AccountFormRegistry m_accountForms;
    std::unique_ptr<AccountStore> m_accountStore;
    SystemClock m_clock;
    std::unique_ptr<ThroughputHistory> m_history;
    std::unique_ptr<AccountConnections> m_connections;
    std::unique_ptr<CopyJobTracker> m_tracker;
    QString m_accountId;
};

} // namespace Copydeck
