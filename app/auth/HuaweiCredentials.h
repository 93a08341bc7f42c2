#pragma once

#include <QString>

namespace Copydeck {

// A Huawei Cloud access key (AK/SK), permanent or temporary.
struct HuaweiCredentials
{
    QString accessKey;
    QString secretKey;
    QString securityToken; // temporary keys only: sent as X-Security-Token

    bool isValid() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
};

} // namespace Copydeck
