#include "HuaweiErrorParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

bool find(const QJsonObject &object, HuaweiErrorParser::Details &details, int depth)
{
    const QString code = text(object.value(QStringLiteral("error_code")));
    const QString message = text(object.value(QStringLiteral("error_msg")));
    if (!code.isEmpty() || !message.isEmpty()) {
        details.code = code;
        details.message = message;
        return true;
    }
    if (object.contains(QStringLiteral("message"))) {
        details.code = text(object.value(QStringLiteral("code")));
        // Keystone's numeric code repeats the HTTP status; its title says more.
        if (object.value(QStringLiteral("code")).isDouble()
            && object.value(QStringLiteral("title")).isString())
            details.code = object.value(QStringLiteral("title")).toString();
        details.message = text(object.value(QStringLiteral("message")));
        return true;
    }
    if (depth > 3)
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() && find(it.value().toObject(), details, depth + 1))
            return true;
    }
    return false;
}

struct Explanation
{
    CloudError::Kind kind;
    QString explanation;
    QString nextStep;
};

Explanation explain(int status, const QString &code)
{
    using Kind = CloudError::Kind;
    if (code == QLatin1String("BackupService.6418"))
        return {Kind::Conflict,
                HuaweiErrorParser::tr("This backup already has a replica in that region, or one is "
                                      "being made."),
                HuaweiErrorParser::tr(
                    "Choose another destination region, or delete the replica there first.")};
    if (code == QLatin1String("BackupService.6413"))
        return {Kind::Conflict,
                HuaweiErrorParser::tr("Only an available backup can be replicated."),
                HuaweiErrorParser::tr("Wait until the backup is available, then try again.")};
    if (code == QLatin1String("BackupService.6414"))
        return {Kind::InvalidRequest,
                HuaweiErrorParser::tr("A replica cannot be replicated again."),
                HuaweiErrorParser::tr("Replicate the original backup instead.")};
    if (code == QLatin1String("BackupService.6416"))
        return {
            Kind::InvalidRequest,
            HuaweiErrorParser::tr("Backups of this region cannot be replicated to that region."),
            HuaweiErrorParser::tr("Choose a region the replication capabilities list.")};
    if (code == QLatin1String("BackupService.6417"))
        return {Kind::InvalidRequest,
                HuaweiErrorParser::tr("Replicas can only go into a replication vault."),
                HuaweiErrorParser::tr("Choose a vault whose protection type is replication.")};
    if (code == QLatin1String("BackupService.6302"))
        return {
            Kind::NotFound, HuaweiErrorParser::tr("The vault does not exist in that region."), {}};
    if (code == QLatin1String("BackupService.6105"))
        return {Kind::NotFound, HuaweiErrorParser::tr("The backup does not exist (any more)."),
                HuaweiErrorParser::tr("Reload the list of backups.")};
    if (status == 401)
        return {Kind::Authentication,
                HuaweiErrorParser::tr("Huawei Cloud did not accept the account's credentials."),
                HuaweiErrorParser::tr(
                    "Check the access key and secret key, or the IAM user name, password and "
                    "account name, and the computer's clock.")};
    if (status == 403)
        return {Kind::Permission,
                HuaweiErrorParser::tr(
                    "The account is signed in but not allowed to do this in this project."),
                HuaweiErrorParser::tr(
                    "Check the project ids of the account's regions and the IAM user's "
                    "permissions for CBR.")};
    if (status == 404)
        return {Kind::NotFound,
                HuaweiErrorParser::tr("Huawei Cloud does not know what was asked for."),
                {}};
    if (status == 429)
        return {Kind::Throttled,
                HuaweiErrorParser::tr("Huawei Cloud is limiting how fast requests may come."),
                HuaweiErrorParser::tr("Copydeck tries again by itself.")};
    if (status >= 500)
        return {Kind::Server, HuaweiErrorParser::tr("Huawei Cloud had a problem answering."),
                HuaweiErrorParser::tr("Try again in a few minutes.")};
    return {Kind::InvalidRequest, HuaweiErrorParser::tr("Huawei Cloud refused the request."),
            HuaweiErrorParser::tr("Correct the request and try again.")};
}

} // namespace

HuaweiErrorParser::Details HuaweiErrorParser::details(const HttpResponse &response)
{
    Details details;
    details.requestId = QString::fromLatin1(response.header("X-Request-Id"));
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    find(body, details, 0);
    if (details.requestId.isEmpty())
        details.requestId = body.value(QStringLiteral("request_id")).toString();
    return details;
}

CloudError HuaweiErrorParser::toCloudError(const HttpResponse &response)
{
    const Details d = details(response);
    const Explanation e = explain(response.status, d.code);
    CloudError error;
    error.kind = e.kind;
    error.httpStatus = response.status;
    error.cloudCode = d.code;
    error.cloudMessage = d.message;
    error.requestId = d.requestId;
    error.explanation = e.explanation;
    error.nextStep = e.nextStep;
    error.retryable = response.status == 429 || response.status >= 500;
    return error;
}

bool HuaweiErrorParser::isTransient(const HttpResponse &response)
{
    if (!response.isSuccess() || response.body.isEmpty())
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(response.body, &error);
    return error.error != QJsonParseError::NoError;
}

} // namespace Copydeck
