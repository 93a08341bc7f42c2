#include "AwsJson.h"

#include "AwsResourceName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace Copydeck {

namespace {

QString string(const QJsonObject &object, QLatin1StringView name)
{
    return object.value(name).toString();
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return qint64(std::llround(value.toDouble()));
}

void insertIfSet(QVariantMap &details, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        details.insert(label, value);
}

void insertIfSet(QVariantMap &details, const QString &label, const QDateTime &value)
{
    if (value.isValid())
        details.insert(label, value);
}

} // namespace

QDateTime AwsJson::timestamp(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds))
            return {};
        return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
    }
    if (value.isString()) {
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toUTC() : QDateTime();
    }
    return {};
}

BackupState AwsJson::recoveryPointState(const QString &status)
{
    if (status == QLatin1String("COMPLETED") || status == QLatin1String("AVAILABLE"))
        return BackupState::Available;
    if (status == QLatin1String("CREATING"))
        return BackupState::Creating;
    if (status == QLatin1String("EXPIRED"))
        return BackupState::Expired;
    if (status == QLatin1String("DELETING"))
        return BackupState::Deleting;
    if (status == QLatin1String("PARTIAL") || status == QLatin1String("STOPPED"))
        return BackupState::Failed;
    return BackupState::Unknown;
}

CopyJobState AwsJson::copyJobState(const QString &state)
{
    if (state == QLatin1String("CREATED"))
        return CopyJobState::Created;
    if (state == QLatin1String("COMPLETED"))
        return CopyJobState::Completed;
    if (state == QLatin1String("FAILED"))
        return CopyJobState::Failed;
    if (state == QLatin1String("PARTIAL"))
        return CopyJobState::Partial;
    return CopyJobState::Running; // RUNNING, and states this version does not know yet
}

QString AwsJson::encryptionText(const QJsonObject &recoveryPoint)
{
    const QString keyArn = string(recoveryPoint, QLatin1StringView("EncryptionKeyArn"));
    const QString keyType = string(recoveryPoint, QLatin1StringView("EncryptionKeyType"));
    if (keyArn.isEmpty() || keyType == QLatin1String("AWS_OWNED_KMS_KEY"))
        return tr("AWS owned key");
    return AwsResourceName::tailOf(keyArn);
}

QByteArray AwsJson::pathSegment(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

Location AwsJson::vault(const QJsonObject &member, const QString &region, const QString &accountId)
{
    Location location;
    location.cloud = QStringLiteral("aws");
    location.accountId = accountId;
    location.kind = Location::Kind::Vault;
    location.id = string(member, QLatin1StringView("BackupVaultArn"));
    location.name = string(member, QLatin1StringView("BackupVaultName"));
    location.displayName = location.name;
    location.owner = AwsResourceName::accountOf(location.id);
    const QString arnRegion = AwsResourceName::regionOf(location.id);
    location.region = arnRegion.isEmpty() ? region : arnRegion;
    if (location.name.isEmpty())
        location.name = location.displayName = AwsResourceName::tailOf(location.id);
    return location;
}

QString AwsJson::lifecycleText(const QJsonObject &lifecycle)
{
    const auto cold = integer(lifecycle.value(QLatin1StringView("MoveToColdStorageAfterDays")));
    const auto remove = integer(lifecycle.value(QLatin1StringView("DeleteAfterDays")));
    if ((cold == -1 && remove == -1) || (!cold && !remove))
        return tr("kept forever");
    QStringList parts;
    if (cold && *cold >= 0)
        parts << (*cold == 1 ? tr("cold storage after 1 day")
                             : tr("cold storage after %1 days").arg(*cold));
    if (remove && *remove >= 0)
        parts << (*remove == 1 ? tr("deleted after 1 day")
                               : tr("deleted after %1 days").arg(*remove));
    else
        parts << tr("never deleted");
    return parts.join(QStringLiteral(", "));
}

Backup AwsJson::recoveryPoint(const QJsonObject &member, const Location &vault)
{
    Backup backup;
    backup.cloud = QStringLiteral("aws");
    backup.accountId = vault.accountId;
    backup.location = vault;
    backup.id = string(member, QLatin1StringView("RecoveryPointArn"));
    backup.sourceResource = string(member, QLatin1StringView("ResourceArn"));
    backup.name = string(member, QLatin1StringView("ResourceName"));
    if (backup.name.isEmpty())
        backup.name = AwsResourceName::tailOf(backup.sourceResource);
    if (backup.name.isEmpty())
        backup.name = AwsResourceName::tailOf(backup.id);
    backup.resourceType = string(member, QLatin1StringView("ResourceType"));
    backup.rawState = string(member, QLatin1StringView("Status"));
    backup.state = recoveryPointState(backup.rawState);
    backup.sizeBytes = integer(member.value(QLatin1StringView("BackupSizeInBytes"))).value_or(-1);
    backup.created = timestamp(member.value(QLatin1StringView("CreationDate")));
    const QJsonObject calculated
        = member.value(QLatin1StringView("CalculatedLifecycle")).toObject();
    backup.expires = timestamp(calculated.value(QLatin1StringView("DeleteAt")));
    backup.encryption = encryptionText(member);
    // The sandbox and the service name point-in-time recovery points this way.
    backup.continuous = backup.id.contains(QLatin1String(":recovery-point:continuous:"));
    backup.copiedFrom = string(member, QLatin1StringView("SourceBackupVaultArn"));

    QVariantMap &details = backup.details;
    insertIfSet(details, tr("Vault"), string(member, QLatin1StringView("BackupVaultName")));
    insertIfSet(details, tr("Vault ARN"), string(member, QLatin1StringView("BackupVaultArn")));
    insertIfSet(details, tr("Copied from vault"), backup.copiedFrom);
    insertIfSet(details, tr("IAM role"), string(member, QLatin1StringView("IamRoleArn")));
    if (member.contains(QLatin1StringView("Lifecycle")))
        details.insert(tr("Lifecycle"),
                       lifecycleText(member.value(QLatin1StringView("Lifecycle")).toObject()));
    insertIfSet(details, tr("Moves to cold storage"),
                timestamp(calculated.value(QLatin1StringView("MoveToColdStorageAt"))));
    insertIfSet(details, tr("Status message"), string(member, QLatin1StringView("StatusMessage")));
    insertIfSet(details, tr("Started"),
                timestamp(member.value(QLatin1StringView("InitiationDate"))));
    insertIfSet(details, tr("Completed"),
                timestamp(member.value(QLatin1StringView("CompletionDate"))));
    insertIfSet(details, tr("Encryption key"),
                string(member, QLatin1StringView("EncryptionKeyArn")));
    const QJsonObject createdBy = member.value(QLatin1StringView("CreatedBy")).toObject();
    insertIfSet(details, tr("Backup plan"), string(createdBy, QLatin1StringView("BackupPlanName")));
    insertIfSet(details, tr("Backup rule"), string(createdBy, QLatin1StringView("BackupRuleName")));
    insertIfSet(details, tr("Parent recovery point"),
                string(member, QLatin1StringView("ParentRecoveryPointArn")));
    if (member.value(QLatin1StringView("IsParent")).toBool())
        details.insert(tr("Composite"), tr("yes"));
    if (backup.continuous)
        details.insert(tr("Continuous"), tr("yes (point-in-time recovery)"));
    return backup;
}

void AwsJson::applyCopyJob(const QJsonObject &copyJob, CopyJob &job)
{
    if (const QString id = string(copyJob, QLatin1StringView("CopyJobId")); !id.isEmpty())
        job.remoteId = id;
    if (copyJob.contains(QLatin1StringView("State"))) {
        job.rawState = string(copyJob, QLatin1StringView("State"));
        job.state = copyJobState(job.rawState);
    }
    if (copyJob.contains(QLatin1StringView("StatusMessage")))
        job.statusMessage = string(copyJob, QLatin1StringView("StatusMessage"));
    if (const auto size = integer(copyJob.value(QLatin1StringView("BackupSizeInBytes"))))
        job.sizeBytes = *size;
    if (const QDateTime created = timestamp(copyJob.value(QLatin1StringView("CreationDate")));
        created.isValid())
        job.created = created;
    if (const QDateTime completed = timestamp(copyJob.value(QLatin1StringView("CompletionDate")));
        completed.isValid())
        job.completed = completed;
    if (const QString destination
        = string(copyJob, QLatin1StringView("DestinationRecoveryPointArn"));
        !destination.isEmpty())
        job.destinationBackupId = destination;
    if (copyJob.contains(QLatin1StringView("IsParent")))
        job.isParent = copyJob.value(QLatin1StringView("IsParent")).toBool();
    if (const auto children = integer(copyJob.value(QLatin1StringView("NumberOfChildJobs"))))
        job.childJobs = *children;
    if (copyJob.contains(QLatin1StringView("ChildJobsInState"))) {
        job.childJobsInState.clear();
        const QJsonObject counts = copyJob.value(QLatin1StringView("ChildJobsInState")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            job.childJobsInState.insert(it.key(), integer(it.value()).value_or(0));
    }
}

Result<QJsonObject> AwsJson::object(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return CloudError::protocol(
            tr("AWS Backup sent an answer Copydeck could not read (%1 bytes; %2).")
                .arg(body.size())
                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                             : tr("not a JSON object")));
    return document.object();
}

Result<AwsJson::VaultPage> AwsJson::vaultPage(const QByteArray &body, const QString &region,
                                              const QString &accountId)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    VaultPage page;
    const QJsonArray members = root.value(QLatin1StringView("BackupVaultList")).toArray();
    page.vaults.reserve(members.size());
    for (const QJsonValue &member : members)
        page.vaults.append(vault(member.toObject(), region, accountId));
    page.nextToken = string(root, QLatin1StringView("NextToken"));
    return page;
}

Result<BackupPage> AwsJson::recoveryPointPage(const QByteArray &body, const Location &vault)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    BackupPage page;
    const QJsonArray members = root.value(QLatin1StringView("RecoveryPoints")).toArray();
    page.backups.reserve(members.size());
    for (const QJsonValue &member : members)
        page.backups.append(recoveryPoint(member.toObject(), vault));
    page.nextPageToken = string(root, QLatin1StringView("NextToken"));
    return page;
}

Result<CopyJob> AwsJson::startedCopyJob(const QByteArray &body, CopyJob job)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    const QString id = string(root, QLatin1StringView("CopyJobId"));
    if (id.isEmpty())
        return CloudError::protocol(tr("AWS Backup accepted the copy but sent no CopyJobId."));
    job.remoteId = id;
    job.state = CopyJobState::Created;
    job.rawState = QStringLiteral("CREATED");
    if (const QDateTime created = timestamp(root.value(QLatin1StringView("CreationDate")));
        created.isValid())
        job.created = created;
    job.isParent = root.value(QLatin1StringView("IsParent")).toBool();
    return job;
}

Result<CopyJob> AwsJson::describedCopyJob(const QByteArray &body, CopyJob job)
{
    auto parsed = object(body);
    if (!parsed)
        return parsed.error();
    const QJsonValue copyJob = parsed.value().value(QLatin1StringView("CopyJob"));
    if (!copyJob.isObject())
        return CloudError::protocol(tr("AWS Backup described the copy job without a CopyJob."));
    applyCopyJob(copyJob.toObject(), job);
    return job;
}

QByteArray AwsJson::startCopyJobBody(const CopyRequest &request, const QString &idempotencyToken)
{
    QJsonObject body;
    // An empty value is left out, as an SDK leaves out a member that was never set.
    const std::pair<QString, QString> members[]
        = {{QStringLiteral("RecoveryPointArn"), request.source.id},
           {QStringLiteral("SourceBackupVaultName"), request.source.location.name},
           {QStringLiteral("DestinationBackupVaultArn"), request.destination.id},
           {QStringLiteral("IamRoleArn"), request.roleArn},
           {QStringLiteral("IdempotencyToken"), idempotencyToken}};
    for (const auto &[name, value] : members) {
        if (!value.isEmpty())
            body.insert(name, value);
    }
    QJsonObject lifecycle;
    if (request.lifecycle.moveToColdStorageAfterDays)
        lifecycle.insert(QStringLiteral("MoveToColdStorageAfterDays"),
                         *request.lifecycle.moveToColdStorageAfterDays);
    if (request.lifecycle.deleteAfterDays)
        lifecycle.insert(QStringLiteral("DeleteAfterDays"), *request.lifecycle.deleteAfterDays);
    if (!lifecycle.isEmpty())
        body.insert(QStringLiteral("Lifecycle"), lifecycle);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Copydeck
