#pragma once

#include "HuaweiErrorReply.h"
#include "HuaweiSeed.h"
#include "sandbox/SandboxRequest.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QUrlQuery>

#include <variant>

namespace Copydeck::Sandbox {

class HuaweiState;

// Who is calling: the project a token is scoped to, or the X-Project-Id of a signed request
// (empty when it names none).
struct HuaweiCaller
{
    QString projectId;
    bool signedWithKey = false;
};

// IAM for the sandbox's one account: password tokens (POST /v3/auth/tokens, 24 hours, in
// X-Subject-Token), the project list (GET /v3/projects), and the check of every request: an
// X-Auth-Token it issued and that has not expired, or an SDK-HMAC-SHA256 signature verified over
// the signed-header list the request itself names, with X-Sdk-Date within 15 minutes.
class HuaweiIdentity final
{
    Q_DISABLE_COPY_MOVE(HuaweiIdentity)

public:
    static constexpr qint64 DefaultTokenLifetimeMs = 24LL * 3600 * 1000;
    static constexpr qint64 AllowedClockSkewMs = 15LL * 60 * 1000;

    HuaweiIdentity(const HuaweiState &state, HuaweiDemoAccount account);

    // POST /v3/auth/tokens: 201 with X-Subject-Token, or Keystone's error.
    SandboxResponse issueToken(const SandboxRequest &request, qint64 nowMs,
                               const QByteArray &requestId);
    std::variant<HuaweiCaller, HuaweiErrorReply> authenticate(const SandboxRequest &request,
                                                              qint64 nowMs) const;
    // GET /v3/projects (name= filters by name).
    HuaweiReply listProjects(const QUrlQuery &query) const;

    // Test hooks: shorter tokens, and how many were issued.
    void setTokenLifetimeMs(qint64 ms) { m_tokenLifetimeMs = ms; }
    int tokensIssued() const { return m_tokensIssued; }

private:
    struct Token
    {
        QString projectId; // empty: scoped to the domain
        qint64 expiresMs = 0;
    };

    std::variant<HuaweiCaller, HuaweiErrorReply> verifySignature(const SandboxRequest &request,
                                                                 qint64 nowMs) const;

    const HuaweiState &m_state;
    HuaweiDemoAccount m_account;
    QHash<QString, Token> m_tokens;
    QRandomGenerator m_random;
    qint64 m_tokenLifetimeMs = DefaultTokenLifetimeMs;
    int m_tokensIssued = 0;
};

} // namespace Copydeck::Sandbox
