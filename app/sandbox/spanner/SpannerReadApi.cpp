#include "SpannerReadApi.h"

#include "SpannerBackupFilter.h"
#include "SpannerJson.h"
#include "SpannerPagination.h"
#include "SpannerState.h"

#include <QJsonArray>

namespace Copydeck::Sandbox {

namespace {

constexpr int MaxPageSize = 1000;

QString projectPrefix(const QString &project)
{
    return QStringLiteral("projects/") + project;
}

} // namespace

SpannerReadApi::SpannerReadApi(SpannerState &state)
    : m_state(state)
{ }

std::optional<GoogleErrorReply> SpannerReadApi::checkProject(const QString &project,
                                                             const QString &permission) const
{
    if (m_state.projects.contains(project))
        return std::nullopt;
    // Google does not say whether a project exists to someone who has no access to it.
    return GoogleErrorReply::permissionDenied(permission, projectPrefix(project));
}

std::optional<GoogleErrorReply> SpannerReadApi::checkPermission(const QString &resource,
                                                                const QString &permission) const
{
    if (m_state.deniedPermissions.contains(resource + QLatin1Char(' ') + permission))
        return GoogleErrorReply::permissionDenied(permission, resource);
    return std::nullopt;
}

std::optional<GoogleErrorReply> SpannerReadApi::checkInstance(const QString &instance) const
{
    if (m_state.instances.contains(instance))
        return std::nullopt;
    return GoogleErrorReply::notFound(SpannerTypes::Instance, instance);
}

QString SpannerReadApi::defaultLeader(const QString &instance) const
{
    const auto found = m_state.instances.constFind(instance);
    if (found == m_state.instances.cend())
        return {};
    const auto config = m_state.instanceConfigs.constFind(found->config);
    if (config == m_state.instanceConfigs.cend())
        return {};
    for (const SpannerReplica &replica : config->replicas) {
        if (replica.defaultLeaderLocation)
            return replica.location;
    }
    return {};
}

SpannerReply SpannerReadApi::listInstanceConfigs(const QString &project,
                                                 const QUrlQuery &query) const
{
    if (auto error = checkProject(project, QStringLiteral("spanner.instanceConfigs.list")))
        return *error;
    const QString prefix = projectPrefix(project) + QStringLiteral("/instanceConfigs/");
    QJsonArray items;
    for (const SpannerInstanceConfig &config :
         SpannerState::childrenOf(m_state.instanceConfigs, prefix))
        items.append(SpannerJson::instanceConfig(config));
    return SpannerPagination::page(items, QStringLiteral("instanceConfigs"), query, prefix,
                                   MaxPageSize);
}

SpannerReply SpannerReadApi::getInstanceConfig(const QString &name) const
{
    const auto found = m_state.instanceConfigs.constFind(name);
    if (found == m_state.instanceConfigs.cend())
        return GoogleErrorReply::notFound(SpannerTypes::InstanceConfig, name);
    return SpannerJson::instanceConfig(*found);
}

SpannerReply SpannerReadApi::listInstances(const QString &project, const QUrlQuery &query) const
{
    if (auto error = checkProject(project, QStringLiteral("spanner.instances.list")))
        return *error;
    const QString prefix = projectPrefix(project) + QStringLiteral("/instances/");
    QJsonArray items;
    for (const SpannerInstance &instance : SpannerState::childrenOf(m_state.instances, prefix))
        items.append(SpannerJson::instance(instance));
    return SpannerPagination::page(items, QStringLiteral("instances"), query, prefix, MaxPageSize);
}

SpannerReply SpannerReadApi::getInstance(const QString &name) const
{
    const auto found = m_state.instances.constFind(name);
    if (found == m_state.instances.cend())
        return GoogleErrorReply::notFound(SpannerTypes::Instance, name);
    return SpannerJson::instance(*found);
}

SpannerReply SpannerReadApi::listDatabases(const QString &instance, const QUrlQuery &query) const
{
    if (auto error = checkInstance(instance))
        return *error;
    const QString prefix = instance + QStringLiteral("/databases/");
    const QString leader = defaultLeader(instance);
    QJsonArray items;
    for (const SpannerDatabase &database : SpannerState::childrenOf(m_state.databases, prefix))
        items.append(SpannerJson::database(database, m_state.now(), leader));
    return SpannerPagination::page(items, QStringLiteral("databases"), query, prefix, MaxPageSize);
}

SpannerReply SpannerReadApi::getDatabase(const QString &name) const
{
    const auto found = m_state.databases.constFind(name);
    if (found == m_state.databases.cend())
        return GoogleErrorReply::notFound(SpannerTypes::Database, name);
    return SpannerJson::database(*found, m_state.now(),
                                 defaultLeader(name.section(QLatin1Char('/'), 0, 3)));
}

SpannerReply SpannerReadApi::listBackups(const QString &instance, const QUrlQuery &query) const
{
    if (auto error = checkInstance(instance))
        return *error;
    const QString filterText = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    const auto parsed = SpannerBackupFilter::parse(filterText);
    if (const auto *error = std::get_if<GoogleErrorReply>(&parsed))
        return *error;
    const auto &filter = std::get<SpannerBackupFilter>(parsed);

    const QString prefix = instance + QStringLiteral("/backups/");
    QList<SpannerBackup> backups = SpannerState::childrenOf(m_state.backups, prefix);
    std::stable_sort(backups.begin(), backups.end(),
                     [](const SpannerBackup &a, const SpannerBackup &b) {
                         if (a.createTime != b.createTime)
                             return a.createTime > b.createTime;
                         return a.name < b.name;
                     });
    QJsonArray items;
    for (const SpannerBackup &backup : backups) {
        if (filter.matches(backup))
            items.append(SpannerJson::backup(backup));
    }
    return SpannerPagination::page(items, QStringLiteral("backups"), query,
                                   prefix + QLatin1Char('?') + filterText, MaxPageSize);
}

SpannerReply SpannerReadApi::getBackup(const QString &name) const
{
    const auto found = m_state.backups.constFind(name);
    if (found == m_state.backups.cend())
        return GoogleErrorReply::notFound(SpannerTypes::Backup, name);
    return SpannerJson::backup(*found);
}

} // namespace Copydeck::Sandbox
