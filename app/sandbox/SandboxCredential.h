#pragma once

#include <QString>
#include <QStringList>

namespace Copydeck::Sandbox {

// A demo account the sandbox accepts, as a user would type it into the accounts dialog.
struct SandboxCredential
{
    QString cloud; // "aws"
    QString name; // "Production"
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
    QString accountNumber;
    QStringList regions; // the regions that hold demo data, first is the default
};

} // namespace Copydeck::Sandbox
