#pragma once

#include "core/CloudError.h"

#include <QObject>

namespace Copydeck {

class KeychainSecretStore;

// The probe Copydeck runs once at start: writes, reads back and removes an entry of its own in the
// keychain, without blocking the event loop, and says whether a keychain is reachable. Each of the
// probe's keychain jobs ends within the store's job timeout, so a prompt nobody answers ends as
// `unavailable` with a Timeout error instead of a wait without end.
class KeychainStartupCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStartupCheck)

public:
    // `keychain` must outlive this object.
    explicit KeychainStartupCheck(KeychainSecretStore *keychain, QObject *parent = nullptr);
    ~KeychainStartupCheck() override;

    // Starts a probe; a second call while one runs does nothing.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void available();
    // What is missing and how to fix it, in the keychain's words and Copydeck's.
    void unavailable(const Copydeck::CloudError &error);

private:
    KeychainSecretStore *const m_keychain;
    bool m_running = false;
};

} // namespace Copydeck
