#pragma once

#include "AwsCaller.h"
#include "AwsErrorReply.h"
#include "AwsLifecycle.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

namespace Copydeck::Sandbox {

class AwsBackupState;
struct AwsBackupVault;
struct AwsRecoveryPoint;

// A StartCopyJob body, read.
struct AwsStartCopyJobInput
{
    QString recoveryPointArn;
    QString sourceBackupVaultName;
    QString destinationBackupVaultArn;
    QString iamRoleArn;
    QString idempotencyToken;
    AwsLifecycle lifecycle;
    QByteArray fingerprint; // every parameter but the token, canonical: same request, same bytes
};

// What AWS Backup refuses in StartCopyJob, checked in the order the service reports it. Written
// from the API reference and observed service messages, separately from the client-side rules.
class AwsStartCopyJobRules final
{
public:
    struct Checked
    {
        const AwsBackupVault *sourceVault = nullptr;
        const AwsRecoveryPoint *recoveryPoint = nullptr;
        const AwsBackupVault *destinationVault = nullptr;
    };

    // Syntax and required members (MissingParameterValueException, SerializationException).
    static std::variant<AwsStartCopyJobInput, AwsErrorReply> parse(const QByteArray &body);
    // Everything else, against the sandbox's state.
    static std::variant<Checked, AwsErrorReply>
    check(const AwsStartCopyJobInput &input, const AwsCaller &caller, const AwsBackupState &state);
    static std::optional<AwsErrorReply> checkLifecycle(const AwsLifecycle &lifecycle,
                                                       const QString &resourceType);
    // Why a copy into `vault` with `lifecycle` fails at the end (Vault Lock retention), or empty.
    static QString vaultLockViolation(const AwsBackupVault &vault, const AwsLifecycle &lifecycle);
};

} // namespace Copydeck::Sandbox
