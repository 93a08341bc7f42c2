#include "AwsErrorReply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck::Sandbox {

AwsErrorReply AwsErrorReply::missingParameter(const QString &member)
{
    return {400,
            QStringLiteral("MissingParameterValueException"),
            QStringLiteral("Missing required parameter in input: \"%1\"").arg(member),
            member,
            {}};
}

AwsErrorReply AwsErrorReply::invalidParameter(const QString &message, const QString &context)
{
    return {400, QStringLiteral("InvalidParameterValueException"), message, context, {}};
}

AwsErrorReply AwsErrorReply::invalidRequest(const QString &message, const QString &context)
{
    return {400, QStringLiteral("InvalidRequestException"), message, context, {}};
}

AwsErrorReply AwsErrorReply::notFound(const QString &message, const QString &context)
{
    // AWS Backup answers ResourceNotFoundException with 400, as its API reference says.
    return {400, QStringLiteral("ResourceNotFoundException"), message, context, {}};
}

AwsErrorReply AwsErrorReply::authentication(const QString &type, const QString &message)
{
    return {403, type, message, {}, {}};
}

SandboxResponse AwsErrorReply::toResponse(const QByteArray &requestId) const
{
    QJsonObject body;
    body.insert(QStringLiteral("__type"), type);
    // restJson1 services spell it "message"; SDKs read "message" first, then "Message".
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("Code"), code.isEmpty() ? type : code);
    if (!context.isEmpty())
        body.insert(QStringLiteral("Context"), context);
    body.insert(QStringLiteral("Type"), QStringLiteral("User"));

    SandboxResponse response;
    response.status = status;
    response.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("x-amzn-ErrorType"), type.toLatin1()},
        {QByteArrayLiteral("x-amzn-RequestId"), requestId},
    };
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace Copydeck::Sandbox
