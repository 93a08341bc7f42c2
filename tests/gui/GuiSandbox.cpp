#include "GuiSandbox.h"

#include "core/AccountConnections.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/PollSchedule.h"
#include "providers/BuiltInProviders.h"
#include "ui/accounts/AccountForms.h"

namespace Copydeck {

GuiSandbox::GuiSandbox() = default;

GuiSandbox::~GuiSandbox()
{
    // The tracker's tasks use the connections; the connections use the network and secrets.
    m_tracker.reset();
    m_connections.reset();
}

bool GuiSandbox::start(double speed, QString *error)
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
    // The forms and importers see no AWS_* variable and no ~/.aws of the machine running tests.
    registerBuiltInAccountForms(m_accountForms,
                                AccountFormContext {QProcessEnvironment(), m_settingsDir.path()});
    m_accountStore = std::make_unique<AccountStore>(m_settings.get(), &m_secrets);
    QList<Account> accounts;
    int n = 0;
    const QList<Sandbox::SandboxCredential> credentials = m_sandbox.credentials();
    for (const Sandbox::SandboxCredential &credential : credentials) {
        // Sessions (temporary credentials) are not what this GUI test is about.
        if (!credential.sessionToken.isEmpty())
            continue;
        Account account;
        account.id = QStringLiteral("sandbox-%1-%2").arg(credential.cloud).arg(++n);
        account.cloud = credential.cloud;
        account.name = credential.name;
        account.authMethod = QStringLiteral("keys");
        account.regions = credential.regions;
        account.endpointOverride = m_sandbox.awsEndpoint();
        account.settings.insert(QStringLiteral("accountNumber"), credential.accountNumber);
        m_secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                         credential.accessKeyId.toUtf8());
        m_secrets.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                         credential.secretAccessKey.toUtf8());
        m_accountIds.insert(credential.name, account.id);
        accounts << account;
    }
    m_history = std::make_unique<ThroughputHistory>(nullptr);
    m_connections = std::make_unique<AccountConnections>(
        m_registry, ProviderContext {&m_network, &m_secrets, nullptr});
    m_connections->setAccounts(accounts);
    m_tracker = std::make_unique<CopyJobTracker>(m_connections.get(), m_history.get(), &m_clock);
    m_tracker->setPollSchedule(PollSchedule::fast());
    return true;
}

MainWindowParts GuiSandbox::parts()
{
    return MainWindowParts {m_connections.get(), m_tracker.get(),      &m_clock,   m_settings.get(),
                            &m_accountForms,     m_accountStore.get(), &m_secrets, &m_network};
}

QString GuiSandbox::addAccountWithWrongSecret(const QString &name)
{
    QList<Account> accounts = m_connections->accounts();
    Account account = m_connections->account(accountId(QStringLiteral("Production")));
    account.id = QStringLiteral("sandbox-wrong-secret-%1").arg(accounts.size());
    account.name = name;
    const Sandbox::SandboxCredential production = m_sandbox.credentials().constFirst();
    m_secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                     production.accessKeyId.toUtf8());
    m_secrets.insert(account.secretKey(QStringLiteral("secretAccessKey")),
                     QByteArrayLiteral("not-the-secret-of-this-key"));
    accounts << account;
    m_connections->setAccounts(accounts);
    return account.id;
}

void GuiSandbox::removeAccount(const QString &accountId)
{
    QList<Account> accounts = m_connections->accounts();
    accounts.removeIf([&accountId](const Account &account) { return account.id == accountId; });
    m_connections->setAccounts(accounts);
}

QString GuiSandbox::accountId(const QString &name) const
{
    return m_accountIds.value(name);
}

} // namespace Copydeck
