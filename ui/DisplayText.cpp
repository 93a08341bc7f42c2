#include "ui/DisplayText.h"

#include "core/Backup.h"

#include <QCoreApplication>

namespace Copydeck::DisplayText {

QString backupTitle(const Backup &backup)
{
    if (!backup.name.isEmpty())
        return backup.name;
    // An ARN or resource name: its last part is what people recognise.
    const QString tail = backup.id.section(QLatin1Char(':'), -1).section(QLatin1Char('/'), -1);
    return tail.isEmpty() ? backup.id : tail;
}

QString locationPath(const Location &location)
{
    const QString name = location.displayName.isEmpty() ? location.name : location.displayName;
    if (location.region.isEmpty() || name == location.region)
        return name;
    return location.region + QStringLiteral(" › ") + name;
}

QString backupState(const Backup &backup)
{
    const QString ours = backupStateName(backup.state);
    if (backup.rawState.isEmpty() || backup.rawState.compare(ours, Qt::CaseInsensitive) == 0)
        return ours;
    return QCoreApplication::translate("DisplayText", "%1 (%2)").arg(ours, backup.rawState);
}

} // namespace Copydeck::DisplayText
