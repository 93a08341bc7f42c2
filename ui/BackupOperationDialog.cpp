#include "ui/BackupOperationDialog.h"

#include "core/Provider.h"
#include "ui/CopyDialogPage.h"
#include "ui/DisplayText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

BackupOperationDialog::BackupOperationDialog(Operation operation, const Backup &subject,
                                             const Provider *provider,
                                             ProviderConnection *connection,
                                             const CopyDialogPageRegistry &pages,
                                             const CopyDialogPageContext &context, QWidget *parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_provider(provider)
    , m_issuesLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_okButton(m_buttons->button(QDialogButtonBox::Ok))
{
    const bool create = operation == Operation::CreateBackup;
    setObjectName(create ? QStringLiteral("createBackupDialog")
                         : QStringLiteral("extendExpiryDialog"));
    setWindowTitle(
        create ? tr("Create a Backup in %1").arg(DisplayText::locationPath(subject.location))
               : tr("Extend Expiry of %1").arg(DisplayText::backupTitle(subject)));
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issuesLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_issuesLabel->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("operationDialogButtonBox"));
    m_okButton->setObjectName(create ? QStringLiteral("createButton")
                                     : QStringLiteral("extendButton"));
    m_okButton->setText(create ? tr("Create") : tr("Extend"));
    m_okButton->setEnabled(false);
    m_okButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    if (provider)
        m_page = pages.create(provider->id(), context, this);
    if (m_page) {
        layout->addWidget(m_page);
        connect(m_page, &CopyDialogPage::changed, this, &BackupOperationDialog::revalidate);
    } else {
        m_issuesLabel->setText(create
                                   ? tr("Copydeck cannot create backups in %1.")
                                         .arg(provider ? provider->displayName() : subject.cloud)
                                   : tr("Copydeck cannot change when backups of %1 expire.")
                                         .arg(provider ? provider->displayName() : subject.cloud));
        m_issuesLabel->setVisible(true);
    }
    layout->addWidget(m_issuesLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupOperationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupOperationDialog::reject);

    if (m_page) {
        m_page->setSource(subject, connection);
        revalidate();
    }
}

BackupOperationDialog::~BackupOperationDialog() = default;

void BackupOperationDialog::revalidate()
{
    if (!m_page || !m_provider)
        return;
    const CopyRequest request = m_page->request();
    // The provider's rules judge requests it sends (a create); an expiry change has only the
    // page's.
    QList<ValidationIssue> issues;
    if (m_operation == Operation::CreateBackup)
        issues = m_provider->validateCopy(request);
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
    m_okButton->setEnabled(issues.isEmpty() && !m_page->isLoading());
}

void BackupOperationDialog::accept()
{
    // The rules may have moved under a dialog left open (the window is relative to now).
    revalidate();
    if (!m_page || !m_okButton->isEnabled())
        return;
    m_request = m_page->request();
    m_page->rememberChoices();
    QDialog::accept();
}

} // namespace Copydeck
