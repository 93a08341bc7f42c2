#include "AwsStartCopyJobRules.h"

#include "AwsArn.h"
#include "AwsBackupState.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Copydeck::Sandbox {

namespace {

constexpr qint64 MaxRetentionDays = 36500;
const QString LifecycleErrorCode = QStringLiteral("ERROR_3015");

AwsErrorReply serializationError(const QString &message)
{
    return {400, QStringLiteral("SerializationException"), message, {}, {}};
}

AwsErrorReply lifecycleError(const QString &message)
{
    AwsErrorReply reply = AwsErrorReply::invalidParameter(message, QStringLiteral("Lifecycle"));
    reply.code = LifecycleErrorCode;
    return reply;
}

std::optional<qint64> integral(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) > 9.0e15)
        return std::nullopt;
    return qint64(number);
}

} // namespace

std::variant<AwsStartCopyJobInput, AwsErrorReply>
AwsStartCopyJobRules::parse(const QByteArray &body)
{
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return serializationError(QStringLiteral("Unable to parse the request body as JSON"));
        object = document.object();
    }

    AwsStartCopyJobInput input;
    const struct
    {
        const char *name;
        QString *target;
    } strings[] = {{"RecoveryPointArn", &input.recoveryPointArn},
                   {"SourceBackupVaultName", &input.sourceBackupVaultName},
                   {"DestinationBackupVaultArn", &input.destinationBackupVaultArn},
                   {"IamRoleArn", &input.iamRoleArn},
                   {"IdempotencyToken", &input.idempotencyToken}};
    for (const auto &member : strings) {
        const QJsonValue value = object.value(QLatin1String(member.name));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return serializationError(QStringLiteral("Unexpected value type for member %1; "
                                                     "expected a string")
                                          .arg(QLatin1String(member.name)));
        *member.target = value.toString();
    }

    const QJsonValue lifecycleValue = object.value(QStringLiteral("Lifecycle"));
    if (!lifecycleValue.isUndefined() && !lifecycleValue.isNull()) {
        if (!lifecycleValue.isObject())
            return serializationError(QStringLiteral("Unexpected value type for member "
                                                     "Lifecycle; expected an object"));
        const QJsonObject lifecycle = lifecycleValue.toObject();
        const struct
        {
            const char *name;
            std::optional<qint64> *target;
        } days[] = {{"MoveToColdStorageAfterDays", &input.lifecycle.moveToColdStorageAfterDays},
                    {"DeleteAfterDays", &input.lifecycle.deleteAfterDays}};
        for (const auto &member : days) {
            const QJsonValue value = lifecycle.value(QLatin1String(member.name));
            if (value.isUndefined() || value.isNull())
                continue;
            const auto number = integral(value);
            if (!number)
                return serializationError(QStringLiteral("Unexpected value type for member %1; "
                                                         "expected a long")
                                              .arg(QLatin1String(member.name)));
            *member.target = number;
        }
        const QJsonValue optIn
            = lifecycle.value(QStringLiteral("OptInToArchiveForSupportedResources"));
        if (optIn.isBool())
            input.lifecycle.optInToArchiveForSupportedResources = optIn.toBool();
        const QJsonValue afterEvent = lifecycle.value(QStringLiteral("DeleteAfterEvent"));
        if (afterEvent.isString())
            input.lifecycle.deleteAfterEvent = afterEvent.toString();
    }

    // Required members, in the order of the model's "required" list; an empty string is as good as
    // no value.
    const std::pair<const char *, const QString *> required[]
        = {{"RecoveryPointArn", &input.recoveryPointArn},
           {"SourceBackupVaultName", &input.sourceBackupVaultName},
           {"DestinationBackupVaultArn", &input.destinationBackupVaultArn},
           {"IamRoleArn", &input.iamRoleArn}};
    for (const auto &[name, value] : required) {
        if (value->isEmpty())
            return AwsErrorReply::missingParameter(QLatin1String(name));
    }

    object.remove(QStringLiteral("IdempotencyToken"));
    input.fingerprint = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return input;
}

std::variant<AwsStartCopyJobRules::Checked, AwsErrorReply>
AwsStartCopyJobRules::check(const AwsStartCopyJobInput &input, const AwsCaller &caller,
                            const AwsBackupState &state)
{
    Checked checked;
    if (!AwsArn::isValidVaultName(input.sourceBackupVaultName)) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("Invalid backup vault name: %1. A backup vault name must be 2 to 50 "
                           "characters long and contain only letters, numbers, hyphens and "
                           "underscores.")
                .arg(input.sourceBackupVaultName),
            QStringLiteral("SourceBackupVaultName"));
    }
    // The source vault is looked up in the region the request was signed for.
    checked.sourceVault
        = state.findVault(caller.accountId, caller.region, input.sourceBackupVaultName);
    if (!checked.sourceVault) {
        return AwsErrorReply::notFound(
            QStringLiteral("Backup vault %1 does not exist in account %2 in region %3.")
                .arg(input.sourceBackupVaultName, caller.accountId, caller.region),
            input.sourceBackupVaultName);
    }
    if (!AwsArn::isWellFormed(input.recoveryPointArn)) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("Invalid ARN: %1").arg(input.recoveryPointArn),
            QStringLiteral("RecoveryPointArn"));
    }
    checked.recoveryPoint
        = state.findRecoveryPoint(checked.sourceVault->arn, input.recoveryPointArn);
    if (!checked.recoveryPoint) {
        return AwsErrorReply::notFound(
            QStringLiteral("Recovery point %1 was not found in backup vault %2.")
                .arg(input.recoveryPointArn, input.sourceBackupVaultName),
            input.recoveryPointArn);
    }
    // Assumption: a continuous (point-in-time) recovery point is refused as an invalid request,
    // since the parameters themselves are well formed; the API reference only says StartCopyJob
    // "does not support continuous backups".
    if (checked.recoveryPoint->continuous) {
        return AwsErrorReply::invalidRequest(
            QStringLiteral("Continuous backups are not supported for copy. Recovery point %1 is "
                           "a continuous backup; copy one of its snapshot recovery points "
                           "instead.")
                .arg(input.recoveryPointArn),
            input.recoveryPointArn);
    }
    // Assumption: the API documents do not say whether a nested recovery point can be copied on
    // its own (they only say nested ones can be restored individually), so the sandbox refuses
    // it as an invalid request and asks for the composite one, whose copy copies every member.
    if (!checked.recoveryPoint->parentRecoveryPointArn.isEmpty()) {
        return AwsErrorReply::invalidRequest(
            QStringLiteral("Recovery point %1 is a nested recovery point of composite recovery "
                           "point %2. Copy the composite recovery point instead; its copy job "
                           "copies every nested recovery point.")
                .arg(input.recoveryPointArn, checked.recoveryPoint->parentRecoveryPointArn),
            input.recoveryPointArn);
    }
    if (checked.recoveryPoint->status != QLatin1String("COMPLETED")) {
        return AwsErrorReply::invalidRequest(
            QStringLiteral("Recovery point %1 is in %2 state. Only recovery points in "
                           "COMPLETED state can be copied.")
                .arg(input.recoveryPointArn, checked.recoveryPoint->status),
            input.recoveryPointArn);
    }
    const auto destination = AwsArn::parseBackupVault(input.destinationBackupVaultArn);
    if (!destination) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("Invalid destination backup vault ARN: %1. Expected "
                           "arn:aws:backup:<region>:<account-id>:backup-vault:<name>.")
                .arg(input.destinationBackupVaultArn),
            QStringLiteral("DestinationBackupVaultArn"));
    }
    // Another account's vault is a valid destination when it exists (cross-account copy).
    checked.destinationVault = state.findVaultByArn(input.destinationBackupVaultArn);
    if (!checked.destinationVault) {
        return AwsErrorReply::notFound(
            QStringLiteral("Backup vault %1 does not exist in account %2 in region %3.")
                .arg(destination->name, destination->accountId, destination->region),
            input.destinationBackupVaultArn);
    }
    // Assumption: copying a recovery point into the vault it is already in is refused as an
    // invalid parameter (the copy would be indistinguishable from its source).
    if (checked.destinationVault->arn == checked.sourceVault->arn) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("The destination backup vault %1 is the source backup vault. Copy "
                           "the recovery point to another vault or region.")
                .arg(input.destinationBackupVaultArn),
            QStringLiteral("DestinationBackupVaultArn"));
    }
    // Assumption: a malformed role ARN is an invalid parameter value; whether the role exists and
    // may be assumed is not checked (the sandbox has no IAM).
    if (!AwsArn::isIamRole(input.iamRoleArn)) {
        return AwsErrorReply::invalidParameter(
            QStringLiteral("Invalid IAM role ARN: %1. Expected "
                           "arn:aws:iam::<account-id>:role/<role-name>.")
                .arg(input.iamRoleArn),
            QStringLiteral("IamRoleArn"));
    }
    if (auto error = checkLifecycle(input.lifecycle, checked.recoveryPoint->resourceType))
        return *error;
    return checked;
}

std::optional<AwsErrorReply> AwsStartCopyJobRules::checkLifecycle(const AwsLifecycle &lifecycle,
                                                                  const QString &resourceType)
{
    if (lifecycle.deleteAfterEvent)
        return lifecycleError(QStringLiteral("Invalid lifecycle. DeleteAfterEvent is not valid as "
                                             "an input."));
    const bool moveForever = lifecycle.moveToColdStorageAfterDays == -1;
    const bool deleteForever = lifecycle.deleteAfterDays == -1;
    if (moveForever && deleteForever)
        return std::nullopt; // keep forever
    if (moveForever != deleteForever)
        return lifecycleError(QStringLiteral("Invalid lifecycle. To keep recovery points "
                                             "indefinitely, set both MoveToColdStorageAfterDays "
                                             "and DeleteAfterDays to -1."));
    // AWS Backup ignores the cold storage transition for types that cannot go cold.
    std::optional<qint64> move;
    if (supportsColdStorage(resourceType))
        move = lifecycle.moveToColdStorageAfterDays;
    const std::optional<qint64> remove = lifecycle.deleteAfterDays;
    if (remove && (*remove < 1 || *remove > MaxRetentionDays))
        return lifecycleError(QStringLiteral("Invalid lifecycle. DeleteAfterDays cannot be less "
                                             "than 1 or more than 36500 days"));
    if (move && (*move < 1 || *move > MaxRetentionDays))
        return lifecycleError(QStringLiteral("Invalid lifecycle. MoveToColdStorageAfterDays "
                                             "cannot be less than 1 or more than 36500 days"));
    if (move && remove && *remove < *move + 90)
        return lifecycleError(QStringLiteral("Invalid lifecycle. DeleteAfterDays cannot be less "
                                             "than 90 days apart from MoveToColdStorageAfterDays"));
    return std::nullopt;
}

QString AwsStartCopyJobRules::vaultLockViolation(const AwsBackupVault &vault,
                                                 const AwsLifecycle &lifecycle)
{
    if (!vault.locked)
        return {};
    const bool forever = !lifecycle.deleteAfterDays || *lifecycle.deleteAfterDays == -1;
    const qint64 days = forever ? -1 : *lifecycle.deleteAfterDays;
    const bool tooShort = vault.minRetentionDays && !forever && days < *vault.minRetentionDays;
    const bool tooLong = vault.maxRetentionDays && (forever || days > *vault.maxRetentionDays);
    if (!tooShort && !tooLong)
        return {};
    return QStringLiteral("Copy job failed. The retention period of the copy (%1) is outside the "
                          "range the Vault Lock on %2 allows (%3 to %4 days).")
        .arg(forever ? QStringLiteral("indefinite") : QStringLiteral("%1 days").arg(days),
             vault.arn, QString::number(vault.minRetentionDays.value_or(1)),
             QString::number(vault.maxRetentionDays.value_or(MaxRetentionDays)));
}

} // namespace Copydeck::Sandbox
