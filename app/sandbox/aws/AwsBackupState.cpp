#include "AwsBackupState.h"

#include "AwsArn.h"
#include "AwsSandboxLogging.h"
#include "sandbox/SimulatedClock.h"

#include <algorithm>

namespace Copydeck::Sandbox {

namespace {

// The recovery point a finished copy job leaves in its destination vault: the source's content
// with the destination's place, encryption and the job's lifecycle and times.
AwsRecoveryPoint copiedRecoveryPoint(const AwsRecoveryPoint &source,
                                     const AwsBackupVault &destination, const AwsCopyJob &job)
{
    AwsRecoveryPoint copy = source;
    copy.accountId = destination.accountId;
    copy.region = destination.region;
    copy.vaultName = destination.name;
    copy.vaultArn = destination.arn;
    copy.sourceVaultArn = job.sourceVaultArn;
    copy.createdBy = {};
    copy.iamRoleArn = job.iamRoleArn;
    copy.status = QStringLiteral("COMPLETED");
    copy.statusMessage.clear();
    copy.creationMs = job.creationMs;
    copy.initiationMs = job.creationMs;
    copy.completionMs = job.completionMs;
    copy.lifecycle = job.lifecycle;
    copy.encryptionKeyArn = destination.encryptionKeyArn;
    copy.encryptionKeyType = destination.encryptionKeyType;
    return copy;
}

} // namespace

AwsBackupState::AwsBackupState(SimulatedClock &clock, quint32 seed)
    : m_clock(clock)
    , m_random(seed)
{ }

AwsBackupState::~AwsBackupState() = default;

QString AwsBackupState::newUuid()
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QStringLiteral("%1").arg(m_random.generate(), 8, 16, QLatin1Char('0'));
    hex = hex.toUpper();
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString AwsBackupState::newHexId(int length)
{
    QString hex;
    while (hex.size() < length)
        hex += QStringLiteral("%1").arg(m_random.generate(), 8, 16, QLatin1Char('0'));
    return hex.left(length);
}

quint32 AwsBackupState::randomBounded(quint32 lowest, quint32 highest)
{
    return m_random.bounded(lowest, highest);
}

void AwsBackupState::addVault(const AwsBackupVault &vault)
{
    m_vaultIndexByArn.insert(vault.arn, qsizetype(m_vaults.size()));
    m_vaults.push_back(vault);
    m_contents[vault.arn];
}

const AwsBackupVault *AwsBackupState::findVault(const QString &accountId, const QString &region,
                                                const QString &name) const
{
    return findVaultByArn(AwsArn::backupVault(region, accountId, name));
}

const AwsBackupVault *AwsBackupState::findVaultByArn(const QString &arn) const
{
    const auto it = m_vaultIndexByArn.constFind(arn);
    return it == m_vaultIndexByArn.constEnd() ? nullptr : &m_vaults.at(size_t(*it));
}

QList<const AwsBackupVault *> AwsBackupState::vaults(const QString &accountId,
                                                     const QString &region) const
{
    QList<const AwsBackupVault *> result;
    for (const AwsBackupVault &vault : m_vaults) {
        if (vault.accountId == accountId && vault.region == region)
            result.append(&vault);
    }
    std::sort(result.begin(), result.end(),
              [](const AwsBackupVault *a, const AwsBackupVault *b) { return a->name < b->name; });
    return result;
}

qint64 AwsBackupState::recoveryPointCount(const QString &vaultArn) const
{
    const auto it = m_contents.constFind(vaultArn);
    return it == m_contents.constEnd() ? 0 : qint64(it->byKey.size());
}

QByteArray AwsBackupState::sortKey(qint64 creationMs, const QString &id)
{
    // Newest first: the key grows as the creation time goes back.
    constexpr qint64 Latest = 9'999'999'999'999;
    return QByteArray::number(Latest - creationMs).rightJustified(13, '0') + '|' + id.toUtf8();
}

void AwsBackupState::addRecoveryPoint(const AwsRecoveryPoint &recoveryPoint)
{
    VaultContents &contents = m_contents[recoveryPoint.vaultArn];
    const QByteArray key = sortKey(recoveryPoint.creationMs, recoveryPoint.arn);
    contents.byKey.insert_or_assign(key, recoveryPoint);
    contents.keyByArn.insert(recoveryPoint.arn, key);
    m_vaultArnByRecoveryPointArn.insert(recoveryPoint.arn, recoveryPoint.vaultArn);
}

const AwsRecoveryPoint *AwsBackupState::findRecoveryPoint(const QString &vaultArn,
                                                          const QString &recoveryPointArn) const
{
    const auto contents = m_contents.constFind(vaultArn);
    if (contents == m_contents.constEnd())
        return nullptr;
    const auto key = contents->keyByArn.constFind(recoveryPointArn);
    if (key == contents->keyByArn.constEnd())
        return nullptr;
    const auto it = contents->byKey.find(*key);
    return it == contents->byKey.end() ? nullptr : &it->second;
}

const AwsRecoveryPoint *AwsBackupState::findRecoveryPointAnywhere(const QString &arn) const
{
    const auto vault = m_vaultArnByRecoveryPointArn.constFind(arn);
    return vault == m_vaultArnByRecoveryPointArn.constEnd() ? nullptr
                                                            : findRecoveryPoint(*vault, arn);
}

AwsBackupState::RecoveryPointPage
AwsBackupState::recoveryPoints(const QString &vaultArn, const QByteArray &afterKey, int maxResults,
                               const std::function<bool(const AwsRecoveryPoint &)> &matches) const
{
    RecoveryPointPage page;
    const auto contents = m_contents.constFind(vaultArn);
    if (contents == m_contents.constEnd())
        return page;
    auto it = afterKey.isEmpty() ? contents->byKey.begin() : contents->byKey.upper_bound(afterKey);
    for (; it != contents->byKey.end(); ++it) {
        if (!matches(it->second))
            continue;
        if (page.items.size() == maxResults) {
            page.more = true;
            break;
        }
        page.items.append(&it->second);
        page.lastKey = it->first;
    }
    return page;
}

QList<const AwsRecoveryPoint *> AwsBackupState::allRecoveryPoints(const QString &vaultArn) const
{
    QList<const AwsRecoveryPoint *> result;
    const auto contents = m_contents.constFind(vaultArn);
    if (contents == m_contents.constEnd())
        return result;
    for (const auto &[key, recoveryPoint] : contents->byKey)
        result.append(&recoveryPoint);
    return result;
}

QList<const AwsRecoveryPoint *>
AwsBackupState::nestedRecoveryPoints(const AwsRecoveryPoint &parent) const
{
    QList<const AwsRecoveryPoint *> result;
    if (!parent.isParent)
        return result;
    for (const AwsRecoveryPoint *rp : allRecoveryPoints(parent.vaultArn)) {
        if (rp->parentRecoveryPointArn == parent.arn)
            result.append(rp);
    }
    return result;
}

AwsCopyJob &AwsBackupState::addCopyJob(const AwsCopyJob &job)
{
    m_copyJobIndexById.insert(job.id, m_copyJobs.size());
    m_unfinishedCopyJobs.append(m_copyJobs.size());
    m_copyJobs.append(job);
    return m_copyJobs.last();
}

const AwsCopyJob *AwsBackupState::findCopyJob(const QString &id) const
{
    const auto it = m_copyJobIndexById.constFind(id);
    return it == m_copyJobIndexById.constEnd() ? nullptr : &m_copyJobs.at(*it);
}

std::optional<AwsBackupState::IdempotentStart>
AwsBackupState::idempotentStart(const QString &key) const
{
    const auto it = m_idempotentStarts.constFind(key);
    if (it == m_idempotentStarts.constEnd())
        return std::nullopt;
    return *it;
}

void AwsBackupState::rememberIdempotentStart(const QString &key, const IdempotentStart &start)
{
    m_idempotentStarts.insert(key, start);
}

void AwsBackupState::settle()
{
    if (m_unfinishedCopyJobs.isEmpty())
        return;
    const qint64 now = m_clock.simulatedMs();
    QList<qsizetype> stillRunning;
    QList<qsizetype> parents;
    for (const qsizetype index : std::as_const(m_unfinishedCopyJobs)) {
        AwsCopyJob &job = m_copyJobs[index];
        if (job.isParent) {
            parents.append(index); // after its children, whatever the order of the list
            continue;
        }
        if (now >= job.endSimMs) {
            finishCopyJob(job);
            continue;
        }
        if (now >= job.createdUntilSimMs)
            job.state = QStringLiteral("RUNNING");
        stillRunning.append(index);
    }
    for (const qsizetype index : std::as_const(parents)) {
        if (!settleParentCopyJob(m_copyJobs[index], now))
            stillRunning.append(index);
    }
    std::sort(stillRunning.begin(), stillRunning.end());
    m_unfinishedCopyJobs = stillRunning;
}

bool AwsBackupState::settleParentCopyJob(AwsCopyJob &parent, qint64 nowSimMs)
{
    std::map<QString, qint64> counts;
    bool started = parent.childJobIds.isEmpty() && nowSimMs >= parent.createdUntilSimMs;
    bool ended = parent.childJobIds.isEmpty() && nowSimMs >= parent.endSimMs;
    if (!parent.childJobIds.isEmpty()) {
        ended = true;
        for (const QString &id : std::as_const(parent.childJobIds)) {
            const AwsCopyJob *child = findCopyJob(id);
            if (!child)
                continue;
            ++counts[child->state];
            started = started || child->state != QLatin1String("CREATED");
            ended = ended && child->isFinished();
        }
    }
    parent.childJobsInState = counts;
    if (!ended) {
        parent.state = started ? QStringLiteral("RUNNING") : QStringLiteral("CREATED");
        return false;
    }
    const auto count = [&counts](const QString &state) {
        const auto it = counts.find(state);
        return it == counts.end() ? qint64(0) : it->second;
    };
    finishParentCopyJob(parent, count(QStringLiteral("COMPLETED")),
                        count(QStringLiteral("FAILED")));
    return true;
}

void AwsBackupState::finishParentCopyJob(AwsCopyJob &parent, qint64 completedChildren,
                                         qint64 failedChildren)
{
    parent.completionMs = m_clock.wallMsAt(parent.endSimMs);
    const AwsRecoveryPoint *source = findRecoveryPointAnywhere(parent.sourceRecoveryPointArn);
    const AwsBackupVault *destination = findVaultByArn(parent.destinationVaultArn);
    const qint64 total = parent.childJobIds.size();
    if (!source || !destination || (total > 0 && completedChildren == 0)) {
        parent.state = QStringLiteral("FAILED");
        parent.statusMessage = QStringLiteral("Copy job failed. None of the %1 nested copy jobs "
                                              "completed; see each nested job for its reason.")
                                   .arg(total);
        if (!source || !destination)
            parent.statusMessage = QStringLiteral("The source recovery point or the destination "
                                                  "vault no longer exists.");
        qCDebug(lcSandboxAws) << "composite copy job" << parent.id << "failed";
        return;
    }

    AwsRecoveryPoint copy = copiedRecoveryPoint(*source, *destination, parent);
    copy.arn = parent.reservedDestinationArn;
    copy.sizeBytes = 0;
    for (const QString &id : std::as_const(parent.childJobIds)) {
        const AwsCopyJob *child = findCopyJob(id);
        if (child && child->state == QLatin1String("COMPLETED"))
            copy.sizeBytes += child->sizeBytes;
    }
    parent.state = QStringLiteral("COMPLETED");
    if (failedChildren > 0) {
        parent.state = QStringLiteral("PARTIAL");
        parent.statusMessage
            = QStringLiteral("Copy job completed partially: %1 of %2 nested copy jobs failed; "
                             "see each nested job for its reason.")
                  .arg(failedChildren)
                  .arg(total);
        copy.status = QStringLiteral("PARTIAL");
        copy.statusMessage = QStringLiteral("%1 of %2 nested recovery points could not be copied.")
                                 .arg(failedChildren)
                                 .arg(total);
    }
    addRecoveryPoint(copy);
    parent.destinationRecoveryPointArn = copy.arn;
    qCDebug(lcSandboxAws) << "composite copy job" << parent.id << "ended" << parent.state;
}

void AwsBackupState::finishCopyJob(AwsCopyJob &job)
{
    job.completionMs = m_clock.wallMsAt(job.endSimMs);
    const AwsRecoveryPoint *source = findRecoveryPointAnywhere(job.sourceRecoveryPointArn);
    const AwsBackupVault *destination = findVaultByArn(job.destinationVaultArn);
    if (!job.failureMessage.isEmpty() || !source || !destination) {
        job.state = QStringLiteral("FAILED");
        job.statusMessage = job.failureMessage.isEmpty()
            ? QStringLiteral("The source recovery point or the destination vault no longer "
                             "exists.")
            : job.failureMessage;
        qCDebug(lcSandboxAws) << "copy job" << job.id << "failed";
        return;
    }

    AwsRecoveryPoint copy = copiedRecoveryPoint(*source, *destination, job);
    copy.arn = AwsArn::recoveryPoint(copy.resourceType, copy.region, copy.accountId, newHexId(17),
                                     newUuid());
    // A nested copy belongs to its parent's copy, not to the source's parent.
    copy.parentRecoveryPointArn = job.destinationParentArn;
    addRecoveryPoint(copy);

    job.destinationRecoveryPointArn = copy.arn;
    job.state = QStringLiteral("COMPLETED");
    qCDebug(lcSandboxAws) << "copy job" << job.id << "completed";
}

} // namespace Copydeck::Sandbox
