#include "HuaweiCopyRules.h"

#include "HuaweiJson.h"

namespace Copydeck {

QList<ValidationIssue> HuaweiCopyRules::validate(const CopyRequest &request)
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const char *field, const QString &message) {
        issues.append({QLatin1String(field), message});
    };
    const Backup &source = request.source;
    if (!source.isValid())
        add(CopyField::Source, tr("Choose a backup to replicate."));
    else if (HuaweiJson::isReplica(source))
        add(CopyField::Source,
            tr("This backup is a replica; replicas cannot be replicated again."));
    else if (source.rawState != QLatin1String("available"))
        add(CopyField::Source,
            tr("Only an available backup can be replicated; this one is %1.").arg(source.rawState));

    const Location &destination = request.destination;
    if (destination.region.isEmpty())
        add(CopyField::Destination, tr("Choose the destination region."));
    else if (destination.region == source.location.region)
        add(CopyField::Destination,
            tr("A replica goes to another region than the backup's (%1).").arg(destination.region));
    else if (HuaweiJson::replicaRegions(source).contains(destination.region))
        add(CopyField::Destination,
            tr("This backup already has a replica in %1, or one is being "
               "made; a region holds one replica of a backup.")
                .arg(destination.region));
    else if (destination.id.isEmpty())
        add(CopyField::Destination,
            tr("Choose a replication vault in %1.").arg(destination.region));
    else if (destination.owner.isEmpty())
        add(CopyField::Destination,
            tr("The project of %1 is not known; check the account's project ids.")
                .arg(destination.region));

    if (request.name.size() > MaxNameLength)
        add(CopyField::Name,
            tr("The name is %1 characters long; at most %2 are allowed.")
                .arg(request.name.size())
                .arg(MaxNameLength));
    if (request.description.size() > MaxDescriptionLength)
        add(CopyField::Description,
            tr("The description is %1 characters long; at most %2 are allowed.")
                .arg(request.description.size())
                .arg(MaxDescriptionLength));
    if (request.description.contains(QLatin1Char('<'))
        || request.description.contains(QLatin1Char('>')))
        add(CopyField::Description, tr("The description cannot contain < or >."));
    return issues;
}

} // namespace Copydeck
