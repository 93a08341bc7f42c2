#include "ui/spanner/SpannerExpiryPage.h"

#include "models/DisplayFormat.h"
#include "providers/spanner/SpannerCopyRules.h"
#include "providers/spanner/SpannerJson.h"
#include "ui/FieldGrid.h"
#include "ui/FieldIssueLabel.h"
#include "ui/spanner/SpannerExpiryField.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Copydeck {

SpannerExpiryPage::SpannerExpiryPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_currentLabel(new QLabel(this))
    , m_expiry(new SpannerExpiryField(this))
{
    setObjectName(QStringLiteral("spannerExpiryPage"));
    m_currentLabel->setObjectName(QStringLiteral("currentExpiryLabel"));
    m_currentLabel->setTextFormat(Qt::PlainText);
    m_currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *box = new QGroupBox(tr("Expiry"), this);
    box->setObjectName(QStringLiteral("expiryGroupBox"));
    FieldGrid grid(new QGridLayout(box));
    grid.addField(tr("Now expires:"), nullptr, m_currentLabel);
    grid.addField(tr("&New expiry:"), m_expiry->editor(), m_expiry->fieldRow(),
                  m_expiry->issueLabel());
    grid.addNote(m_expiry->windowLabel());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_expiry, &SpannerExpiryField::changed, this, &CopyDialogPage::changed);
}

SpannerExpiryPage::~SpannerExpiryPage() = default;

void SpannerExpiryPage::setSource(const Backup &backup, ProviderConnection *)
{
    m_backup = backup;
    m_currentLabel->setText(backup.expires.isValid() ? DisplayFormat::longDateTime(backup.expires)
                                                     : tr("Unknown"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto max = SpannerJson::maxExpireTime(backup);
    m_expiry->setWindow(now.addSecs(SpannerCopyRules::MinExpirySeconds),
                        max ? max->addSecs(-1) : QDateTime(),
                        tr("at least 6 hours from now and before the backup's latest allowed "
                           "expiry"));
    // A month more than now, which is what "extend" usually means.
    m_expiry->setDateTime(backup.expires.isValid() ? backup.expires.addDays(30)
                                                   : m_expiry->daysFromNow(30));
}

CopyRequest SpannerExpiryPage::request() const
{
    CopyRequest request;
    request.source = m_backup;
    request.destination = m_backup.location;
    request.name = m_backup.name;
    request.expireTime = m_expiry->dateTime();
    return request;
}

QList<ValidationIssue> SpannerExpiryPage::pageIssues() const
{
    const QDateTime expire = m_expiry->dateTime();
    const QString field = QLatin1String(CopyField::ExpireTime);
    if (expire < QDateTime::currentDateTimeUtc().addSecs(SpannerCopyRules::MinExpirySeconds))
        return {{field, tr("The backup must expire at least 6 hours from now.")}};
    if (const auto max = SpannerJson::maxExpireTime(m_backup); max && expire >= *max)
        return {{field,
                 tr("The backup must expire before its latest allowed expiry (%1).")
                     .arg(DisplayFormat::longDateTime(*max))}};
    return {};
}

QList<ValidationIssue> SpannerExpiryPage::showIssues(const QList<ValidationIssue> &issues)
{
    QStringList here;
    QList<ValidationIssue> elsewhere;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == QLatin1String(CopyField::ExpireTime))
            here << issue.message;
        else
            elsewhere << issue;
    }
    m_expiry->issueLabel()->setIssue(here.join(QLatin1Char('\n')));
    return elsewhere;
}

} // namespace Copydeck
