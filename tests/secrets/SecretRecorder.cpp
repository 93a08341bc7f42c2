#include "secrets/SecretRecorder.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace Copydeck::Test {

SecretRecorder::SecretRecorder(QObject *parent)
    : QNetworkAccessManager(parent)
{
    connect(this, &QNetworkAccessManager::finished, this,
            [this](QNetworkReply *reply) { remember(reply->rawHeader("X-Subject-Token")); });
}

void SecretRecorder::remember(const QByteArray &value)
{
    // Shorter values (a region, "Bearer") would match innocent text.
    if (value.trimmed().size() >= 12)
        m_secrets.insert(value.trimmed());
}

// "Bearer <token>", "AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request,
// SignedHeaders=..., Signature=<hex>", "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=...,
// Signature=<hex>".
void SecretRecorder::rememberAuthorization(const QByteArray &value)
{
    if (value.startsWith("Bearer ")) {
        remember(value.mid(7));
        return;
    }
    const int space = value.indexOf(' ');
    for (const QByteArray &part : value.mid(space + 1).split(',')) {
        const QByteArray field = part.trimmed();
        const int equals = field.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray name = field.left(equals);
        QByteArray content = field.mid(equals + 1);
        if (name == "Credential")
            content = content.left(content.indexOf('/'));
        if (name == "Signature" || name == "Credential" || name == "Access")
            remember(content);
    }
}

QNetworkReply *SecretRecorder::createRequest(Operation op, const QNetworkRequest &request,
                                             QIODevice *outgoingData)
{
    ++m_requests;
    rememberAuthorization(request.rawHeader("Authorization"));
    remember(request.rawHeader("X-Auth-Token"));
    remember(request.rawHeader("X-Amz-Security-Token"));
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace Copydeck::Test
