#include "ui/accounts/AccountImportDialog.h"

#include "ui/accounts/DiscoveredAccountsView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

AccountImportDialog::AccountImportDialog(const AccountImporter::Discovery &discovery,
                                         QWidget *parent)
    : QDialog(parent)
    , m_view(new DiscoveredAccountsView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_view->chosenAccounts().isEmpty());
    };
    connect(m_view, &DiscoveredAccountsView::chosenChanged, this, updateOk);
    m_view->setDiscovery(discovery);
    updateOk();
    resize(sizeHint().expandedTo(QSize(560, 380)));
}

AccountImportDialog::~AccountImportDialog() = default;

QList<Account> AccountImportDialog::chosenAccounts() const
{
    return m_view->chosenAccounts();
}

} // namespace Copydeck
