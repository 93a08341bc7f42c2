#pragma once

#include "Account.h"
#include "CopyRequest.h"
#include "ProviderCapabilities.h"

#include <QList>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace Copydeck {

class ProviderConnection;
class SecretStore;
class RetryPolicy;

// What a provider needs from the application to connect an account. Owned by the caller; every
// pointer outlives the connections made with it.
struct ProviderContext
{
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    const RetryPolicy *retryPolicy = nullptr; // null: RetryPolicy::standard()
};

// One cloud: its name, what it can do, its rules, and how to connect an account to it. Stateless;
// registered once in the ProviderRegistry.
class Provider
{
public:
    virtual ~Provider() = default;

    virtual QString id() const = 0; // "aws", "spanner", "huawei", "rackspace"
    virtual QString displayName() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;

    // Everything that would make the cloud refuse this request, checked before it is sent.
    virtual QList<ValidationIssue> validateCopy(const CopyRequest &request) const = 0;

    virtual std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                        const ProviderContext &context) const = 0;
};

} // namespace Copydeck
