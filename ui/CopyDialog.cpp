#include "ui/CopyDialog.h"

#include "core/Provider.h"
#include "models/DisplayFormat.h"
#include "ui/CopyDialogPage.h"
#include "ui/DisplayText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

CopyDialog::CopyDialog(const Backup &source, const Provider *provider,
                       ProviderConnection *connection, const CopyDialogPageRegistry &pages,
                       const CopyDialogPageContext &context, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_issuesLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_copyButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("copyDialog"));
    setWindowTitle(tr("Copy %1").arg(DisplayText::backupTitle(source)));
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issuesLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_issuesLabel->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("copyDialogButtonBox"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeSourceSummary(source));

    if (provider)
        m_page = pages.create(provider->id(), context, this);
    if (m_page) {
        layout->addWidget(m_page);
        connect(m_page, &CopyDialogPage::changed, this, &CopyDialog::revalidate);
    } else {
        m_issuesLabel->setText(
            tr("Copydeck cannot copy backups of this cloud yet: it has no copy settings for "
               "%1.")
                .arg(provider ? provider->displayName() : source.cloud));
        m_issuesLabel->setVisible(true);
    }
    layout->addWidget(m_issuesLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CopyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CopyDialog::reject);

    if (m_page) {
        m_page->setSource(source, connection);
        revalidate();
    }
}

CopyDialog::~CopyDialog() = default;

QWidget *CopyDialog::makeSourceSummary(const Backup &source)
{
    auto *box = new QGroupBox(tr("Backup to copy"), this);
    box->setObjectName(QStringLiteral("sourceSummaryGroupBox"));
    auto *form = new QFormLayout(box);
    const auto addRow = [box, form](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *valueLabel = new QLabel(value, box);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setWordWrap(true);
        form->addRow(label, valueLabel);
    };
    addRow(tr("Name:"), DisplayText::backupTitle(source));
    addRow(tr("From:"), DisplayText::locationPath(source.location));
    addRow(tr("Resource:"), source.sourceResource);
    addRow(tr("State:"), DisplayText::backupState(source));
    addRow(tr("Size:"), DisplayFormat::size(source.sizeBytes));
    addRow(tr("Created:"), DisplayFormat::dateTime(source.created));
    return box;
}

void CopyDialog::revalidate()
{
    if (!m_page || !m_provider)
        return;
    QList<ValidationIssue> issues = m_provider->validateCopy(m_page->request());
    for (const ValidationIssue &issue : m_page->pageIssues()) {
        if (!issues.contains(issue))
            issues << issue;
    }
    const QList<ValidationIssue> elsewhere = m_page->showIssues(issues);
    QStringList lines;
    for (const ValidationIssue &issue : elsewhere)
        lines << issue.message;
    m_issuesLabel->setText(lines.join(QLatin1Char('\n')));
    m_issuesLabel->setVisible(!lines.isEmpty());
    m_copyButton->setEnabled(issues.isEmpty() && !m_page->isLoading());
}

void CopyDialog::accept()
{
    if (!m_page || !m_copyButton->isEnabled())
        return;
    m_request = m_page->request();
    m_requests = m_page->requests();
    m_page->rememberChoices();
    QDialog::accept();
}

} // namespace Copydeck
