#pragma once

#include "accounts/AccountStore.h"
#include "core/Clock.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Copydeck {
class AccountConnections;
class CopyJobTracker;
class MainWindow;
class SecretStore;
} // namespace Copydeck

namespace Copydeck::Test {

class AccountsSandbox;

// The real main window over an AccountsSandbox the way a first start shows it: no account saved
// yet, the settings in a file of a temporary folder, the secrets in `secrets` (the keychain, in the
// GUI test), every cloud's provider and form of the AccountsSandbox. What the accounts dialog
// saves lands in that settings file and that store, and the window lists the new account from
// there.
class AccountsWindowWorld final
{
    Q_DISABLE_COPY_MOVE(AccountsWindowWorld)

public:
    // Both outlive the world.
    AccountsWindowWorld(AccountsSandbox *sandbox, SecretStore *secrets);
    ~AccountsWindowWorld();

    // Makes the window (not shown yet).
    bool start(QString *error);

    MainWindow *window() const { return m_window.get(); }
    AccountStore *store() const { return m_store.get(); }
    AccountConnections *connections() const { return m_connections.get(); }
    // The settings file as it is on disk now.
    QString settingsPath() const;
    QByteArray settingsFileBytes() const;

private:
    AccountsSandbox *m_sandbox;
    SecretStore *m_secrets;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    SystemClock m_clock;
    std::unique_ptr<AccountConnections> m_connections;
    std::unique_ptr<CopyJobTracker> m_tracker;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Copydeck::Test
