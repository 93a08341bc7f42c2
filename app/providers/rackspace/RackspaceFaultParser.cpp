#include "RackspaceFaultParser.h"

#include "core/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck {

RackspaceFaultParser::Fault RackspaceFaultParser::fault(const QByteArray &body)
{
    Fault fault;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    // "The fault's root element may change depending on the type of error": take the one member.
    if (root.size() != 1 || !root.begin()->isObject())
        return fault;
    fault.type = root.begin().key();
    const QJsonObject inner = root.begin()->toObject();
    fault.code = inner.value(QStringLiteral("code")).toInt();
    fault.message = inner.value(QStringLiteral("message")).toString();
    fault.details = inner.value(QStringLiteral("details")).toString();
    return fault;
}

bool RackspaceFaultParser::isTransient(const HttpResponse &response)
{
    return response.status == 413 && fault(response.body).type == QLatin1String("overLimit");
}

CloudError RackspaceFaultParser::toCloudError(const HttpResponse &response, const QString &service)
{
    const Fault said = fault(response.body);
    CloudError error;
    error.httpStatus = response.status;
    error.cloudCode = said.type;
    error.cloudMessage
        = said.details.isEmpty() ? said.message : said.message + QLatin1Char(' ') + said.details;
    if (said.type.isEmpty() && error.cloudMessage.isEmpty())
        error.cloudMessage
            = QString::fromUtf8(Redaction::bodyForLog(response.body.left(200))).simplified();

    const auto set
        = [&error](CloudError::Kind kind, const QString &explanation, const QString &nextStep) {
              error.kind = kind;
              error.explanation = explanation;
              error.nextStep = nextStep;
          };
    using Kind = CloudError::Kind;
    const int status = response.status;
    const QString &type = said.type;
    const auto is = [&type](const char *name) { return type == QLatin1String(name); };
    if (is("unauthorized") || status == 401) {
        set(Kind::Authentication, tr("%1 did not accept the credentials.").arg(service),
            tr("Check the account's username and API key (an API key is not the password), and "
               "the identity endpoint (UK accounts once used "
               "lon.identity.api.rackspacecloud.com)."));
    } else if (is("forbidden") || status == 403) {
        set(Kind::Permission, tr("The user is signed in but not allowed to do this."),
            tr("Ask the account's administrator for a role that may manage Cloud Databases "
               "backups."));
    } else if (is("itemNotFound") || status == 404) {
        set(Kind::NotFound, tr("%1 cannot find what the request names.").arg(service),
            tr("Refresh the lists: the backup may have been deleted or be in another region."));
    } else if (is("overLimit") || status == 413 || status == 429) {
        set(Kind::Throttled, tr("Rackspace is limiting how often this account may call it."),
            tr("Wait a minute and try again."));
        error.retryable = true;
    } else if (is("unprocessableEntity") || status == 422) {
        set(Kind::Conflict, tr("Cloud Databases cannot do this in the backup's current state."),
            tr("Wait until the backup is COMPLETED (and any copy of it has finished), then try "
               "again."));
    } else if (status >= 500) {
        set(Kind::Server, tr("%1 had a problem on its side.").arg(service),
            tr("Try again in a few minutes."));
        error.retryable = true;
    } else if (said.message.contains(QLatin1String("parent"), Qt::CaseInsensitive)) {
        set(Kind::InvalidRequest,
            tr("An incremental backup can be copied only once its parent backup is in the "
               "target region."),
            tr("Copy the parent backup to the target region first, then this one."));
    } else if (said.message.contains(QLatin1String("LON"))) {
        set(Kind::InvalidRequest, tr("Cloud Databases does not copy backups to or from LON."),
            tr("Choose DFW, IAD, ORD, HKG or SYD."));
    } else {
        set(Kind::InvalidRequest, tr("%1 refused the request (HTTP %2).").arg(service).arg(status),
            tr("Correct what the message names and try again."));
    }
    return error;
}

} // namespace Copydeck
