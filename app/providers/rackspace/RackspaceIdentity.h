#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QUrl>

namespace Copydeck {

// What Rackspace Identity v2.0 answers to POST /v2.0/tokens, reduced to what Copydeck uses: the
// token (a secret, sent as X-Auth-Token), when it expires, the tenant, and the Cloud Databases
// endpoint of each region from the service catalog (entry type "rax:database", name
// "cloudDatabases").
struct RackspaceToken
{
    QByteArray id;
    QDateTime expires;
    QString tenantId;
    QMap<QString, QUrl> databaseEndpoints; // region -> publicURL (…/v1.0/{tenant})

    // Renewed this long before it expires, so that no call is sent with a dying token.
    static constexpr int RenewSecondsBefore = 120;
    bool isFresh(const QDateTime &now) const
    {
        return !id.isEmpty() && (!expires.isValid() || now.secsTo(expires) > RenewSecondsBefore);
    }
};

class RackspaceIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceIdentity)

public:
    // <endpoint>/tokens, whether or not the endpoint ends in '/' (or already names tokens).
    static QUrl tokensUrl(const QUrl &identityEndpoint);
    static QByteArray apiKeyBody(const QString &username, const QString &apiKey);
    static QByteArray passwordBody(const QString &username, const QString &password);
    // The 200 answer's token and catalog; an error when the answer has no token or no Cloud
    // Databases endpoint.
    static Result<RackspaceToken> parse(const QByteArray &body);
};

} // namespace Copydeck
