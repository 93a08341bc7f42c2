#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <qcoro/qcorotask.h>

namespace Copydeck {

// Where secrets live. The real one is the operating system's keychain; tests and the sandbox use an
// in-memory one. Keys are namespaced by account (Account::secretKey).
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // An absent secret reads as an empty QByteArray, not an error.
    virtual QCoro::Task<Result<QByteArray>> read(QString key) = 0;
    virtual QCoro::Task<Result<void>> write(QString key, QByteArray secret) = 0;
    virtual QCoro::Task<Result<void>> remove(QString key) = 0;
};

} // namespace Copydeck
