#include "ui/FieldGrid.h"

#include "ui/FieldIssueLabel.h"

#include <QGridLayout>
#include <QLabel>

namespace Copydeck {

FieldGrid::FieldGrid(QGridLayout *grid)
    : m_grid(grid)
{
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
}

QLabel *FieldGrid::addField(const QString &text, QWidget *buddy, QWidget *field,
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

QLabel *FieldGrid::addField(const QString &text, FieldIssueLabel *issue)
{
    return addField(text, issue->field(), issue->fieldFrame(), issue);
}

void FieldGrid::addNote(QWidget *note)
{
    m_grid->addWidget(note, m_row++, 1);
}

void FieldGrid::addWideNote(QWidget *note)
{
    m_grid->addWidget(note, m_row++, 0, 1, 2);
}

QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // drawn as secondary text
    return label;
}

} // namespace Copydeck
