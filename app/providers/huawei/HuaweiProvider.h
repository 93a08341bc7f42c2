#pragma once

#include "core/Provider.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Copydeck {

// Huawei Cloud CBR: vaults in regions, backups, replication to another region followed with
// Huawei's own percentage. Accounts follow HuaweiAccountSettings.h.
class HuaweiProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiProvider)
    Q_DISABLE_COPY_MOVE(HuaweiProvider)

public:
    // Reads the process environment once, here.
    HuaweiProvider();
    // For tests: a given environment.
    explicit HuaweiProvider(QProcessEnvironment environment);
    ~HuaweiProvider() override;

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
