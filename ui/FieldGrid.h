#pragma once

#include <QCoreApplication>

class QGridLayout;
class QLabel;
class QString;
class QWidget;

namespace Copydeck {

class FieldIssueLabel;

// Lays out the Spanner pages' fields the way the other copy pages do: a label, the field (or a
// row holding it) and, under the field, the reason it is refused, so that labels line up with
// their fields however many lines a reason takes.
class SpannerFormGrid final
{
    Q_DISABLE_COPY_MOVE(SpannerFormGrid)

public:
    explicit SpannerFormGrid(QGridLayout *grid);

    // `text` is the label (with its mnemonic); `buddy` gets the focus on that mnemonic. Returns
    // the label.
    QLabel *addField(const QString &text, QWidget *buddy, QWidget *field,
                     FieldIssueLabel *issue = nullptr);
    // A line under the fields (a note, a status).
    void addNote(QWidget *note);

private:
    QGridLayout *m_grid;
    int m_row = 0;
};

// Secondary text under a field: wraps, plain, greyed.
QLabel *spannerNoteLabel(const QString &objectName, QWidget *parent);

} // namespace Copydeck
