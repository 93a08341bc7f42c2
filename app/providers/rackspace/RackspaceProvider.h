#pragma once

#include "core/Provider.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Copydeck {

// Rackspace Cloud Databases: regions, backups, copies to another region followed by listing the
// target region (no job id, no percent, no cancel). Accounts follow RackspaceAccountSettings.h.
class RackspaceProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceProvider)
    Q_DISABLE_COPY_MOVE(RackspaceProvider)

public:
    // Reads the process environment once, here ("environment" accounts).
    RackspaceProvider();
    explicit RackspaceProvider(QProcessEnvironment environment);
    ~RackspaceProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QList<ValidationIssue> validateCopy(const CopyRequest &request) const override;
    std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                const ProviderContext &context) const override;

private:
    QProcessEnvironment m_environment;
};

} // namespace Copydeck
