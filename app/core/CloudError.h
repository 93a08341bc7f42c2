#pragma once

#include <QString>

namespace Copydeck {

// What went wrong, keeping the cloud's own words (status, code, message, request id) apart from
// what Copydeck adds (an explanation, what to do next, whether another attempt may succeed).
struct CloudError
{
    enum class Kind {
        Network, // could not reach the endpoint, connection reset
        Timeout,
        Authentication, // wrong key, bad signature, expired token
        Permission, // authenticated, but not allowed
        NotFound,
        InvalidRequest, // the request itself is wrong; fix the input
        Conflict, // already exists, wrong state
        Throttled,
        Server, // 5xx
        Protocol, // the answer could not be understood
        Cancelled,
        Local, // refused by Copydeck before anything was sent
    };

    Kind kind = Kind::Server;
    int httpStatus = 0;
    QString cloudCode;
    QString cloudMessage;
    QString requestId;
    QString explanation;
    QString nextStep;
    bool retryable = false;

    // "CODE: message" as the cloud said it, or the explanation when the cloud said nothing.
    QString cloudSummary() const;
    // Everything a user needs in one paragraph: the cloud's words, then Copydeck's.
    QString userText() const;

    static CloudError local(const QString &explanation, const QString &nextStep = {});
    static CloudError protocol(const QString &explanation);
};

} // namespace Copydeck
