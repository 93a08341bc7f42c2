#pragma once

#include "accounts/AccountChanges.h"
#include "accounts/ConnectionCheck.h"
#include "core/Account.h"
#include "core/Provider.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Copydeck {

class AccountForm;
class AccountFormRegistry;
class ProviderRegistry;

// What the accounts dialog needs from its caller. Every pointer outlives the dialog and every
// connection test it starts.
struct AccountsDialogParts
{
    const ProviderRegistry *providers = nullptr; // cloud names and the connection test
    const AccountFormRegistry *forms = nullptr; // each cloud's form, secret names, importer
    // For "Test connection": the network and retry policy (null: give up after two attempts);
    // `secrets` is where the saved accounts' secrets are, read (never written) to test an account
    // whose secrets were not typed again. May be null.
    ProviderContext context;
};

// Add, edit, rename and remove accounts, import them from this computer, and test a connection
// before saving. One form per cloud (AccountFormRegistry). Returns a value, changes(): the
// accounts and, apart from them, the secrets to write and remove. It never writes the settings or
// the keychain: the caller does (AccountChanges::save), after accept.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(AccountsDialogParts parts, const QList<Account> &accounts,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // What to save, once accepted.
    AccountChanges changes() const;

    // A new account of the cloud, selected with its name ready to be typed over.
    void addAccount(const QString &providerId);
    // New accounts as they are (from an importer), the first of them selected.
    void addAccounts(const QList<Account> &accounts);
    // Shows what the importers find on this computer; the chosen accounts are added.
    void openImport();

    // Refuses, with the reason beside the account, while an account is incomplete.
    void accept() override;

private:
    struct Entry
    {
        Account account;
        QHash<QString, QByteArray> secrets; // typed in this dialog, by name (AccountForm)
        std::optional<Account> saved; // as it was when the dialog opened; empty: new
    };

    void buildLayout();
    QString cloudName(const QString &providerId) const;
    QString itemText(const Entry &entry) const;
    AccountForm *formFor(const QString &providerId);
    void appendEntry(Entry entry);
    void showEntry(int row);
    void commit();
    void updateButtons();
    QString incompleteReason() const;
    void updateIncomplete();
    void clearTestResult();
    void testConnection();
    void showTestResult(const ConnectionCheck::Outcome &outcome);
    void confirmRemove();
    void removeEntry(const QString &accountId);
    void rename();

    AccountsDialogParts m_parts;
    QList<Account> m_original;
    QList<Entry> m_entries; // in the order of the list's rows
    int m_current = -1;
    bool m_loading = false; // filling the editor: its signals are not edits
    int m_testGeneration = 0; // a test's answer counts only while nothing changed since
    QHash<QString, AccountForm *> m_forms; // by provider id, made on first use

    QListWidget *m_accountList;
    QPushButton *m_addButton;
    QPushButton *m_importButton;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QLineEdit *m_nameEdit;
    QLabel *m_cloudLabel;
    QCheckBox *m_readOnlyCheck;
    QStackedWidget *m_formStack;
    QLabel *m_noFormLabel;
    QLabel *m_incompleteLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResultLabel = nullptr;
    QLabel *m_testDetailsLabel = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Copydeck
