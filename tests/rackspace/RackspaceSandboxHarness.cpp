#include "RackspaceSandboxHarness.h"

#include "sandbox/rackspace/RackspaceDatabaseState.h"

#include <QJsonArray>

namespace Copydeck::Test {

RackspaceSandboxHarness::RackspaceSandboxHarness()
    : sandbox(std::make_unique<Sandbox::RackspaceSandbox>(clock, Sandbox::SandboxOptions {}))
{ }

RackspaceSandboxHarness::~RackspaceSandboxHarness() = default;

bool RackspaceSandboxHarness::start(QString *error)
{
    if (!sandbox->start(0, error))
        return false;
    const Sandbox::SandboxCredential demo = sandbox->credential();
    tenant = demo.accountNumber;
    const auto reply
        = client.authenticate(sandbox->identityEndpoint(), demo.accessKeyId, demo.secretAccessKey);
    if (reply.status != 200) {
        *error = QStringLiteral("sign-in answered %1").arg(reply.status);
        return false;
    }
    return true;
}

QUrl RackspaceSandboxHarness::regionUrl(const QString &region, const QString &path) const
{
    return QUrl(sandbox->regionUrl(region, tenant).toString() + path);
}

QString RackspaceSandboxHarness::idOf(const QString &region, const QString &name) const
{
    for (const auto &record : sandbox->state().backups.value(region)) {
        if (record.name == name)
            return record.id;
    }
    return {};
}

RackspaceRawClient::Reply RackspaceSandboxHarness::showIn(const QString &region, const QString &id)
{
    return client.get(regionUrl(region, QStringLiteral("/backups/") + id));
}

QString RackspaceSandboxHarness::statusIn(const QString &region, const QString &id)
{
    return showIn(region, id)
        .json.value(QStringLiteral("backup"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

RackspaceRawClient::Reply RackspaceSandboxHarness::copy(const QString &region, const QString &id,
                                                        const QByteArray &body)
{
    return client.send("POST", regionUrl(region, QStringLiteral("/backups/%1/action").arg(id)),
                       body);
}

QJsonObject RackspaceSandboxHarness::findByName(const QString &region, const QString &name)
{
    QUrl url = regionUrl(region, QStringLiteral("/backups"));
    for (int page = 0; page < 50; ++page) {
        const auto reply = client.get(url);
        if (reply.status != 200)
            return {};
        for (const QJsonValue &backup : reply.json.value(QStringLiteral("backups")).toArray()) {
            if (backup.toObject().value(QStringLiteral("name")).toString() == name)
                return backup.toObject();
        }
        const QJsonArray links = reply.json.value(QStringLiteral("links")).toArray();
        if (links.isEmpty())
            return {};
        url = QUrl(links.first().toObject().value(QStringLiteral("href")).toString());
    }
    return {};
}

} // namespace Copydeck::Test
