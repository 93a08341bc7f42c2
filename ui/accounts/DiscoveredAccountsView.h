#pragma once

#include "accounts/AccountImporter.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace Copydeck {

// What the importers found on this computer: one checkable row per proposed account (with where it
// was found; accounts already added are shown but cannot be checked), then the problems (files
// that could not be read, with their line, and sources Copydeck cannot use). Shared by the
// welcome page and the accounts dialog's import.
class DiscoveredAccountsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveredAccountsView)

public:
    explicit DiscoveredAccountsView(QWidget *parent = nullptr);
    ~DiscoveredAccountsView() override;

    void setDiscovery(const AccountImporter::Discovery &discovery);
    // The checked proposals' accounts, in the order shown.
    QList<Account> chosenAccounts() const;

Q_SIGNALS:
    void chosenChanged();

private:
    AccountImporter::Discovery m_discovery;
    QListWidget *m_list;
    QLabel *m_nothingLabel;
    QLabel *m_problemsLabel;
};

} // namespace Copydeck
