#pragma once

class QNetworkAccessManager;
class QSettings;

namespace Copydeck {

class AccountConnections;
class AccountFormRegistry;
class AccountStore;
class Clock;
class CopyJobTracker;
class SecretStore;

// What the main window needs from the composition root. Every pointer outlives the window. The
// window builds its own item models (locations, backups, copy jobs) over these parts.
struct MainWindowParts
{
    AccountConnections *connections = nullptr;
    CopyJobTracker *tracker = nullptr;
    const Clock *clock = nullptr;
    QSettings *settings = nullptr; // window state and remembered choices (last role per account)
    // The accounts dialog and the welcome page: each cloud's form and importer, where accounts
    // and secrets are saved, and the network for "Test connection".
    const AccountFormRegistry *accountForms = nullptr;
    AccountStore *accountStore = nullptr;
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *network = nullptr;
};

} // namespace Copydeck
