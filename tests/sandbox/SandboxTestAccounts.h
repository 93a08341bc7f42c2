#pragma once

#include "auth/AwsCredentials.h"
#include "sandbox/Sandbox.h"

#include <QString>

// The demo accounts as the tests use them, looked up by name in what the sandbox publishes.
namespace SandboxTestAccounts {

inline Copydeck::AwsCredentials credentials(const Copydeck::Sandbox::Sandbox &sandbox,
                                            const QString &name)
{
    for (const auto &credential : sandbox.credentials()) {
        if (credential.name == name)
            return {credential.accessKeyId, credential.secretAccessKey, credential.sessionToken};
    }
    return {};
}

inline Copydeck::AwsCredentials production(const Copydeck::Sandbox::Sandbox &sandbox)
{
    return credentials(sandbox, QStringLiteral("Production"));
}

inline Copydeck::AwsCredentials recovery(const Copydeck::Sandbox::Sandbox &sandbox)
{
    return credentials(sandbox, QStringLiteral("Disaster recovery"));
}

inline const QString ProductionAccount = QStringLiteral("111122223333");
inline const QString RecoveryAccount = QStringLiteral("444455556666");

} // namespace SandboxTestAccounts
