#pragma once

#include "core/Provider.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace Copydeck {

class Clock;

// Google Cloud Spanner: instances in projects, backups, copies and creates as long-running
// operations with a percentage, cancel, and expiry updates. Accounts follow the conventions in
// SpannerAccountSettings.h.
class SpannerProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(SpannerProvider)
    Q_DISABLE_COPY_MOVE(SpannerProvider)

public:
    // Reads the process environment and the home directory once, here; the system clock.
    SpannerProvider();
    // For tests: a given environment, home directory and clock (null: the system clock). The
    // clock outlives the provider and its connections.
    SpannerProvider(QProcessEnvironment environment, QString homeDirectory,
                    const Clock *clock = nullptr);
    ~SpannerProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    // SpannerCopyRules at this provider's clock; a create request is checked as a create.
    QList<ValidationIssue> validateCopy(const CopyRequest &request) const override;
    std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                const ProviderContext &context) const override;

private:
    QProcessEnvironment m_environment;
    QString m_home;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
};

} // namespace Copydeck
