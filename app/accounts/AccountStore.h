#pragma once

#include "core/Account.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <qcoro/qcorotask.h>

class QSettings;

namespace Copydeck {

class SecretStore;

// The user's accounts in the settings file: every field of Account, never a secret. Secrets live
// in the SecretStore under Account::secretKey(name); removing an account removes them too.
//
// Layout: array "accounts" (accounts/size, accounts/<n>/id, .../cloud, .../name, .../authMethod,
// .../regions, .../endpointOverride, .../readOnly, .../settings/<key>). Values in `settings` come
// back as the settings backend keeps them: strings and string lists for the INI files Copydeck
// uses, so providers convert (toInt(), toBool()) when they read.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    // Neither is owned; both must outlive the store and every task it returns.
    AccountStore(QSettings *settings, SecretStore *secrets);

    QList<Account> load() const;
    // Replaces every stored account with `accounts` and syncs the file. Keys of Account::settings
    // that look like secrets are dropped (and assert in debug builds: a provider put a secret in
    // the wrong place).
    Result<void> save(const QList<Account> &accounts);

    // Removes the account's secrets named `secretNames` from the SecretStore, then the account
    // from the settings. When a secret cannot be removed the account stays, so that removing it
    // again can finish the job, and the error says why.
    QCoro::Task<Result<void>> remove(QString accountId, QStringList secretNames);

    // True for settings keys such as "secretAccessKey", "password", "api_key", "sessionToken":
    // names under which a secret may hide.
    static bool looksLikeSecret(const QString &key);

private:
    Q_DISABLE_COPY_MOVE(AccountStore)

    QSettings *const m_settings;
    SecretStore *const m_secrets;
};

} // namespace Copydeck
