#include "ui/FieldIssueLabel.h"

namespace Copydeck {

namespace {

// Dark enough to read on a light background, clearly red on a dark one.
constexpr auto IssueColor = "#c62828";

} // namespace

FieldIssueLabel::FieldIssueLabel(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldStyleSheet(field ? field->styleSheet() : QString())
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(IssueColor)));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    if (field)
        field->setProperty("hasIssue", false);
    setVisible(false);
}

void FieldIssueLabel::setIssue(const QString &message)
{
    if (message == text() && isVisibleTo(parentWidget()) == !message.isEmpty())
        return;
    setText(message);
    setVisible(!message.isEmpty());
    if (!m_field)
        return;
    const bool marked = !message.isEmpty();
    m_field->setProperty("hasIssue", marked);
    const QString className = QLatin1String(m_field->metaObject()->className());
    // A style sheet on the field itself (not on an ancestor) keeps the rest of the form native.
    m_field->setStyleSheet(
        marked ? m_fieldStyleSheet
                + QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }")
                      .arg(className.section(QLatin1String("::"), -1), QLatin1String(IssueColor))
               : m_fieldStyleSheet);
    m_field->setAccessibleDescription(message);
}

} // namespace Copydeck
