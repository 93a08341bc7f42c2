#include "RackspaceDatabasesApi.h"

#include "RackspaceCopyActionRules.h"
#include "RackspaceDatabaseJson.h"
#include "RackspaceDatabaseState.h"
#include "RackspaceFault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Copydeck::Sandbox {

namespace {

SandboxResponse json(const QJsonObject &object, int status = 200)
{
    SandboxResponse response;
    response.status = status;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

struct PageRequest
{
    int limit = RackspaceDatabasesApi::PageSize;
    QString marker;
};

// limit and marker as upstream Trove reads them: a limit above the page size (or none) gives the
// page size; the marker is the id of the last item of the previous page.
std::variant<PageRequest, RackspaceFault> pageRequest(const QUrlQuery &query)
{
    PageRequest page;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return RackspaceFault::badRequest(
                QStringLiteral("Invalid limit: '%1' is not a positive integer.")
                    .arg(query.queryItemValue(QStringLiteral("limit"))));
        page.limit = std::min(limit, int(RackspaceDatabasesApi::PageSize));
    }
    page.marker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    return page;
}

// One page of `items` (sorted by "id") under `key`, with a next link when more remain.
QJsonObject paged(const QList<QJsonObject> &items, const PageRequest &page, const QString &key,
                  const QString &listUrl, QUrlQuery keep)
{
    QJsonArray chosen;
    bool more = false;
    QString last;
    for (const QJsonObject &item : items) {
        const QString id = item.value(QStringLiteral("id")).toString();
        if (!page.marker.isEmpty() && id <= page.marker)
            continue;
        if (chosen.size() == page.limit) {
            more = true;
            break;
        }
        chosen.append(item);
        last = id;
    }
    QJsonObject result;
    result.insert(key, chosen);
    QJsonArray links;
    if (more) {
        keep.removeAllQueryItems(QStringLiteral("limit"));
        keep.removeAllQueryItems(QStringLiteral("marker"));
        keep.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
        keep.addQueryItem(QStringLiteral("marker"), last);
        QJsonObject next;
        next.insert(QStringLiteral("rel"), QStringLiteral("next"));
        next.insert(QStringLiteral("href"),
                    QString(listUrl + QLatin1Char('?') + keep.toString(QUrl::FullyEncoded)));
        links.append(next);
    }
    result.insert(QStringLiteral("links"), links);
    return result;
}

} // namespace

RackspaceDatabasesApi::RackspaceDatabasesApi(RackspaceDatabaseState &state)
    : m_state(state)
{ }

SandboxResponse RackspaceDatabasesApi::handle(const SandboxRequest &request, const QString &region,
                                              const QString &tenantId, const QString &regionUrl,
                                              const QStringList &path)
{
    const QByteArray &method = request.method;
    const qsizetype count = path.size();
    const auto is = [&](qsizetype index, const char *word) {
        return index < count && path.at(index) == QLatin1String(word);
    };
    const auto wrongMethod = [&] {
        return RackspaceFault::badMethod(QStringLiteral("The %1 method is not allowed for this "
                                                        "resource.")
                                             .arg(QString::fromLatin1(method)))
            .toResponse();
    };
    if (count == 1 && is(0, "backups"))
        return method == "GET"
            ? listBackups(request, region, tenantId, {}, regionUrl + QStringLiteral("/backups"))
            : wrongMethod();
    if (count == 2 && is(0, "backups"))
        return method == "GET" ? showBackup(region, tenantId, path.at(1)) : wrongMethod();
    if (count == 3 && is(0, "backups") && is(2, "action"))
        return method == "POST" ? copyBackup(request, region, path.at(1)) : wrongMethod();
    if (count == 1 && is(0, "instances"))
        return method == "GET" ? listInstances(request, region, regionUrl) : wrongMethod();
    if (count == 3 && is(0, "instances") && is(2, "backups")) {
        if (method != "GET")
            return wrongMethod();
        if (!m_state.instances.value(region).contains(path.at(1)))
            return RackspaceFault::itemNotFound(
                       QStringLiteral("Instance %1 could not be found.").arg(path.at(1)))
                .toResponse();
        return listBackups(request, region, tenantId, path.at(1),
                           regionUrl + QStringLiteral("/instances/") + path.at(1)
                               + QStringLiteral("/backups"));
    }
    return RackspaceFault::itemNotFound(QStringLiteral("The resource could not be found."))
        .toResponse();
}

SandboxResponse RackspaceDatabasesApi::listBackups(const SandboxRequest &request,
                                                   const QString &region, const QString &tenantId,
                                                   const QString &instanceId,
                                                   const QString &listPath)
{
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));
    const auto page = pageRequest(query);
    if (const auto *fault = std::get_if<RackspaceFault>(&page))
        return fault->toResponse();
    const QString datastore = query.queryItemValue(QStringLiteral("datastore"));
    const QString instance
        = instanceId.isEmpty() ? query.queryItemValue(QStringLiteral("instance_id")) : instanceId;
    QList<QJsonObject> items;
    for (const RackspaceBackupRecord &record : m_state.backups.value(region)) {
        if (!datastore.isEmpty() && record.datastoreType != datastore)
            continue;
        if (!instance.isEmpty() && record.instanceId != instance)
            continue;
        items.append(RackspaceDatabaseJson::backup(record, tenantId));
    }
    return json(
        paged(items, std::get<PageRequest>(page), QStringLiteral("backups"), listPath, query));
}

SandboxResponse RackspaceDatabasesApi::showBackup(const QString &region, const QString &tenantId,
                                                  const QString &backupId)
{
    const RackspaceBackupRecord *record = m_state.backup(region, backupId);
    if (!record)
        return RackspaceFault::itemNotFound(
                   QStringLiteral("Backup %1 could not be found.").arg(backupId))
            .toResponse();
    return json({{QStringLiteral("backup"), RackspaceDatabaseJson::backup(*record, tenantId)}});
}

SandboxResponse RackspaceDatabasesApi::copyBackup(const SandboxRequest &request,
                                                  const QString &region, const QString &backupId)
{
    auto checked = RackspaceCopyActionRules::check(m_state, region, backupId, request.body);
    if (const auto *fault = std::get_if<RackspaceFault>(&checked))
        return fault->toResponse();
    const auto &accepted = std::get<RackspaceCopyActionRules::Accepted>(checked);
    m_state.startCopy(*m_state.backup(region, backupId), accepted.targetRegion, accepted.name,
                      accepted.description);
    SandboxResponse response;
    response.status = 202;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    return response;
}

SandboxResponse RackspaceDatabasesApi::listInstances(const SandboxRequest &request,
                                                     const QString &region,
                                                     const QString &regionUrl)
{
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));
    const auto page = pageRequest(query);
    if (const auto *fault = std::get_if<RackspaceFault>(&page))
        return fault->toResponse();
    QList<QJsonObject> items;
    for (const RackspaceInstanceRecord &record : m_state.instances.value(region))
        items.append(RackspaceDatabaseJson::instance(record, regionUrl));
    return json(paged(items, std::get<PageRequest>(page), QStringLiteral("instances"),
                      regionUrl + QStringLiteral("/instances"), query));
}

} // namespace Copydeck::Sandbox
