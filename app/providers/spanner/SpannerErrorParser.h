#pragma once

#include "core/CloudError.h"
#include "core/HttpMessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Copydeck {

// Reads Google's API errors and turns them into CloudErrors that keep Google's words and add
// Copydeck's explanation and next step.
//
//   HTTP answer:   {"error":{"code":<http>,"message","status":"INVALID_ARGUMENT","details":[...]}}
//   in an Operation: {"code":<google.rpc.Code number>,"message","details":[...]}
//
// cloudCode is the canonical status name, cloudMessage Google's message followed by the
// BadRequest field violations whose text differs from it; an IAM refusal names the permission
// and the resource (ErrorInfo metadata).
class SpannerErrorParser final
{
    Q_DECLARE_TR_FUNCTIONS(SpannerErrorParser)

public:
    struct FieldViolation
    {
        QString field;
        QString description;
    };
    struct Details
    {
        int httpStatus = 0;
        int rpcCode = -1; // google.rpc.Code, when known
        QString status; // "INVALID_ARGUMENT"
        QString message;
        QList<FieldViolation> fieldViolations;
        QString reason; // ErrorInfo.reason
        QString permission; // ErrorInfo.metadata.permission (IAM refusals)
        QString resource; // ErrorInfo.metadata.resource or ResourceInfo.resourceName
    };

    static Details details(const HttpResponse &response);
    // A google.rpc.Status (the "error" of a finished Operation, or the inside of the envelope).
    static Details statusDetails(const QJsonObject &status);

    static CloudError toCloudError(const HttpResponse &response);
    static CloudError toCloudError(const Details &details);

    static QString statusName(int rpcCode);
    static int rpcCode(const QString &statusName); // -1 when unknown
    static int httpStatusOf(int rpcCode);
};

} // namespace Copydeck
