#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonArray>
#include <QString>

namespace Copydeck::Sandbox {

// A Google API error as the JSON front of a Google API sends it:
// {"error":{"code":<http>,"message","status":"<CANONICAL_CODE>","details":[...]}}, and the same
// google.rpc.Status as it sits inside a finished Operation ({"code":<rpc code>,"message"}).
struct GoogleErrorReply
{
    enum Code {
        Cancelled = 1,
        InvalidArgument = 3,
        NotFound = 5,
        AlreadyExists = 6,
        PermissionDenied = 7,
        FailedPrecondition = 9,
        Unimplemented = 12,
        Unauthenticated = 16,
    };

    int code = InvalidArgument; // google.rpc.Code
    QString message;
    QJsonArray details;

    static GoogleErrorReply invalidArgument(const QString &message, const QString &field = {},
                                            const QString &description = {});
    static GoogleErrorReply notFound(const QString &resourceType, const QString &resourceName);
    static GoogleErrorReply alreadyExists(const QString &resourceType, const QString &resourceName);
    static GoogleErrorReply failedPrecondition(const QString &message);
    // A permission the caller lacks on a resource, as IAM words it.
    static GoogleErrorReply permissionDenied(const QString &permission, const QString &resource);
    static GoogleErrorReply unauthenticated(bool credentialsMissing);
    static GoogleErrorReply insufficientScopes();
    static GoogleErrorReply unknownMethod(const QByteArray &method, const QByteArray &path);
    // The sandbox's injected faults (--faults): 429 RESOURCE_EXHAUSTED, 500 INTERNAL and
    // 503 UNAVAILABLE, with the messages Google's front ends send.
    static GoogleErrorReply injectedFault(int httpStatus);

    static int httpStatus(int code);
    static QString statusName(int code);

    // The bare google.rpc.Status inside an Operation.
    QJsonObject toStatus() const;
    SandboxResponse toResponse() const;
};

// An OAuth 2.0 token endpoint error: {"error","error_description"} with its HTTP status.
SandboxResponse oauthError(int httpStatus, const QString &error, const QString &description);

} // namespace Copydeck::Sandbox
