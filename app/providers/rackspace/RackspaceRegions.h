#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Copydeck {

// The Cloud Databases regions, and which of them take part in backup copies.
class RackspaceRegions final
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceRegions)

public:
    static QStringList all(); // DFW, IAD, ORD, LON, HKG, SYD
    // Source and destination of a copy may be DFW, IAD, ORD, HKG, SYD; not LON.
    static bool copySupported(const QString &region);
    static QStringList copyRegions();
    // "Dallas", "Northern Virginia", ...; empty for a region Copydeck does not know.
    static QString cityOf(const QString &region);
    // "DFW (Dallas)"
    static QString displayName(const QString &region);
};

} // namespace Copydeck
