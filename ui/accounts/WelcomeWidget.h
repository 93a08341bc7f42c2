#pragma once

#include "accounts/AccountImporter.h"
#include "core/Account.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Copydeck {

class AccountDiscoveryRun;
class AccountFormRegistry;
class DiscoveredAccountsView;

// The first start, with no account: import what this computer already has, add an account by
// hand, or try the sandbox. Saves nothing and starts nothing itself: it says what the user chose
// through its signals, and whoever shows it acts (saves the accounts, opens the accounts dialog,
// restarts Copydeck with --sandbox).
class WelcomeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWidget)

public:
    // `forms` gives the importers; it outlives the widget.
    explicit WelcomeWidget(const AccountFormRegistry *forms, QWidget *parent = nullptr);
    ~WelcomeWidget() override;

    // Runs the importers on a worker and shows what they found (the "Import from this computer"
    // button); busy until they answer.
    void showImport();
    bool isImportBusy() const;

Q_SIGNALS:
    // The accounts found on this computer that the user chose to add. They carry no secret:
    // saving them with AccountStore::save is all there is to do.
    void accountsChosen(const QList<Account> &accounts);
    // "Add an account…": open the accounts dialog to add one.
    void addAccountRequested();
    // "Try the sandbox": start Copydeck again as `copydeck --sandbox`.
    void sandboxRequested();

private:
    void showDiscovery(const AccountImporter::Discovery &discovery);

    const AccountFormRegistry *m_forms;
    QPushButton *m_importButton;
    QPushButton *m_addButton;
    QPushButton *m_sandboxButton;
    QWidget *m_importPanel;
    DiscoveredAccountsView *m_discovered;
    QLabel *m_busyLabel;
    AccountDiscoveryRun *m_discovery;
    QPushButton *m_addChosenButton;
};

} // namespace Copydeck
