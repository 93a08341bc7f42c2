#include "RackspaceWindowWorld.h"

#include "core/AccountConnections.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/PollSchedule.h"
#include "providers/BuiltInProviders.h"
#include "ui/accounts/AccountForms.h"

#include <QNetworkProxy>

namespace Copydeck {

RackspaceWindowWorld::RackspaceWindowWorld()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

RackspaceWindowWorld::~RackspaceWindowWorld()
{
    // The tracker's tasks use the connections; the connections use the network and secrets.
    m_tracker.reset();
    m_connections.reset();
}

bool RackspaceWindowWorld::start(double speed, QString *error)
{
    if (!m_settingsDir.isValid()) {
        *error = QStringLiteral("no temporary folder for settings");
        return false;
    }
    m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("copydeck.ini")),
                                             QSettings::IniFormat);
    Sandbox::SandboxOptions options;
    options.speed = speed;
    if (!m_sandbox.start(options, error))
        return false;
    registerBuiltInProviders(m_registry);
    // The forms and importers see no RAX_* or OS_* variable of the machine running the tests.
    registerBuiltInAccountForms(m_accountForms,
                                AccountFormContext {QProcessEnvironment(), m_settingsDir.path()});
    m_accountStore = std::make_unique<AccountStore>(m_settings.get(), &m_secrets);

    const Sandbox::SandboxCredential demo = m_sandbox.rackspaceCredential();
    Account account;
    account.id = QStringLiteral("sandbox-rackspace-1");
    account.cloud = QStringLiteral("rackspace");
    account.name = QStringLiteral("Rackspace demo");
    account.authMethod = QStringLiteral("apiKey");
    account.endpointOverride = m_sandbox.rackspaceIdentityEndpoint();
    account.settings.insert(QStringLiteral("username"), demo.accessKeyId);
    m_secrets.insert(account.secretKey(QStringLiteral("apiKey")), demo.secretAccessKey.toUtf8());
    m_accountId = account.id;

    m_history = std::make_unique<ThroughputHistory>(nullptr);
    m_connections = std::make_unique<AccountConnections>(
        m_registry, ProviderContext {&m_network, &m_secrets, nullptr});
    m_connections->setAccounts({account});
    m_tracker = std::make_unique<CopyJobTracker>(m_connections.get(), m_history.get(), &m_clock);
    m_tracker->setPollSchedule(PollSchedule::fast());
    return true;
}

MainWindowParts RackspaceWindowWorld::parts()
{
    return MainWindowParts {m_connections.get(), m_tracker.get(),      &m_clock,   m_settings.get(),
                            &m_accountForms,     m_accountStore.get(), &m_secrets, &m_network};
}

QString RackspaceWindowWorld::regionId(const QString &region) const
{
    return QStringLiteral("rackspace:%1:%2")
        .arg(m_sandbox.rackspaceCredential().accountNumber, region);
}

} // namespace Copydeck
