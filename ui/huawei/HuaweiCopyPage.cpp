#include "ui/huawei/HuaweiCopyPage.h"

#include "ui/FieldIssueLabel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace Copydeck {

namespace {

void addRows(QGridLayout *grid, int &row,
             std::initializer_list<std::pair<QLabel *, FieldIssueLabel *>> rows)
{
    for (const auto &[label, issue] : rows) {
        grid->addWidget(label, row, 0);
        grid->addWidget(issue->fieldFrame(), row, 1);
        grid->addWidget(issue, row + 1, 1);
        row += 2;
    }
}

} // namespace

HuaweiCopyPage::HuaweiCopyPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_regionCombo(new QComboBox(this))
    , m_projectEdit(new QLineEdit(this))
    , m_vaultCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_reloadButton(new QPushButton(tr("Try &again"), this))
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
    m_statusLabel->setObjectName(QStringLiteral("destinationStatusLabel"));
    m_reloadButton->setObjectName(QStringLiteral("reloadDestinationsButton"));
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
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setVisible(false);
    m_reloadButton->setVisible(false);
    m_nameEdit->setClearButtonEnabled(true);
    m_descriptionEdit->setClearButtonEnabled(true);

    auto *destinationBox = new QGroupBox(tr("Destination"), this);
    auto *destinationGrid = new QGridLayout(destinationBox);
    auto *regionLabel = new QLabel(tr("&Region:"), destinationBox);
    regionLabel->setBuddy(m_regionCombo);
    auto *projectLabel = new QLabel(tr("Project:"), destinationBox);
    auto *vaultLabel = new QLabel(tr("&Vault:"), destinationBox);
    vaultLabel->setBuddy(m_vaultCombo);
    int row = 0;
    addRows(destinationGrid, row, {{regionLabel, m_regionIssue}});
    destinationGrid->addWidget(projectLabel, row, 0);
    destinationGrid->addWidget(m_projectEdit, row++, 1);
    addRows(destinationGrid, row, {{vaultLabel, m_vaultIssue}});
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_reloadButton);
    destinationGrid->addLayout(statusRow, row++, 1);
    destinationGrid->setColumnStretch(1, 1);
    destinationGrid->setVerticalSpacing(2);

    auto *replicaBox = new QGroupBox(tr("Replica"), this);
    auto *replicaGrid = new QGridLayout(replicaBox);
    auto *nameLabel = new QLabel(tr("&Name:"), replicaBox);
    nameLabel->setBuddy(m_nameEdit);
    auto *descriptionLabel = new QLabel(tr("&Description:"), replicaBox);
    descriptionLabel->setBuddy(m_descriptionEdit);
    row = 0;
    addRows(replicaGrid, row, {{nameLabel, m_nameIssue}, {descriptionLabel, m_descriptionIssue}});
    auto *rule = new QLabel(tr("A name has 1 to 64 characters; a description at most 255, "
                               "without < or >. A region holds one replica of a backup."),
                            replicaBox);
    rule->setWordWrap(true);
    rule->setEnabled(false);
    replicaGrid->addWidget(rule, row, 0, 1, 2);
    replicaGrid->setColumnStretch(1, 1);
    replicaGrid->setVerticalSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(destinationBox);
    layout->addWidget(replicaBox);

    setTabOrder(m_regionCombo, m_vaultCombo);
    setTabOrder(m_vaultCombo, m_reloadButton);
    setTabOrder(m_reloadButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_descriptionEdit);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillVaults();
        Q_EMIT changed();
    });
    connect(m_vaultCombo, &QComboBox::currentIndexChanged, this, &CopyDialogPage::changed);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_reloadButton, &QPushButton::clicked, this, &HuaweiCopyPage::loadTargets);
}

HuaweiCopyPage::~HuaweiCopyPage() = default;

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
    m_loading = true;
    m_regionCombo->setEnabled(false);
    m_vaultCombo->setEnabled(false);
    m_reloadButton->setVisible(false);
    m_statusLabel->setText(tr("Loading the regions this backup can be replicated to…"));
    m_statusLabel->setVisible(true);
    const int generation = ++m_loadGeneration;
    // The page may close while the list loads: QCoro::connect drops the answer then.
    QCoro::connect(
        huawei->replicationTargets(m_source), this,
        [this, generation](const Result<QList<HuaweiConnection::ReplicationTarget>> &result) {
            if (generation != m_loadGeneration)
                return;
            if (result.ok())
                onTargetsLoaded(result.value());
            else
                onTargetsFailed(result.error());
        });
    Q_EMIT changed();
}

void HuaweiCopyPage::onTargetsLoaded(const QList<HuaweiConnection::ReplicationTarget> &targets)
{
    m_loading = false;
    m_targets = targets;
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_regionCombo->model());
    int choosable = 0;
    for (const HuaweiConnection::ReplicationTarget &target : std::as_const(m_targets)) {
        const bool available = target.unavailableReason.isEmpty();
        m_regionCombo->addItem(
            available ? target.region : tr("%1 — %2").arg(target.region, target.unavailableReason),
            target.region);
        const int index = m_regionCombo->count() - 1;
        m_regionCombo->setItemData(index, target.unavailableReason, Qt::ToolTipRole);
        if (!available && model)
            model->item(index)->setEnabled(false);
        choosable += available ? 1 : 0;
    }
    m_regionCombo->setCurrentIndex(-1);
    m_regionCombo->setEnabled(true);
    m_vaultCombo->setEnabled(true);
    if (m_targets.isEmpty()) {
        m_statusLabel->setText(
            tr("Backups of %1 cannot be replicated to any region.").arg(m_source.location.region));
    } else if (choosable == 0) {
        m_statusLabel->setText(tr("Every region this backup can go to already holds a replica "
                                  "of it, or cannot take one."));
    } else {
        m_statusLabel->setVisible(false);
    }
    m_reloadButton->setVisible(choosable == 0);
    fillVaults();
    Q_EMIT changed();
}

void HuaweiCopyPage::onTargetsFailed(const CloudError &error)
{
    m_loading = false;
    m_statusLabel->setText(tr("Could not load the destinations. %1").arg(error.userText()));
    m_statusLabel->setVisible(true);
    m_reloadButton->setVisible(m_connection != nullptr);
    Q_EMIT changed();
}

const HuaweiConnection::ReplicationTarget *HuaweiCopyPage::currentTarget() const
{
    const QString region = m_regionCombo->currentData().toString();
    for (const HuaweiConnection::ReplicationTarget &target : m_targets) {
        if (target.region == region && !region.isEmpty())
            return &target;
    }
    return nullptr;
}

void HuaweiCopyPage::fillVaults()
{
    const HuaweiConnection::ReplicationTarget *target = currentTarget();
    const QSignalBlocker blocker(m_vaultCombo);
    m_vaultCombo->clear();
    m_projectEdit->setText(target ? target->projectId : QString());
    if (target) {
        for (const Location &vault : target->vaults) {
            m_vaultCombo->addItem(vault.name, vault.id);
            m_vaultCombo->setItemData(m_vaultCombo->count() - 1, vault.id, Qt::ToolTipRole);
        }
    }
    m_vaultCombo->setPlaceholderText(target ? tr("Choose a replication vault")
                                            : tr("Choose a region first"));
    m_vaultCombo->setCurrentIndex(m_vaultCombo->count() == 1 ? 0 : -1);
}

CopyRequest HuaweiCopyPage::request() const
{
    CopyRequest request;
    request.source = m_source;
    if (const HuaweiConnection::ReplicationTarget *target = currentTarget()) {
        request.destination.cloud = m_source.cloud;
        request.destination.accountId = m_source.accountId;
        request.destination.kind = Location::Kind::Vault;
        request.destination.region = target->region;
        request.destination.owner = target->projectId;
        const QString vaultId = m_vaultCombo->currentData().toString();
        for (const Location &vault : target->vaults) {
            if (vault.id == vaultId && !vaultId.isEmpty())
                request.destination = vault;
        }
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
    const std::pair<const char *, FieldIssueLabel *> fields[] = {
        {CopyField::Destination, destination},
        {CopyField::Name, m_nameIssue},
        {CopyField::Description, m_descriptionIssue},
    };
    QList<ValidationIssue> elsewhere;
    QHash<FieldIssueLabel *, QStringList> messages;
    for (const ValidationIssue &issue : issues) {
        bool placed = false;
        for (const auto &[field, label] : fields) {
            if (issue.field == QLatin1String(field)) {
                messages[label] << issue.message;
                placed = true;
            }
        }
        if (!placed)
            elsewhere << issue;
    }
    for (FieldIssueLabel *label : {m_regionIssue, m_vaultIssue, m_nameIssue, m_descriptionIssue})
        label->setIssue(messages.value(label).join(QLatin1Char('\n')));
    return elsewhere;
}

} // namespace Copydeck
