#pragma once

#include "sandbox/SandboxResponse.h"

#include <QString>

namespace Copydeck::Sandbox {

// An AWS Backup error as restJson1 services send it: status, x-amzn-ErrorType, x-amzn-RequestId
// and {"__type","message","Code","Context","Type"}.
struct AwsErrorReply
{
    int status = 400;
    QString type; // InvalidParameterValueException, ...
    QString message;
    QString context; // the member or value the message is about
    QString code; // defaults to the type

    static AwsErrorReply missingParameter(const QString &member);
    static AwsErrorReply invalidParameter(const QString &message, const QString &context = {});
    static AwsErrorReply invalidRequest(const QString &message, const QString &context = {});
    static AwsErrorReply notFound(const QString &message, const QString &context = {});
    static AwsErrorReply authentication(const QString &type, const QString &message);

    SandboxResponse toResponse(const QByteArray &requestId) const;
};

} // namespace Copydeck::Sandbox
