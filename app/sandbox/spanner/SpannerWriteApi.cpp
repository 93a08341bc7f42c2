#include "SpannerWriteApi.h"

#include "SpannerBackupRules.h"
#include "SpannerJson.h"
#include "SpannerOperationFilter.h"
#include "SpannerPagination.h"
#include "SpannerReadApi.h"
#include "SpannerState.h"
#include "SpannerTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Copydeck::Sandbox {

namespace {

constexpr int MaxPageSize = 1000;

std::variant<QJsonObject, GoogleErrorReply> jsonBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return GoogleErrorReply::invalidArgument(QStringLiteral("Invalid JSON payload received. ")
                                                 + error.errorString());
    }
    return document.object();
}

QString instanceOf(const QString &name)
{
    return name.section(QLatin1Char('/'), 0, 3);
}

GoogleErrorReply missing(const QString &field)
{
    return GoogleErrorReply::invalidArgument(field + QStringLiteral(" must be specified."), field);
}

} // namespace

SpannerWriteApi::SpannerWriteApi(SpannerState &state, const SpannerReadApi &read)
    : m_state(state)
    , m_read(read)
{ }

QString SpannerWriteApi::nextOperationId()
{
    ++m_operationCounter;
    return QStringLiteral("_auto_op_%1")
        .arg(0x5a17e000 + m_operationCounter, 16, 16, QLatin1Char('0'));
}

SpannerReply SpannerWriteApi::createBackup(const QString &instance, const QUrlQuery &query,
                                           const QByteArray &body)
{
    if (auto error = m_read.checkInstance(instance))
        return *error;
    if (auto error = m_read.checkPermission(instance, QStringLiteral("spanner.backups.create")))
        return *error;
    const QString backupId = query.queryItemValue(QStringLiteral("backupId"), QUrl::FullyDecoded);
    if (auto error = SpannerBackupRules::checkBackupId(backupId))
        return *error;
    const auto parsed = jsonBody(body);
    if (const auto *error = std::get_if<GoogleErrorReply>(&parsed))
        return *error;
    const QJsonObject backupJson = std::get<QJsonObject>(parsed);

    const QString databaseName = backupJson.value(QStringLiteral("database")).toString();
    if (databaseName.isEmpty())
        return missing(QStringLiteral("backup.database"));
    const auto database = m_state.databases.constFind(databaseName);
    if (database == m_state.databases.cend())
        return GoogleErrorReply::notFound(SpannerTypes::Database, databaseName);
    if (auto error
        = m_read.checkPermission(databaseName, QStringLiteral("spanner.databases.createBackup")))
        return *error;
    if (instanceOf(databaseName) != instance) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("The database %1 is not in the instance %2 of the backup.")
                .arg(databaseName, instance),
            QStringLiteral("backup.database"));
    }

    const QDateTime now = m_state.now();
    if (!backupJson.contains(QStringLiteral("expireTime")))
        return missing(QStringLiteral("backup.expire_time"));
    const auto expire = SpannerBackupRules::timestamp(
        backupJson.value(QStringLiteral("expireTime")), QStringLiteral("backup.expire_time"),
        QStringLiteral("expireTime"));
    if (const auto *error = std::get_if<GoogleErrorReply>(&expire))
        return *error;
    if (auto error = SpannerBackupRules::checkCreateExpireTime(std::get<QDateTime>(expire), now))
        return *error;
    QDateTime versionTime = now;
    if (backupJson.contains(QStringLiteral("versionTime"))) {
        const auto version = SpannerBackupRules::timestamp(
            backupJson.value(QStringLiteral("versionTime")), QStringLiteral("backup.version_time"),
            QStringLiteral("versionTime"));
        if (const auto *error = std::get_if<GoogleErrorReply>(&version))
            return *error;
        versionTime = std::get<QDateTime>(version);
        const QDateTime earliest = now.addSecs(-database->versionRetentionSeconds);
        if (versionTime < earliest || versionTime > now) {
            return GoogleErrorReply::invalidArgument(
                QStringLiteral("version_time must be within the version retention period of the "
                               "database: between %1 and %2.")
                    .arg(SpannerTime::format(earliest), SpannerTime::format(now)),
                QStringLiteral("backup.version_time"));
        }
    }

    const SpannerInstanceConfig config
        = m_state.instanceConfigs.value(m_state.instances.value(instance).config);
    const auto encryption = SpannerBackupRules::encryption(
        false,
        query.queryItemValue(QStringLiteral("encryptionConfig.encryptionType"), QUrl::FullyDecoded),
        query.queryItemValue(QStringLiteral("encryptionConfig.kmsKeyName"), QUrl::FullyDecoded),
        query.allQueryItemValues(QStringLiteral("encryptionConfig.kmsKeyNames"),
                                 QUrl::FullyDecoded),
        config, nullptr);
    if (const auto *error = std::get_if<GoogleErrorReply>(&encryption))
        return *error;

    const QString name = instance + QStringLiteral("/backups/") + backupId;
    if (m_state.backups.contains(name))
        return GoogleErrorReply::alreadyExists(SpannerTypes::Backup, name);
    for (const SpannerOperation &operation : std::as_const(m_state.operations)) {
        if (!operation.done && !operation.copy && operation.source == databaseName) {
            return GoogleErrorReply::failedPrecondition(
                QStringLiteral("Cannot create a backup of database %1: the backup %2 of it is "
                               "still being created. There can be only one pending backup "
                               "creation per database.")
                    .arg(databaseName, operation.backup));
        }
    }

    SpannerBackup backup;
    backup.name = name;
    backup.database = databaseName;
    backup.createTime = now;
    backup.versionTime = versionTime;
    backup.expireTime = std::get<QDateTime>(expire);
    backup.maxExpireTime = now.addDays(366);
    backup.sizeBytes = qint64(qHash(databaseName) % 50000 + 500) * 1024 * 1024;
    backup.ready = false;
    backup.encryptionType = std::get<SpannerBackupRules::Encryption>(encryption).type;
    backup.kmsKeyVersions = std::get<SpannerBackupRules::Encryption>(encryption).kmsKeyVersions;
    backup.databaseDialect = database->dialect;
    m_state.backups.insert(name, backup);
    return SpannerJson::operation(
        m_state.startOperation(name, false, databaseName, CreateDurationMs, nextOperationId()));
}

SpannerReply SpannerWriteApi::copyBackup(const QString &instance, const QByteArray &body)
{
    if (auto error = m_read.checkInstance(instance))
        return *error;
    if (auto error = m_read.checkPermission(instance, QStringLiteral("spanner.backups.create")))
        return *error;
    const auto parsed = jsonBody(body);
    if (const auto *error = std::get_if<GoogleErrorReply>(&parsed))
        return *error;
    const QJsonObject request = std::get<QJsonObject>(parsed);
    const QString backupId = request.value(QStringLiteral("backupId")).toString();
    if (auto error = SpannerBackupRules::checkBackupId(backupId))
        return *error;
    const QString sourceName = request.value(QStringLiteral("sourceBackup")).toString();
    if (sourceName.isEmpty())
        return missing(QStringLiteral("source_backup"));
    const auto source = m_state.backups.constFind(sourceName);
    if (source == m_state.backups.cend())
        return GoogleErrorReply::notFound(SpannerTypes::Backup, sourceName);
    if (auto error = m_read.checkPermission(sourceName, QStringLiteral("spanner.backups.copy")))
        return *error;
    if (!source->ready) {
        return GoogleErrorReply::failedPrecondition(
            QStringLiteral("Cannot copy backup %1: it is not ready; only a READY backup can be "
                           "copied.")
                .arg(sourceName));
    }
    if (!request.contains(QStringLiteral("expireTime")))
        return missing(QStringLiteral("expire_time"));
    const auto expire = SpannerBackupRules::timestamp(request.value(QStringLiteral("expireTime")),
                                                      QStringLiteral("expire_time"),
                                                      QStringLiteral("expireTime"));
    if (const auto *error = std::get_if<GoogleErrorReply>(&expire))
        return *error;
    if (auto error = SpannerBackupRules::checkCopyExpireTime(std::get<QDateTime>(expire), *source))
        return *error;

    const QJsonObject config = request.value(QStringLiteral("encryptionConfig")).toObject();
    QStringList keyNames;
    for (const QJsonValue &key : config.value(QStringLiteral("kmsKeyNames")).toArray())
        keyNames.append(key.toString());
    const auto encryption = SpannerBackupRules::encryption(
        true, config.value(QStringLiteral("encryptionType")).toString(),
        config.value(QStringLiteral("kmsKeyName")).toString(), keyNames,
        m_state.instanceConfigs.value(m_state.instances.value(instance).config), &*source);
    if (const auto *error = std::get_if<GoogleErrorReply>(&encryption))
        return *error;

    const QString name = instance + QStringLiteral("/backups/") + backupId;
    if (m_state.backups.contains(name))
        return GoogleErrorReply::alreadyExists(SpannerTypes::Backup, name);

    SpannerBackup backup = *source;
    backup.name = name;
    backup.createTime = m_state.now();
    backup.expireTime = std::get<QDateTime>(expire);
    backup.ready = false;
    backup.referencingBackups.clear();
    backup.encryptionType = std::get<SpannerBackupRules::Encryption>(encryption).type;
    backup.kmsKeyVersions = std::get<SpannerBackupRules::Encryption>(encryption).kmsKeyVersions;
    m_state.backups.insert(name, backup);
    return SpannerJson::operation(
        m_state.startOperation(name, true, sourceName, CopyDurationMs, nextOperationId()));
}

SpannerReply SpannerWriteApi::getOperation(const QString &name) const
{
    const auto found = m_state.operations.constFind(name);
    if (found == m_state.operations.cend())
        return GoogleErrorReply::notFound(SpannerTypes::Operation, name);
    return SpannerJson::operation(*found);
}

SpannerReply SpannerWriteApi::cancelOperation(const QString &name)
{
    auto found = m_state.operations.find(name);
    if (found == m_state.operations.end())
        return GoogleErrorReply::notFound(SpannerTypes::Operation, name);
    if (found->done) {
        return GoogleErrorReply::failedPrecondition(
            QStringLiteral("Operation %1 has already finished and cannot be cancelled.").arg(name));
    }
    m_state.cancel(*found);
    return QJsonObject();
}

SpannerReply SpannerWriteApi::listOperations(const QString &backup, const QUrlQuery &query) const
{
    const QString filterText = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    const auto parsed = SpannerOperationFilter::parse(filterText);
    if (const auto *error = std::get_if<GoogleErrorReply>(&parsed))
        return *error;
    const auto &filter = std::get<SpannerBackupFilter>(parsed);
    QJsonArray items;
    for (const SpannerOperation &operation : std::as_const(m_state.operations)) {
        const QJsonObject json = SpannerJson::operation(operation);
        if (operation.backup == backup && filter.matches(SpannerOperationFilter::fieldsOf(json)))
            items.append(json);
    }
    return SpannerPagination::page(items, QStringLiteral("operations"), query,
                                   backup + QStringLiteral("/operations?") + filterText,
                                   MaxPageSize);
}

SpannerReply SpannerWriteApi::listBackupOperations(const QString &instance,
                                                   const QUrlQuery &query) const
{
    if (auto error = m_read.checkInstance(instance))
        return *error;
    QList<SpannerOperation> operations;
    for (const SpannerOperation &operation : std::as_const(m_state.operations)) {
        if (instanceOf(operation.backup) == instance)
            operations.append(operation);
    }
    std::stable_sort(operations.begin(), operations.end(),
                     [](const SpannerOperation &a, const SpannerOperation &b) {
                         return a.startTime > b.startTime;
                     });
    const QString filterText = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    const auto parsed = SpannerOperationFilter::parse(filterText);
    if (const auto *error = std::get_if<GoogleErrorReply>(&parsed))
        return *error;
    const auto &filter = std::get<SpannerBackupFilter>(parsed);
    QJsonArray items;
    for (const SpannerOperation &operation : operations) {
        const QJsonObject json = SpannerJson::operation(operation);
        if (filter.matches(SpannerOperationFilter::fieldsOf(json)))
            items.append(json);
    }
    return SpannerPagination::page(items, QStringLiteral("operations"), query,
                                   instance + QStringLiteral("/backupOperations?") + filterText,
                                   MaxPageSize);
}

SpannerReply SpannerWriteApi::patchBackup(const QString &name, const QUrlQuery &query,
                                          const QByteArray &body)
{
    auto backup = m_state.backups.find(name);
    if (backup == m_state.backups.end())
        return GoogleErrorReply::notFound(SpannerTypes::Backup, name);
    const QString mask = query.queryItemValue(QStringLiteral("updateMask"), QUrl::FullyDecoded);
    if (mask.isEmpty())
        return missing(QStringLiteral("update_mask"));
    if (mask != QLatin1String("expireTime") && mask != QLatin1String("expire_time")) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("Only expire_time can be updated; update_mask was %1.").arg(mask),
            QStringLiteral("update_mask"));
    }
    const auto parsed = jsonBody(body);
    if (const auto *error = std::get_if<GoogleErrorReply>(&parsed))
        return *error;
    const auto expire = SpannerBackupRules::timestamp(
        std::get<QJsonObject>(parsed).value(QStringLiteral("expireTime")),
        QStringLiteral("backup.expire_time"), QStringLiteral("expireTime"));
    if (const auto *error = std::get_if<GoogleErrorReply>(&expire))
        return *error;
    const QDateTime value = std::get<QDateTime>(expire);
    const QDateTime now = m_state.now();
    if (value < now.addSecs(6 * 3600) || value >= backup->maxExpireTime) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("expire_time must be at least 6 hours from now and less than the "
                           "backup's max_expire_time (%1).")
                .arg(SpannerTime::format(backup->maxExpireTime)),
            QStringLiteral("backup.expire_time"));
    }
    backup->expireTime = value;
    return SpannerJson::backup(*backup);
}

SpannerReply SpannerWriteApi::deleteBackup(const QString &name)
{
    const auto backup = m_state.backups.constFind(name);
    if (backup == m_state.backups.cend())
        return GoogleErrorReply::notFound(SpannerTypes::Backup, name);
    if (!backup->ready) {
        return GoogleErrorReply::failedPrecondition(
            QStringLiteral("Backup %1 is still being created; cancel its operation instead.")
                .arg(name));
    }
    if (!backup->referencingBackups.isEmpty()) {
        return GoogleErrorReply::failedPrecondition(
            QStringLiteral("Backup %1 cannot be deleted while it is being copied to %2.")
                .arg(name, backup->referencingBackups.join(QStringLiteral(", "))));
    }
    m_state.backups.remove(name);
    return QJsonObject();
}

} // namespace Copydeck::Sandbox
