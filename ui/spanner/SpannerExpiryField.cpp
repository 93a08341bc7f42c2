#include "ui/spanner/SpannerExpiryField.h"

#include "ui/FieldIssueLabel.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QWidget>

namespace Copydeck {

namespace {

QString shown(const QDateTime &time)
{
    return QLocale().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" UTC");
}

} // namespace

SpannerExpiryField::SpannerExpiryField(QWidget *parent)
    : QObject(parent)
    , m_edit(new QDateTimeEdit(parent))
    , m_issue(new FieldIssueLabel(m_edit, parent))
    , m_row(new QWidget(parent))
    , m_weekButton(new QPushButton(tr("+&7 days"), parent))
    , m_monthButton(new QPushButton(tr("+3&0 days"), parent))
    , m_longestButton(new QPushButton(tr("Lon&gest allowed"), parent))
    , m_windowLabel(new QLabel(parent))
{
    m_edit->setObjectName(QStringLiteral("expireTimeDateTimeEdit"));
    m_issue->setObjectName(QStringLiteral("expireTimeIssueLabel"));
    m_weekButton->setObjectName(QStringLiteral("expireInWeekButton"));
    m_monthButton->setObjectName(QStringLiteral("expireInMonthButton"));
    m_longestButton->setObjectName(QStringLiteral("expireLongestButton"));
    m_windowLabel->setObjectName(QStringLiteral("expireWindowLabel"));

    // Google states every limit in UTC; so does the editor, to avoid a second conversion.
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_edit->setCalendarPopup(true);
    m_edit->setToolTip(tr("When Spanner deletes the backup."));
    m_weekButton->setToolTip(tr("Expire 7 days from now"));
    m_monthButton->setToolTip(tr("Expire 30 days from now"));
    m_longestButton->setToolTip(tr("Keep it as long as Spanner allows"));
    for (QPushButton *button : {m_weekButton, m_monthButton, m_longestButton})
        button->setAutoDefault(false);
    m_windowLabel->setWordWrap(true);
    m_windowLabel->setTextFormat(Qt::PlainText);
    m_windowLabel->setEnabled(false); // drawn as secondary text

    auto *row = new QHBoxLayout(m_row);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_issue->fieldFrame(), 1);
    row->addWidget(m_weekButton);
    row->addWidget(m_monthButton);
    row->addWidget(m_longestButton);

    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &SpannerExpiryField::changed);
    connect(m_weekButton, &QPushButton::clicked, this, [this] { setDateTime(daysFromNow(7)); });
    connect(m_monthButton, &QPushButton::clicked, this, [this] { setDateTime(daysFromNow(30)); });
    connect(m_longestButton, &QPushButton::clicked, this, [this] {
        if (m_latest.isValid())
            setDateTime(m_latest);
    });
}

void SpannerExpiryField::setWindow(const QDateTime &earliest, const QDateTime &latest,
                                   const QString &rule)
{
    const QDateTime before = dateTime();
    m_earliest = earliest.toUTC();
    m_latest = latest.toUTC();
    // The editor holds minutes: round the ends inwards so that both are allowed values.
    QDateTime low = m_earliest;
    if (low.isValid() && (low.time().second() != 0 || low.time().msec() != 0)) {
        low = low.addSecs(60 - low.time().second());
        low.setTime(QTime(low.time().hour(), low.time().minute()));
    }
    QDateTime high = m_latest;
    if (high.isValid())
        high.setTime(QTime(high.time().hour(), high.time().minute()));
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setDateTimeRange(low.isValid() ? low : QDateTimeEdit().minimumDateTime(),
                                 high.isValid() ? high : QDateTimeEdit().maximumDateTime());
    }
    m_longestButton->setEnabled(m_latest.isValid());
    if (m_earliest.isValid() && m_latest.isValid())
        m_windowLabel->setText(
            tr("Allowed: from %1 to %2 (%3).").arg(shown(m_earliest), shown(m_latest), rule));
    else
        m_windowLabel->setText(rule);
    if (before.isValid())
        setDateTime(before);
}

QDateTime SpannerExpiryField::clamped(const QDateTime &time) const
{
    QDateTime result = time.toUTC();
    if (m_latest.isValid() && result > m_latest)
        result = m_latest;
    if (m_earliest.isValid() && result < m_earliest)
        result = m_earliest;
    return result;
}

QDateTime SpannerExpiryField::daysFromNow(int days) const
{
    return clamped(QDateTime::currentDateTimeUtc().addDays(days));
}

void SpannerExpiryField::setDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return;
    QDateTime value = clamped(time);
    value.setTime(QTime(value.time().hour(), value.time().minute()));
    const QDateTime previous = m_edit->dateTime();
    m_edit->setDateTime(value);
    if (m_edit->dateTime() == previous)
        Q_EMIT changed(); // the range moved under an unchanged value: the rules may differ now
}

QDateTime SpannerExpiryField::dateTime() const
{
    return m_edit->dateTime().toUTC();
}

} // namespace Copydeck
