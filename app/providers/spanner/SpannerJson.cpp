#include "SpannerJson.h"

#include "SpannerErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace Copydeck {

namespace {

QString text(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
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

QString SpannerJson::formatTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QDateTime SpannerJson::parseTime(const QString &input)
{
    // Qt reads up to milliseconds: cut a longer fraction (Google gives up to nanoseconds).
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(input.trimmed());
    if (!match.hasMatch())
        return {};
    QString normalised = match.captured(1).toUpper();
    if (match.hasCaptured(2) && !match.captured(2).isEmpty())
        normalised += QLatin1Char('.') + QString(match.captured(2) + QStringLiteral("00")).left(3);
    const QString zone = match.captured(3).toUpper();
    normalised += zone;
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString SpannerJson::projectOf(const QString &resourceName)
{
    const QStringList parts = resourceName.split(QLatin1Char('/'));
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("projects"))
        return parts.at(1);
    return {};
}

QString SpannerJson::instanceOf(const QString &resourceName)
{
    return resourceName.section(QLatin1Char('/'), 0, 3);
}

QString SpannerJson::shortName(const QString &resourceName)
{
    return resourceName.section(QLatin1Char('/'), -1);
}

Location SpannerJson::instance(const QJsonObject &instance, const QString &accountId)
{
    Location location;
    location.cloud = QStringLiteral("spanner");
    location.accountId = accountId;
    location.kind = Location::Kind::Instance;
    location.id = text(instance, "name");
    location.name = shortName(location.id);
    location.owner = projectOf(location.id);
    location.region = shortName(text(instance, "config"));
    const QString display = text(instance, "displayName");
    location.displayName = display.isEmpty() ? location.name : display;
    return location;
}

Backup SpannerJson::backup(const QJsonObject &object, const Location &instance)
{
    Backup backup;
    backup.cloud = QStringLiteral("spanner");
    backup.accountId = instance.accountId;
    backup.id = text(object, "name");
    backup.name = shortName(backup.id);
    backup.location = instance;
    backup.sourceResource = text(object, "database");
    backup.resourceType = text(object, "databaseDialect") == QLatin1String("POSTGRESQL")
        ? tr("Spanner database (PostgreSQL)")
        : tr("Spanner database");
    backup.rawState = text(object, "state");
    backup.state = backup.rawState == QLatin1String("READY") ? BackupState::Available
        : backup.rawState == QLatin1String("CREATING")       ? BackupState::Creating
                                                             : BackupState::Unknown;
    bool ok = false;
    const qint64 size = text(object, "sizeBytes").toLongLong(&ok); // int64 as a JSON string
    backup.sizeBytes = ok ? size : -1;
    backup.created = parseTime(text(object, "createTime"));
    backup.expires = parseTime(text(object, "expireTime"));
    const QJsonObject encryption = object.value(QStringLiteral("encryptionInfo")).toObject();
    const QString type = text(encryption, "encryptionType");
    if (type == QLatin1String("CUSTOMER_MANAGED_ENCRYPTION")) {
        const QString key = text(encryption, "kmsKeyVersion").section(QLatin1Char('/'), 0, 7);
        backup.encryption = tr("Customer-managed (%1)").arg(shortName(key));
    } else if (type == QLatin1String("GOOGLE_DEFAULT_ENCRYPTION")) {
        backup.encryption = tr("Google-managed");
    }

    QVariantMap &details = backup.details;
    insertIfSet(details, tr("Instance"), instance.id);
    insertIfSet(details, tr("Database"), backup.sourceResource);
    insertIfSet(details, tr("Version time"), parseTime(text(object, "versionTime")));
    insertIfSet(details, maxExpireLabel(), parseTime(text(object, "maxExpireTime")));
    QStringList keys;
    for (const QJsonValue &info : object.value(QStringLiteral("encryptionInformation")).toArray())
        keys << info[QLatin1String("kmsKeyVersion")].toString();
    if (keys.isEmpty() && !text(encryption, "kmsKeyVersion").isEmpty())
        keys << text(encryption, "kmsKeyVersion");
    insertIfSet(details, tr("KMS key versions"), keys.join(QLatin1Char('\n')));
    QStringList referencing;
    for (const QJsonValue &name : object.value(QStringLiteral("referencingBackups")).toArray())
        referencing << name.toString();
    insertIfSet(details, tr("Being copied to"), referencing.join(QLatin1Char('\n')));
    return backup;
}

Backup SpannerJson::database(const QJsonObject &object, const Location &instance)
{
    Backup database;
    database.cloud = QStringLiteral("spanner");
    database.accountId = instance.accountId;
    database.id = text(object, "name");
    database.name = shortName(database.id);
    database.location = instance;
    database.sourceResource = database.id;
    database.resourceType = tr("Spanner database");
    database.rawState = text(object, "state");
    database.state = database.rawState == QLatin1String("READY") ? BackupState::Available
                                                                 : BackupState::Unknown;
    database.created = parseTime(text(object, "createTime"));
    insertIfSet(database.details, tr("Version retention period"),
                text(object, "versionRetentionPeriod"));
    insertIfSet(database.details, earliestVersionLabel(),
                parseTime(text(object, "earliestVersionTime")));
    return database;
}

void SpannerJson::applyOperation(const QJsonObject &operation, CopyJob &job)
{
    job.remoteId = text(operation, "name");
    const QJsonObject metadata = operation.value(QStringLiteral("metadata")).toObject();
    const QJsonObject progress = metadata.value(QStringLiteral("progress")).toObject();
    if (text(metadata, "@type") == CreateMetadataType)
        job.operation = CopyOperation::CreateBackup;
    else if (text(metadata, "@type") == CopyMetadataType)
        job.operation = CopyOperation::Copy;
    const QJsonValue percent = progress.value(QStringLiteral("progressPercent"));
    job.percent = double(percent.toInt(0));
    const QDateTime started = parseTime(text(progress, "startTime"));
    if (!job.created.isValid() && started.isValid())
        job.created = started;
    const QDateTime ended = parseTime(text(progress, "endTime"));
    const bool cancelRequested = metadata.contains(QStringLiteral("cancelTime"));
    const QString backupName = text(metadata, "name");

    if (!operation.value(QStringLiteral("done")).toBool()) {
        job.state = CopyJobState::Running;
        job.rawState = cancelRequested ? QStringLiteral("CANCELLING") : QStringLiteral("RUNNING");
        return;
    }
    job.completed = ended.isValid() ? ended : parseTime(text(metadata, "cancelTime"));
    if (operation.contains(QStringLiteral("error"))) {
        const auto details = SpannerErrorParser::statusDetails(
            operation.value(QStringLiteral("error")).toObject());
        job.statusMessage = details.message;
        if (details.rpcCode == 1 || cancelRequested) {
            job.state = CopyJobState::Cancelled;
            job.rawState = QStringLiteral("CANCELLED");
            job.error.reset();
        } else {
            job.state = CopyJobState::Failed;
            job.rawState = QStringLiteral("FAILED");
            job.error = SpannerErrorParser::toCloudError(details);
        }
        return;
    }
    const QJsonObject response = operation.value(QStringLiteral("response")).toObject();
    job.state = CopyJobState::Completed;
    job.rawState = QStringLiteral("DONE");
    job.percent = 100.0;
    job.error.reset();
    job.destinationBackupId = response.isEmpty() ? backupName : text(response, "name");
    bool ok = false;
    const qint64 size = text(response, "sizeBytes").toLongLong(&ok);
    if (ok)
        job.sizeBytes = size;
}

QString SpannerJson::maxExpireLabel()
{
    return tr("Latest allowed expiry");
}

QString SpannerJson::earliestVersionLabel()
{
    return tr("Earliest version time");
}

std::optional<QDateTime> SpannerJson::maxExpireTime(const Backup &backup)
{
    const QDateTime value = backup.details.value(maxExpireLabel()).toDateTime();
    return value.isValid() ? std::optional<QDateTime>(value) : std::nullopt;
}

std::optional<QDateTime> SpannerJson::earliestVersionTime(const Backup &database)
{
    const QDateTime value = database.details.value(earliestVersionLabel()).toDateTime();
    return value.isValid() ? std::optional<QDateTime>(value) : std::nullopt;
}

Result<QJsonObject> SpannerJson::object(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return CloudError::protocol(
            tr("Google Cloud Spanner sent an answer Copydeck cannot read (%1).")
                .arg(error.errorString()));
    }
    return document.object();
}

Result<BackupPage> SpannerJson::backupPage(const QByteArray &body, const Location &instance)
{
    const Result<QJsonObject> parsed = object(body);
    if (!parsed)
        return parsed.error();
    BackupPage page;
    for (const QJsonValue &item : parsed.value().value(QStringLiteral("backups")).toArray())
        page.backups.append(backup(item.toObject(), instance));
    page.nextPageToken = parsed.value().value(QStringLiteral("nextPageToken")).toString();
    return page;
}

QByteArray SpannerJson::copyBody(const CopyRequest &request)
{
    QJsonObject body;
    body.insert(QStringLiteral("backupId"), request.name);
    body.insert(QStringLiteral("sourceBackup"), request.source.id);
    if (request.expireTime.isValid())
        body.insert(QStringLiteral("expireTime"), formatTime(request.expireTime));
    if (!request.encryptionType.isEmpty() || !request.kmsKeyNames.isEmpty()) {
        QJsonObject encryption;
        if (!request.encryptionType.isEmpty())
            encryption.insert(QStringLiteral("encryptionType"), request.encryptionType);
        if (!request.kmsKeyNames.isEmpty())
            encryption.insert(QStringLiteral("kmsKeyNames"),
                              QJsonArray::fromStringList(request.kmsKeyNames));
        body.insert(QStringLiteral("encryptionConfig"), encryption);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<std::pair<QString, QString>> SpannerJson::createQuery(const CopyRequest &request)
{
    QList<std::pair<QString, QString>> query = {{QStringLiteral("backupId"), request.name}};
    if (!request.encryptionType.isEmpty())
        query.append({QStringLiteral("encryptionConfig.encryptionType"), request.encryptionType});
    for (const QString &key : request.kmsKeyNames)
        query.append({QStringLiteral("encryptionConfig.kmsKeyNames"), key});
    return query;
}

QByteArray SpannerJson::createBody(const CopyRequest &request)
{
    QJsonObject body;
    body.insert(QStringLiteral("database"), request.source.id);
    if (request.expireTime.isValid())
        body.insert(QStringLiteral("expireTime"), formatTime(request.expireTime));
    if (request.versionTime.isValid())
        body.insert(QStringLiteral("versionTime"), formatTime(request.versionTime));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Copydeck
