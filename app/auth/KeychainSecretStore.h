#pragma once

#include "core/SecretStore.h"

#include <QString>

#include <chrono>

namespace Copydeck {

// Secrets in the operating system's keychain (the Secret Service on Linux: GNOME Keyring, KWallet)
// through QtKeychain. One QtKeychain job per operation, awaited on its `finished` signal; never an
// insecure fallback to a plain file. Keys are used as given: callers namespace them by account
// (Account::secretKey). Every failure is a CloudError of kind Local that says what is missing and
// how to fix it; none carries a secret. An absent secret reads as empty only when the keychain is
// usable: a locked one (which answers "not found" to reads) reads as an error. A task may outlive
// the store that started it.
class KeychainSecretStore final : public SecretStore
{
public:
    // A keychain job that has not finished after this long fails with a CloudError of kind
    // Timeout: a prompt nobody answers must not keep Copydeck waiting forever. Long enough for a
    // person to type an unlock password.
    static constexpr std::chrono::milliseconds DefaultJobTimeout = std::chrono::seconds(90);

    // `service` groups Copydeck's entries in the keychain; tests pass their own.
    explicit KeychainSecretStore(QString service = QStringLiteral("Copydeck"),
                                 std::chrono::milliseconds jobTimeout = DefaultJobTimeout);

    QCoro::Task<Result<QByteArray>> read(QString key) override;
    QCoro::Task<Result<void>> write(QString key, QByteArray secret) override;
    QCoro::Task<Result<void>> remove(QString key) override;

    // Writes, reads back and removes a probe entry: how the app learns at start that no keychain
    // is reachable (and offers to keep secrets for this session only).
    QCoro::Task<Result<void>> checkAvailable();

    QString service() const { return m_service; }
    std::chrono::milliseconds jobTimeout() const { return m_jobTimeout; }

private:
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

    const QString m_service;
    const std::chrono::milliseconds m_jobTimeout;
};

} // namespace Copydeck
