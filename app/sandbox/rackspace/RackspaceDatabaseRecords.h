#pragma once

#include <QDateTime>
#include <QString>

namespace Copydeck::Sandbox {

// One Cloud Databases backup as the sandbox keeps it. The wire fields, then what the sandbox needs
// to run copies (never sent).
struct RackspaceBackupRecord
{
    QString id; // uuid; listings are sorted by it
    QString region; // "DFW"
    QString name;
    QString description;
    QString status = QStringLiteral("COMPLETED"); // NEW, BUILDING, COMPLETED, FAILED, ...
    QDateTime created;
    QDateTime updated;
    double sizeGb = 0.0;
    QString instanceId; // empty: null
    QString parentId; // empty: a full backup
    bool automated = false;
    QString datastoreType = QStringLiteral("mysql");
    QString datastoreVersion = QStringLiteral("5.7");
    QString datastoreVersionId;
    int flavorRam = 1024;
    int volumeSize = 2;
    QString sourceType = QStringLiteral("instance");
    QString sourceId;

    bool isIncremental() const { return !parentId.isEmpty(); }
    QString type() const
    {
        return isIncremental() ? QStringLiteral("InnoBackupExIncremental")
                               : QStringLiteral("InnoBackupEx");
    }

    // ---- sandbox only ----
    QString copiedFromId; // the backup this one is a copy of (in another region)
    QString copiedFromRegion;
    bool copyRunning = false; // this backup is a copy still being made
    qint64 copyStartSimulatedMs = 0;
    qint64 copyDurationSimulatedMs = 0;
    bool copyWillFail = false;
    int copiesFromHere = 0; // running copies of this backup: it shows COPYING meanwhile
    bool copiesFail = false; // seeded: every copy of this backup fails
};

// One Cloud Databases instance, for the instance listing.
struct RackspaceInstanceRecord
{
    QString id;
    QString region;
    QString name;
    QString status = QStringLiteral("ACTIVE");
    QString datastoreType = QStringLiteral("mysql");
    QString datastoreVersion = QStringLiteral("5.7");
    int flavorRam = 1024;
    int volumeSize = 2;
    QDateTime created;
};

} // namespace Copydeck::Sandbox
