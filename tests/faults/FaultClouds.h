#pragma once

// The landed clouds as the fault matrix and the crash runner drive them: one row each. A row makes
// its account from the sandbox's startup line (the same JSON in-process and from a
// copydeck-sandbox child), finds where its copies go from and to through the cloud's own API, and
// makes requests that differ only in what makes each one a separate copy.
#include "auth/InMemorySecretStore.h"
#include "core/Account.h"
#include "core/CopyRequest.h"
#include "core/ProviderConnection.h"
#include "core/ProviderRegistry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Copydeck::Test {

// Where a cloud's test copies come from and go to.
struct FaultRoute
{
    Backup source;
    Location destination;
    // Further sources, for a cloud that makes one copy of a backup per destination (Huawei CBR
    // keeps one replica per region): request `index` copies source `index`, then these in turn.
    QList<Backup> moreSources;

    const Backup &sourceFor(int index) const;
};

struct FaultCloud
{
    QString id; // "aws", "spanner", ...: the provider's id and the startup line's member
    // The demo account; its secrets go to `secrets`.
    Account (*account)(const QJsonObject &startup, InMemorySecretStore &secrets) = nullptr;
    // Found through the cloud's API (waits in a nested event loop); empty with a warning.
    std::optional<FaultRoute> (*route)(ProviderConnection &connection) = nullptr;
    // Request `index` of a batch along `route`; `tag` (unique per request) names the copy where
    // the cloud names it.
    CopyRequest (*request)(const FaultRoute &route, const QString &tag, int index) = nullptr;
};

// AWS Backup, Google Cloud Spanner, Rackspace Cloud Databases, Huawei Cloud CBR.
QList<FaultCloud> landedFaultClouds();
// Their providers, seeing an empty environment and `home` as home directory.
void registerFaultProviders(ProviderRegistry &registry, const QString &home);

// Every backup in `location`, page by page (waits); empty on failure, with a warning.
std::optional<QList<Backup>> allBackups(ProviderConnection &connection, const Location &location);

} // namespace Copydeck::Test
