#include "ui/BackupFilterBar.h"

#include "core/Backup.h"
#include "core/ProviderRegistry.h"
#include "models/BackupFilterProxyModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <optional>

namespace Copydeck {

namespace {

constexpr int TypingPauseMs = 150;

} // namespace

BackupFilterBar::BackupFilterBar(BackupFilterProxyModel *proxy, const ProviderRegistry &providers,
                                 QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_filterEdit(new QLineEdit(this))
    , m_stateCombo(new QComboBox(this))
    , m_cloudCombo(new QComboBox(this))
    , m_ageCombo(new QComboBox(this))
    , m_withoutCopiesCheck(new QCheckBox(tr("Wit&hout a copy elsewhere"), this))
    , m_textDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("backupFilterBar"));
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_stateCombo->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_cloudCombo->setObjectName(QStringLiteral("cloudFilterComboBox"));
    m_ageCombo->setObjectName(QStringLiteral("ageFilterComboBox"));
    m_withoutCopiesCheck->setObjectName(QStringLiteral("withoutCopiesCheckBox"));

    m_filterEdit->setPlaceholderText(tr("Filter by name, source, location… (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter backups"));
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().horizontalAdvance(QLatin1Char('x'))
                                  * 28);
    m_withoutCopiesCheck->setToolTip(
        tr("Show only backups that have not been copied to another location yet."));

    m_stateCombo->addItem(tr("All states"));
    for (const BackupState state :
         {BackupState::Available, BackupState::Creating, BackupState::Copying, BackupState::Failed,
          BackupState::Expired, BackupState::Deleting, BackupState::Unknown}) {
        m_stateCombo->addItem(backupStateName(state), static_cast<int>(state));
    }

    m_cloudCombo->addItem(tr("All clouds"));
    for (const Provider *provider : providers.providers())
        m_cloudCombo->addItem(provider->displayName(), provider->id());

    m_ageCombo->addItem(tr("Any age"), 0);
    m_ageCombo->addItem(tr("Last 24 hours"), 1);
    m_ageCombo->addItem(tr("Last 7 days"), 7);
    m_ageCombo->addItem(tr("Last 30 days"), 30);
    m_ageCombo->addItem(tr("Last 90 days"), 90);
    m_ageCombo->addItem(tr("Last 365 days"), 365);

    auto *stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_stateCombo);
    auto *cloudLabel = new QLabel(tr("Cl&oud:"), this);
    cloudLabel->setBuddy(m_cloudCombo);
    auto *ageLabel = new QLabel(tr("A&ge:"), this);
    ageLabel->setBuddy(m_ageCombo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit, 1);
    layout->addSpacing(6);
    layout->addWidget(stateLabel);
    layout->addWidget(m_stateCombo);
    layout->addWidget(cloudLabel);
    layout->addWidget(m_cloudCombo);
    layout->addWidget(ageLabel);
    layout->addWidget(m_ageCombo);
    layout->addSpacing(6);
    layout->addWidget(m_withoutCopiesCheck);

    setTabOrder(m_filterEdit, m_stateCombo);
    setTabOrder(m_stateCombo, m_cloudCombo);
    setTabOrder(m_cloudCombo, m_ageCombo);
    setTabOrder(m_ageCombo, m_withoutCopiesCheck);

    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(TypingPauseMs);
    connect(m_textDebounce, &QTimer::timeout, this, &BackupFilterBar::applyText);
    connect(m_filterEdit, &QLineEdit::textChanged, m_textDebounce, qOverload<>(&QTimer::start));
    // Enter applies at once; clearing too.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &BackupFilterBar::applyText);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &BackupFilterBar::applyState);
    connect(m_cloudCombo, &QComboBox::currentIndexChanged, this, &BackupFilterBar::applyCloud);
    connect(m_ageCombo, &QComboBox::currentIndexChanged, this, &BackupFilterBar::applyAge);
    connect(m_withoutCopiesCheck, &QCheckBox::toggled, m_proxy,
            &BackupFilterProxyModel::setOnlyWithoutCopies);
}

void BackupFilterBar::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void BackupFilterBar::applyText()
{
    m_textDebounce->stop();
    m_proxy->setFilterText(m_filterEdit->text().trimmed());
}

void BackupFilterBar::applyState()
{
    const QVariant state = m_stateCombo->currentData();
    m_proxy->setStateFilter(
        state.isValid() ? std::optional<BackupState>(static_cast<BackupState>(state.toInt()))
                        : std::nullopt);
}

void BackupFilterBar::applyCloud()
{
    m_proxy->setCloudFilter(m_cloudCombo->currentData().toString());
}

void BackupFilterBar::applyAge()
{
    m_proxy->setMaxAgeDays(m_ageCombo->currentData().toInt());
}

} // namespace Copydeck
