#include "ui/spanner/SpannerFormGrid.h"

#include "ui/FieldIssueLabel.h"

#include <QGridLayout>
#include <QLabel>

namespace Copydeck {

SpannerFormGrid::SpannerFormGrid(QGridLayout *grid)
    : m_grid(grid)
{
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
}

QLabel *SpannerFormGrid::addField(const QString &text, QWidget *buddy, QWidget *field,
                                  FieldIssueLabel *issue)
{
    auto *label = new QLabel(text, m_grid->parentWidget());
    label->setBuddy(buddy);
    m_grid->addWidget(label, m_row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addWidget(field, m_row, 1);
    ++m_row;
    if (issue)
        m_grid->addWidget(issue, m_row++, 1);
    return label;
}

void SpannerFormGrid::addNote(QWidget *note)
{
    m_grid->addWidget(note, m_row++, 1);
}

QLabel *spannerNoteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // drawn as secondary text
    return label;
}

} // namespace Copydeck
