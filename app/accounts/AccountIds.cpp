#include "AccountIds.h"

#include <QUuid>

namespace Copydeck::AccountIds {

QString generate(const QString &cloud)
{
    return cloud + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Copydeck::AccountIds
