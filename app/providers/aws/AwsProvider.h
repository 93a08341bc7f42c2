#pragma once

#include "core/Provider.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Copydeck {

// AWS Backup: vaults in regions, recovery points, copy jobs followed by state (no percentage,
// no cancel). Accounts follow the conventions in AwsAccountSettings.h.
class AwsProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(AwsProvider)
    Q_DISABLE_COPY_MOVE(AwsProvider)

public:
    // Reads the process environment and the home directory once, here.
    AwsProvider();
    // For tests: a given environment and home directory.
    AwsProvider(QProcessEnvironment environment, QString homeDirectory);
    ~AwsProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QList<ValidationIssue> validateCopy(const CopyRequest &request) const override;
    std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                const ProviderContext &context) const override;

private:
    QProcessEnvironment m_environment;
    QString m_home;
};

} // namespace Copydeck
