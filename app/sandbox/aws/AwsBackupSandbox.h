#pragma once

#include "AwsCopyJob.h"
#include "AwsRecoveryPoint.h"
#include "sandbox/SandboxCredential.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace Copydeck {
class Clock;
}

namespace Copydeck::Sandbox {

class AwsBackupOperations;
class AwsBackupState;
class AwsSigV4Verifier;
class SandboxHttpServer;
class SimulatedClock;

// The AWS Backup part of the sandbox: restJson1 over HTTP on loopback, SigV4 checked on every
// request, one endpoint for every region (the region comes from the credential scope).
class AwsBackupSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsBackupSandbox)

public:
    AwsBackupSandbox(const Clock &wallClock, const SandboxOptions &options,
                     QObject *parent = nullptr);
    ~AwsBackupSandbox() override;

    bool start(quint16 port, QString *error = nullptr);
    QUrl endpoint() const;
    QList<SandboxCredential> credentials() const;
    QJsonObject startupInfo() const;
    void setSpeed(double speed);

    // Everything a SandboxRequest gets as an answer; what the HTTP server calls.
    SandboxResponse handle(const SandboxRequest &request);

    // ---- state access for tests and benchmarks (brought up to the simulated now first) ----
    SandboxHttpServer *httpServer() const { return m_server; }
    int copyJobCount() const;
    std::optional<AwsCopyJob> copyJob(const QString &copyJobId) const;
    std::optional<AwsRecoveryPoint> recoveryPoint(const QString &recoveryPointArn) const;
    QList<AwsRecoveryPoint> recoveryPoints(const QString &vaultArn) const;
    static QString vaultArn(const QString &region, const QString &accountId, const QString &name);
    QString scaleVaultArn() const; // empty without --scale

private:
    SandboxResponse route(const SandboxRequest &request, const struct AwsCaller &caller,
                          const QByteArray &requestId);

    const Clock &m_wallClock;
    SandboxOptions m_options;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<AwsBackupState> m_state;
    std::unique_ptr<AwsSigV4Verifier> m_verifier;
    std::unique_ptr<AwsBackupOperations> m_operations;
    SandboxHttpServer *m_server = nullptr;
};

} // namespace Copydeck::Sandbox
