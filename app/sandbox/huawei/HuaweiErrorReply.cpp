#include "HuaweiErrorReply.h"

#include <QJsonDocument>

namespace Copydeck::Sandbox {

SandboxResponse HuaweiErrorReply::toResponse(const QByteArray &requestId) const
{
    QJsonObject body;
    if (keystoneStyle) {
        body.insert(QStringLiteral("error"),
                    QJsonObject {{QStringLiteral("code"), status},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("title"), code}});
    } else {
        body.insert(QStringLiteral("error_code"), code);
        body.insert(QStringLiteral("error_msg"), message);
        body.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
    }
    SandboxResponse response;
    response.status = status;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("X-Request-Id"), requestId}};
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

namespace HuaweiErrors {

namespace {
HuaweiErrorReply make(int status, const char *code, const QString &message)
{
    return HuaweiErrorReply {status, QLatin1String(code), message, false};
}
} // namespace

HuaweiErrorReply unauthenticated(const QString &why)
{
    return make(401, "APIGW.0301",
                QStringLiteral("Incorrect IAM authentication information: ") + why);
}

HuaweiErrorReply wrongProject(const QString &why)
{
    return make(403, "APIGW.0306", why);
}

HuaweiErrorReply noSuchApi(const QByteArray &method, const QByteArray &path)
{
    return make(404, "APIGW.0101",
                QStringLiteral("The API does not exist or has not been published in the "
                               "environment: %1 %2")
                    .arg(QString::fromLatin1(method), QString::fromLatin1(path)));
}

HuaweiErrorReply invalidParameter(const QString &why)
{
    return make(400, "BackupService.0001", QStringLiteral("Invalid parameter. ") + why);
}

HuaweiErrorReply malformedId(const QString &what, const QString &id)
{
    return make(400, "BackupService.9900",
                QStringLiteral("The %1 ID %2 is in an incorrect format.").arg(what, id));
}

HuaweiErrorReply backupNotFound(const QString &id)
{
    return make(404, "BackupService.6105", QStringLiteral("The backup %1 does not exist.").arg(id));
}

HuaweiErrorReply vaultNotFound(const QString &id)
{
    return make(404, "BackupService.6302", QStringLiteral("The vault %1 does not exist.").arg(id));
}

HuaweiErrorReply backupNotAvailable(const QString &id, const QString &status)
{
    return make(400, "BackupService.6413",
                QStringLiteral("The backup %1 is %2; only an available backup can be replicated.")
                    .arg(id, status));
}

HuaweiErrorReply replicaCannotBeReplicated(const QString &id)
{
    return make(
        400, "BackupService.6414",
        QStringLiteral("The backup %1 is a replica; replicas cannot be replicated again.").arg(id));
}

HuaweiErrorReply projectNotInRegion(const QString &project, const QString &region)
{
    return make(400, "BackupService.6415",
                QStringLiteral("The destination project %1 is not a project of region %2.")
                    .arg(project, region));
}

HuaweiErrorReply regionNotReplicable(const QString &source, const QString &destination)
{
    return make(400, "BackupService.6416",
                QStringLiteral("Backups in region %1 cannot be replicated to region %2.")
                    .arg(source, destination));
}

HuaweiErrorReply notReplicationVault(const QString &id, const QString &protectType)
{
    return make(400, "BackupService.6417",
                QStringLiteral("The destination vault %1 is a %2 vault; replicas go to a "
                               "replication vault.")
                    .arg(id, protectType));
}

HuaweiErrorReply replicaExists(const QString &id, const QString &region)
{
    return make(400, "BackupService.6418",
                QStringLiteral("The backup %1 already has a replica in, or is being replicated "
                               "to, region %2.")
                    .arg(id, region));
}

HuaweiErrorReply operationLogNotFound(const QString &id)
{
    return make(404, "BackupService.6601",
                QStringLiteral("The operation log %1 does not exist.").arg(id));
}

HuaweiErrorReply injectedFault(int status)
{
    if (status == 429)
        return make(429, "APIGW.0308",
                    QStringLiteral("The throttling threshold has been reached: policy user over "
                                   "ratelimit, limit:20, time:1 second"));
    if (status == 503)
        return make(503, "APIGW.0201",
                    QStringLiteral("Backend unavailable: the service is temporarily unavailable."));
    return make(status, "BackupService.9999", QStringLiteral("Internal error."));
}

} // namespace HuaweiErrors

} // namespace Copydeck::Sandbox
