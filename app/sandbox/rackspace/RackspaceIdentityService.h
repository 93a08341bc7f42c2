#pragma once

#include "RackspaceFault.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace Copydeck {
class Clock;
}

namespace Copydeck::Sandbox {

// Rackspace Identity v2.0 as the sandbox serves it: POST /v2.0/tokens with RAX-KSKEY API-key
// credentials or Keystone password credentials gives a token with an expiry and a service
// catalog. Every Cloud Databases request is checked against the tokens issued here.
class RackspaceIdentityService final
{
    Q_DISABLE_COPY_MOVE(RackspaceIdentityService)

public:
    struct User
    {
        QString username;
        QString apiKey;
        QString password;
        QString userId;
        QString tenantId;
        QString defaultRegion;
    };

    // The public URL of a region's Cloud Databases endpoint for a tenant.
    using RegionUrl = std::function<QUrl(const QString &region, const QString &tenantId)>;

    RackspaceIdentityService(const Clock &wallClock, RegionUrl regionUrl);

    void addUser(const User &user);

    SandboxResponse tokens(const SandboxRequest &request);
    // Empty when the request carries a live token for `tenantId`; else the 401 fault.
    std::optional<RackspaceFault> authorize(const SandboxRequest &request,
                                            const QString &tenantId) const;

    // ---- test hooks ----
    void setTokenLifetime(std::chrono::seconds lifetime) { m_lifetime = lifetime; }
    // Every token issued so far stops working (as after a password change).
    void revokeTokens() { m_tokens.clear(); }
    int tokensIssued() const { return m_issued; }
    QString lastIssuedToken() const { return m_lastToken; }

private:
    struct Token
    {
        QString tenantId;
        QDateTime expires;
    };

    const Clock &m_wallClock;
    RegionUrl m_regionUrl;
    QList<User> m_users;
    QHash<QString, Token> m_tokens;
    std::chrono::seconds m_lifetime {24 * 3600};
    int m_issued = 0;
    QString m_lastToken;
};

} // namespace Copydeck::Sandbox
