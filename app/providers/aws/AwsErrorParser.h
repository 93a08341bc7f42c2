#pragma once

#include "core/CloudError.h"
#include "core/HttpMessage.h"

#include <QCoreApplication>
#include <QString>

namespace Copydeck {

// Reads an AWS Backup error answer (restJson1) the way botocore does, and turns it into a
// CloudError that keeps the cloud's words and adds Copydeck's explanation and next step.
//
//   code:       header x-amzn-ErrorType, else body "code" / "Code", else body "__type"; anything
//               after ':' and before '#' is dropped ("com.amazonaws.backup#X" -> "X").
//   message:    body "message", else "Message".
//   request id: header x-amzn-RequestId.
class AwsErrorParser final
{
    Q_DECLARE_TR_FUNCTIONS(AwsErrorParser)

public:
    struct Details
    {
        QString code;
        QString message;
        QString requestId;
    };

    static Details details(const HttpResponse &response);
    // "X:http://internal..." -> "X", "com.amazonaws.backup#X" -> "X".
    static QString cleanCode(const QString &code);

    // For a response that is not a success.
    static CloudError toCloudError(const HttpResponse &response);

    // The throttling codes of AWS SDKs' retry logic. LimitExceededException is left out on
    // purpose: in AWS Backup it means a quota (too many jobs at once), which a retry within
    // seconds does not cure.
    static bool isThrottlingCode(const QString &code);

    // AWS answers worth another attempt beyond RetryPolicy's common ones: a throttling code in a
    // 4xx body, and a 2xx answer whose JSON body is unreadable (cut short on the way).
    static bool isTransient(const HttpResponse &response);
};

} // namespace Copydeck
