#pragma once

#include "core/CloudError.h"
#include "core/HttpMessage.h"

#include <QCoreApplication>
#include <QString>

namespace Copydeck {

// Reads a Huawei Cloud error answer the way the official SDKs do (core/sdkerr): "error_code" and
// "error_msg"; else "code" and "message"; else the first nested object that has them (Keystone's
// {"error": {"code", "message", "title"}} from IAM). The request id comes from X-Request-Id. The
// CloudError keeps those words and adds Copydeck's explanation and next step.
class HuaweiErrorParser final
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiErrorParser)

public:
    struct Details
    {
        QString code;
        QString message;
        QString requestId;
    };

    static Details details(const HttpResponse &response);
    static CloudError toCloudError(const HttpResponse &response);
    // A 2xx answer whose JSON body cannot be read (cut short on the way).
    static bool isTransient(const HttpResponse &response);
};

} // namespace Copydeck
