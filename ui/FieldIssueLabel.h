#pragma once

#include <QLabel>
#include <QPointer>

namespace Copydeck {

// The reason a field is invalid, in words, shown beside the field. While it holds a message the
// field is drawn with a red border; without one the label hides and the field looks normal.
class FieldIssueLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldIssueLabel)

public:
    explicit FieldIssueLabel(QWidget *field, QWidget *parent = nullptr);

    void setIssue(const QString &message);
    void clearIssue() { setIssue({}); }
    bool hasIssue() const { return !text().isEmpty(); }

    QWidget *field() const { return m_field; }

private:
    QPointer<QWidget> m_field;
    QString m_fieldStyleSheet; // what the field had before it was marked
};

} // namespace Copydeck
