#include "ui/huawei/HuaweiCopyPage.h"

#include "ui/ChoiceLoadStatus.h"
#include "ui/ComboChoices.h"
#include "ui/FieldGrid.h"
#include "ui/FieldIssueLabel.h"
#include "ui/FieldIssueRoute.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

HuaweiCopyPage::HuaweiCopyPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_regionCombo(new QComboBox(this))
    , m_projectEdit(new QLineEdit(this))
    , m_vaultCombo(new QComboBox(this))
    , m_status(new ChoiceLoadStatus(QStringLiteral("destinationStatusLabel"),
                                    QStringLiteral("reloadDestinationsButton"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_descriptionEdit(new QLineEdit(this))
    , m_regionIssue(new FieldIssueLabel(m_regionCombo, this))
    , m_vaultIssue(new FieldIssueLabel(m_vaultCombo, this))
    , m_nameIssue(new FieldIssueLabel(m_nameEdit, this))
    , m_descriptionIssue(new FieldIssueLabel(m_descriptionEdit, this))
{
    setObjectName(QStringLiteral("huaweiCopyPage"));
    m_regionCombo->setObjectName(QStringLiteral("destinationRegionComboBox"));
    m_projectEdit->setObjectName(QStringLiteral("destinationProjectLineEdit"));
    m_vaultCombo->setObjectName(QStringLiteral("destinationVaultComboBox"));
    m_nameEdit->setObjectName(QStringLiteral("replicaNameLineEdit"));
    m_descriptionEdit->setObjectName(QStringLiteral("replicaDescriptionLineEdit"));
    m_regionIssue->setObjectName(QStringLiteral("destinationRegionIssueLabel"));
    m_vaultIssue->setObjectName(QStringLiteral("destinationVaultIssueLabel"));
    m_nameIssue->setObjectName(QStringLiteral("replicaNameIssueLabel"));
    m_descriptionIssue->setObjectName(QStringLiteral("replicaDescriptionIssueLabel"));

    m_regionCombo->setPlaceholderText(tr("Choose a region"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vaultCombo->setPlaceholderText(tr("Choose a region first"));
    m_vaultCombo->setMinimumContentsLength(24);
    m_projectEdit->setReadOnly(true);
    m_projectEdit->setToolTip(tr("The account's project in the destination region; the replica "
                                 "belongs to it."));
    m_nameEdit->setClearButtonEnabled(true);
    m_descriptionEdit->setClearButtonEnabled(true);

    auto *destinationBox = new QGroupBox(tr("Destination"), this);
    FieldGrid destination(new QGridLayout(destinationBox));
    destination.addField(tr("&Region:"), m_regionIssue);
    destination.addField(tr("Project:"), nullptr, m_projectEdit);
    destination.addField(tr("&Vault:"), m_vaultIssue);
    destination.addNote(m_status);

    auto *replicaBox = new QGroupBox(tr("Replica"), this);
    FieldGrid replica(new QGridLayout(replicaBox));
    replica.addField(tr("&Name:"), m_nameIssue);
    replica.addField(tr("&Description:"), m_descriptionIssue);
    replica.addWideNote(noteLabel(tr("A name has 1 to 64 characters; a description at most 255, "
                                     "without < or >. A region holds one replica of a backup."),
                                  {}, replicaBox));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(destinationBox);
    layout->addWidget(replicaBox);

    setTabOrder(m_regionCombo, m_vaultCombo);
    setTabOrder(m_vaultCombo, m_status->retryButton());
    setTabOrder(m_status->retryButton(), m_nameEdit);
    setTabOrder(m_nameEdit, m_descriptionEdit);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillVaults();
        Q_EMIT changed();
    });
    connect(m_vaultCombo, &QComboBox::currentIndexChanged, this, &CopyDialogPage::changed);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_status, &ChoiceLoadStatus::retryRequested, this, &HuaweiCopyPage::loadTargets);
}

HuaweiCopyPage::~HuaweiCopyPage() = default;

bool HuaweiCopyPage::isLoading() const
{
    return m_status->isLoading();
}

void HuaweiCopyPage::setSource(const Backup &source, ProviderConnection *connection)
{
    m_source = source;
    m_connection = connection;
    m_nameEdit->setPlaceholderText(tr("%1 (the backup's name)").arg(source.name));
    loadTargets();
}

void HuaweiCopyPage::loadTargets()
{
    m_targets.clear();
    m_regionCombo->clear();
    m_vaultCombo->clear();
    m_projectEdit->clear();
    auto *huawei = dynamic_cast<HuaweiConnection *>(m_connection);
    if (!huawei) {
        onTargetsFailed(CloudError::local(tr("This account is not connected to Huawei Cloud.")));
        return;
    }
    m_regionCombo->setEnabled(false);
    m_vaultCombo->setEnabled(false);
    m_status->showLoading(tr("Loading the regions this backup can be replicated to…"));
    m_targetsAnswer.await(huawei->replicationTargets(m_source), this,
                          &HuaweiCopyPage::onTargetsLoaded, &HuaweiCopyPage::onTargetsFailed);
    Q_EMIT changed();
}

void HuaweiCopyPage::onTargetsLoaded(const QList<HuaweiConnection::ReplicationTarget> &targets)
{
    m_targets = targets;
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    int choosable = 0;
    for (const HuaweiConnection::ReplicationTarget &target : std::as_const(m_targets)) {
        if (target.unavailableReason.isEmpty()) {
            addChoice(m_regionCombo, target.region, target.region, {});
            ++choosable;
        } else {
            addUnavailableChoice(m_regionCombo,
                                 tr("%1 — %2").arg(target.region, target.unavailableReason),
                                 target.region, target.unavailableReason);
        }
    }
    m_regionCombo->setCurrentIndex(-1);
    m_regionCombo->setEnabled(true);
    m_vaultCombo->setEnabled(true);
    if (m_targets.isEmpty())
        m_status->showProblem(
            tr("Backups of %1 cannot be replicated to any region.").arg(m_source.location.region),
            true);
    else if (choosable == 0)
        m_status->showProblem(tr("Every region this backup can go to already holds a replica "
                                 "of it, or cannot take one."),
                              true);
    else
        m_status->clear();
    fillVaults();
    Q_EMIT changed();
}

void HuaweiCopyPage::onTargetsFailed(const CloudError &error)
{
    m_status->showProblem(tr("Could not load the destinations. %1").arg(error.userText()),
                          m_connection != nullptr);
    Q_EMIT changed();
}

std::optional<HuaweiConnection::ReplicationTarget> HuaweiCopyPage::currentTarget() const
{
    return chosenItem(m_regionCombo, m_targets, &HuaweiConnection::ReplicationTarget::region);
}

void HuaweiCopyPage::fillVaults()
{
    const auto target = currentTarget();
    const QSignalBlocker blocker(m_vaultCombo);
    m_vaultCombo->clear();
    m_projectEdit->setText(target ? target->projectId : QString());
    if (target) {
        for (const Location &vault : target->vaults)
            addChoice(m_vaultCombo, vault.name, vault.id, vault.id);
    }
    m_vaultCombo->setPlaceholderText(target ? tr("Choose a replication vault")
                                            : tr("Choose a region first"));
    chooseSoleChoice(m_vaultCombo);
}

CopyRequest HuaweiCopyPage::request() const
{
    CopyRequest request;
    request.source = m_source;
    if (const auto target = currentTarget()) {
        request.destination.cloud = m_source.cloud;
        request.destination.accountId = m_source.accountId;
        request.destination.kind = Location::Kind::Vault;
        request.destination.region = target->region;
        request.destination.owner = target->projectId;
        if (const auto vault = chosenItem(m_vaultCombo, target->vaults))
            request.destination = *vault;
    }
    request.name = m_nameEdit->text().trimmed();
    request.description = m_descriptionEdit->text();
    return request;
}

QList<ValidationIssue> HuaweiCopyPage::showIssues(const QList<ValidationIssue> &issues)
{
    // Region and vault problems both concern the destination: shown under the vault, unless no
    // region is chosen yet.
    FieldIssueLabel *destination = currentTarget() ? m_vaultIssue : m_regionIssue;
    const QList<ValidationIssue> elsewhere
        = showFieldIssues(issues,
                          {
                              {CopyField::Destination, destination},
                              {CopyField::Name, m_nameIssue},
                              {CopyField::Description, m_descriptionIssue},
                          });
    (destination == m_vaultIssue ? m_regionIssue : m_vaultIssue)->clearIssue();
    return elsewhere;
}

} // namespace Copydeck
