#pragma once

#include <QLabel>
#include <QPointer>

class QFrame;

namespace Copydeck {

// The reason a field is invalid, in words, shown beside the field. While it holds a message the
// field is framed in red (by a frame around it, so the field itself keeps its native look); without
// one the label hides and the frame is invisible. Put fieldFrame() in the layout, not the field.
class FieldIssueLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldIssueLabel)

public:
    // Takes `field` into fieldFrame().
    explicit FieldIssueLabel(QWidget *field, QWidget *parent = nullptr);

    void setIssue(const QString &message);
    void clearIssue() { setIssue({}); }
    bool hasIssue() const { return !text().isEmpty(); }

    QWidget *field() const { return m_field; }
    QFrame *fieldFrame() const { return m_frame; }

private:
    void updateFrame();

    QPointer<QWidget> m_field;
    QFrame *m_frame;
};

} // namespace Copydeck
