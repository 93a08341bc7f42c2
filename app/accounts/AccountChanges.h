#pragma once

#include "core/Account.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace Copydeck {

class AccountStore;
class SecretStore;

// What the accounts dialog decided, for its caller to write: every account (settings only, no
// secret in any of them), the secrets to write and the secrets to remove. Secret keys are full
// SecretStore keys (Account::secretKey(name)).
struct AccountChanges
{
    QList<Account> accounts; // all of them, in the order the user sees them
    QMap<QString, QByteArray> secretsToWrite; // key -> secret
    QStringList secretsToRemove; // keys

    // Writes the secrets first (so no saved account points at a secret that is not there), then
    // the accounts, then removes the secrets no account uses any more. Stops at the first secret
    // that cannot be written, before anything is saved; a secret that cannot be removed is
    // reported after the accounts were saved. Neither pointer is owned; both outlive the task.
    static QCoro::Task<Result<void>> save(AccountChanges changes, AccountStore *store,
                                          SecretStore *secrets);
};

} // namespace Copydeck
