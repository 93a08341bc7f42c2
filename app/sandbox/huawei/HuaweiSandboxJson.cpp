#include "HuaweiSandboxJson.h"

#include "HuaweiState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace Copydeck::Sandbox::HuaweiSandboxJson {

namespace {

QJsonValue timeOrNull(qint64 ms, bool zoned)
{
    if (ms == 0)
        return QJsonValue::Null;
    return zoned ? zonedTime(ms) : resourceTime(ms);
}

} // namespace

QString resourceTime(qint64 ms)
{
    if (ms == 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("000");
}

QString zonedTime(qint64 ms)
{
    return ms == 0 ? QString() : resourceTime(ms) + QLatin1Char('Z');
}

QJsonObject replicationRecord(const HuaweiReplication &r)
{
    QJsonObject extra {{QStringLiteral("progress"), r.progress},
                       {QStringLiteral("auto_trigger"), false},
                       {QStringLiteral("destination_vault_id"), r.destinationVaultId}};
    if (r.recordStatus == QLatin1String("fail")) {
        extra.insert(QStringLiteral("fail_code"), r.failCode);
        extra.insert(QStringLiteral("fail_reason"), r.failReason);
    }
    return QJsonObject {
        {QStringLiteral("id"), r.recordId},
        {QStringLiteral("created_at"), resourceTime(r.createdMs)},
        {QStringLiteral("destination_backup_id"), r.destinationBackupId},
        {QStringLiteral("destination_checkpoint_id"), r.destinationCheckpointId},
        {QStringLiteral("destination_project_id"), r.destinationProjectId},
        {QStringLiteral("destination_region"), r.destinationRegion},
        {QStringLiteral("destination_vault_id"), r.destinationVaultId},
        {QStringLiteral("source_backup_id"), r.sourceBackupId},
        {QStringLiteral("source_checkpoint_id"), r.sourceCheckpointId},
        {QStringLiteral("source_project_id"), r.sourceProjectId},
        {QStringLiteral("source_region"), r.sourceRegion},
        {QStringLiteral("status"), r.recordStatus},
        {QStringLiteral("vault_id"), r.sourceVaultId},
        {QStringLiteral("extra_info"), extra},
    };
}

QJsonObject backup(const HuaweiState &state, const HuaweiBackup &b, bool withReplication)
{
    const QJsonObject extend {
        {QStringLiteral("auto_trigger"), b.name.startsWith(QLatin1String("autobk_"))},
        {QStringLiteral("bootable"), true},
        {QStringLiteral("contain_system_disk"), true},
        {QStringLiteral("encrypted"), b.encrypted},
        {QStringLiteral("is_multi_az"), false},
        {QStringLiteral("snapshot_id"), QString()},
        {QStringLiteral("support_lld"), false},
        {QStringLiteral("supported_restore_mode"), QStringLiteral("backup")},
        {QStringLiteral("system_disk"), false},
    };
    QJsonObject json {
        {QStringLiteral("checkpoint_id"), b.checkpointId},
        {QStringLiteral("children"), QJsonArray()},
        {QStringLiteral("created_at"), resourceTime(b.createdMs)},
        {QStringLiteral("description"), b.description},
        {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
        {QStringLiteral("expired_at"), timeOrNull(b.expiredMs, false)},
        {QStringLiteral("extend_info"), extend},
        {QStringLiteral("id"), b.id},
        {QStringLiteral("image_type"), b.imageType},
        {QStringLiteral("incremental"), false},
        {QStringLiteral("name"), b.name},
        {QStringLiteral("parent_id"), QJsonValue::Null},
        {QStringLiteral("project_id"), b.projectId},
        {QStringLiteral("protected_at"), resourceTime(b.createdMs)},
        {QStringLiteral("provider_id"), QStringLiteral("0daac4c5-6707-4851-97ba-169e36266b66")},
        {QStringLiteral("resource_az"), b.resourceAz},
        {QStringLiteral("resource_id"), b.resourceId},
        {QStringLiteral("resource_name"), b.resourceName},
        {QStringLiteral("resource_size"), b.resourceSizeGb},
        {QStringLiteral("resource_type"), b.resourceType},
        {QStringLiteral("status"), b.status},
        {QStringLiteral("updated_at"), resourceTime(b.updatedMs)},
        {QStringLiteral("vault_id"), b.vaultId},
    };
    if (withReplication) {
        QJsonArray records;
        for (const HuaweiReplication *r : state.replicationsOf(b.id))
            records.append(replicationRecord(*r));
        json.insert(QStringLiteral("replication_records"), records);
    }
    return json;
}

QJsonObject vault(const HuaweiState &state, const HuaweiVault &v)
{
    qint64 usedMb = 0;
    QJsonArray resources;
    for (const HuaweiBackup &b : state.backups) {
        if (b.vaultId == v.id)
            usedMb += qint64(b.resourceSizeGb) * 1024;
    }
    const QJsonObject billing {
        {QStringLiteral("allocated"), 0},
        {QStringLiteral("charging_mode"), QStringLiteral("post_paid")},
        {QStringLiteral("cloud_type"), QStringLiteral("public")},
        {QStringLiteral("consistent_level"), QStringLiteral("crash_consistent")},
        {QStringLiteral("object_type"), v.objectType},
        {QStringLiteral("protect_type"), v.protectType},
        {QStringLiteral("size"), v.sizeGb},
        {QStringLiteral("spec_code"),
         QStringLiteral("vault.%1.%2.normal").arg(v.protectType, v.objectType)},
        {QStringLiteral("status"), v.status},
        {QStringLiteral("used"), usedMb},
        {QStringLiteral("is_multi_az"), false},
    };
    return QJsonObject {
        {QStringLiteral("id"), v.id},
        {QStringLiteral("name"), v.name},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("project_id"), v.projectId},
        {QStringLiteral("provider_id"), QStringLiteral("0daac4c5-6707-4851-97ba-169e36266b66")},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
        {QStringLiteral("auto_bind"), false},
        {QStringLiteral("auto_expand"), false},
        {QStringLiteral("created_at"), resourceTime(v.createdMs)},
        {QStringLiteral("availability_zone"), QString(v.region + QStringLiteral("a"))},
        {QStringLiteral("billing"), billing},
    };
}

QJsonObject operationLog(const HuaweiReplication &r)
{
    const QJsonObject replication {
        {QStringLiteral("source_backup_id"), r.sourceBackupId},
        {QStringLiteral("source_checkpoint_id"), r.sourceCheckpointId},
        {QStringLiteral("source_project_id"), r.sourceProjectId},
        {QStringLiteral("source_region"), r.sourceRegion},
        {QStringLiteral("destination_backup_id"), r.destinationBackupId},
        {QStringLiteral("destination_checkpoint_id"), r.destinationCheckpointId},
        {QStringLiteral("destination_project_id"), r.destinationProjectId},
        {QStringLiteral("destination_region"), r.destinationRegion},
        {QStringLiteral("source_backup_name"), r.sourceBackupName},
        {QStringLiteral("destination_backup_name"), r.destinationBackupName},
    };
    const QJsonObject extra {
        {QStringLiteral("common"),
         QJsonObject {{QStringLiteral("progress"), r.progress},
                      {QStringLiteral("request_id"), r.requestId},
                      {QStringLiteral("task_id"), r.taskId}}},
        {QStringLiteral("replication"), replication},
        {QStringLiteral("resource"),
         QJsonObject {{QStringLiteral("id"), r.sourceBackupId},
                      {QStringLiteral("name"), r.sourceBackupName},
                      {QStringLiteral("type"), QStringLiteral("OS::Nova::Server")}}},
    };
    QJsonObject json {
        {QStringLiteral("id"), r.operationLogId},
        {QStringLiteral("checkpoint_id"), r.sourceCheckpointId},
        {QStringLiteral("created_at"), zonedTime(r.createdMs)},
        {QStringLiteral("started_at"), timeOrNull(r.startedMs, true)},
        {QStringLiteral("ended_at"), timeOrNull(r.endedMs, true)},
        {QStringLiteral("updated_at"), zonedTime(r.updatedMs)},
        {QStringLiteral("project_id"), r.sourceProjectId},
        {QStringLiteral("provider_id"), r.providerId},
        {QStringLiteral("policy_id"), QString()},
        {QStringLiteral("vault_id"), r.sourceVaultId},
        {QStringLiteral("vault_name"), r.sourceVaultName},
        {QStringLiteral("operation_type"), QStringLiteral("replication")},
        {QStringLiteral("status"), r.taskStatus},
        {QStringLiteral("extra_info"), extra},
    };
    if (r.taskStatus == QLatin1String("failed"))
        json.insert(QStringLiteral("error_info"),
                    QJsonObject {{QStringLiteral("code"), r.failCode},
                                 {QStringLiteral("message"), r.failReason}});
    return json;
}

} // namespace Copydeck::Sandbox::HuaweiSandboxJson
