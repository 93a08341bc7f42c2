#pragma once

#include "accounts/AccountImporter.h"

#include <QDialog>

class QDialogButtonBox;

namespace Copydeck {

class DiscoveredAccountsView;

// "Import from this computer": what the importers found, each checked unless it is already added.
// Returns the chosen accounts; adds and saves nothing itself.
class AccountImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountImportDialog)

public:
    explicit AccountImportDialog(const AccountImporter::Discovery &discovery,
                                 QWidget *parent = nullptr);
    ~AccountImportDialog() override;

    QList<Account> chosenAccounts() const;

private:
    DiscoveredAccountsView *m_view;
    QDialogButtonBox *m_buttons;
};

} // namespace Copydeck
