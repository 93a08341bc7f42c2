#include "RackspaceCopyActionRules.h"

#include "RackspaceDatabaseState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Copydeck::Sandbox {

namespace {

QString supportedList()
{
    return QStringLiteral("DFW, IAD, ORD, HKG, SYD");
}

} // namespace

std::variant<RackspaceCopyActionRules::Accepted, RackspaceFault>
RackspaceCopyActionRules::check(const RackspaceDatabaseState &state, const QString &region,
                                const QString &backupId, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return RackspaceFault::badRequest(
            QStringLiteral("Malformed request body: %1.").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.size() != 1 || !root.value(QStringLiteral("copy-backup")).isObject())
        return RackspaceFault::badRequest(
            QStringLiteral("Invalid request body: expected exactly one action, copy-backup."));
    const QJsonObject action = root.value(QStringLiteral("copy-backup")).toObject();

    const auto regionBackups = state.backups.constFind(region);
    if (regionBackups == state.backups.cend() || !regionBackups->contains(backupId))
        return RackspaceFault::itemNotFound(
            QStringLiteral("Backup %1 could not be found.").arg(backupId));
    const RackspaceBackupRecord &backup = *regionBackups->constFind(backupId);

    if (!RackspaceDatabaseState::copySupported(region))
        return RackspaceFault::badRequest(
            QStringLiteral("Backup copy is not supported from region %1. The source and "
                           "destination regions for backup copy can be %2.")
                .arg(region, supportedList()));
    const QJsonValue targetValue = action.value(QStringLiteral("target_backup_region"));
    const QString target = targetValue.toString();
    if (!targetValue.isString() || target.isEmpty())
        return RackspaceFault::badRequest(
            QStringLiteral("Missing required parameter target_backup_region."));
    if (!RackspaceDatabaseState::copySupported(target))
        return RackspaceFault::badRequest(
            QStringLiteral("Backup copy is not supported to region %1. The source and "
                           "destination regions for backup copy can be %2.")
                .arg(target, supportedList()));
    if (target == region)
        return RackspaceFault::badRequest(
            QStringLiteral("The target region %1 is the region of backup %2; a copy must go to "
                           "another region.")
                .arg(target, backupId));

    const QJsonValue nameValue = action.value(QStringLiteral("name"));
    const QString name = nameValue.toString();
    static const QRegularExpression hasAlphanumeric(QStringLiteral("[0-9a-zA-Z]"));
    if (!nameValue.isString() || name.isEmpty() || !hasAlphanumeric.match(name).hasMatch())
        return RackspaceFault::badRequest(
            QStringLiteral("Invalid name: a backup name must be a non-empty string with at "
                           "least one letter or digit."));
    if (name.size() > MaxNameLength)
        return RackspaceFault::badRequest(
            QStringLiteral("Invalid name: '%1...' is too long (%2 characters, at most %3).")
                .arg(name.left(20))
                .arg(name.size())
                .arg(MaxNameLength));
    const QJsonValue descriptionValue = action.value(QStringLiteral("description"));
    if (!descriptionValue.isUndefined() && !descriptionValue.isNull()
        && !descriptionValue.isString())
        return RackspaceFault::badRequest(QStringLiteral("Invalid description: not a string."));
    const QString description = descriptionValue.toString();
    if (description.size() > MaxDescriptionLength)
        return RackspaceFault::badRequest(
            QStringLiteral("Invalid description: too long (%1 characters, at most %2).")
                .arg(description.size())
                .arg(MaxDescriptionLength));

    const QString status = backup.copiesFromHere > 0 ? QStringLiteral("COPYING") : backup.status;
    if (status != QLatin1String("COMPLETED"))
        return RackspaceFault::unprocessableEntity(
            QStringLiteral("Backup %1 cannot be copied while its status is %2; only COMPLETED "
                           "backups can be copied.")
                .arg(backupId, status));

    if (backup.isIncremental()) {
        const RackspaceBackupRecord *parentCopy = state.copyOf(backup.parentId, target);
        if (!parentCopy || parentCopy->status != QLatin1String("COMPLETED"))
            return RackspaceFault::badRequest(
                QStringLiteral("The parent backup %1 of incremental backup %2 was not found in "
                               "region %3. Copy the parent backup to %3 first.")
                    .arg(backup.parentId, backupId, target));
    }
    return Accepted {target, name, description};
}

} // namespace Copydeck::Sandbox
