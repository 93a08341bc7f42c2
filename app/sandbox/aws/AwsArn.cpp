#include "AwsArn.h"

#include <QRegularExpression>

namespace Copydeck::Sandbox {

QString AwsArn::backupVault(const QString &region, const QString &accountId, const QString &name)
{
    return QStringLiteral("arn:aws:backup:%1:%2:backup-vault:%3").arg(region, accountId, name);
}

std::optional<AwsArn::VaultArn> AwsArn::parseBackupVault(const QString &arn)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^arn:aws(-[a-z]+)*:backup:([a-z]{2}(-[a-z]+)+-[0-9]+):([0-9]{12}):backup-vault:"
        "([a-zA-Z0-9\\-_]{2,50})$"));
    const auto match = pattern.match(arn);
    if (!match.hasMatch())
        return std::nullopt;
    return VaultArn {match.captured(2), match.captured(4), match.captured(5)};
}

bool AwsArn::isWellFormed(const QString &arn)
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws(-[a-z]+)*:[a-z0-9\\-]+:[a-z0-9\\-]*:([0-9]{12})?:.+$"));
    return pattern.match(arn).hasMatch();
}

bool AwsArn::isIamRole(const QString &arn)
{
    // IAM role ARNs: optional path, then a name of word characters and +=,.@- (up to 512 with the
    // path). Roles are global, so the region is empty.
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$"));
    return pattern.match(arn).hasMatch() && !arn.endsWith(QLatin1Char('/'));
}

bool AwsArn::isValidVaultName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9\\-_]{2,50}$"));
    return pattern.match(name).hasMatch();
}

QString AwsArn::recoveryPoint(const QString &resourceType, const QString &region,
                              const QString &accountId, const QString &hexId, const QString &uuid)
{
    if (resourceType == QLatin1String("EBS"))
        return QStringLiteral("arn:aws:ec2:%1::snapshot/snap-%2").arg(region, hexId);
    if (resourceType == QLatin1String("EC2"))
        return QStringLiteral("arn:aws:ec2:%1::image/ami-%2").arg(region, hexId);
    if (resourceType == QLatin1String("RDS"))
        return QStringLiteral("arn:aws:rds:%1:%2:snapshot:awsbackup:job-%3")
            .arg(region, accountId, uuid.toLower());
    if (resourceType == QLatin1String("Aurora"))
        return QStringLiteral("arn:aws:rds:%1:%2:cluster-snapshot:awsbackup:job-%3")
            .arg(region, accountId, uuid.toLower());
    // EFS, DynamoDB (advanced backups), S3 and the rest live in the vault itself.
    return QStringLiteral("arn:aws:backup:%1:%2:recovery-point:%3").arg(region, accountId, uuid);
}

QString AwsArn::continuousRecoveryPoint(const QString &region, const QString &accountId,
                                        const QString &dbResourceId, const QString &hexId)
{
    return QStringLiteral("arn:aws:backup:%1:%2:recovery-point:continuous:%3-%4")
        .arg(region, accountId, dbResourceId, hexId.left(8));
}

} // namespace Copydeck::Sandbox
