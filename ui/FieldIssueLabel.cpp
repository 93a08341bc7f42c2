#include "ui/FieldIssueLabel.h"

#include <QFrame>
#include <QHBoxLayout>

namespace Copydeck {

namespace {

// Dark enough to read on a light background, clearly red on a dark one.
constexpr auto IssueColor = "#c62828";
constexpr int FrameWidth = 2;

} // namespace

FieldIssueLabel::FieldIssueLabel(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_frame(new QFrame(parent))
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(IssueColor)));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setVisible(false);

    // The frame always takes its border's room, so that marking a field never moves the form.
    auto *layout = new QHBoxLayout(m_frame);
    layout->setContentsMargins(FrameWidth, FrameWidth, FrameWidth, FrameWidth);
    layout->setSpacing(0);
    if (field) {
        layout->addWidget(field);
        field->setProperty("hasIssue", false);
        m_frame->setFocusProxy(field);
        connect(field, &QObject::objectNameChanged, this, &FieldIssueLabel::updateFrame);
    }
    updateFrame();
}

void FieldIssueLabel::setIssue(const QString &message)
{
    if (message == text())
        return;
    setText(message);
    setVisible(!message.isEmpty());
    if (m_field) {
        m_field->setProperty("hasIssue", !message.isEmpty());
        m_field->setAccessibleDescription(message);
    }
    updateFrame();
}

void FieldIssueLabel::updateFrame()
{
    const QString name = (m_field ? m_field->objectName() : QString()) + QStringLiteral("Frame");
    m_frame->setObjectName(name);
    // An id selector: the rule reaches the frame only, never the field inside it.
    m_frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { border: %2px solid %3; border-radius: 3px; }")
            .arg(name)
            .arg(FrameWidth)
            .arg(hasIssue() ? QLatin1String(IssueColor) : QLatin1String("transparent")));
}

} // namespace Copydeck
