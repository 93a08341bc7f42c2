#pragma once

#include "core/SecretStore.h"

#include <QHash>

namespace Copydeck {

// Secrets held in memory only, forgotten on exit: the sandbox's demo accounts, tests, and the
// session-only choice when no keychain is reachable.
class InMemorySecretStore final : public SecretStore
{
public:
    QCoro::Task<Result<QByteArray>> read(QString key) override;
    QCoro::Task<Result<void>> write(QString key, QByteArray secret) override;
    QCoro::Task<Result<void>> remove(QString key) override;

    // Immediate, for seeding demo accounts and tests before any event loop runs.
    void insert(const QString &key, const QByteArray &secret) { m_secrets.insert(key, secret); }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace Copydeck
