#include "ui/accounts/AccountFormFields.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Copydeck::AccountFormFields {

namespace {

// As close under its field as a field's issue on the copy pages (ui/FieldGrid.h).
constexpr int NoteSpacing = 2;

QVBoxLayout *noteColumn(QLabel *note)
{
    // Any height the layout gives beyond the note's lines stays under them, not above.
    note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(NoteSpacing);
    return column;
}

} // namespace

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, QLineEdit::EchoMode echo)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    edit->setEchoMode(echo);
    return edit;
}

QLayout *withNote(QWidget *field, QLabel *note)
{
    QVBoxLayout *column = noteColumn(note);
    column->addWidget(field);
    column->addWidget(note);
    return column;
}

QLayout *withNote(QLayout *field, QLabel *note)
{
    QVBoxLayout *column = noteColumn(note);
    column->addLayout(field);
    column->addWidget(note);
    return column;
}

QStringList inAccountOrder(const QStringList &accountRegions, const QStringList &checked)
{
    QStringList regions;
    for (const QString &region : accountRegions) {
        if (checked.contains(region) && !regions.contains(region))
            regions << region;
    }
    for (const QString &region : checked) {
        if (!regions.contains(region))
            regions << region;
    }
    return regions;
}

} // namespace Copydeck::AccountFormFields
