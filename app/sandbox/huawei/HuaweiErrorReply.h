#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Copydeck::Sandbox {

// A refusal the way Huawei Cloud answers: {"error_code": "...", "error_msg": "..."} (CBR and the
// API gateway), or Keystone's {"error": {"code", "message", "title"}} (IAM), with X-Request-Id.
struct HuaweiErrorReply
{
    int status = 400;
    QString code;
    QString message;
    bool keystoneStyle = false;

    SandboxResponse toResponse(const QByteArray &requestId) const;
};

using HuaweiReply = std::variant<QJsonObject, HuaweiErrorReply>;

// The codes the sandbox answers with. Where cloud-apis.md section 3.5 names a code (6105, 6302,
// 9900) it is used with that meaning; the others are ASSUMPTIONS (Huawei's published list was not
// at hand): each is distinct so that a client can tell the refusals apart.
namespace HuaweiErrors {
// API gateway: a wrong signature, unknown key, stale X-Sdk-Date, missing/expired/unknown token
// (APIG's "Incorrect IAM authentication information").
HuaweiErrorReply unauthenticated(const QString &why);
// The token's project, or the X-Project-Id of a signed request, is not the path's project, or the
// project is not in the endpoint's region (assumed 403 APIGW.0306).
HuaweiErrorReply wrongProject(const QString &why);
// No such API (APIG.0101).
HuaweiErrorReply noSuchApi(const QByteArray &method, const QByteArray &path);
// A missing or malformed parameter (assumed BackupService.0001).
HuaweiErrorReply invalidParameter(const QString &why);
// An id that is not a UUID (BackupService.9900, from the reference).
HuaweiErrorReply malformedId(const QString &what, const QString &id);
// No such backup (BackupService.6105, "resource does not exist", from the reference).
HuaweiErrorReply backupNotFound(const QString &id);
// No such vault (BackupService.6302, from the reference).
HuaweiErrorReply vaultNotFound(const QString &id);
// Assumed codes for replicate's own rules:
HuaweiErrorReply backupNotAvailable(const QString &id, const QString &status); // 6413
HuaweiErrorReply replicaCannotBeReplicated(const QString &id); // 6414
HuaweiErrorReply regionNotReplicable(const QString &source, const QString &destination); // 6416
HuaweiErrorReply notReplicationVault(const QString &id, const QString &protectType); // 6417
HuaweiErrorReply projectNotInRegion(const QString &project, const QString &region); // 6415
HuaweiErrorReply replicaExists(const QString &id, const QString &region); // 6418
HuaweiErrorReply operationLogNotFound(const QString &id); // 6601
// The sandbox's injected faults (--faults) as the API gateway in front of CBR and IAM words them:
// 429 APIGW.0308 (throttled), 503 APIGW.0201 (backend unavailable), and CBR's own 500
// BackupService.9999. ASSUMED codes, like the ones above.
HuaweiErrorReply injectedFault(int status);
} // namespace HuaweiErrors

} // namespace Copydeck::Sandbox
