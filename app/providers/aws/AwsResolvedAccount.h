#pragma once

#include "auth/AwsCredentials.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Copydeck {

// An AWS account made ready to call: its credentials, regions and endpoint, resolved once per
// connection by AwsCredentialResolver (see AwsAccountSettings.h for where each comes from).
struct AwsResolvedAccount
{
    AwsCredentials credentials;
    QString defaultRegion;
    QStringList regions; // never empty: the account's regions, else the default region
    QUrl endpointOverride; // empty: the real per-region endpoints
    QString profile; // the shared-file profile the credentials came from, if any
    QString credentialSource; // where the credentials came from, for messages (no secrets)

    // The endpoint that serves `region`: the override when there is one, else
    // https://backup.<region>.amazonaws.com (amazonaws.com.cn in the China regions).
    QUrl endpoint(const QString &region) const;
};

} // namespace Copydeck
