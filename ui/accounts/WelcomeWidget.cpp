#include "ui/accounts/WelcomeWidget.h"

#include "ui/accounts/AccountDiscoveryRun.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/DiscoveredAccountsView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

QLabel *wrappedLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomeWidget::WelcomeWidget(const AccountFormRegistry *forms, QWidget *parent)
    : QWidget(parent)
    , m_forms(forms)
    , m_importButton(new QPushButton(tr("&Import from This Computer"), this))
    , m_addButton(new QPushButton(tr("&Add an Account…"), this))
    , m_sandboxButton(new QPushButton(tr("Try the &Sandbox"), this))
    , m_importPanel(new QWidget(this))
    , m_discovered(new DiscoveredAccountsView(m_importPanel))
    , m_busyLabel(new QLabel(tr("Looking for accounts on this computer…"), m_importPanel))
    , m_discovery(new AccountDiscoveryRun(forms, this))
    , m_addChosenButton(new QPushButton(tr("Add the &Checked Accounts"), m_importPanel))
{
    Q_ASSERT(m_forms);
    setObjectName(QStringLiteral("welcomeWidget"));
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_addButton->setObjectName(QStringLiteral("addAccountPushButton"));
    m_sandboxButton->setObjectName(QStringLiteral("sandboxPushButton"));
    m_importPanel->setObjectName(QStringLiteral("importPanelWidget"));
    m_addChosenButton->setObjectName(QStringLiteral("addChosenAccountsPushButton"));

    auto *title
        = wrappedLabel(QStringLiteral("welcomeTitleLabel"), tr("Welcome to Copydeck"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = wrappedLabel(
        QStringLiteral("welcomeIntroLabel"),
        tr("Copydeck lists the backups you keep in your cloud accounts, copies them to other "
           "regions, vaults and accounts, and follows every copy to its end. Tell it which "
           "accounts to use:"),
        this);

    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(16);
    choices->setVerticalSpacing(14);
    choices->setColumnStretch(1, 1);
    const struct
    {
        QPushButton *button;
        QString objectName;
        QString text;
    } rows[] = {
        {m_importButton, QStringLiteral("importHintLabel"),
         tr("Uses the profiles and environment variables your cloud tools already set up, such "
            "as ~/.aws/credentials. Copydeck reads them; it copies no key out of them.")},
        {m_addButton, QStringLiteral("addHintLabel"),
         tr("Enter an access key, or choose a profile, yourself.")},
        {m_sandboxButton, QStringLiteral("sandboxHintLabel"),
         tr("Demo accounts and backups in a cloud simulated on this computer; nothing leaves it. "
            "Copydeck starts again as \"copydeck --sandbox\", which you can also run yourself.")},
    };
    int row = 0;
    for (const auto &choice : rows) {
        choice.button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        choices->addWidget(choice.button, row, 0, Qt::AlignTop);
        choices->addWidget(wrappedLabel(choice.objectName, choice.text, this), row, 1);
        ++row;
        if (choice.button == m_importButton)
            choices->addWidget(m_importPanel, row++, 0, 1, 2);
    }

    auto *panelLayout = new QVBoxLayout(m_importPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_busyLabel);
    panelLayout->addWidget(m_discovered, 1);
    m_busyLabel->setObjectName(QStringLiteral("importBusyLabel"));
    m_busyLabel->setVisible(false);
    auto *panelButtons = new QHBoxLayout;
    panelButtons->addStretch(1);
    panelButtons->addWidget(m_addChosenButton);
    panelLayout->addLayout(panelButtons);
    m_importPanel->setVisible(false);

    // What was found stays a few rows tall; the page scrolls no further than the list.
    m_discovered->setMaximumHeight(fontMetrics().height() * 16);

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addSpacing(6);
    column->addWidget(intro);
    column->addSpacing(18);
    column->addLayout(choices);
    column->addStretch(2);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);

    connect(m_importButton, &QPushButton::clicked, this, &WelcomeWidget::showImport);
    connect(m_discovery, &AccountDiscoveryRun::finished, this, &WelcomeWidget::showDiscovery);
    connect(m_addButton, &QPushButton::clicked, this, &WelcomeWidget::addAccountRequested);
    connect(m_sandboxButton, &QPushButton::clicked, this, &WelcomeWidget::sandboxRequested);
    connect(m_discovered, &DiscoveredAccountsView::chosenChanged, this,
            [this] { m_addChosenButton->setEnabled(!m_discovered->chosenAccounts().isEmpty()); });
    connect(m_addChosenButton, &QPushButton::clicked, this,
            [this] { Q_EMIT accountsChosen(m_discovered->chosenAccounts()); });
}

WelcomeWidget::~WelcomeWidget() = default;

void WelcomeWidget::showImport()
{
    if (!m_discovery->start({}))
        return; // already looking
    m_importButton->setEnabled(false);
    m_addChosenButton->setEnabled(false);
    m_discovered->setVisible(false);
    m_busyLabel->setVisible(true);
    m_importPanel->setVisible(true);
}

bool WelcomeWidget::isImportBusy() const
{
    return m_discovery->isRunning();
}

void WelcomeWidget::showDiscovery(const AccountImporter::Discovery &discovery)
{
    m_busyLabel->setVisible(false);
    m_importButton->setEnabled(true);
    m_discovered->setDiscovery(discovery);
    m_discovered->setVisible(true);
    m_addChosenButton->setEnabled(!m_discovered->chosenAccounts().isEmpty());
    if (m_addChosenButton->isEnabled())
        m_addChosenButton->setFocus(Qt::OtherFocusReason);
}

} // namespace Copydeck
