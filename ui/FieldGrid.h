#pragma once

#include <QCoreApplication>

class QGridLayout;
class QLabel;
class QString;
class QWidget;

namespace Copydeck {

class FieldIssueLabel;

// Lays out a page's fields in a grid the way every copy page does: a label, the field (or a row
// holding it) and, under the field, the reason it is refused, so that labels line up with their
// fields however many lines a reason takes.
class FieldGrid final
{
    Q_DISABLE_COPY_MOVE(FieldGrid)

public:
    explicit FieldGrid(QGridLayout *grid);

    // `text` is the label (with its mnemonic); `buddy` gets the focus on that mnemonic. Returns
    // the label.
    QLabel *addField(const QString &text, QWidget *buddy, QWidget *field,
                     FieldIssueLabel *issue = nullptr);
    // The usual case: `issue`'s field in its frame, and the reason under it.
    QLabel *addField(const QString &text, FieldIssueLabel *issue);
    // A line under the fields, in the fields' column (a note, a status).
    void addNote(QWidget *note);
    // A line across the labels' and the fields' columns.
    void addWideNote(QWidget *note);

private:
    QGridLayout *m_grid;
    int m_row = 0;
};

// Secondary text (a rule, a note): wraps, plain, greyed.
QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent);

} // namespace Copydeck
