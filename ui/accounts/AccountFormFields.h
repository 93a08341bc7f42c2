#pragma once

#include <QLineEdit>
#include <QStringList>

class QLabel;
class QLayout;
class QString;
class QWidget;

// The small pieces every cloud's account form is made of.
namespace Copydeck::AccountFormFields {

// A line edit with a clear button; `echo` Password for a secret.
QLineEdit *lineEdit(const QString &objectName, QWidget *parent,
                    QLineEdit::EchoMode echo = QLineEdit::Normal);

// `field` (a widget or a layout of them) with `note` right under it, for one row of a form: the
// note reads as part of the field, not as a row of its own.
QLayout *withNote(QWidget *field, QLabel *note);
QLayout *withNote(QLayout *field, QLabel *note);

// The regions `checked` in the order of `accountRegions` (its first is the fallback default),
// then the ones newly checked, in their own order.
QStringList inAccountOrder(const QStringList &accountRegions, const QStringList &checked);

} // namespace Copydeck::AccountFormFields
