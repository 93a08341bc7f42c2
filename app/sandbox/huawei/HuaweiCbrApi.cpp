#include "HuaweiCbrApi.h"

#include "HuaweiReplicateRules.h"
#include "HuaweiSandboxJson.h"
#include "HuaweiState.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <optional>

namespace Copydeck::Sandbox {

namespace {

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

struct Page
{
    int limit = HuaweiCbrApi::MaxLimit;
    int offset = 0;
};

std::variant<Page, HuaweiErrorReply> pageOf(const QUrlQuery &query)
{
    Page page;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        page.limit = value(query, QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > HuaweiCbrApi::MaxLimit)
            return HuaweiErrors::invalidParameter(
                QStringLiteral("limit must be an integer from 1 to %1.")
                    .arg(HuaweiCbrApi::MaxLimit));
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        page.offset = value(query, QStringLiteral("offset")).toInt(&ok);
        if (!ok || page.offset < 0)
            return HuaweiErrors::invalidParameter(
                QStringLiteral("offset must be a non-negative integer."));
    }
    return page;
}

std::optional<HuaweiErrorReply> checkEnum(const QUrlQuery &query, const QString &key,
                                          const QStringList &allowed)
{
    for (const QString &given : query.allQueryItemValues(key, QUrl::FullyDecoded)) {
        if (!allowed.contains(given))
            return HuaweiErrors::invalidParameter(
                QStringLiteral("%1 must be one of %2.").arg(key, allowed.join(QLatin1Char('|'))));
    }
    return std::nullopt;
}

template<typename T>
QJsonObject listing(const char *key, const QList<T> &items, const Page &page,
                    const std::function<QJsonObject(const T &)> &toJson)
{
    QJsonArray array;
    for (qsizetype i = page.offset; i < items.size() && i < qsizetype(page.offset) + page.limit;
         ++i)
        array.append(toJson(items.at(i)));
    return QJsonObject {{QLatin1String(key), array},
                        {QStringLiteral("count"), int(items.size())},
                        {QStringLiteral("limit"), page.limit},
                        {QStringLiteral("offset"), page.offset}};
}

} // namespace

HuaweiCbrApi::HuaweiCbrApi(HuaweiState &state)
    : m_state(state)
{ }

HuaweiReply HuaweiCbrApi::listBackups(const QString &projectId, const QUrlQuery &query) const
{
    const auto paged = pageOf(query);
    if (const auto *error = std::get_if<HuaweiErrorReply>(&paged))
        return *error;
    Page page = std::get<Page>(paged);
    static const QStringList statuses
        = {QStringLiteral("available"),      QStringLiteral("protecting"),
           QStringLiteral("deleting"),       QStringLiteral("restoring"),
           QStringLiteral("error"),          QStringLiteral("waiting_protect"),
           QStringLiteral("waiting_delete"), QStringLiteral("waiting_restore")};
    if (auto error = checkEnum(query, QStringLiteral("status"), statuses))
        return *error;
    if (auto error = checkEnum(query, QStringLiteral("image_type"),
                               {QStringLiteral("backup"), QStringLiteral("replication")}))
        return *error;
    if (auto error = checkEnum(query, QStringLiteral("show_replication"),
                               {QStringLiteral("true"), QStringLiteral("false")}))
        return *error;
    const QStringList wanted
        = query.allQueryItemValues(QStringLiteral("status"), QUrl::FullyDecoded);
    const QString vaultId = value(query, QStringLiteral("vault_id"));
    const QString imageType = value(query, QStringLiteral("image_type"));
    const QString name = value(query, QStringLiteral("name"));
    const QString resourceId = value(query, QStringLiteral("resource_id"));
    const bool showReplication
        = value(query, QStringLiteral("show_replication")) == QLatin1String("true");
    if (!vaultId.isEmpty() && !HuaweiReplicateRules::isUuid(vaultId))
        return HuaweiErrors::malformedId(QStringLiteral("vault"), vaultId);

    QList<HuaweiBackup> matching;
    for (const HuaweiBackup &b : m_state.backups) {
        if (b.projectId != projectId || (!wanted.isEmpty() && !wanted.contains(b.status))
            || (!vaultId.isEmpty() && b.vaultId != vaultId)
            || (!imageType.isEmpty() && b.imageType != imageType)
            || (!name.isEmpty() && b.name != name)
            || (!resourceId.isEmpty() && b.resourceId != resourceId))
            continue;
        matching.append(b);
    }
    // Newest first, then by id so that pages never overlap.
    std::sort(matching.begin(), matching.end(), [](const HuaweiBackup &a, const HuaweiBackup &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id < b.id;
    });
    const QString marker = value(query, QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        const auto at = std::find_if(matching.cbegin(), matching.cend(),
                                     [&marker](const HuaweiBackup &b) { return b.id == marker; });
        if (at == matching.cend())
            return HuaweiErrors::invalidParameter(
                QStringLiteral("marker %1 is not a backup of this listing.").arg(marker));
        page.offset += int(at - matching.cbegin()) + 1;
    }
    const HuaweiState &state = m_state;
    return listing<HuaweiBackup>("backups", matching, page,
                                 [&state, showReplication](const HuaweiBackup &b) {
                                     return HuaweiSandboxJson::backup(state, b, showReplication);
                                 });
}

HuaweiReply HuaweiCbrApi::showBackup(const QString &projectId, const QString &backupId) const
{
    if (!HuaweiReplicateRules::isUuid(backupId))
        return HuaweiErrors::malformedId(QStringLiteral("backup"), backupId);
    const HuaweiBackup *backup = m_state.backup(backupId);
    if (!backup || backup->projectId != projectId)
        return HuaweiErrors::backupNotFound(backupId);
    return QJsonObject {
        {QStringLiteral("backup"), HuaweiSandboxJson::backup(m_state, *backup, true)}};
}

HuaweiReply HuaweiCbrApi::replicate(const QString &projectId, const QString &backupId,
                                    const QByteArray &body)
{
    const auto checked = HuaweiReplicateRules::check(m_state, projectId, backupId, body);
    if (const auto *error = std::get_if<HuaweiErrorReply>(&checked))
        return *error;
    const auto &ok = std::get<HuaweiReplicateRules::Checked>(checked);
    const HuaweiReplication &r
        = m_state.startReplication(ok.source, ok.destinationVault, ok.name, ok.description);
    return QJsonObject {{QStringLiteral("replication"),
                         QJsonObject {
                             {QStringLiteral("backup_id"), r.sourceBackupId},
                             {QStringLiteral("destination_project_id"), r.destinationProjectId},
                             {QStringLiteral("destination_region"), r.destinationRegion},
                             {QStringLiteral("destination_vault_id"), r.destinationVaultId},
                             {QStringLiteral("project_id"), r.sourceProjectId},
                             {QStringLiteral("provider_id"), r.providerId},
                             {QStringLiteral("replication_record_id"), r.recordId},
                             {QStringLiteral("source_region"), r.sourceRegion},
                         }}};
}

HuaweiReply HuaweiCbrApi::listVaults(const QString &projectId, const QUrlQuery &query) const
{
    const auto paged = pageOf(query);
    if (const auto *error = std::get_if<HuaweiErrorReply>(&paged))
        return *error;
    if (auto error = checkEnum(
            query, QStringLiteral("protect_type"),
            {QStringLiteral("backup"), QStringLiteral("replication"), QStringLiteral("hybrid")}))
        return *error;
    const QString protectType = value(query, QStringLiteral("protect_type"));
    const QString name = value(query, QStringLiteral("name"));
    const QString id = value(query, QStringLiteral("id"));
    const QString objectType = value(query, QStringLiteral("object_type"));
    QList<HuaweiVault> matching;
    for (const HuaweiVault &v : m_state.vaults) {
        if (v.projectId != projectId || (!protectType.isEmpty() && v.protectType != protectType)
            || (!name.isEmpty() && v.name != name) || (!id.isEmpty() && v.id != id)
            || (!objectType.isEmpty() && v.objectType != objectType))
            continue;
        matching.append(v);
    }
    const HuaweiState &state = m_state;
    return listing<HuaweiVault>(
        "vaults", matching, std::get<Page>(paged),
        [&state](const HuaweiVault &v) { return HuaweiSandboxJson::vault(state, v); });
}

HuaweiReply HuaweiCbrApi::showVault(const QString &projectId, const QString &vaultId) const
{
    if (!HuaweiReplicateRules::isUuid(vaultId))
        return HuaweiErrors::malformedId(QStringLiteral("vault"), vaultId);
    const HuaweiVault *vault = m_state.vault(vaultId);
    if (!vault || vault->projectId != projectId)
        return HuaweiErrors::vaultNotFound(vaultId);
    return QJsonObject {{QStringLiteral("vault"), HuaweiSandboxJson::vault(m_state, *vault)}};
}

HuaweiReply HuaweiCbrApi::replicationCapabilities() const
{
    QJsonArray regions;
    for (const QString &region : m_state.regions())
        regions.append(QJsonObject {
            {QStringLiteral("name"), region},
            {QStringLiteral("replication_destinations"),
             QJsonArray::fromStringList(m_state.replicationDestinations.value(region))}});
    return QJsonObject {{QStringLiteral("regions"), regions}};
}

HuaweiReply HuaweiCbrApi::listOperationLogs(const QString &projectId, const QUrlQuery &query) const
{
    const auto paged = pageOf(query);
    if (const auto *error = std::get_if<HuaweiErrorReply>(&paged))
        return *error;
    if (auto error = checkEnum(query, QStringLiteral("operation_type"),
                               {QStringLiteral("backup"), QStringLiteral("copy"),
                                QStringLiteral("replication"), QStringLiteral("delete"),
                                QStringLiteral("restore"), QStringLiteral("vault_delete"),
                                QStringLiteral("remove_resource"), QStringLiteral("sync")}))
        return *error;
    if (auto error = checkEnum(query, QStringLiteral("status"),
                               {QStringLiteral("success"), QStringLiteral("skipped"),
                                QStringLiteral("failed"), QStringLiteral("running"),
                                QStringLiteral("timeout"), QStringLiteral("waiting")}))
        return *error;
    const QString type = value(query, QStringLiteral("operation_type"));
    const QString status = value(query, QStringLiteral("status"));
    const QString vaultId = value(query, QStringLiteral("vault_id"));
    const QString resourceId = value(query, QStringLiteral("resource_id"));
    QList<HuaweiReplication> matching;
    // Only replications leave operation logs in the sandbox.
    if (type.isEmpty() || type == QLatin1String("replication")) {
        for (const HuaweiReplication &r : m_state.replications) {
            if (r.sourceProjectId != projectId || (!status.isEmpty() && r.taskStatus != status)
                || (!vaultId.isEmpty() && r.sourceVaultId != vaultId)
                || (!resourceId.isEmpty() && r.sourceBackupId != resourceId))
                continue;
            matching.append(r);
        }
    }
    std::sort(matching.begin(), matching.end(),
              [](const HuaweiReplication &a, const HuaweiReplication &b) {
                  return a.createdMs != b.createdMs ? a.createdMs > b.createdMs
                                                    : a.operationLogId < b.operationLogId;
              });
    return listing<HuaweiReplication>("operation_logs", matching, std::get<Page>(paged),
                                      &HuaweiSandboxJson::operationLog);
}

HuaweiReply HuaweiCbrApi::showOperationLog(const QString &projectId, const QString &id) const
{
    const HuaweiReplication *r = m_state.replicationByOperationLog(id);
    if (!r || r->sourceProjectId != projectId)
        return HuaweiErrors::operationLogNotFound(id);
    return QJsonObject {{QStringLiteral("operation_log"), HuaweiSandboxJson::operationLog(*r)}};
}

} // namespace Copydeck::Sandbox
