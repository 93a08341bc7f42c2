#include "ChosenSecretStore.h"

#include "auth/InMemorySecretStore.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcSecretChoice, "copydeck.secrets")

namespace Copydeck {

ChosenSecretStore::ChosenSecretStore(SecretStore *keychain)
    : m_keychain(keychain)
{ }

ChosenSecretStore::~ChosenSecretStore() = default;

SecretStore *ChosenSecretStore::current() const
{
    return m_session ? static_cast<SecretStore *>(m_session.get()) : m_keychain;
}

// The underlying stores' tasks copy what they need before they suspend, so these forward as is.
QCoro::Task<Result<QByteArray>> ChosenSecretStore::read(QString key)
{
    return current()->read(std::move(key));
}

QCoro::Task<Result<void>> ChosenSecretStore::write(QString key, QByteArray secret)
{
    return current()->write(std::move(key), std::move(secret));
}

QCoro::Task<Result<void>> ChosenSecretStore::remove(QString key)
{
    return current()->remove(std::move(key));
}

void ChosenSecretStore::keepForSessionOnly()
{
    if (m_session)
        return;
    qCInfo(lcSecretChoice) << "secrets are kept in memory for this session only";
    m_session = std::make_unique<InMemorySecretStore>();
}

} // namespace Copydeck
