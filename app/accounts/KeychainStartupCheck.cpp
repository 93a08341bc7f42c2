#include "KeychainStartupCheck.h"

#include "auth/KeychainSecretStore.h"

#include <qcoro/qcorotask.h>

namespace Copydeck {

KeychainStartupCheck::KeychainStartupCheck(KeychainSecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

KeychainStartupCheck::~KeychainStartupCheck() = default;

void KeychainStartupCheck::start()
{
    if (m_running)
        return;
    m_running = true;
    // The answer is dropped if this object is gone by then.
    QCoro::connect(m_keychain->checkAvailable(), this, [this](const Result<void> &result) {
        m_running = false;
        if (result.ok())
            Q_EMIT available();
        else
            Q_EMIT unavailable(result.error());
    });
}

} // namespace Copydeck
