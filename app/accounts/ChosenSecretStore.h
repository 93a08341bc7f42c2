#pragma once

#include "core/SecretStore.h"

#include <QString>

#include <memory>

namespace Copydeck {

class InMemorySecretStore;

// The secret store of this run: the keychain, until the user explicitly chooses to keep secrets
// for this session only (offered when no keychain is reachable). From then on every secret is
// read from and written to memory and forgotten on exit; nothing is ever written to a file and the
// switch never happens by itself.
class ChosenSecretStore final : public SecretStore
{
public:
    // `keychain` must outlive this store.
    explicit ChosenSecretStore(SecretStore *keychain);
    ~ChosenSecretStore() override;

    QCoro::Task<Result<QByteArray>> read(QString key) override;
    QCoro::Task<Result<void>> write(QString key, QByteArray secret) override;
    QCoro::Task<Result<void>> remove(QString key) override;

    // The user's choice: secrets live in memory for the rest of this run.
    void keepForSessionOnly();
    bool isSessionOnly() const { return m_session != nullptr; }

private:
    Q_DISABLE_COPY_MOVE(ChosenSecretStore)

    SecretStore *current() const;

    SecretStore *const m_keychain;
    std::unique_ptr<InMemorySecretStore> m_session;
};

} // namespace Copydeck
