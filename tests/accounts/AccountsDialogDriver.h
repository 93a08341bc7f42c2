#pragma once

#include <QList>
#include <QPointer>
#include <QString>

class QWidget;

namespace Copydeck {
class AccountsDialog;
}

namespace Copydeck::Test {

// One field of a cloud's account form, by object name, and what a user puts in it: typed into a
// line edit, or, for a button that opens a file dialog, the file chosen there.
struct FormField
{
    QString name;
    QString value;
};

// Drives an open accounts dialog the way a user does: the Add menu, the account's name, the
// form's radio buttons, fields and region table, "Test Connection". Each step says whether it
// worked; error() says what went wrong, for the test's message.
class AccountsDialogDriver final
{
    Q_DISABLE_COPY_MOVE(AccountsDialogDriver)

public:
    explicit AccountsDialogDriver(AccountsDialog *dialog);
    ~AccountsDialogDriver();

    QString error() const { return m_error; }

    // Picks "<cloudName> Account…" from the Add button's menu; a new account of `cloud` is
    // selected with its name ready to be typed over.
    bool addAccount(const QString &cloud, const QString &cloudName);
    // Types the new account's name (the name field has the keyboard, its text selected).
    bool typeName(const QString &name);
    // The cloud's form shown now.
    QWidget *form() const;
    // Clicks the form's radio button of that name.
    bool choose(const QString &radioButton);
    // Fills the fields in order: what a line edit had is replaced by what is typed.
    bool fill(const QList<FormField> &fields);
    // Checks a region in the form's table of regions (select its row, Space).
    bool checkRegion(const QString &region);
    // Presses "Test Connection" and waits for the answer: its summary, or a note that none came.
    QString testConnection(int timeoutMs = 20'000);
    QString connectionDetails() const;
    // Presses OK.
    bool accept();

private:
    bool fail(const QString &message);
    bool chooseFile(const QString &button, const QString &path);

    QPointer<AccountsDialog> m_dialog;
    QString m_error;
};

} // namespace Copydeck::Test
