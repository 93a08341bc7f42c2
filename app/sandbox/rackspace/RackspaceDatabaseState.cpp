#include "RackspaceDatabaseState.h"

#include "RackspaceSandboxLogging.h"
#include "sandbox/SimulatedClock.h"

#include <QTimeZone>
#include <QUuid>

namespace Copydeck::Sandbox {

RackspaceDatabaseState::RackspaceDatabaseState(SimulatedClock &clock)
    : m_clock(clock)
{ }

QStringList RackspaceDatabaseState::regions()
{
    return {QStringLiteral("DFW"), QStringLiteral("IAD"), QStringLiteral("ORD"),
            QStringLiteral("LON"), QStringLiteral("HKG"), QStringLiteral("SYD")};
}

bool RackspaceDatabaseState::copySupported(const QString &region)
{
    return regions().contains(region) && region != QLatin1String("LON");
}

QDateTime RackspaceDatabaseState::now() const
{
    const qint64 ms = m_clock.wallMs();
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 1000, QTimeZone::utc());
}

qint64 RackspaceDatabaseState::copyDurationMs(double sizeGb)
{
    return 20'000 + qint64(sizeGb * 15'000);
}

RackspaceBackupRecord *RackspaceDatabaseState::backup(const QString &region, const QString &id)
{
    auto regionIt = backups.find(region);
    if (regionIt == backups.end())
        return nullptr;
    auto it = regionIt->find(id);
    return it == regionIt->end() ? nullptr : &*it;
}

const RackspaceBackupRecord *RackspaceDatabaseState::copyOf(const QString &originalId,
                                                            const QString &region) const
{
    const auto regionIt = backups.constFind(region);
    if (regionIt == backups.cend())
        return nullptr;
    for (const RackspaceBackupRecord &record : *regionIt) {
        if (record.copiedFromId == originalId && record.status != QLatin1String("FAILED"))
            return &record;
    }
    return nullptr;
}

const RackspaceBackupRecord &RackspaceDatabaseState::startCopy(RackspaceBackupRecord &source,
                                                               const QString &targetRegion,
                                                               const QString &name,
                                                               const QString &description)
{
    RackspaceBackupRecord copy = source;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.region = targetRegion;
    copy.name = name;
    copy.description = description;
    copy.status = QStringLiteral("NEW");
    copy.created = now();
    copy.updated = copy.created;
    copy.automated = false;
    // An incremental copy hangs off the parent's copy in the target region (the rules made sure
    // there is one).
    if (source.isIncremental()) {
        const RackspaceBackupRecord *parentCopy = copyOf(source.parentId, targetRegion);
        copy.parentId = parentCopy ? parentCopy->id : QString();
    }
    copy.copiedFromId = source.id;
    copy.copiedFromRegion = source.region;
    copy.copyRunning = true;
    copy.copyStartSimulatedMs = m_clock.simulatedMs();
    copy.copyDurationSimulatedMs = copyDurationMs(source.sizeGb);
    copy.copyWillFail = source.copiesFail;
    copy.copiesFromHere = 0;
    copy.copiesFail = false;
    ++source.copiesFromHere;
    source.updated = copy.created;
    qCDebug(lcSandboxRackspace).noquote()
        << "copy" << source.id << source.region << "->" << copy.id << targetRegion;
    return *backups[targetRegion].insert(copy.id, copy);
}

void RackspaceDatabaseState::settle()
{
    const qint64 simulatedNow = m_clock.simulatedMs();
    for (auto &region : backups) {
        for (RackspaceBackupRecord &record : region) {
            if (!record.copyRunning)
                continue;
            const qint64 elapsed = simulatedNow - record.copyStartSimulatedMs;
            if (elapsed >= record.copyDurationSimulatedMs) {
                finishCopy(record);
            } else if (elapsed >= qint64(double(record.copyDurationSimulatedMs) * NewShare)
                       && record.status == QLatin1String("NEW")) {
                record.status = QStringLiteral("BUILDING");
                record.updated = now();
            }
        }
    }
}

void RackspaceDatabaseState::finishCopy(RackspaceBackupRecord &copy)
{
    const qint64 endSimulated = copy.copyStartSimulatedMs + copy.copyDurationSimulatedMs;
    const qint64 endMs = m_clock.wallMsAt(endSimulated);
    copy.copyRunning = false;
    copy.status = copy.copyWillFail ? QStringLiteral("FAILED") : QStringLiteral("COMPLETED");
    copy.updated = QDateTime::fromMSecsSinceEpoch(endMs - endMs % 1000, QTimeZone::utc());
    if (RackspaceBackupRecord *source = backup(copy.copiedFromRegion, copy.copiedFromId)) {
        source->copiesFromHere = std::max(0, source->copiesFromHere - 1);
        source->updated = copy.updated;
    }
    qCDebug(lcSandboxRackspace).noquote() << "copy" << copy.id << copy.status;
}

} // namespace Copydeck::Sandbox
