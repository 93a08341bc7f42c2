#include "ui/accounts/AccountImportDialog.h"

#include "ui/accounts/DiscoveredAccountsView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

AccountImportDialog::AccountImportDialog(const AccountImporter::Discovery &discovery,
                                         QWidget *parent)
    : AccountImportDialog(parent)
{
    setDiscovery(discovery);
}

AccountImportDialog::AccountImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new DiscoveredAccountsView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_busyLabel(new QLabel(tr("Looking for accounts on this computer…"), this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("accountImportDialog"));
    setWindowTitle(tr("Import Accounts"));
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add the Checked Accounts"));

    auto *intro = new QLabel(tr("These accounts are set up on this computer. Copydeck reads "
                                "their files and variables each time it connects; it copies no "
                                "key out of them."),
                             this);
    intro->setObjectName(QStringLiteral("importIntroLabel"));
    intro->setWordWrap(true);

    m_busyLabel->setObjectName(QStringLiteral("importBusyLabel"));
    m_busyBar->setObjectName(QStringLiteral("importBusyProgressBar"));
    m_busyBar->setRange(0, 0); // busy, no percent
    m_busyBar->setTextVisible(false);
    m_view->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &DiscoveredAccountsView::chosenChanged, this, &AccountImportDialog::updateOk);
    updateOk();
    resize(sizeHint().expandedTo(QSize(560, 380)));
}

AccountImportDialog::~AccountImportDialog() = default;

void AccountImportDialog::setDiscovery(const AccountImporter::Discovery &discovery)
{
    m_busy = false;
    m_busyLabel->setVisible(false);
    m_busyBar->setVisible(false);
    m_view->setDiscovery(discovery);
    m_view->setVisible(true);
    updateOk();
}

void AccountImportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_view->chosenAccounts().isEmpty());
}

QList<Account> AccountImportDialog::chosenAccounts() const
{
    return m_view->chosenAccounts();
}

} // namespace Copydeck
