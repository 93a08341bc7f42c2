#pragma once

#include <QString>

namespace Copydeck {

struct Backup;
struct Location;

// How the widgets word backups and places, so that the dialog and the detail pane agree. Sizes
// and times are worded by models/DisplayFormat.
namespace DisplayText {

QString backupTitle(const Backup &backup);
// "us-east-1 › Default" for a vault, the display name for anything else.
QString locationPath(const Location &location);
// "Available (COMPLETED)": Copydeck's word, then the cloud's own.
QString backupState(const Backup &backup);

} // namespace DisplayText

} // namespace Copydeck
