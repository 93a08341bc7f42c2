#include "SpannerCopyRules.h"

#include "SpannerJson.h"

#include <QLocale>
#include <QRegularExpression>

namespace Copydeck {

namespace {

QString shown(const QDateTime &time)
{
    return QLocale().toString(time.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
}

} // namespace

std::optional<QString> SpannerCopyRules::checkBackupId(const QString &backupId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_\\-]*[a-z0-9]$"));
    if (backupId.isEmpty())
        return tr("Enter a backup id.");
    if (backupId.size() < MinBackupIdLength || backupId.size() > MaxBackupIdLength)
        return tr("A backup id has 2 to 60 characters.");
    if (!pattern.match(backupId).hasMatch())
        return tr("A backup id starts with a lowercase letter, ends with a lowercase letter or a "
                  "digit, and uses only lowercase letters, digits, '_' and '-'.");
    return std::nullopt;
}

std::pair<QDateTime, QDateTime> SpannerCopyRules::copyExpireWindow(const Backup &source)
{
    if (!source.created.isValid())
        return {};
    QDateTime latest = source.created.addDays(MaxExpiryDays);
    if (const auto max = SpannerJson::maxExpireTime(source); max && max->addSecs(-1) < latest)
        latest = max->addSecs(-1);
    return {source.created.addSecs(MinExpirySeconds), latest};
}

std::pair<QDateTime, QDateTime> SpannerCopyRules::createExpireWindow(const QDateTime &now)
{
    return {now.addSecs(MinExpirySeconds), now.addDays(MaxExpiryDays)};
}

std::optional<QString> SpannerCopyRules::checkCopyExpireTime(const QDateTime &expire,
                                                             const Backup &source)
{
    if (!expire.isValid())
        return tr("Choose when the copy expires.");
    if (!source.created.isValid())
        return std::nullopt; // Google checks it
    if (expire < source.created.addSecs(MinExpirySeconds))
        return tr("The copy must expire at least 6 hours after the source backup was created "
                  "(%1).")
            .arg(shown(source.created.addSecs(MinExpirySeconds)));
    if (expire > source.created.addDays(MaxExpiryDays))
        return tr("The copy must expire at most 366 days after the source backup was created "
                  "(%1).")
            .arg(shown(source.created.addDays(MaxExpiryDays)));
    if (const auto max = SpannerJson::maxExpireTime(source); max && expire >= *max)
        return tr("The copy must expire before the source backup's latest allowed expiry (%1).")
            .arg(shown(*max));
    return std::nullopt;
}

std::optional<QString> SpannerCopyRules::checkCreateExpireTime(const QDateTime &expire,
                                                               const QDateTime &now)
{
    if (!expire.isValid())
        return tr("Choose when the backup expires.");
    if (expire < now.addSecs(MinExpirySeconds))
        return tr("The backup must expire at least 6 hours from now.");
    if (expire > now.addDays(MaxExpiryDays))
        return tr("The backup must expire at most 366 days from now.");
    return std::nullopt;
}

QString SpannerCopyRules::keyLocation(const QString &keyName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^projects/[^/]+/locations/([^/]+)/keyRings/[^/]+/cryptoKeys/[^/]+$"));
    const QRegularExpressionMatch match = pattern.match(keyName);
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<QString> SpannerCopyRules::checkKmsKeyName(const QString &keyName)
{
    if (keyLocation(keyName).isEmpty())
        return tr("\"%1\" is not a Cloud KMS key name "
                  "(projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>).")
            .arg(keyName);
    return std::nullopt;
}

std::optional<QStringList> SpannerCopyRules::regionsOfConfig(const QString &config)
{
    const QString id = SpannerJson::shortName(config);
    const QLatin1String regional("regional-");
    if (id.startsWith(regional))
        return QStringList {id.mid(regional.size())};
    // Google's multi-region configurations whose read-write regions Copydeck knows (witness
    // regions hold no data and need no key).
    if (id == QLatin1String("nam3"))
        return QStringList {QStringLiteral("us-east4"), QStringLiteral("us-east1")};
    if (id == QLatin1String("eur3"))
        return QStringList {QStringLiteral("europe-west1"), QStringLiteral("europe-west4")};
    return std::nullopt;
}

QStringList SpannerCopyRules::uncoveredRegions(const QStringList &kmsKeyNames,
                                               const QString &config, const QStringList &regions)
{
    QStringList locations;
    for (const QString &key : kmsKeyNames)
        locations << keyLocation(key);
    if (locations.contains(SpannerJson::shortName(config)))
        return {};
    QStringList missing;
    for (const QString &region : regions) {
        if (!locations.contains(region))
            missing << region;
    }
    return missing;
}

QList<ValidationIssue>
SpannerCopyRules::validate(const CopyRequest &request, const QDateTime &now,
                           const std::optional<QStringList> &destinationRegions)
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const char *field, const QString &message) {
        issues.append({QLatin1String(field), message});
    };
    const bool create = request.operation == CopyOperation::CreateBackup;

    if (!request.destination.isValid() || request.destination.kind != Location::Kind::Instance)
        add(CopyField::Destination, tr("Choose the instance that will hold the backup."));

    if (create) {
        static const QRegularExpression database(
            QStringLiteral("^projects/[^/]+/instances/[^/]+/databases/[^/]+$"));
        if (!database.match(request.source.id).hasMatch()) {
            add(CopyField::Source, tr("Choose the database to back up."));
        } else if (request.destination.isValid()
                   && SpannerJson::instanceOf(request.source.id) != request.destination.id) {
            add(CopyField::Destination,
                tr("A backup is made in the instance of its database (%1).")
                    .arg(SpannerJson::instanceOf(request.source.id)));
        }
        if (const auto issue = checkCreateExpireTime(request.expireTime, now))
            add(CopyField::ExpireTime, *issue);
        if (request.versionTime.isValid()) {
            const auto earliest = SpannerJson::earliestVersionTime(request.source);
            if (request.versionTime > now)
                add(VersionTimeField, tr("The version time cannot be in the future."));
            else if (earliest && request.versionTime < *earliest)
                add(VersionTimeField,
                    tr("The database keeps versions only back to %1.").arg(shown(*earliest)));
        }
    } else {
        if (!request.source.isValid())
            add(CopyField::Source, tr("Choose the backup to copy."));
        else if (request.source.rawState != QLatin1String("READY"))
            add(CopyField::Source,
                tr("Only a READY backup can be copied; this one is %1.")
                    .arg(request.source.rawState));
        if (const auto issue = checkCopyExpireTime(request.expireTime, request.source))
            add(CopyField::ExpireTime, *issue);
    }

    if (const auto issue = checkBackupId(request.name))
        add(CopyField::Name, *issue);

    const QString defaultType = create ? CreateDefaultEncryption : CopyDefaultEncryption;
    const QString type = request.encryptionType;
    if (!type.isEmpty() && type != defaultType && type != GoogleDefaultEncryption
        && type != CustomerManagedEncryption) {
        add(CopyField::Encryption, tr("Unknown encryption type %1.").arg(type));
    } else if (type != CustomerManagedEncryption) {
        if (!request.kmsKeyNames.isEmpty())
            add(CopyField::Encryption,
                tr("Cloud KMS keys are only used with customer-managed encryption."));
    } else if (request.kmsKeyNames.isEmpty()) {
        add(CopyField::Encryption,
            tr("Customer-managed encryption needs at least one Cloud KMS "
               "key."));
    } else {
        bool wellFormed = true;
        for (const QString &key : request.kmsKeyNames) {
            if (const auto issue = checkKmsKeyName(key)) {
                add(CopyField::Encryption, *issue);
                wellFormed = false;
            }
        }
        const QString config = request.destination.region;
        const auto regions = destinationRegions ? destinationRegions : regionsOfConfig(config);
        if (wellFormed && regions) {
            const QStringList missing = uncoveredRegions(request.kmsKeyNames, config, *regions);
            if (!missing.isEmpty())
                add(CopyField::Encryption,
                    tr("The keys must cover every region of the destination's configuration "
                       "%1; none is in %2.")
                        .arg(config, missing.join(QStringLiteral(", "))));
        }
    }
    return issues;
}

} // namespace Copydeck
