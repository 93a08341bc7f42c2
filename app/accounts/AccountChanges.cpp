#include "AccountChanges.h"

#include "AccountStore.h"

#include "core/SecretStore.h"

#include <QCoreApplication>

#include <optional>

namespace Copydeck {

QCoro::Task<Result<void>> AccountChanges::save(AccountChanges changes, AccountStore *store,
                                               SecretStore *secrets)
{
    for (auto it = changes.secretsToWrite.cbegin(); it != changes.secretsToWrite.cend(); ++it) {
        const Result<void> written = co_await secrets->write(it.key(), it.value());
        if (!written) {
            CloudError error = written.error();
            const QString kept = QCoreApplication::translate(
                "AccountChanges", "The accounts were not saved; your changes are not kept.");
            error.nextStep
                = error.nextStep.isEmpty() ? kept : error.nextStep + QLatin1Char(' ') + kept;
            co_return error;
        }
    }

    const Result<void> saved = store->save(changes.accounts);
    if (!saved)
        co_return saved;

    std::optional<CloudError> firstError;
    for (const QString &key : std::as_const(changes.secretsToRemove)) {
        const Result<void> removed = co_await secrets->remove(key);
        if (!removed && !firstError)
            firstError = removed.error();
    }
    if (firstError) {
        CloudError error = *firstError;
        const QString saidWhat = QCoreApplication::translate(
            "AccountChanges",
            "The accounts were saved, but a secret no longer used stayed in the keychain.");
        error.explanation = error.explanation.isEmpty()
            ? saidWhat
            : saidWhat + QLatin1Char(' ') + error.explanation;
        co_return error;
    }
    co_return Result<void>();
}

} // namespace Copydeck
