#pragma once

#include "AwsBackupVault.h"
#include "AwsCopyJob.h"
#include "AwsRecoveryPoint.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>

namespace Copydeck::Sandbox {

class SimulatedClock;

// Everything the AWS Backup sandbox holds: vaults, their recovery points, copy jobs and the
// idempotency tokens seen. Copy jobs advance lazily: settle() brings every unfinished job up to
// the simulated now and creates the destination recovery point of each one that completed.
class AwsBackupState final
{
    Q_DISABLE_COPY_MOVE(AwsBackupState)

public:
    struct RecoveryPointPage
    {
        QList<const AwsRecoveryPoint *> items;
        QByteArray lastKey; // sort key of the last item, for the next token
        bool more = false; // another matching item follows
    };
    struct IdempotentStart
    {
        QString copyJobId;
        QByteArray fingerprint;
    };

    AwsBackupState(SimulatedClock &clock, quint32 seed);
    ~AwsBackupState();

    SimulatedClock &clock() const { return m_clock; }

    // Identifiers drawn from the seeded generator, so a seed gives the same data every time.
    QString newUuid(); // uppercase 8-4-4-4-12
    QString newHexId(int length); // lowercase hex
    quint32 randomBounded(quint32 lowest, quint32 highest); // [lowest, highest)

    void addVault(const AwsBackupVault &vault);
    const AwsBackupVault *findVault(const QString &accountId, const QString &region,
                                    const QString &name) const;
    const AwsBackupVault *findVaultByArn(const QString &arn) const;
    QList<const AwsBackupVault *> vaults(const QString &accountId, const QString &region) const;
    qint64 recoveryPointCount(const QString &vaultArn) const;

    // The vault must exist.
    void addRecoveryPoint(const AwsRecoveryPoint &recoveryPoint);
    const AwsRecoveryPoint *findRecoveryPoint(const QString &vaultArn,
                                              const QString &recoveryPointArn) const;
    const AwsRecoveryPoint *findRecoveryPointAnywhere(const QString &recoveryPointArn) const;
    // Newest first, then by ARN; starts after `afterKey`.
    RecoveryPointPage
    recoveryPoints(const QString &vaultArn, const QByteArray &afterKey, int maxResults,
                   const std::function<bool(const AwsRecoveryPoint &)> &matches) const;
    QList<const AwsRecoveryPoint *> allRecoveryPoints(const QString &vaultArn) const;
    // The nested recovery points of a composite one (in its vault), newest first, then by ARN.
    QList<const AwsRecoveryPoint *> nestedRecoveryPoints(const AwsRecoveryPoint &parent) const;
    static QByteArray sortKey(qint64 creationMs, const QString &id);

    AwsCopyJob &addCopyJob(const AwsCopyJob &job);
    const AwsCopyJob *findCopyJob(const QString &id) const;
    const QList<AwsCopyJob> &copyJobs() const { return m_copyJobs; }

    std::optional<IdempotentStart> idempotentStart(const QString &key) const;
    void rememberIdempotentStart(const QString &key, const IdempotentStart &start);

    void settle();

private:
    void finishCopyJob(AwsCopyJob &job);
    // Brings a parent job in line with its children; true when it has ended.
    bool settleParentCopyJob(AwsCopyJob &parent, qint64 nowSimMs);
    void finishParentCopyJob(AwsCopyJob &parent, qint64 completedChildren, qint64 failedChildren);

    struct VaultContents
    {
        std::map<QByteArray, AwsRecoveryPoint> byKey;
        QHash<QString, QByteArray> keyByArn;
    };

    SimulatedClock &m_clock;
    QRandomGenerator m_random;
    std::deque<AwsBackupVault> m_vaults; // stable addresses
    QHash<QString, qsizetype> m_vaultIndexByArn;
    QHash<QString, VaultContents> m_contents; // by vault ARN
    QHash<QString, QString> m_vaultArnByRecoveryPointArn;
    QList<AwsCopyJob> m_copyJobs; // in creation order
    QHash<QString, qsizetype> m_copyJobIndexById;
    QList<qsizetype> m_unfinishedCopyJobs;
    QHash<QString, IdempotentStart> m_idempotentStarts;
};

} // namespace Copydeck::Sandbox
