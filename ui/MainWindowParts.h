#pragma once

class QSettings;

namespace Copydeck {

class AccountConnections;
class Clock;
class CopyJobTracker;

// What the main window needs from the composition root. Every pointer outlives the window. The
// window builds its own item models (locations, backups, copy jobs) over these parts.
struct MainWindowParts
{
    AccountConnections *connections = nullptr;
    CopyJobTracker *tracker = nullptr;
    const Clock *clock = nullptr;
    QSettings *settings = nullptr; // window state and remembered choices (last role per account)
};

} // namespace Copydeck
