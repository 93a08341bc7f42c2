#include "SpannerState.h"

#include "SpannerSandboxLogging.h"
#include "sandbox/SimulatedClock.h"

#include <QTimeZone>

namespace Copydeck::Sandbox {

QStringList SpannerInstanceConfig::regions() const
{
    QStringList result;
    for (const SpannerReplica &replica : replicas) {
        if (replica.type != QLatin1String("WITNESS") && !result.contains(replica.location))
            result.append(replica.location);
    }
    return result;
}

SpannerState::SpannerState(SimulatedClock &clock)
    : m_clock(clock)
{ }

QDateTime SpannerState::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), QTimeZone::utc());
}

void SpannerState::settle()
{
    const qint64 simulatedNow = m_clock.simulatedMs();
    for (SpannerOperation &operation : operations) {
        if (operation.done)
            continue;
        const qint64 elapsed = simulatedNow - operation.startSimulatedMs;
        if (elapsed >= operation.durationSimulatedMs) {
            finish(operation);
            continue;
        }
        operation.progressPercent = operation.durationSimulatedMs > 0
            ? int(qBound(qint64(0), elapsed * 100 / operation.durationSimulatedMs, qint64(99)))
            : 0;
    }
}

SpannerOperation &SpannerState::startOperation(const QString &backupName, bool copy,
                                               const QString &source, qint64 durationSimulatedMs,
                                               const QString &operationId)
{
    SpannerOperation operation;
    operation.name = backupName + QStringLiteral("/operations/") + operationId;
    operation.copy = copy;
    operation.backup = backupName;
    operation.source = source;
    operation.startTime = now();
    operation.startSimulatedMs = m_clock.simulatedMs();
    operation.durationSimulatedMs = durationSimulatedMs;
    if (copy) {
        auto sourceBackup = backups.find(source);
        if (sourceBackup != backups.end())
            sourceBackup->referencingBackups.append(backupName);
    }
    qCDebug(lcSandboxSpanner).noquote() << "operation started" << operation.name;
    return *operations.insert(operation.name, operation);
}

void SpannerState::finish(SpannerOperation &operation)
{
    const qint64 endSimulated = operation.startSimulatedMs + operation.durationSimulatedMs;
    operation.done = true;
    operation.progressPercent = 100;
    operation.endTime
        = QDateTime::fromMSecsSinceEpoch(m_clock.wallMsAt(endSimulated), QTimeZone::utc());
    auto backup = backups.find(operation.backup);
    if (backup != backups.end()) {
        backup->ready = true;
        operation.response = *backup;
    }
    if (operation.copy) {
        auto source = backups.find(operation.source);
        if (source != backups.end())
            source->referencingBackups.removeAll(operation.backup);
    }
    qCDebug(lcSandboxSpanner).noquote() << "operation done" << operation.name;
}

void SpannerState::cancel(SpannerOperation &operation)
{
    if (operation.done)
        return;
    operation.done = true;
    operation.cancelTime = now();
    operation.endTime = operation.cancelTime;
    GoogleErrorReply cancelled;
    cancelled.code = GoogleErrorReply::Cancelled;
    cancelled.message = QStringLiteral("CANCELLED");
    operation.error = cancelled;
    backups.remove(operation.backup);
    if (operation.copy) {
        auto source = backups.find(operation.source);
        if (source != backups.end())
            source->referencingBackups.removeAll(operation.backup);
    }
    qCDebug(lcSandboxSpanner).noquote() << "operation cancelled" << operation.name;
}

} // namespace Copydeck::Sandbox
