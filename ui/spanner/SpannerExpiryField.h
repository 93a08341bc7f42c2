#pragma once

#include <QDateTime>
#include <QObject>

class QWidget;

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace Copydeck {

class FieldIssueLabel;

// When a Spanner backup expires: a date and time (UTC, as Google states its limits) bounded to the
// window the rules allow, quick choices (7 days, 30 days, the longest allowed), the window in words
// and the reason the chosen time is refused, if it is. Used by the copy, create and extend pages,
// which place its widgets (fieldRow(), issueLabel(), windowLabel()) in their own grids.
class SpannerExpiryField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpannerExpiryField)

public:
    // The widgets are children of `parent`, and so is this object.
    explicit SpannerExpiryField(QWidget *parent);

    // The allowed window (either end may be invalid: not known) and how it is explained, e.g.
    // "6 hours to 366 days after the source backup was made". Keeps the chosen time when it
    // still fits, else moves it inside.
    void setWindow(const QDateTime &earliest, const QDateTime &latest, const QString &rule);
    // Sets the time, moved inside the window.
    void setDateTime(const QDateTime &time);
    QDateTime dateTime() const;

    QDateTime earliest() const { return m_earliest; }
    QDateTime latest() const { return m_latest; }

    // The time `days` days from now, moved inside the window.
    QDateTime daysFromNow(int days) const;

    QDateTimeEdit *editor() const { return m_edit; }
    FieldIssueLabel *issueLabel() const { return m_issue; }
    // The editor's frame and the quick choices, for the caller's layout (the issue label goes
    // under it).
    QWidget *fieldRow() const { return m_row; }
    QLabel *windowLabel() const { return m_windowLabel; }

Q_SIGNALS:
    void changed();

private:
    QDateTime clamped(const QDateTime &time) const;

    QDateTime m_earliest;
    QDateTime m_latest;
    QDateTimeEdit *m_edit;
    FieldIssueLabel *m_issue;
    QWidget *m_row;
    QPushButton *m_weekButton;
    QPushButton *m_monthButton;
    QPushButton *m_longestButton;
    QLabel *m_windowLabel;
};

} // namespace Copydeck
