#include "AwsCopyRules.h"

#include <QRegularExpression>

namespace Copydeck {

namespace {

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

bool AwsCopyRules::isBackupVaultArn(const QString &arn)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^arn:aws[a-zA-Z-]*:backup:[a-z0-9-]+:\\d{12}:backup-vault:[a-zA-Z0-9\\-\\_]{2,50}$"));
    return pattern.match(arn).hasMatch();
}

bool AwsCopyRules::isIamRoleArn(const QString &arn)
{
    // \w is ASCII here: QRegularExpression does not use Unicode properties unless asked.
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws[a-zA-Z-]*:iam::\\d{12}:role/([\\w+=,.@/-]+)$"));
    const QRegularExpressionMatch match = pattern.match(arn);
    if (!match.hasMatch())
        return false;
    const QString pathAndName = match.captured(1);
    return pathAndName.size() <= 512 && !pathAndName.endsWith(QLatin1Char('/'));
}

bool AwsCopyRules::isVaultName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9\\-\\_]{2,50}$"));
    return pattern.match(name).hasMatch();
}

bool AwsCopyRules::supportsColdStorage(const QString &resourceType)
{
    // The "Feature availability by resource" table of the AWS Backup guide.
    static const QStringList types = {QStringLiteral("EBS"),
                                      QStringLiteral("EC2"),
                                      QStringLiteral("EFS"),
                                      QStringLiteral("DynamoDB"),
                                      QStringLiteral("Storage Gateway"),
                                      QStringLiteral("VirtualMachine"),
                                      QStringLiteral("CloudFormation"),
                                      QStringLiteral("Timestream"),
                                      QStringLiteral("SAP HANA on Amazon EC2")};
    return resourceType.isEmpty() || types.contains(resourceType);
}

QList<ValidationIssue> AwsCopyRules::validate(const CopyRequest &request)
{
    QList<ValidationIssue> issues;
    auto refuse = [&issues](const char *name, const QString &message) {
        issues.append({field(name), message});
    };

    // The source.
    const Backup &source = request.source;
    if (source.id.isEmpty()) {
        refuse(CopyField::Source, tr("Choose the backup to copy."));
    } else if (source.continuous) {
        refuse(CopyField::Source,
               tr("AWS Backup cannot copy continuous backups; choose one of the resource's "
                  "snapshot backups instead."));
    } else if (source.rawState.isEmpty() ? source.state != BackupState::Available
                                         : source.rawState != QLatin1String("COMPLETED")) {
        const QString state
            = source.rawState.isEmpty() ? backupStateName(source.state) : source.rawState;
        refuse(CopyField::Source,
               tr("The backup is %1; AWS Backup copies only completed backups.").arg(state));
    }
    if (!source.id.isEmpty() && !isVaultName(source.location.name)) {
        refuse(CopyField::Source,
               tr("The backup's vault name \"%1\" is not one AWS Backup accepts: 2 to 50 letters, "
                  "digits, hyphens or underscores.")
                   .arg(source.location.name));
    }

    // The destination.
    const QString destination = request.destination.id;
    if (destination.isEmpty()) {
        refuse(CopyField::Destination, tr("Choose the vault to copy to."));
    } else if (!isBackupVaultArn(destination)) {
        refuse(CopyField::Destination,
               tr("\"%1\" is not a backup vault ARN "
                  "(arn:aws:backup:<region>:<12-digit account>:backup-vault:<name>).")
                   .arg(destination));
    } else if (!source.location.id.isEmpty() && destination == source.location.id) {
        refuse(CopyField::Destination,
               tr("The backup is already in this vault; choose another vault or region."));
    }

    // The role.
    const QString &role = request.roleArn;
    if (role.isEmpty()) {
        refuse(CopyField::RoleArn,
               tr("Enter the IAM role AWS Backup uses for the copy, e.g. "
                  "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole."));
    } else if (!isIamRoleArn(role)) {
        refuse(CopyField::RoleArn,
               tr("\"%1\" is not an IAM role ARN: it must look like "
                  "arn:aws:iam::<12-digit account>:role/<name>, with a name of 1 to 512 letters, "
                  "digits or _+=,.@/-.")
                   .arg(role));
    }

    // The lifecycle.
    const auto cold = request.lifecycle.moveToColdStorageAfterDays;
    const auto remove = request.lifecycle.deleteAfterDays;
    if (request.lifecycle.keepsForever())
        return issues;
    if (cold == -1 || remove == -1) {
        refuse(cold == -1 ? CopyField::ColdStorageAfterDays : CopyField::DeleteAfterDays,
               tr("-1 keeps the copy forever only when both cold storage and deletion are -1; "
                  "set both to -1, or give both a number of days."));
        return issues;
    }
    if (remove && (*remove < MinDays || *remove > MaxDays)) {
        refuse(CopyField::DeleteAfterDays,
               tr("The copy must be deleted after %1 to %2 days; %3 days is out of range.")
                   .arg(MinDays)
                   .arg(MaxDays)
                   .arg(*remove));
    }
    if (!supportsColdStorage(source.resourceType))
        return issues;
    if (cold && (*cold < MinDays || *cold > MaxDays)) {
        refuse(CopyField::ColdStorageAfterDays,
               tr("The copy can move to cold storage after %1 to %2 days; %3 days is out of "
                  "range.")
                   .arg(MinDays)
                   .arg(MaxDays)
                   .arg(*cold));
    } else if (cold && remove && *remove >= MinDays && *remove < *cold + MinDaysInColdStorage) {
        refuse(CopyField::DeleteAfterDays,
               tr("A backup must stay in cold storage for at least %1 days: with cold storage "
                  "after %2 days, delete it after %3 days or more, not %4.")
                   .arg(MinDaysInColdStorage)
                   .arg(*cold)
                   .arg(*cold + MinDaysInColdStorage)
                   .arg(*remove));
    }
    return issues;
}

} // namespace Copydeck
