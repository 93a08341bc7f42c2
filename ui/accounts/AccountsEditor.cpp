#include "ui/accounts/AccountsEditor.h"

#include "accounts/AccountStore.h"
#include "core/AccountConnections.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/WelcomeWidget.h"

#include <QAction>

#include <qcoro/qcorotask.h>

namespace Copydeck {

AccountsEditor::AccountsEditor(AccountsEditorParts parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
    , m_action(new QAction(tr("&Accounts…"), this))
{
    Q_ASSERT(m_parts.connections && m_parts.forms && m_parts.store && m_parts.secrets);
    m_action->setObjectName(QStringLiteral("accountsAction"));
    m_action->setToolTip(tr("Add, edit, test and remove accounts"));
    connect(m_action, &QAction::triggered, this, [this] { openDialog(); });
}

AccountsEditor::~AccountsEditor() = default;

AccountsDialog *AccountsEditor::openDialog()
{
    // A dialog that was just closed is still there until deleteLater runs: not the open one.
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    AccountsDialogParts parts;
    parts.providers = &m_parts.connections->registry();
    parts.forms = m_parts.forms;
    parts.context = ProviderContext {m_parts.network, m_parts.secrets, m_parts.retryPolicy};
    auto *dialog = new AccountsDialog(parts, m_parts.connections->accounts(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->changes()); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void AccountsEditor::attachWelcome(WelcomeWidget *welcome)
{
    connect(welcome, &WelcomeWidget::accountsChosen, this, &AccountsEditor::addAccounts);
    connect(welcome, &WelcomeWidget::addAccountRequested, this, [this] {
        AccountsDialog *dialog = openDialog();
        const QStringList clouds = m_parts.forms->providerIds();
        if (clouds.size() == 1)
            dialog->addAccount(clouds.constFirst());
    });
}

void AccountsEditor::addAccounts(const QList<Account> &accounts)
{
    AccountChanges changes;
    changes.accounts = m_parts.connections->accounts() + accounts;
    save(std::move(changes));
}

void AccountsEditor::save(AccountChanges changes)
{
    ++m_saving;
    QStringList wanted;
    for (const Account &account : std::as_const(changes.accounts))
        wanted << account.id;
    QCoro::connect(AccountChanges::save(std::move(changes), m_parts.store, m_parts.secrets), this,
                   [this, wanted](const Result<void> &result) {
                       --m_saving;
                       // The accounts as saved, unless saving stopped before them (a secret
                       // could not be written): then the window keeps what it had.
                       const QList<Account> stored = m_parts.store->load();
                       QStringList ids;
                       for (const Account &account : stored)
                           ids << account.id;
                       if (ids == wanted)
                           m_parts.connections->setAccounts(stored);
                       if (result.ok())
                           Q_EMIT saved();
                       else
                           Q_EMIT saveFailed(result.error().userText());
                   });
}

} // namespace Copydeck
