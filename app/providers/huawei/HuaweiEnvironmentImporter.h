#pragma once

#include "accounts/AccountImporter.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Copydeck {

// Proposes a Huawei Cloud account when the Huawei SDKs' variables are set: HUAWEICLOUD_SDK_AK and
// HUAWEICLOUD_SDK_SK (and HUAWEICLOUD_SDK_PROJECT_ID, whose region is the one listed). The account
// reads the environment each time it connects (authMethod "environment"): no secret is copied.
class HuaweiEnvironmentImporter final : public AccountImporter
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiEnvironmentImporter)

public:
    explicit HuaweiEnvironmentImporter(QProcessEnvironment environment);

    QString cloud() const override;
    Discovery discover(const QList<Account> &existing) const override;

private:
    QProcessEnvironment m_environment;
};

} // namespace Copydeck
