#pragma once

#include <QGroupBox>
#include <QLatin1StringView>
#include <QList>
#include <QString>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLayout;
class QVBoxLayout;

namespace Copydeck {

class CurrentPageStack;

// The "Sign in with" box of an account form: a radio button for each way the cloud signs in, in a
// row, and under them the chosen way's page of fields, as tall as that page needs. A method is
// known by its place in the list given (the form's own enum, as an int) and by the
// Account::authMethod it stands for.
class SignInMethodBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInMethodBox)

public:
    struct Method
    {
        QString text; // the radio button's, with its mnemonic
        QString objectName; // the radio button's
        QString toolTip;
        QLatin1StringView authMethod;
    };

    // The radio buttons are made here, before the fields the form makes afterwards: Tab reaches
    // them first.
    SignInMethodBox(const QString &objectName, const QString &stackObjectName,
                    const QList<Method> &methods, QWidget *parent);
    ~SignInMethodBox() override;

    // A form layout without margins on the page of `method`, for its fields.
    QFormLayout *formPage(int method);
    // The page of `method` that says only `note` (what the environment provides, say).
    void setNotePage(int method, QLabel *note);
    // Rows every method shares, between the radio buttons and the pages.
    void addSharedRows(QLayout *rows);

    int method() const;
    // Checks `method`'s radio button and shows its page.
    void setMethod(int method);
    QString authMethod() const;
    // The method of an Account::authMethod; the first one for an empty or unknown one (how the
    // providers read it too).
    int methodOf(const QString &authMethod) const;

Q_SIGNALS:
    // Another method was chosen (by the user or by setMethod()); its page is shown.
    void methodChanged(int method);

private:
    QWidget *page(int method) const;

    QList<QLatin1StringView> m_authMethods;
    QButtonGroup *m_group;
    CurrentPageStack *m_stack;
    QVBoxLayout *m_layout;
};

} // namespace Copydeck
