#pragma once

#include "core/Account.h"
#include "core/CopyRequest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Copydeck {
class InMemorySecretStore;
class Provider;
namespace Sandbox {
class Sandbox;
}
} // namespace Copydeck

namespace Copydeck::Test {

// One demo account of the sandbox as the sweep uses it, made the way `copydeck --sandbox` makes
// its accounts (app/main.cpp), and every secret it holds.
struct SweepAccount
{
    Account account;
    QStringList secretNames; // under Account::secretKey
    QHash<QString, QByteArray> secrets; // by name
    QList<QByteArray> knownSecrets; // every secret value, and the secret parts of key files
    QString wrongName; // the secret a wrong-key test replaces

    // The account's secrets, with `wrongName` replaced by one the cloud refuses.
    QByteArray wrongSecret(const QString &name) const;
};

// Empty when the sandbox has no such demo account. Its secrets are put in `secrets`.
std::optional<SweepAccount> sweepAccountFor(const Sandbox::Sandbox &sandbox, const QString &cloud,
                                            const QString &variant, InMemorySecretStore &secrets);

// A copy of `backup` to `destination` filled the way each cloud's dialog page fills it, asked of
// the provider's capabilities; `attempt` makes names unique.
CopyRequest copyRequestFor(const Account &account, const Provider &provider, const Backup &backup,
                           const Location &destination, int attempt);

} // namespace Copydeck::Test
