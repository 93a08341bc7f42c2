#pragma once

#include "AwsCaller.h"
#include "AwsErrorReply.h"
#include "sandbox/SandboxRequest.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <variant>

namespace Copydeck::Sandbox {

// Checks an AWS Signature Version 4 Authorization header the way AWS front ends do: known access
// key, matching session token, credential scope for this service, X-Amz-Date within 15 minutes,
// and the signature recomputed over the raw path, raw query, signed headers and the body received.
class AwsSigV4Verifier final
{
public:
    struct Identity
    {
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken; // temporary credentials only
        QString accountId;
    };

    explicit AwsSigV4Verifier(QString service);

    void addIdentity(const Identity &identity);

    std::variant<AwsCaller, AwsErrorReply> verify(const SandboxRequest &request,
                                                  const QDateTime &nowUtc) const;

private:
    QString m_service;
    QHash<QString, Identity> m_identities; // by access key id
};

} // namespace Copydeck::Sandbox
