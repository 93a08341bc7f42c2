#pragma once

#include "AwsCaller.h"
#include "AwsErrorReply.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <variant>

namespace Copydeck::Sandbox {

class AwsBackupState;

// The AWS Backup operations the sandbox serves, each taking what the route extracted and answering
// with the model's output shape or the service's error.
class AwsBackupOperations final
{
    Q_DISABLE_COPY_MOVE(AwsBackupOperations)

public:
    using Reply = std::variant<QJsonObject, AwsErrorReply>;

    static constexpr int DefaultPageSize = 100;

    explicit AwsBackupOperations(AwsBackupState &state);

    Reply listBackupVaults(const AwsCaller &caller, const QUrlQuery &query);
    Reply describeBackupVault(const AwsCaller &caller, const QString &vaultName,
                              const QUrlQuery &query);
    Reply listRecoveryPointsByBackupVault(const AwsCaller &caller, const QString &vaultName,
                                          const QUrlQuery &query);
    Reply describeRecoveryPoint(const AwsCaller &caller, const QString &vaultName,
                                const QString &recoveryPointArn, const QUrlQuery &query);
    Reply startCopyJob(const AwsCaller &caller, const QByteArray &body);
    Reply describeCopyJob(const AwsCaller &caller, const QString &copyJobId);
    Reply listCopyJobs(const AwsCaller &caller, const QUrlQuery &query);

private:
    std::variant<const struct AwsBackupVault *, AwsErrorReply>
    visibleVault(const AwsCaller &caller, const QString &vaultName, const QUrlQuery &query) const;

    AwsBackupState &m_state;
};

} // namespace Copydeck::Sandbox
