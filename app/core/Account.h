#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace Copydeck {

// An account as the user configured it. Never holds a secret: secrets live in the SecretStore
// under keys derived from `id`.
struct Account
{
    QString id; // stable, generated
    QString cloud; // provider id
    QString name; // display name
    QString authMethod; // provider-defined, e.g. "profile", "keys"
    QStringList regions; // default regions to list
    QUrl endpointOverride; // empty: the cloud's real endpoint
    bool readOnly = false;
    QVariantMap settings; // provider-defined non-secret settings (profile name, project id, ...)

    QString secretKey(const QString &name) const { return id + QLatin1Char('/') + name; }
};

} // namespace Copydeck

Q_DECLARE_METATYPE(Copydeck::Account)
