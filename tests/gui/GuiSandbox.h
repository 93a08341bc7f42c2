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

// Everything the main window stands on, built the way app/main.cpp builds it, over the in-process
// sandbox on loopback: real AWS provider, in-memory secrets, fast polling, settings in a
// temporary folder. Shared by the GUI test and the screenshot tool.
class GuiSandbox final
{
    Q_DISABLE_COPY_MOVE(GuiSandbox)

public:
    GuiSandbox();
    ~GuiSandbox();

    // `speed`: how many times faster than real time sandbox copies run.
    bool start(double speed, QString *error);

    MainWindowParts parts();
    Sandbox::Sandbox &sandbox() { return m_sandbox; }
    AccountConnections *connections() const { return m_connections.get(); }
    CopyJobTracker *tracker() const { return m_tracker.get(); }
    QSettings *settings() const { return m_settings.get(); }
    // The id of the sandbox account called `name` ("Production"), or empty.
    QString accountId(const QString &name) const;
    // Adds an account the sandbox refuses (a secret key that does not match its key id), for
    // tests of how refusals reach the user. Returns its id.
    QString addAccountWithWrongSecret(const QString &name);
    void removeAccount(const QString &accountId);

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
    QHash<QString, QString> m_accountIds; // credential name -> account id
};

} // namespace Copydeck
