#pragma once

#include "SandboxCredential.h"
#include "SandboxOptions.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Copydeck {
class Clock;
}

namespace Copydeck::Sandbox {

class AwsBackupSandbox;
class HuaweiSandbox;
class RackspaceSandbox;
class SandboxFaults;
class SpannerSandbox;

// The local cloud: every cloud module on its own loopback port, seeded with demo accounts. Used
// in-process by `copydeck --sandbox`, by the tests, and by the copydeck-sandbox tool.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1. With a non-zero options.port, the AWS module takes that port and later
    // modules the ones after it.
    bool start(const SandboxOptions &options, QString *error = nullptr);
    bool isRunning() const { return m_aws != nullptr; }

    // One endpoint serves every region; the region comes from the SigV4 credential scope.
    QUrl awsEndpoint() const;
    QList<SandboxCredential> credentials() const;
    // The Spanner Admin API root (http://127.0.0.1:<port>/); its token endpoint is <root>token.
    QUrl spannerEndpoint() const;
    // {"aws":{"endpoint":..., "accounts":[{name, accountNumber, accessKeyId, secretAccessKey,
    //  [sessionToken], regions}], ["scaleVaultArn"]},
    //  "spanner":{"endpoint", "tokenUri", "projects", "serviceAccountKey", "authorizedUser"},
    //  "rackspace":{"identityEndpoint", "accounts":[{name, username, apiKey, password, tenantId,
    //  regions}]}, ...}
    QJsonObject startupInfo() const;

    // Rackspace Identity v2.0 (http://127.0.0.1:<port>/v2.0/); its service catalog gives each
    // region's Cloud Databases URL. The demo user (username, API key, tenant) of the Rackspace
    // module, or an empty credential when it is not running.
    QUrl rackspaceIdentityEndpoint() const;
    SandboxCredential rackspaceCredential() const;
    RackspaceSandbox *rackspace() const { return m_rackspace; }

    // Huawei Cloud: IAM at the root (http://127.0.0.1:<port>), CBR of region R under /cbr/R, so
    // the per-region endpoint template is "http://127.0.0.1:<port>/cbr/{region}".
    QString huaweiEndpoint() const;
    QUrl huaweiIamEndpoint() const;
    HuaweiSandbox *huawei() const { return m_huawei; }

    AwsBackupSandbox *aws() const { return m_aws; }
    SpannerSandbox *spanner() const { return m_spanner; }
    void setSpeed(double speed);
    // The faults every module's server injects (options.faults at start; change the plan at will).
    SandboxFaults *faults() const { return m_faults.get(); }

private:
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<SandboxFaults> m_faults;
    AwsBackupSandbox *m_aws = nullptr;
    SpannerSandbox *m_spanner = nullptr;
    RackspaceSandbox *m_rackspace = nullptr;
    HuaweiSandbox *m_huawei = nullptr;
};

} // namespace Copydeck::Sandbox
