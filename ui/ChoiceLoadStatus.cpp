#include "ui/ChoiceLoadStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Copydeck {

ChoiceLoadStatus::ChoiceLoadStatus(const QString &labelName, const QString &retryButtonName,
                                   QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Try &again"), this))
{
    m_label->setObjectName(labelName);
    m_retryButton->setObjectName(retryButtonName);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_retryButton);

    connect(m_retryButton, &QPushButton::clicked, this, &ChoiceLoadStatus::retryRequested);
    clear();
}

ChoiceLoadStatus::~ChoiceLoadStatus() = default;

void ChoiceLoadStatus::showLoading(const QString &text)
{
    display(text, true, false);
    m_loading = true;
}

void ChoiceLoadStatus::showProblem(const QString &text, bool canRetry)
{
    display(text, true, canRetry);
}

void ChoiceLoadStatus::showNote(const QString &text)
{
    display(text, false, false);
}

void ChoiceLoadStatus::clear()
{
    m_loading = false;
    m_label->clear();
    m_label->setVisible(false);
    m_retryButton->setVisible(false);
    setVisible(false);
}

void ChoiceLoadStatus::display(const QString &text, bool problem, bool canRetry)
{
    m_loading = false;
    m_label->setText(text);
    m_label->setEnabled(problem); // a note is drawn as secondary text
    m_label->setVisible(true);
    m_retryButton->setVisible(canRetry);
    setVisible(true);
}

} // namespace Copydeck
