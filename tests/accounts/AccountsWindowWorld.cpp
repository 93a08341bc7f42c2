#include "AccountsWindowWorld.h"

#include "AccountsSandbox.h"

#include "core/AccountConnections.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/PollSchedule.h"
#include "ui/MainWindow.h"

#include <QFile>

namespace Copydeck::Test {

AccountsWindowWorld::AccountsWindowWorld(AccountsSandbox *sandbox, SecretStore *secrets)
    : m_sandbox(sandbox)
    , m_secrets(secrets)
{ }

AccountsWindowWorld::~AccountsWindowWorld()
{
    // The window uses the tracker and the connections; the tracker's tasks use the connections.
    m_window.reset();
    m_tracker.reset();
    m_connections.reset();
}

bool AccountsWindowWorld::start(QString *error)
{
    if (!m_settingsDir.isValid()) {
        *error = QStringLiteral("no temporary folder for the settings");
        return false;
    }
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get(), m_secrets);
    const ProviderContext context = m_sandbox->context();
    m_connections = std::make_unique<AccountConnections>(
        m_sandbox->providers(), ProviderContext {context.network, m_secrets, nullptr});
    m_connections->setAccounts(m_store->load());
    m_tracker = std::make_unique<CopyJobTracker>(m_connections.get(), nullptr, &m_clock);
    m_tracker->setPollSchedule(PollSchedule::fast());
    m_window = std::make_unique<MainWindow>(
        MainWindowParts {m_connections.get(), m_tracker.get(), &m_clock, m_settings.get(),
                         &m_sandbox->forms(), m_store.get(), m_secrets, context.network});
    return true;
}

QString AccountsWindowWorld::settingsPath() const
{
    return m_settingsDir.filePath(QStringLiteral("copydeck.ini"));
}

QByteArray AccountsWindowWorld::settingsFileBytes() const
{
    QFile file(settingsPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Copydeck::Test
