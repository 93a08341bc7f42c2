#pragma once

#include "accounts/AccountImporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace Copydeck {

class DiscoveredAccountsView;

// "Import from this computer": what the importers found, each checked unless it is already added.
// Returns the chosen accounts; adds and saves nothing itself. Opened busy while the importers run
// on a worker (AccountDiscoveryRun); setDiscovery() shows what they found.
class AccountImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountImportDialog)

public:
    // Busy: "Looking for accounts…" until setDiscovery().
    explicit AccountImportDialog(QWidget *parent = nullptr);
    explicit AccountImportDialog(const AccountImporter::Discovery &discovery,
                                 QWidget *parent = nullptr);
    ~AccountImportDialog() override;

    void setDiscovery(const AccountImporter::Discovery &discovery);
    bool isBusy() const { return m_busy; }

    QList<Account> chosenAccounts() const;

private:
    DiscoveredAccountsView *m_view;
    QDialogButtonBox *m_buttons;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    bool m_busy = true;

    void updateOk();
};

} // namespace Copydeck
