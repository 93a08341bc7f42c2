#include "GoogleErrorReply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck::Sandbox {

namespace {

QJsonObject typed(const char *type)
{
    QJsonObject object;
    object.insert(QStringLiteral("@type"),
                  QString(QLatin1String("type.googleapis.com/google.rpc.") + QLatin1String(type)));
    return object;
}

QJsonObject resourceInfo(const QString &resourceType, const QString &resourceName)
{
    QJsonObject info = typed("ResourceInfo");
    info.insert(QStringLiteral("resourceType"), resourceType);
    info.insert(QStringLiteral("resourceName"), resourceName);
    return info;
}

QString shortType(const QString &resourceType)
{
    // "type.googleapis.com/google.spanner.admin.database.v1.Backup" -> "Backup"
    return resourceType.section(QLatin1Char('.'), -1);
}

QJsonObject errorInfo(const QString &reason)
{
    QJsonObject info = typed("ErrorInfo");
    info.insert(QStringLiteral("reason"), reason);
    info.insert(QStringLiteral("domain"), QStringLiteral("googleapis.com"));
    QJsonObject metadata;
    metadata.insert(QStringLiteral("service"), QStringLiteral("spanner.googleapis.com"));
    info.insert(QStringLiteral("metadata"), metadata);
    return info;
}

SandboxResponse jsonResponse(int status, const QJsonObject &body)
{
    SandboxResponse response;
    response.status = status;
    response.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=UTF-8")}};
    response.body = QJsonDocument(body).toJson(QJsonDocument::Indented);
    return response;
}

} // namespace

GoogleErrorReply GoogleErrorReply::invalidArgument(const QString &message, const QString &field,
                                                   const QString &description)
{
    GoogleErrorReply reply {InvalidArgument, message, {}};
    if (!field.isEmpty()) {
        QJsonObject violation;
        violation.insert(QStringLiteral("field"), field);
        violation.insert(QStringLiteral("description"),
                         description.isEmpty() ? message : description);
        QJsonObject badRequest = typed("BadRequest");
        badRequest.insert(QStringLiteral("fieldViolations"), QJsonArray {violation});
        reply.details.append(badRequest);
    }
    return reply;
}

GoogleErrorReply GoogleErrorReply::notFound(const QString &resourceType,
                                            const QString &resourceName)
{
    return {NotFound, shortType(resourceType) + QStringLiteral(" not found: ") + resourceName,
            QJsonArray {resourceInfo(resourceType, resourceName)}};
}

GoogleErrorReply GoogleErrorReply::alreadyExists(const QString &resourceType,
                                                 const QString &resourceName)
{
    return {AlreadyExists,
            shortType(resourceType) + QStringLiteral(" already exists: ") + resourceName,
            QJsonArray {resourceInfo(resourceType, resourceName)}};
}

GoogleErrorReply GoogleErrorReply::failedPrecondition(const QString &message)
{
    return {FailedPrecondition, message, {}};
}

GoogleErrorReply GoogleErrorReply::permissionDenied(const QString &permission,
                                                    const QString &resource)
{
    QJsonObject info = typed("ErrorInfo");
    info.insert(QStringLiteral("reason"), QStringLiteral("IAM_PERMISSION_DENIED"));
    info.insert(QStringLiteral("domain"), QStringLiteral("spanner.googleapis.com"));
    QJsonObject metadata;
    metadata.insert(QStringLiteral("permission"), permission);
    metadata.insert(QStringLiteral("resource"), resource);
    info.insert(QStringLiteral("metadata"), metadata);
    return {PermissionDenied,
            QStringLiteral("Permission '%1' denied on resource '%2' (or it may not exist).")
                .arg(permission, resource),
            QJsonArray {info}};
}

GoogleErrorReply GoogleErrorReply::unauthenticated(bool credentialsMissing)
{
    const QString expected = QStringLiteral(
        "Expected OAuth 2 access token, login cookie or other valid authentication credential. "
        "See https://developers.google.com/identity/sign-in/web/devconsole-project.");
    if (credentialsMissing) {
        return {Unauthenticated,
                QStringLiteral("Request is missing required authentication credential. ")
                    + expected,
                QJsonArray {errorInfo(QStringLiteral("CREDENTIALS_MISSING"))}};
    }
    return {Unauthenticated,
            QStringLiteral("Request had invalid authentication credentials. ") + expected,
            QJsonArray {errorInfo(QStringLiteral("ACCESS_TOKEN_TYPE_UNSUPPORTED"))}};
}

GoogleErrorReply GoogleErrorReply::insufficientScopes()
{
    return {PermissionDenied, QStringLiteral("Request had insufficient authentication scopes."),
            QJsonArray {errorInfo(QStringLiteral("ACCESS_TOKEN_SCOPE_INSUFFICIENT"))}};
}

GoogleErrorReply GoogleErrorReply::unknownMethod(const QByteArray &method, const QByteArray &path)
{
    return {Unimplemented,
            QStringLiteral("The sandbox's Spanner service has no method at %1 %2")
                .arg(QString::fromLatin1(method), QString::fromLatin1(path)),
            {}};
}

GoogleErrorReply GoogleErrorReply::injectedFault(int httpStatus)
{
    constexpr int ResourceExhausted = 8;
    constexpr int Internal = 13;
    constexpr int Unavailable = 14;
    if (httpStatus == 429)
        return {ResourceExhausted,
                QStringLiteral("Resource has been exhausted (e.g. check quota)."),
                {}};
    if (httpStatus == 503)
        return {Unavailable, QStringLiteral("The service is currently unavailable."), {}};
    return {Internal, QStringLiteral("Internal error encountered."), {}};
}

int GoogleErrorReply::httpStatus(int code)
{
    switch (code) {
    case 0:
        return 200;
    case 1:
        return 499;
    case 3:
    case 9:
    case 11:
        return 400;
    case 4:
        return 504;
    case 5:
        return 404;
    case 6:
    case 10:
        return 409;
    case 7:
        return 403;
    case 8:
        return 429;
    case 12:
        return 501;
    case 14:
        return 503;
    case 16:
        return 401;
    default:
        return 500;
    }
}

QString GoogleErrorReply::statusName(int code)
{
    static const char *const names[] = {"OK",
                                        "CANCELLED",
                                        "UNKNOWN",
                                        "INVALID_ARGUMENT",
                                        "DEADLINE_EXCEEDED",
                                        "NOT_FOUND",
                                        "ALREADY_EXISTS",
                                        "PERMISSION_DENIED",
                                        "RESOURCE_EXHAUSTED",
                                        "FAILED_PRECONDITION",
                                        "ABORTED",
                                        "OUT_OF_RANGE",
                                        "UNIMPLEMENTED",
                                        "INTERNAL",
                                        "UNAVAILABLE",
                                        "DATA_LOSS",
                                        "UNAUTHENTICATED"};
    if (code < 0 || code > 16)
        return QStringLiteral("UNKNOWN");
    return QLatin1String(names[code]);
}

QJsonObject GoogleErrorReply::toStatus() const
{
    QJsonObject status;
    status.insert(QStringLiteral("code"), code);
    status.insert(QStringLiteral("message"), message);
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return status;
}

SandboxResponse GoogleErrorReply::toResponse() const
{
    QJsonObject error;
    error.insert(QStringLiteral("code"), httpStatus(code));
    error.insert(QStringLiteral("message"), message);
    error.insert(QStringLiteral("status"), statusName(code));
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    QJsonObject body;
    body.insert(QStringLiteral("error"), error);
    SandboxResponse response = jsonResponse(httpStatus(code), body);
    if (code == Unauthenticated) {
        response.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"),
             QByteArrayLiteral("Bearer realm=\"https://accounts.google.com/\"")});
    }
    return response;
}

SandboxResponse oauthError(int httpStatus, const QString &error, const QString &description)
{
    QJsonObject body;
    body.insert(QStringLiteral("error"), error);
    body.insert(QStringLiteral("error_description"), description);
    return jsonResponse(httpStatus, body);
}

} // namespace Copydeck::Sandbox
