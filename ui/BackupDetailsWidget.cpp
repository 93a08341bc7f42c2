#include "ui/BackupDetailsWidget.h"

#include "models/DisplayFormat.h"
#include "ui/DisplayText.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

QString valueText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1String(", "));
    case QMetaType::QVariantList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    case QMetaType::QDateTime:
        return DisplayFormat::dateTime(value.toDateTime());
    case QMetaType::Bool:
        return value.toBool() ? BackupDetailsWidget::tr("yes") : BackupDetailsWidget::tr("no");
    default:
        return value.toString();
    }
}

} // namespace

BackupDetailsWidget::BackupDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_factsBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("backupDetailsWidget"));
    m_titleLabel->setObjectName(QStringLiteral("backupTitleLabel"));
    m_factsBrowser->setObjectName(QStringLiteral("backupFactsTextBrowser"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factsBrowser->setOpenLinks(false);
    m_factsBrowser->setFrameShape(QFrame::NoFrame);
    // Identifiers (ARNs, resource names) have no spaces; let them break anywhere.
    m_factsBrowser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_factsBrowser->setAccessibleName(tr("Backup details"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_factsBrowser, 1);
    setMinimumWidth(220);
    clear();
}

void BackupDetailsWidget::clear()
{
    m_backup = {};
    m_titleLabel->setText(tr("No backup selected"));
    m_factsBrowser->setPlainText(tr("Select a backup to see everything known about it."));
}

void BackupDetailsWidget::setBackup(const Backup &backup, const QString &accountName,
                                    const QString &cloudName)
{
    m_backup = backup;
    m_titleLabel->setText(DisplayText::backupTitle(backup));

    QList<std::pair<QString, QString>> facts = {
        {tr("Cloud"), cloudName.isEmpty() ? backup.cloud : cloudName},
        {tr("Account"), accountName.isEmpty() ? backup.accountId : accountName},
        {tr("Location"), DisplayText::locationPath(backup.location)},
        {tr("Region"), backup.location.region},
        {tr("Identifier"), backup.id},
        {tr("Source"), backup.sourceResource},
        {tr("Resource type"), backup.resourceType},
        {tr("State"), backupStateName(backup.state)},
        {tr("State in the cloud"), backup.rawState},
        {tr("Size"), DisplayFormat::size(backup.sizeBytes)},
        {tr("Created"), DisplayFormat::dateTime(backup.created)},
        {tr("Expires"),
         backup.expires.isValid() ? DisplayFormat::dateTime(backup.expires) : tr("never")},
        {tr("Encryption"), backup.encryption},
        {tr("Continuous"), backup.continuous ? tr("yes") : QString()},
        {tr("Copied from"), backup.copiedFrom},
    };
    for (auto it = backup.details.cbegin(); it != backup.details.cend(); ++it)
        facts.append({it.key(), valueText(it.value())});

    const QString labelColor = palette().color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const auto &[label, value] : std::as_const(facts)) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td valign=\"top\" style=\"color: %1; white-space: nowrap;\">")
                    .arg(labelColor)
            + label.toHtmlEscaped() + QStringLiteral("</td><td valign=\"top\">")
            + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_factsBrowser->setHtml(html);
}

QString BackupDetailsWidget::text() const
{
    return m_titleLabel->text() + QLatin1Char('\n') + m_factsBrowser->toPlainText();
}

} // namespace Copydeck
