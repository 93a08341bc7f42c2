#include "ui/accounts/DiscoveredAccountsView.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

constexpr int ProposalRole = Qt::UserRole; // index into the discovery's proposals
constexpr auto ProblemColor = "#c62828";

} // namespace

DiscoveredAccountsView::DiscoveredAccountsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_nothingLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("discoveredAccountsView"));
    m_list->setObjectName(QStringLiteral("discoveredAccountsListWidget"));
    m_nothingLabel->setObjectName(QStringLiteral("nothingFoundLabel"));
    m_problemsLabel->setObjectName(QStringLiteral("discoveryProblemsLabel"));
    m_list->setAccessibleName(tr("Accounts found on this computer"));
    m_list->setWordWrap(true);
    m_nothingLabel->setWordWrap(true);
    m_nothingLabel->setText(tr("Copydeck found no cloud account set up on this computer."));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(ProblemColor)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_nothingLabel);
    layout->addWidget(m_problemsLabel);

    connect(m_list, &QListWidget::itemChanged, this, &DiscoveredAccountsView::chosenChanged);
    setDiscovery({});
}

DiscoveredAccountsView::~DiscoveredAccountsView() = default;

void DiscoveredAccountsView::setDiscovery(const AccountImporter::Discovery &discovery)
{
    m_discovery = discovery;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < discovery.proposals.size(); ++i) {
            const AccountImporter::Proposal &proposal = discovery.proposals.at(i);
            const QString text = proposal.alreadyAdded
                ? tr("%1 (already added)\n%2").arg(proposal.account.name, proposal.source)
                : tr("%1\n%2").arg(proposal.account.name, proposal.source);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(ProposalRole, i);
            if (proposal.alreadyAdded) {
                item->setFlags(Qt::ItemIsSelectable); // shown, not offered
                item->setCheckState(Qt::Unchecked);
            } else {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    m_list->setVisible(!discovery.proposals.isEmpty());
    m_nothingLabel->setVisible(discovery.proposals.isEmpty());

    QStringList problems;
    for (const CloudError &problem : discovery.problems)
        problems << problem.userText();
    m_problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!problems.isEmpty());
    Q_EMIT chosenChanged();
}

QList<Account> DiscoveredAccountsView::chosenAccounts() const
{
    QList<Account> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        chosen << m_discovery.proposals.at(item->data(ProposalRole).toInt()).account;
    }
    return chosen;
}

} // namespace Copydeck
