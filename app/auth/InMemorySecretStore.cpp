#include "InMemorySecretStore.h"

namespace Copydeck {

QCoro::Task<Result<QByteArray>> InMemorySecretStore::read(QString key)
{
    co_return m_secrets.value(key);
}

QCoro::Task<Result<void>> InMemorySecretStore::write(QString key, QByteArray secret)
{
    m_secrets.insert(key, secret);
    co_return Result<void>();
}

QCoro::Task<Result<void>> InMemorySecretStore::remove(QString key)
{
    m_secrets.remove(key);
    co_return Result<void>();
}

} // namespace Copydeck
