#include "AwsErrorParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck {

namespace {

bool isOneOf(const QString &code, std::initializer_list<QLatin1StringView> codes)
{
    for (const QLatin1StringView candidate : codes) {
        if (code == candidate)
            return true;
    }
    return false;
}

bool isSignatureCode(const QString &code)
{
    return isOneOf(code,
                   {QLatin1StringView("InvalidSignatureException"),
                    QLatin1StringView("SignatureDoesNotMatch"),
                    QLatin1StringView("IncompleteSignatureException"),
                    QLatin1StringView("IncompleteSignature")});
}

bool isUnknownKeyCode(const QString &code)
{
    return isOneOf(code,
                   {QLatin1StringView("UnrecognizedClientException"),
                    QLatin1StringView("InvalidClientTokenId"),
                    QLatin1StringView("InvalidAccessKeyId"), QLatin1StringView("AuthFailure")});
}

bool isExpiredTokenCode(const QString &code)
{
    return isOneOf(code,
                   {QLatin1StringView("ExpiredTokenException"), QLatin1StringView("ExpiredToken"),
                    QLatin1StringView("TokenRefreshRequired")});
}

bool isClockCode(const QString &code)
{
    return isOneOf(code,
                   {QLatin1StringView("RequestExpired"), QLatin1StringView("RequestTimeTooSkewed"),
                    QLatin1StringView("RequestInTheFuture")});
}

bool isMissingAuthenticationCode(const QString &code)
{
    return isOneOf(code,
                   {QLatin1StringView("MissingAuthenticationTokenException"),
                    QLatin1StringView("MissingAuthenticationToken")});
}

bool isAccessDeniedCode(const QString &code)
{
    return isOneOf(code,
                   {QLatin1StringView("AccessDeniedException"), QLatin1StringView("AccessDenied"),
                    QLatin1StringView("UnauthorizedOperation"),
                    QLatin1StringView("NotAuthorized")});
}

bool isServerCode(const QString &code)
{
    return isOneOf(
        code,
        {QLatin1StringView("ServiceUnavailableException"), QLatin1StringView("ServiceUnavailable"),
         QLatin1StringView("DependencyFailureException"), QLatin1StringView("InternalFailure"),
         QLatin1StringView("InternalError"), QLatin1StringView("InternalServerError"),
         QLatin1StringView("InternalServerException")});
}

bool isInvalidRequestCode(const QString &code)
{
    return isOneOf(
        code,
        {QLatin1StringView("InvalidParameterValueException"),
         QLatin1StringView("MissingParameterValueException"),
         QLatin1StringView("InvalidRequestException"), QLatin1StringView("ValidationException"),
         QLatin1StringView("SerializationException"), QLatin1StringView("LimitExceededException")});
}

bool isConflictCode(const QString &code)
{
    return isOneOf(code,
                   {QLatin1StringView("AlreadyExistsException"),
                    QLatin1StringView("ConflictException"),
                    QLatin1StringView("InvalidResourceStateException")});
}

bool mentions(const QString &message, QLatin1StringView word)
{
    return message.contains(word, Qt::CaseInsensitive);
}

} // namespace

QString AwsErrorParser::cleanCode(const QString &code)
{
    QString clean = code.trimmed();
    if (const qsizetype colon = clean.indexOf(QLatin1Char(':')); colon >= 0)
        clean.truncate(colon);
    if (const qsizetype hash = clean.lastIndexOf(QLatin1Char('#')); hash >= 0)
        clean.remove(0, hash + 1);
    return clean;
}

AwsErrorParser::Details AwsErrorParser::details(const HttpResponse &response)
{
    Details details;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QString code = QString::fromUtf8(response.header("x-amzn-ErrorType"));
    for (const auto name :
         {QLatin1StringView("code"), QLatin1StringView("Code"), QLatin1StringView("__type")}) {
        if (!code.isEmpty())
            break;
        code = body.value(name).toString();
    }
    details.code = cleanCode(code);
    details.message = body.value(QLatin1StringView("message")).toString();
    if (details.message.isEmpty())
        details.message = body.value(QLatin1StringView("Message")).toString();
    details.requestId = QString::fromUtf8(response.header("x-amzn-RequestId"));
    if (details.requestId.isEmpty())
        details.requestId = QString::fromUtf8(response.header("x-amz-request-id"));
    return details;
}

bool AwsErrorParser::isThrottlingCode(const QString &code)
{
    return isOneOf(
        code,
        {QLatin1StringView("Throttling"), QLatin1StringView("ThrottlingException"),
         QLatin1StringView("ThrottledException"), QLatin1StringView("RequestThrottledException"),
         QLatin1StringView("TooManyRequestsException"),
         QLatin1StringView("ProvisionedThroughputExceededException"),
         QLatin1StringView("TransactionInProgressException"),
         QLatin1StringView("RequestLimitExceeded"), QLatin1StringView("BandwidthLimitExceeded"),
         QLatin1StringView("RequestThrottled"), QLatin1StringView("SlowDown"),
         QLatin1StringView("PriorRequestNotComplete"), QLatin1StringView("EC2ThrottledException")});
}

bool AwsErrorParser::isTransient(const HttpResponse &response)
{
    if (response.isSuccess()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
        return error.error != QJsonParseError::NoError || !document.isObject();
    }
    if (response.status >= 400 && response.status < 500)
        return isThrottlingCode(details(response).code);
    return false;
}

CloudError AwsErrorParser::toCloudError(const HttpResponse &response)
{
    const Details said = details(response);
    const QString &code = said.code;
    const QString &message = said.message;

    CloudError error;
    error.httpStatus = response.status;
    error.cloudCode = code;
    error.cloudMessage = message;
    error.requestId = said.requestId;

    auto set
        = [&error](CloudError::Kind kind, const QString &explanation, const QString &nextStep) {
              error.kind = kind;
              error.explanation = explanation;
              error.nextStep = nextStep;
          };

    using Kind = CloudError::Kind;
    if (isThrottlingCode(code) || response.status == 429) {
        set(Kind::Throttled, tr("AWS is limiting how often this account may call AWS Backup."),
            tr("Copydeck retried for a while; wait a minute and try again."));
        error.retryable = true;
    } else if (isServerCode(code) || response.status >= 500) {
        set(Kind::Server, tr("AWS Backup had a problem on its side."),
            tr("Try again in a few minutes."));
        error.retryable = true;
    } else if (isSignatureCode(code)) {
        set(Kind::Authentication, tr("AWS did not accept the request's signature."),
            tr("Check the secret access key and the computer's clock."));
    } else if (isClockCode(code)) {
        set(Kind::Authentication, tr("The computer's clock is too far from AWS's."),
            tr("Set the computer's clock right (automatic time), then try again."));
    } else if (isUnknownKeyCode(code)) {
        set(Kind::Authentication, tr("AWS does not recognise the access key id."),
            tr("Check the access key id, and that the key is still active in IAM."));
    } else if (isExpiredTokenCode(code)) {
        set(Kind::Authentication, tr("The temporary credentials have expired."),
            tr("Get new ones (for example with \"aws sso login\" or a new session token), then "
               "reconnect the account."));
    } else if (isMissingAuthenticationCode(code) || response.status == 401) {
        set(Kind::Authentication, tr("AWS did not find valid credentials in the request."),
            tr("Check the account's access keys and endpoint."));
    } else if (isAccessDeniedCode(code) || response.status == 403) {
        set(Kind::Permission, tr("The credentials work, but are not allowed to do this."),
            tr("Ask an AWS administrator to allow the action the message names (a copy needs "
               "backup:StartCopyJob, and iam:PassRole on the role)."));
    } else if (code == QLatin1String("ResourceNotFoundException") || response.status == 404) {
        set(Kind::NotFound, tr("AWS Backup cannot find something the request names."),
            tr("Refresh the lists: the vault or backup may have been deleted, or may belong to "
               "another region or account."));
    } else if (code == QLatin1String("MissingParameterValueException")) {
        set(Kind::InvalidRequest, tr("A required value was missing from the request."),
            tr("Fill in every field of the copy dialog and try again."));
    } else if (code == QLatin1String("LimitExceededException")) {
        set(Kind::InvalidRequest,
            tr("An AWS Backup limit has been reached (for example, too many copy jobs at once)."),
            tr("Wait for running jobs to finish, or ask AWS to raise the quota."));
    } else if (isInvalidRequestCode(code) && mentions(message, QLatin1StringView("lifecycle"))) {
        set(Kind::InvalidRequest, tr("AWS Backup does not accept this lifecycle."),
            tr("Change the lifecycle so that the copy is kept 1 to 36500 days and deleted at "
               "least 90 days after it moves to cold storage, or keep it forever (-1 for both)."));
    } else if (isInvalidRequestCode(code) && mentions(message, QLatin1StringView("continuous"))) {
        set(Kind::InvalidRequest, tr("AWS Backup cannot copy continuous backups."),
            tr("Copy one of the resource's snapshot backups instead."));
    } else if (isInvalidRequestCode(code) && mentions(message, QLatin1StringView("role"))) {
        set(Kind::InvalidRequest, tr("AWS Backup does not accept the IAM role."),
            tr("Enter the ARN of a role AWS Backup may assume, like "
               "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole."));
    } else if (isInvalidRequestCode(code) && mentions(message, QLatin1StringView("state"))) {
        set(Kind::InvalidRequest, tr("AWS Backup copies only completed backups."),
            tr("Wait until the backup has completed, or choose another one."));
    } else if (isInvalidRequestCode(code)) {
        set(Kind::InvalidRequest, tr("AWS Backup does not accept the request as it was sent."),
            tr("Correct what the message names and try again."));
    } else if (isConflictCode(code) || response.status == 409) {
        set(Kind::Conflict, tr("AWS Backup cannot do this in the resource's current state."),
            tr("Wait for work already running on it to finish, then try again."));
    } else {
        set(Kind::InvalidRequest,
            tr("AWS Backup refused the request (HTTP %1).").arg(response.status),
            tr("Read the cloud's message, correct the request and try again."));
    }
    return error;
}

} // namespace Copydeck
