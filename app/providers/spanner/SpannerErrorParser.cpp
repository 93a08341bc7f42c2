#include "SpannerErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Copydeck {

namespace {

// google.rpc.Code, by number.
const char *const StatusNames[] = {
    "OK",
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
    "UNAUTHENTICATED",
};
constexpr int HttpStatuses[]
    = {200, 499, 500, 400, 504, 404, 409, 403, 429, 400, 409, 400, 501, 500, 503, 500, 401};

QString typeOf(const QJsonObject &detail)
{
    return detail.value(QStringLiteral("@type")).toString().section(QLatin1Char('.'), -1);
}

} // namespace

QString SpannerErrorParser::statusName(int rpcCode)
{
    if (rpcCode < 0 || rpcCode >= int(std::size(StatusNames)))
        return QStringLiteral("UNKNOWN");
    return QLatin1String(StatusNames[rpcCode]);
}

int SpannerErrorParser::rpcCode(const QString &statusName)
{
    for (int i = 0; i < int(std::size(StatusNames)); ++i) {
        if (statusName == QLatin1String(StatusNames[i]))
            return i;
    }
    return -1;
}

int SpannerErrorParser::httpStatusOf(int rpcCode)
{
    if (rpcCode < 0 || rpcCode >= int(std::size(HttpStatuses)))
        return 500;
    return HttpStatuses[rpcCode];
}

SpannerErrorParser::Details SpannerErrorParser::statusDetails(const QJsonObject &status)
{
    Details result;
    result.message = status.value(QStringLiteral("message")).toString();
    result.status = status.value(QStringLiteral("status")).toString();
    const QJsonValue code = status.value(QStringLiteral("code"));
    if (result.status.isEmpty()) {
        // Inside an Operation the code is google.rpc.Code.
        result.rpcCode = code.toInt(2);
        result.status = statusName(result.rpcCode);
    } else {
        result.rpcCode = rpcCode(result.status);
        result.httpStatus = code.toInt();
    }
    for (const QJsonValue &value : status.value(QStringLiteral("details")).toArray()) {
        const QJsonObject detail = value.toObject();
        const QString type = typeOf(detail);
        if (type == QLatin1String("BadRequest")) {
            for (const QJsonValue &violation :
                 detail.value(QStringLiteral("fieldViolations")).toArray()) {
                result.fieldViolations.append({violation[QLatin1String("field")].toString(),
                                               violation[QLatin1String("description")].toString()});
            }
        } else if (type == QLatin1String("ErrorInfo")) {
            result.reason = detail.value(QStringLiteral("reason")).toString();
            const QJsonObject metadata = detail.value(QStringLiteral("metadata")).toObject();
            result.permission = metadata.value(QStringLiteral("permission")).toString();
            if (result.resource.isEmpty())
                result.resource = metadata.value(QStringLiteral("resource")).toString();
        } else if (type == QLatin1String("ResourceInfo")) {
            result.resource = detail.value(QStringLiteral("resourceName")).toString();
        }
    }
    return result;
}

SpannerErrorParser::Details SpannerErrorParser::details(const HttpResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonValue error = document.object().value(QStringLiteral("error"));
    Details result;
    if (error.isObject()) {
        result = statusDetails(error.toObject());
    } else if (error.isString()) {
        // OAuth's shape, from a token endpoint mistaken for the API.
        result.status = error.toString();
        result.message = document.object().value(QStringLiteral("error_description")).toString();
    }
    result.httpStatus = response.status;
    if (result.status.isEmpty()) {
        // No Google body (a proxy, a load balancer): the status from the HTTP code.
        for (int code = 1; code < int(std::size(HttpStatuses)); ++code) {
            if (HttpStatuses[code] == response.status) {
                result.rpcCode = code;
                result.status = statusName(code);
                break;
            }
        }
        if (result.message.isEmpty())
            result.message = QString::fromUtf8(response.body.left(300)).simplified();
    }
    return result;
}

CloudError SpannerErrorParser::toCloudError(const HttpResponse &response)
{
    return toCloudError(details(response));
}

CloudError SpannerErrorParser::toCloudError(const Details &details)
{
    CloudError error;
    error.httpStatus = details.httpStatus;
    error.cloudCode = details.status;
    error.cloudMessage = details.message;
    QStringList violations;
    for (const FieldViolation &violation : details.fieldViolations) {
        if (violation.description != details.message && !violation.description.isEmpty())
            violations << violation.field + QLatin1String(": ") + violation.description;
    }
    if (!violations.isEmpty())
        error.cloudMessage
            += QLatin1String(" (") + violations.join(QLatin1String("; ")) + QLatin1Char(')');
    QStringList fields;
    for (const FieldViolation &violation : details.fieldViolations)
        fields << violation.field;

    const QString status = details.status;
    if (status == QLatin1String("UNAUTHENTICATED")) {
        error.kind = CloudError::Kind::Authentication;
        error.explanation = tr("Google did not accept the account's credentials.");
        error.nextStep = tr("Check the account's key or sign in again; if the key was deleted, "
                            "make a new one.");
    } else if (status == QLatin1String("PERMISSION_DENIED")) {
        error.kind = CloudError::Kind::Permission;
        if (!details.permission.isEmpty()) {
            error.explanation = tr("The account lacks the IAM permission %1 on %2.")
                                    .arg(details.permission, details.resource);
            error.nextStep = tr("Ask a project owner to grant a role that includes %1 (for "
                                "example Cloud Spanner Backup Admin).")
                                 .arg(details.permission);
        } else {
            error.explanation = tr("The account is not allowed to do this.");
            error.nextStep = tr("Ask a project owner for the Cloud Spanner Backup Admin role.");
        }
    } else if (status == QLatin1String("NOT_FOUND")) {
        error.kind = CloudError::Kind::NotFound;
        error.explanation = details.resource.isEmpty()
            ? tr("Google Cloud Spanner does not know this resource.")
            : tr("%1 does not exist (any more).").arg(details.resource);
        error.nextStep = tr("Refresh the list; it may have been deleted or may have expired.");
    } else if (status == QLatin1String("ALREADY_EXISTS")) {
        error.kind = CloudError::Kind::Conflict;
        error.explanation = tr("A backup with this id already exists in the destination instance.");
        error.nextStep = tr("Choose another backup id.");
    } else if (status == QLatin1String("FAILED_PRECONDITION")
               || status == QLatin1String("ABORTED")) {
        error.kind = CloudError::Kind::Conflict;
        error.explanation = tr("The backup or database is not in a state that allows this now.");
        error.nextStep = tr("Wait until running operations on it have finished, then try again.");
    } else if (status == QLatin1String("INVALID_ARGUMENT")
               || status == QLatin1String("OUT_OF_RANGE")) {
        error.kind = CloudError::Kind::InvalidRequest;
        error.explanation = fields.isEmpty()
            ? tr("Google Cloud Spanner refused the request as invalid.")
            : tr("Google Cloud Spanner refused the value of %1.")
                  .arg(fields.join(QLatin1String(", ")));
        error.nextStep = tr("Correct the request and send it again.");
    } else if (status == QLatin1String("RESOURCE_EXHAUSTED")) {
        error.kind = CloudError::Kind::Throttled;
        error.retryable = true;
        error.explanation = tr("A Google Cloud quota or rate limit was reached.");
        error.nextStep = tr("Wait a little; Copydeck retries on its own.");
    } else if (status == QLatin1String("CANCELLED")) {
        error.kind = CloudError::Kind::Cancelled;
        error.explanation = tr("The operation was cancelled.");
    } else if (status == QLatin1String("UNIMPLEMENTED")) {
        error.kind = CloudError::Kind::InvalidRequest;
        error.explanation = tr("This endpoint does not offer this method.");
        error.nextStep = tr("Check the account's endpoint.");
    } else {
        error.kind = CloudError::Kind::Server;
        error.retryable = true;
        error.explanation = tr("Google Cloud Spanner had an internal problem.");
        error.nextStep = tr("Try again later.");
    }
    return error;
}

} // namespace Copydeck
