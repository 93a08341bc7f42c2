#pragma once

#include "sandbox/SandboxCredential.h"

#include <QList>
#include <QString>

namespace Copydeck::Sandbox {

class AwsBackupState;

// The AWS demo: two accounts in three regions with vaults and recovery points of several resource
// types, sizes and states, and composite (CloudFormation stack) recovery points in "prod-stacks".
// Identifiers, names and sizes depend only on the state's seed; dates are placed relative to the
// UTC day the sandbox starts.
class AwsBackupSeed final
{
public:
    static constexpr auto ScaleVaultName = "scale-benchmark";

    // The demo credentials, also what the signature verifier accepts.
    static QList<SandboxCredential> credentials();
    static QString productionAccount() { return QStringLiteral("111122223333"); }
    static QString recoveryAccount() { return QStringLiteral("444455556666"); }

    // Fills `state`; `scale` extra recovery points go to ScaleVaultName in the production
    // account's us-east-1 (the vault only exists when scale > 0).
    static void populate(AwsBackupState &state, int scale, qint64 nowMs);
};

} // namespace Copydeck::Sandbox
