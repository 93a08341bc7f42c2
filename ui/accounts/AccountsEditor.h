#pragma once

#include "accounts/AccountChanges.h"
#include "core/Account.h"

#include <QObject>
#include <QPointer>

class QAction;
class QNetworkAccessManager;
class QWidget;

namespace Copydeck {

class AccountConnections;
class AccountFormRegistry;
class AccountStore;
class AccountsDialog;
class RetryPolicy;
class SecretStore;
class WelcomeWidget;

// What AccountsEditor works with. Every pointer outlives it.
struct AccountsEditorParts
{
    AccountConnections *connections = nullptr; // given the saved accounts; its registry tests
    const AccountFormRegistry *forms = nullptr;
    AccountStore *store = nullptr; // the settings file
    SecretStore *secrets = nullptr; // the keychain: written after the dialog, read to test
    QNetworkAccessManager *network = nullptr; // for "Test connection"
    const RetryPolicy *retryPolicy = nullptr; // null: the test gives up after two attempts
};

// The window's side of the accounts dialog and the welcome page: opens the dialog, and saves what
// it returns (secrets to the keychain, accounts to the settings file, in that order) before the
// connections are rebuilt from what was saved. The UI never waits: saving runs in the background
// and ends with saved() or saveFailed().
class AccountsEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsEditor)

public:
    // Dialogs open window-modal over `window`, which also owns the editor.
    AccountsEditor(AccountsEditorParts parts, QWidget *window);
    ~AccountsEditor() override;

    // "Accounts…", for the window's menu: opens the dialog.
    QAction *action() const { return m_action; }
    // Opens the accounts dialog on the current accounts, or raises the one already open.
    AccountsDialog *openDialog();
    // Acts on the welcome page's choices: saves the accounts it imports, and opens the dialog
    // (with a new account ready when there is only one cloud) for "Add an account…". Its
    // sandboxRequested() is the window's to answer.
    void attachWelcome(WelcomeWidget *welcome);
    // Adds accounts that carry no secret (the welcome page's imports) to the saved ones.
    void addAccounts(const QList<Account> &accounts);
    // Writes `changes`; once the accounts are saved, the connections take them as the store holds
    // them (also when a secret no longer used could not be removed). When saving stopped before
    // the accounts, the connections keep what they had.
    void save(AccountChanges changes);
    bool isSaving() const { return m_saving > 0; }

Q_SIGNALS:
    void saved();
    // The reason, in the user's words; nothing of it is a secret.
    void saveFailed(const QString &message);

private:
    AccountsEditorParts m_parts;
    QWidget *m_window;
    QAction *m_action;
    QPointer<AccountsDialog> m_dialog;
    int m_saving = 0;
};

} // namespace Copydeck
