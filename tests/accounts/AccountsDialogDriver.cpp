#include "AccountsDialogDriver.h"

#include "ui/accounts/AccountsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

namespace Copydeck::Test {

AccountsDialogDriver::AccountsDialogDriver(AccountsDialog *dialog)
    : m_dialog(dialog)
{ }

AccountsDialogDriver::~AccountsDialogDriver() = default;

bool AccountsDialogDriver::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool AccountsDialogDriver::addAccount(const QString &cloud, const QString &cloudName)
{
    if (!m_dialog)
        return fail(QStringLiteral("the dialog is gone"));
    auto *button = m_dialog->findChild<QPushButton *>(QStringLiteral("addAccountPushButton"));
    auto *menu = m_dialog->findChild<QMenu *>(QStringLiteral("addAccountMenu"));
    auto *action = m_dialog->findChild<QAction *>(cloud + QStringLiteral("AddAccountAction"));
    if (!button || !menu || !action)
        return fail(QStringLiteral("no Add button, menu or entry for %1").arg(cloud));
    const QString expected = cloudName + QStringLiteral(" Account…");
    if (button->menu() != menu || !menu->actions().contains(action) || !action->isEnabled()
        || action->text() != expected)
        return fail(
            QStringLiteral("the Add menu offers \"%1\", not \"%2\"").arg(action->text(), expected));
    // Chosen by triggering the menu's entry: the offscreen platform makes an opened menu the
    // active window and leaves it so once it closes, which takes the keyboard focus (and the
    // name's selection) from the dialog in a way no window manager does.
    action->trigger();
    return true;
}

bool AccountsDialogDriver::typeName(const QString &name)
{
    auto *edit = m_dialog ? m_dialog->findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"))
                          : nullptr;
    if (!edit)
        return fail(QStringLiteral("no name field"));
    if (!QTest::qWaitFor([edit] { return edit->hasFocus(); }))
        return fail(QStringLiteral("the name field does not have the keyboard"));
    if (edit->selectedText() != edit->text())
        return fail(
            QStringLiteral("the name \"%1\" is not selected to be typed over").arg(edit->text()));
    QTest::keyClicks(edit, name);
    return edit->text() == name
        || fail(QStringLiteral("the name field says \"%1\"").arg(edit->text()));
}

QWidget *AccountsDialogDriver::form() const
{
    auto *stack = m_dialog
        ? m_dialog->findChild<QStackedWidget *>(QStringLiteral("accountFormStackedWidget"))
        : nullptr;
    return stack ? stack->currentWidget() : nullptr;
}

bool AccountsDialogDriver::choose(const QString &radioButton)
{
    auto *radio = form() ? form()->findChild<QRadioButton *>(radioButton) : nullptr;
    if (!radio || !radio->isVisible())
        return fail(QStringLiteral("no %1 in the form").arg(radioButton));
    QTest::mouseClick(radio, Qt::LeftButton);
    return radio->isChecked() || fail(QStringLiteral("%1 did not take the click").arg(radioButton));
}

bool AccountsDialogDriver::fill(const QList<FormField> &fields)
{
    QWidget *shown = form();
    if (!shown)
        return fail(QStringLiteral("no form shown"));
    for (const FormField &field : fields) {
        auto *widget = shown->findChild<QWidget *>(field.name);
        if (!widget || !widget->isVisible())
            return fail(QStringLiteral("no %1 to be seen in the form").arg(field.name));
        if (qobject_cast<QPushButton *>(widget)) {
            if (!chooseFile(field.name, field.value))
                return false;
            continue;
        }
        auto *edit = qobject_cast<QLineEdit *>(widget);
        if (!edit)
            return fail(QStringLiteral("%1 is not a line edit").arg(field.name));
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, field.value);
        if (edit->text() != field.value)
            return fail(QStringLiteral("%1 says \"%2\"").arg(field.name, edit->text()));
    }
    return true;
}

bool AccountsDialogDriver::chooseFile(const QString &button, const QString &path)
{
    QWidget *shown = form();
    QTest::mouseClick(shown->findChild<QPushButton *>(button), Qt::LeftButton);
    QPointer<QFileDialog> files;
    if (!QTest::qWaitFor([&files, shown] {
            files = shown->findChild<QFileDialog *>();
            return files && files->isVisible();
        }))
        return fail(QStringLiteral("%1 opened no file dialog").arg(button));
    // The file, then Open. (Typing a whole path into the name field offscreen races the dialog's
    // completer, which follows each "/" into the folder typed so far.)
    files->selectFile(path);
    auto *buttons = files->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *open = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
    if (!open || !QTest::qWaitFor([open] { return open->isEnabled(); }))
        return fail(QStringLiteral("the file dialog's Open button is missing or disabled"));
    QTest::mouseClick(open, Qt::LeftButton);
    return QTest::qWaitFor([&files] { return !files || !files->isVisible(); })
        || fail(QStringLiteral("the file dialog stayed open"));
}

bool AccountsDialogDriver::checkRegion(const QString &region)
{
    auto *table = form() ? form()->findChild<QTableWidget *>() : nullptr;
    if (!table)
        return fail(QStringLiteral("no region table in the form"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() != region)
            continue;
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Space);
        return table->item(row, 0)->checkState() == Qt::Checked
            || fail(QStringLiteral("Space did not check %1").arg(region));
    }
    return fail(QStringLiteral("no region %1 in the form").arg(region));
}

QString AccountsDialogDriver::testConnection(int timeoutMs)
{
    auto *result = m_dialog ? m_dialog->findChild<QLabel *>(QStringLiteral("connectionResultLabel"))
                            : nullptr;
    auto *button = m_dialog
        ? m_dialog->findChild<QPushButton *>(QStringLiteral("testConnectionPushButton"))
        : nullptr;
    if (!result || !button)
        return QStringLiteral("(no Test Connection button or result)");
    QTest::mouseClick(button, Qt::LeftButton);
    const bool answered = QTest::qWaitFor(
        [result] {
            return !result->text().isEmpty()
                && !result->text().startsWith(QLatin1String("Testing the connection"));
        },
        timeoutMs);
    return answered ? result->text() : QStringLiteral("(no answer within %1 ms)").arg(timeoutMs);
}

QString AccountsDialogDriver::connectionDetails() const
{
    auto *details = m_dialog
        ? m_dialog->findChild<QLabel *>(QStringLiteral("connectionDetailsLabel"))
        : nullptr;
    return details && details->isVisible() ? details->text() : QString();
}

bool AccountsDialogDriver::accept()
{
    auto *buttons = m_dialog
        ? m_dialog->findChild<QDialogButtonBox *>(QStringLiteral("dialogButtonBox"))
        : nullptr;
    if (!buttons)
        return fail(QStringLiteral("no OK button"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return true;
}

} // namespace Copydeck::Test
