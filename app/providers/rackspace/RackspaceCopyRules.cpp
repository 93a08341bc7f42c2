#include "RackspaceCopyRules.h"

#include "RackspaceRegions.h"

#include <QRegularExpression>

namespace Copydeck {

QString RackspaceCopyRules::destinationIssue(const Backup &source, const QString &region)
{
    if (region == QLatin1String("LON"))
        return tr("Cloud Databases does not copy backups to or from LON.");
    if (!RackspaceRegions::copySupported(region))
        return tr("%1 is not a region Cloud Databases copies backups to; choose DFW, IAD, ORD, "
                  "HKG or SYD.")
            .arg(region);
    if (region == source.location.region)
        return tr("The backup is already in %1; a copy must go to another region.").arg(region);
    return {};
}

QString RackspaceCopyRules::sourceRegionIssue(const Backup &source)
{
    if (source.location.region == QLatin1String("LON"))
        return tr("The backup is in LON; Cloud Databases does not copy backups to or from LON.");
    return {};
}

QString RackspaceCopyRules::nameIssue(const QString &name)
{
    static const QRegularExpression alphanumeric(QStringLiteral("[0-9a-zA-Z]"));
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the copy.");
    if (!alphanumeric.match(name).hasMatch())
        return tr("The name needs at least one letter or digit.");
    if (name.size() > MaxNameLength)
        return tr("The name is %1 characters long; Cloud Databases takes at most %2.")
            .arg(name.size())
            .arg(MaxNameLength);
    return {};
}

QString RackspaceCopyRules::descriptionIssue(const QString &description)
{
    if (description.size() > MaxDescriptionLength)
        return tr("The description is %1 characters long; Cloud Databases takes at most %2.")
            .arg(description.size())
            .arg(MaxDescriptionLength);
    return {};
}

QString RackspaceCopyRules::defaultName(const Backup &source)
{
    const QString suffix = QStringLiteral("-copy");
    return source.name.left(MaxNameLength - suffix.size()) + suffix;
}

QList<ValidationIssue> RackspaceCopyRules::validate(const CopyRequest &request)
{
    QList<ValidationIssue> issues;
    const auto refuse = [&issues](const char *field, const QString &message) {
        issues.append({QString::fromLatin1(field), message});
    };
    const Backup &source = request.source;
    if (source.id.isEmpty()) {
        refuse(CopyField::Source, tr("Choose the backup to copy."));
    } else {
        if (const QString issue = sourceRegionIssue(source); !issue.isEmpty())
            refuse(CopyField::Source, issue);
        if (source.rawState == QLatin1String("COPYING"))
            refuse(CopyField::Source,
                   tr("A copy of this backup is running; Cloud Databases copies it again once "
                      "that copy has finished."));
        else if (source.rawState != QLatin1String("COMPLETED"))
            refuse(CopyField::Source,
                   tr("The backup is %1; Cloud Databases copies only COMPLETED backups.")
                       .arg(source.rawState.isEmpty() ? backupStateName(source.state)
                                                      : source.rawState));
    }
    const QString region = request.destination.region;
    if (region.isEmpty())
        refuse(CopyField::Destination, tr("Choose the region to copy to."));
    else if (const QString issue = destinationIssue(source, region); !issue.isEmpty())
        refuse(CopyField::Destination, issue);
    if (const QString issue = nameIssue(request.name); !issue.isEmpty())
        refuse(CopyField::Name, issue);
    if (const QString issue = descriptionIssue(request.description); !issue.isEmpty())
        refuse(CopyField::Description, issue);
    return issues;
}

} // namespace Copydeck
