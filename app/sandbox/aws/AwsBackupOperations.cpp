#include "AwsBackupOperations.h"

#include "AwsArn.h"
#include "AwsBackupJson.h"
#include "AwsBackupState.h"
#include "AwsCopyJobScheduler.h"
#include "AwsPagination.h"
#include "AwsSandboxLogging.h"
#include "AwsStartCopyJobRules.h"
#include "sandbox/SimulatedClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace Copydeck::Sandbox {

namespace {

QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

// Query-string timestamps are ISO 8601 (SDKs send "2024-01-02T03:04:05.000Z"); epoch seconds are
// accepted too.
struct TimeFilter
{
    std::optional<qint64> ms;
};

std::variant<TimeFilter, AwsErrorReply> readTime(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return TimeFilter {};
    const QString text = queryValue(query, name);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        return TimeFilter {time.toMSecsSinceEpoch()};
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return TimeFilter {qint64(seconds * 1000.0)};
    return AwsErrorReply::invalidParameter(
        QStringLiteral("Value '%1' at '%2' is not a valid timestamp").arg(text, name), name);
}

bool within(qint64 value, const TimeFilter &after, const TimeFilter &before)
{
    return (!after.ms || value >= *after.ms) && (!before.ms || value <= *before.ms);
}

} // namespace

AwsBackupOperations::AwsBackupOperations(AwsBackupState &state)
    : m_state(state)
{ }

AwsBackupOperations::Reply AwsBackupOperations::listBackupVaults(const AwsCaller &caller,
                                                                 const QUrlQuery &query)
{
    const auto page
        = AwsPagination::read(query, QStringLiteral("ListBackupVaults"), DefaultPageSize);
    if (auto *error = std::get_if<AwsErrorReply>(&page))
        return *error;
    const AwsPage &p = std::get<AwsPage>(page);

    const QString vaultType = queryValue(query, QStringLiteral("vaultType"));
    static const QStringList vaultTypes
        = {QStringLiteral("BACKUP_VAULT"), QStringLiteral("LOGICALLY_AIR_GAPPED_BACKUP_VAULT"),
           QStringLiteral("RESTORE_ACCESS_BACKUP_VAULT")};
    if (!vaultType.isEmpty() && !vaultTypes.contains(vaultType)) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("Value '%1' at 'vaultType' failed to satisfy constraint: Member must "
                           "satisfy enum value set: [%2]")
                .arg(vaultType, vaultTypes.join(QStringLiteral(", "))),
            QStringLiteral("ByVaultType"));
    }
    // No vault is shared with the sandbox's accounts through AWS RAM.
    const bool sharedOnly = queryValue(query, QStringLiteral("shared")) == QLatin1String("true");

    QJsonArray list;
    QByteArray lastKey;
    bool more = false;
    if (!sharedOnly) {
        for (const AwsBackupVault *vault : m_state.vaults(caller.accountId, caller.region)) {
            const QByteArray key = vault->name.toUtf8();
            if ((!p.afterKey.isEmpty() && key <= p.afterKey)
                || (!vaultType.isEmpty() && vault->vaultType != vaultType))
                continue;
            if (list.size() == p.maxResults) {
                more = true;
                break;
            }
            list.append(AwsBackupJson::backupVaultListMember(
                *vault, m_state.recoveryPointCount(vault->arn)));
            lastKey = key;
        }
    }
    QJsonObject output;
    output.insert(QStringLiteral("BackupVaultList"), list);
    if (more)
        output.insert(QStringLiteral("NextToken"),
                      AwsPagination::tokenFor(QStringLiteral("ListBackupVaults"), lastKey));
    return output;
}

std::variant<const AwsBackupVault *, AwsErrorReply>
AwsBackupOperations::visibleVault(const AwsCaller &caller, const QString &vaultName,
                                  const QUrlQuery &query) const
{
    if (!AwsArn::isValidVaultName(vaultName)) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("Value '%1' at 'backupVaultName' failed to satisfy constraint: "
                           "Member must satisfy regular expression pattern: "
                           "^[a-zA-Z0-9\\-\\_]{2,50}$")
                .arg(vaultName),
            QStringLiteral("BackupVaultName"));
    }
    QString accountId = caller.accountId;
    if (query.hasQueryItem(QStringLiteral("backupVaultAccountId"))) {
        accountId = queryValue(query, QStringLiteral("backupVaultAccountId"));
        static const QRegularExpression accountPattern(QStringLiteral("^[0-9]{12}$"));
        if (!accountPattern.match(accountId).hasMatch()) {
            return AwsErrorReply::invalidParameter(
                QStringLiteral("Value '%1' at 'backupVaultAccountId' failed to satisfy "
                               "constraint: Member must satisfy regular expression pattern: "
                               "^[0-9]{12}$")
                    .arg(accountId),
                QStringLiteral("BackupVaultAccountId"));
        }
    }
    // Another account's vault is only visible when shared, and nothing is shared in the sandbox.
    const AwsBackupVault *vault = accountId == caller.accountId
        ? m_state.findVault(accountId, caller.region, vaultName)
        : nullptr;
    if (!vault) {
        return AwsErrorReply::notFound(
            QStringLiteral("Backup vault %1 does not exist in account %2 in region %3.")
                .arg(vaultName, accountId, caller.region),
            vaultName);
    }
    return vault;
}

AwsBackupOperations::Reply AwsBackupOperations::describeBackupVault(const AwsCaller &caller,
                                                                    const QString &vaultName,
                                                                    const QUrlQuery &query)
{
    const auto vault = visibleVault(caller, vaultName, query);
    if (auto *error = std::get_if<AwsErrorReply>(&vault))
        return *error;
    const AwsBackupVault *v = std::get<const AwsBackupVault *>(vault);
    return AwsBackupJson::describeBackupVaultOutput(*v, m_state.recoveryPointCount(v->arn));
}

AwsBackupOperations::Reply AwsBackupOperations::listRecoveryPointsByBackupVault(
    const AwsCaller &caller, const QString &vaultName, const QUrlQuery &query)
{
    const auto vault = visibleVault(caller, vaultName, query);
    if (auto *error = std::get_if<AwsErrorReply>(&vault))
        return *error;
    const QString vaultArn = std::get<const AwsBackupVault *>(vault)->arn;
    const QString operation = QStringLiteral("ListRecoveryPointsByBackupVault/") + vaultArn;
    const auto page = AwsPagination::read(query, operation, DefaultPageSize);
    if (auto *error = std::get_if<AwsErrorReply>(&page))
        return *error;
    const AwsPage &p = std::get<AwsPage>(page);

    const auto after = readTime(query, QStringLiteral("createdAfter"));
    const auto before = readTime(query, QStringLiteral("createdBefore"));
    for (const auto *time : {&after, &before}) {
        if (auto *error = std::get_if<AwsErrorReply>(time))
            return *error;
    }
    const TimeFilter createdAfter = std::get<TimeFilter>(after);
    const TimeFilter createdBefore = std::get<TimeFilter>(before);
    const QString resourceArn = queryValue(query, QStringLiteral("resourceArn"));
    const QString resourceType = queryValue(query, QStringLiteral("resourceType"));
    const QString backupPlanId = queryValue(query, QStringLiteral("backupPlanId"));
    const QString parentArn = queryValue(query, QStringLiteral("parentRecoveryPointArn"));

    const auto matches = [&](const AwsRecoveryPoint &rp) {
        return (resourceArn.isEmpty() || rp.resourceArn == resourceArn)
            && (resourceType.isEmpty() || rp.resourceType == resourceType)
            && (backupPlanId.isEmpty() || rp.createdBy.backupPlanId == backupPlanId)
            && (parentArn.isEmpty() || rp.parentRecoveryPointArn == parentArn)
            && within(rp.creationMs, createdAfter, createdBefore);
    };
    const auto found = m_state.recoveryPoints(vaultArn, p.afterKey, p.maxResults, matches);
    const qint64 now = m_state.clock().wallMs();
    QJsonArray list;
    for (const AwsRecoveryPoint *rp : found.items)
        list.append(AwsBackupJson::recoveryPoint(*rp, false, now));
    QJsonObject output;
    output.insert(QStringLiteral("RecoveryPoints"), list);
    if (found.more)
        output.insert(QStringLiteral("NextToken"),
                      AwsPagination::tokenFor(operation, found.lastKey));
    return output;
}

AwsBackupOperations::Reply
AwsBackupOperations::describeRecoveryPoint(const AwsCaller &caller, const QString &vaultName,
                                           const QString &recoveryPointArn, const QUrlQuery &query)
{
    const auto vault = visibleVault(caller, vaultName, query);
    if (auto *error = std::get_if<AwsErrorReply>(&vault))
        return *error;
    const AwsRecoveryPoint *rp
        = m_state.findRecoveryPoint(std::get<const AwsBackupVault *>(vault)->arn, recoveryPointArn);
    if (!rp) {
        return AwsErrorReply::notFound(
            QStringLiteral("Recovery point %1 was not found in backup vault %2.")
                .arg(recoveryPointArn, vaultName),
            recoveryPointArn);
    }
    return AwsBackupJson::recoveryPoint(*rp, true, m_state.clock().wallMs());
}

AwsBackupOperations::Reply AwsBackupOperations::startCopyJob(const AwsCaller &caller,
                                                             const QByteArray &body)
{
    const auto parsed = AwsStartCopyJobRules::parse(body);
    if (auto *error = std::get_if<AwsErrorReply>(&parsed))
        return *error;
    const AwsStartCopyJobInput &input = std::get<AwsStartCopyJobInput>(parsed);

    const auto started = [](const AwsCopyJob &job) {
        QJsonObject output;
        output.insert(QStringLiteral("CopyJobId"), job.id);
        output.insert(QStringLiteral("CreationDate"), AwsBackupJson::timestamp(job.creationMs));
        output.insert(QStringLiteral("IsParent"), job.isParent);
        return output;
    };

    // Idempotency tokens are scoped to the account and the region the request went to.
    const QString tokenKey = caller.accountId + QLatin1Char('\n') + caller.region
        + QLatin1Char('\n') + input.idempotencyToken;
    if (!input.idempotencyToken.isEmpty()) {
        if (const auto earlier = m_state.idempotentStart(tokenKey)) {
            // Assumption: the model declares no IdempotentParameterMismatch error for
            // StartCopyJob, so a reused token with other parameters is an InvalidRequestException.
            if (earlier->fingerprint != input.fingerprint) {
                return AwsErrorReply::invalidRequest(
                    QStringLiteral("Idempotency token %1 was already used for a different "
                                   "StartCopyJob request. Use a new token for a new request.")
                        .arg(input.idempotencyToken),
                    QStringLiteral("IdempotencyToken"));
            }
            if (const AwsCopyJob *job = m_state.findCopyJob(earlier->copyJobId))
                return started(*job);
        }
    }

    const auto checked = AwsStartCopyJobRules::check(input, caller, m_state);
    if (auto *error = std::get_if<AwsErrorReply>(&checked))
        return *error;
    const auto &c = std::get<AwsStartCopyJobRules::Checked>(checked);

    const AwsCopyJob &added = AwsCopyJobScheduler::schedule(m_state, caller, input, c);
    if (!input.idempotencyToken.isEmpty())
        m_state.rememberIdempotentStart(tokenKey, {added.id, input.fingerprint});
    return started(added);
}

AwsBackupOperations::Reply AwsBackupOperations::describeCopyJob(const AwsCaller &caller,
                                                                const QString &copyJobId)
{
    const AwsCopyJob *job = m_state.findCopyJob(copyJobId);
    if (!job || job->accountId != caller.accountId || job->region != caller.region) {
        return AwsErrorReply::notFound(
            QStringLiteral("Copy job %1 was not found in account %2 in region %3.")
                .arg(copyJobId, caller.accountId, caller.region),
            copyJobId);
    }
    QJsonObject output;
    output.insert(QStringLiteral("CopyJob"), AwsBackupJson::copyJob(*job));
    return output;
}

AwsBackupOperations::Reply AwsBackupOperations::listCopyJobs(const AwsCaller &caller,
                                                             const QUrlQuery &query)
{
    const QString operation = QStringLiteral("ListCopyJobs");
    const auto page = AwsPagination::read(query, operation, DefaultPageSize);
    if (auto *error = std::get_if<AwsErrorReply>(&page))
        return *error;
    const AwsPage &p = std::get<AwsPage>(page);

    const QString state = queryValue(query, QStringLiteral("state"));
    static const QStringList states
        = {QStringLiteral("CREATED"), QStringLiteral("RUNNING"), QStringLiteral("COMPLETED"),
           QStringLiteral("FAILED"), QStringLiteral("PARTIAL")};
    if (!state.isEmpty() && !states.contains(state)) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("Value '%1' at 'state' failed to satisfy constraint: Member must "
                           "satisfy enum value set: [%2]")
                .arg(state, states.join(QStringLiteral(", "))),
            QStringLiteral("ByState"));
    }
    QList<TimeFilter> times;
    for (const char *name : {"createdAfter", "createdBefore", "completeAfter", "completeBefore"}) {
        const auto time = readTime(query, QLatin1String(name));
        if (auto *error = std::get_if<AwsErrorReply>(&time))
            return *error;
        times.append(std::get<TimeFilter>(time));
    }
    const bool byCompletion = times.at(2).ms || times.at(3).ms;
    const QString destination = queryValue(query, QStringLiteral("destinationVaultArn"));
    const QString source = queryValue(query, QStringLiteral("sourceRecoveryPointArn"));
    const QString resourceArn = queryValue(query, QStringLiteral("resourceArn"));
    const QString resourceType = queryValue(query, QStringLiteral("resourceType"));
    const QString accountId = queryValue(query, QStringLiteral("accountId"));
    const QString parentJobId = queryValue(query, QStringLiteral("parentJobId"));

    QList<std::pair<QByteArray, const AwsCopyJob *>> selected;
    const QList<AwsCopyJob> &jobs = m_state.copyJobs();
    for (qsizetype index = 0; index < jobs.size(); ++index) {
        const AwsCopyJob &job = jobs.at(index);
        if (job.accountId != caller.accountId || job.region != caller.region)
            continue;
        if ((!state.isEmpty() && job.state != state)
            || (!destination.isEmpty() && job.destinationVaultArn != destination)
            || (!source.isEmpty() && job.sourceRecoveryPointArn != source)
            || (!resourceArn.isEmpty() && job.resourceArn != resourceArn)
            || (!resourceType.isEmpty() && job.resourceType != resourceType)
            || (!accountId.isEmpty() && job.accountId != accountId)
            || (!parentJobId.isEmpty() && job.parentJobId != parentJobId)
            || !within(job.creationMs, times.at(0), times.at(1)))
            continue;
        if (byCompletion
            && (!job.completionMs || !within(*job.completionMs, times.at(2), times.at(3))))
            continue;
        // Newest first; jobs started in the same millisecond, later one first.
        const QByteArray key = AwsBackupState::sortKey(
            job.creationMs,
            QString::number(999'999'999 - index).rightJustified(9, QLatin1Char('0')));
        if (!p.afterKey.isEmpty() && key <= p.afterKey)
            continue;
        selected.append({key, &job});
    }
    std::sort(selected.begin(), selected.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    QJsonArray list;
    for (qsizetype i = 0; i < selected.size() && i < p.maxResults; ++i)
        list.append(AwsBackupJson::copyJob(*selected.at(i).second));
    QJsonObject output;
    output.insert(QStringLiteral("CopyJobs"), list);
    if (selected.size() > p.maxResults)
        output.insert(QStringLiteral("NextToken"),
                      AwsPagination::tokenFor(operation, selected.at(p.maxResults - 1).first));
    return output;
}

} // namespace Copydeck::Sandbox
