#pragma once

#include <QString>

namespace Copydeck::AccountIds {

// A new, stable account id: the cloud's id and a random UUID ("aws-3f2c…"). Secrets are kept
// under keys derived from it (Account::secretKey), so it never changes once given.
QString generate(const QString &cloud);

} // namespace Copydeck::AccountIds
