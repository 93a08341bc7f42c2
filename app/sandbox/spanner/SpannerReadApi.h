#pragma once

#include "SpannerReply.h"

#include <QUrlQuery>

namespace Copydeck::Sandbox {

class SpannerState;

// The read side of the Spanner Admin API: instance configurations, instances, databases and
// backups, listed page by page or fetched by name. Names are full resource names.
class SpannerReadApi final
{
    Q_DISABLE_COPY_MOVE(SpannerReadApi)

public:
    explicit SpannerReadApi(SpannerState &state);

    SpannerReply listInstanceConfigs(const QString &project, const QUrlQuery &query) const;
    SpannerReply getInstanceConfig(const QString &name) const;
    SpannerReply listInstances(const QString &project, const QUrlQuery &query) const;
    SpannerReply getInstance(const QString &name) const;
    SpannerReply listDatabases(const QString &instance, const QUrlQuery &query) const;
    SpannerReply getDatabase(const QString &name) const;
    SpannerReply listBackups(const QString &instance, const QUrlQuery &query) const;
    SpannerReply getBackup(const QString &name) const;

    // Checks shared with the write side.
    std::optional<GoogleErrorReply> checkProject(const QString &project,
                                                 const QString &permission) const;
    std::optional<GoogleErrorReply> checkInstance(const QString &instance) const;
    // The IAM permissions the demo identities lack on some demo resources (SpannerSeed).
    std::optional<GoogleErrorReply> checkPermission(const QString &resource,
                                                    const QString &permission) const;

private:
    QString defaultLeader(const QString &instance) const;

    SpannerState &m_state;
};

} // namespace Copydeck::Sandbox
