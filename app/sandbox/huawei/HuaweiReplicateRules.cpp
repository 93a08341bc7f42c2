#include "HuaweiReplicateRules.h"

#include "HuaweiState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Copydeck::Sandbox::HuaweiReplicateRules {

bool isUuid(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(id).hasMatch();
}

std::variant<Checked, HuaweiErrorReply> check(HuaweiState &state, const QString &projectId,
                                              const QString &backupId, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HuaweiErrors::invalidParameter(QStringLiteral("The request body is not JSON."));
    const QJsonValue replicateValue = document.object().value(QStringLiteral("replicate"));
    if (!replicateValue.isObject())
        return HuaweiErrors::invalidParameter(QStringLiteral("replicate is mandatory."));
    const QJsonObject replicate = replicateValue.toObject();

    QString fields[3];
    const char *required[]
        = {"destination_project_id", "destination_region", "destination_vault_id"};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue value = replicate.value(QLatin1String(required[i]));
        if (!value.isString() || value.toString().isEmpty())
            return HuaweiErrors::invalidParameter(
                QStringLiteral("%1 is mandatory.").arg(QLatin1String(required[i])));
        fields[i] = value.toString();
    }
    const QString &destinationProject = fields[0];
    const QString &destinationRegion = fields[1];
    const QString &destinationVault = fields[2];

    Checked checked;
    if (replicate.contains(QStringLiteral("name"))) {
        const QJsonValue name = replicate.value(QStringLiteral("name"));
        if (!name.isString() || name.toString().isEmpty() || name.toString().size() > MaxNameLength)
            return HuaweiErrors::invalidParameter(
                QStringLiteral("name must be 1 to %1 characters.").arg(MaxNameLength));
        checked.name = name.toString();
    }
    if (replicate.contains(QStringLiteral("description"))) {
        const QJsonValue description = replicate.value(QStringLiteral("description"));
        if (!description.isString() || description.toString().size() > MaxDescriptionLength)
            return HuaweiErrors::invalidParameter(
                QStringLiteral("description must be at most %1 characters.")
                    .arg(MaxDescriptionLength));
        if (description.toString().contains(QLatin1Char('<'))
            || description.toString().contains(QLatin1Char('>')))
            return HuaweiErrors::invalidParameter(
                QStringLiteral("description cannot contain < or >."));
        checked.description = description.toString();
    }
    if (replicate.contains(QStringLiteral("enable_acceleration"))
        && !replicate.value(QStringLiteral("enable_acceleration")).isBool())
        return HuaweiErrors::invalidParameter(QStringLiteral("enable_acceleration is a boolean."));

    if (!isUuid(backupId))
        return HuaweiErrors::malformedId(QStringLiteral("backup"), backupId);
    if (!isUuid(destinationVault))
        return HuaweiErrors::malformedId(QStringLiteral("vault"), destinationVault);
    const HuaweiBackup *source = state.backup(backupId);
    if (!source || source->projectId != projectId)
        return HuaweiErrors::backupNotFound(backupId);
    if (source->imageType == QLatin1String("replication"))
        return HuaweiErrors::replicaCannotBeReplicated(backupId);
    if (source->status != QLatin1String("available"))
        return HuaweiErrors::backupNotAvailable(backupId, source->status);
    if (!state.replicationDestinations.value(source->region).contains(destinationRegion))
        return HuaweiErrors::regionNotReplicable(source->region, destinationRegion);
    const HuaweiProject *project = state.project(destinationProject);
    if (!project || project->region != destinationRegion)
        return HuaweiErrors::projectNotInRegion(destinationProject, destinationRegion);
    const HuaweiVault *vault = state.vault(destinationVault);
    if (!vault || vault->region != destinationRegion)
        return HuaweiErrors::vaultNotFound(destinationVault);
    if (vault->protectType != QLatin1String("replication"))
        return HuaweiErrors::notReplicationVault(destinationVault, vault->protectType);
    if (state.hasReplicaIn(backupId, destinationRegion))
        return HuaweiErrors::replicaExists(backupId, destinationRegion);

    checked.source = *source;
    checked.destinationVault = *vault;
    return checked;
}

} // namespace Copydeck::Sandbox::HuaweiReplicateRules
