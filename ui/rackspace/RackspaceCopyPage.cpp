#include "ui/rackspace/RackspaceCopyPage.h"

#include "providers/rackspace/RackspaceConnection.h"
#include "providers/rackspace/RackspaceCopyRules.h"
#include "providers/rackspace/RackspaceJson.h"
#include "providers/rackspace/RackspaceRegions.h"
#include "ui/FieldIssueLabel.h"

#include <QCheckBox>
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

constexpr int RegionRole = Qt::UserRole;

QStringList namesOf(const QList<Backup> &backups)
{
    QStringList names;
    for (const Backup &backup : backups)
        names << QStringLiteral("“%1”").arg(backup.name);
    return names;
}

} // namespace

RackspaceCopyPage::RackspaceCopyPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_regionCombo(new QComboBox(this))
    , m_regionStatusLabel(new QLabel(this))
    , m_reloadButton(new QPushButton(tr("Try &again"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_descriptionEdit(new QLineEdit(this))
    , m_parentLabel(new QLabel(this))
    , m_copyParentsCheck(new QCheckBox(this))
    , m_regionIssue(new FieldIssueLabel(m_regionCombo, this))
    , m_nameIssue(new FieldIssueLabel(m_nameEdit, this))
    , m_descriptionIssue(new FieldIssueLabel(m_descriptionEdit, this))
{
    setObjectName(QStringLiteral("rackspaceCopyPage"));
    m_regionCombo->setObjectName(QStringLiteral("targetRegionComboBox"));
    m_regionStatusLabel->setObjectName(QStringLiteral("regionStatusLabel"));
    m_reloadButton->setObjectName(QStringLiteral("reloadRegionsButton"));
    m_nameEdit->setObjectName(QStringLiteral("copyNameLineEdit"));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_parentLabel->setObjectName(QStringLiteral("parentStatusLabel"));
    m_copyParentsCheck->setObjectName(QStringLiteral("copyParentFirstCheckBox"));
    m_regionIssue->setObjectName(QStringLiteral("targetRegionIssueLabel"));
    m_nameIssue->setObjectName(QStringLiteral("copyNameIssueLabel"));
    m_descriptionIssue->setObjectName(QStringLiteral("descriptionIssueLabel"));

    m_regionCombo->setPlaceholderText(tr("Choose a region"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionStatusLabel->setWordWrap(true);
    m_regionStatusLabel->setTextFormat(Qt::PlainText);
    m_regionStatusLabel->setVisible(false);
    m_reloadButton->setVisible(false);
    m_nameEdit->setClearButtonEnabled(true);
    m_nameEdit->setMinimumWidth(m_nameEdit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_nameEdit->setToolTip(tr("The name of the new backup in the target region. Copydeck finds "
                              "the copy there by this name."));
    m_descriptionEdit->setClearButtonEnabled(true);
    m_descriptionEdit->setPlaceholderText(tr("Optional"));
    m_parentLabel->setWordWrap(true);
    m_parentLabel->setTextFormat(Qt::PlainText);
    m_parentLabel->setVisible(false);
    m_copyParentsCheck->setChecked(true);
    m_copyParentsCheck->setVisible(false);

    auto *box = new QGroupBox(tr("Copy to"), this);
    auto *grid = new QGridLayout(box);
    auto *regionLabel = new QLabel(tr("&Region:"), box);
    regionLabel->setBuddy(m_regionCombo);
    auto *nameLabel = new QLabel(tr("&Name:"), box);
    nameLabel->setBuddy(m_nameEdit);
    auto *descriptionLabel = new QLabel(tr("&Description:"), box);
    descriptionLabel->setBuddy(m_descriptionEdit);
    int row = 0;
    grid->addWidget(regionLabel, row, 0);
    grid->addWidget(m_regionIssue->fieldFrame(), row++, 1);
    grid->addWidget(m_regionIssue, row++, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_regionStatusLabel, 1);
    statusRow->addWidget(m_reloadButton);
    grid->addLayout(statusRow, row++, 1);
    grid->addWidget(m_parentLabel, row++, 1);
    grid->addWidget(m_copyParentsCheck, row++, 1);
    grid->addWidget(nameLabel, row, 0);
    grid->addWidget(m_nameIssue->fieldFrame(), row++, 1);
    grid->addWidget(m_nameIssue, row++, 1);
    grid->addWidget(descriptionLabel, row, 0);
    grid->addWidget(m_descriptionIssue->fieldFrame(), row++, 1);
    grid->addWidget(m_descriptionIssue, row++, 1);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);

    auto *note = new QLabel(tr("Cloud Databases reports no progress for a copy: Copydeck "
                               "estimates it from the backup's size and earlier copies."),
                            this);
    note->setObjectName(QStringLiteral("progressNoteLabel"));
    note->setWordWrap(true);
    note->setEnabled(false); // drawn as secondary text

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(note);

    setTabOrder(m_regionCombo, m_reloadButton);
    setTabOrder(m_reloadButton, m_copyParentsCheck);
    setTabOrder(m_copyParentsCheck, m_nameEdit);
    setTabOrder(m_nameEdit, m_descriptionEdit);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        checkParents();
        Q_EMIT changed();
    });
    connect(m_reloadButton, &QPushButton::clicked, this, &RackspaceCopyPage::loadRegions);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_copyParentsCheck, &QCheckBox::toggled, this, &CopyDialogPage::changed);
}

RackspaceCopyPage::~RackspaceCopyPage() = default;

void RackspaceCopyPage::setSource(const Backup &source, ProviderConnection *connection)
{
    m_source = source;
    m_connection = connection;
    m_rackspace = dynamic_cast<RackspaceConnection *>(connection);
    m_nameEdit->setText(RackspaceCopyRules::defaultName(source));
    loadRegions();
}

void RackspaceCopyPage::loadRegions()
{
    m_regions.clear();
    m_regionCombo->clear();
    m_missing.clear();
    m_missingFor.clear();
    if (!m_connection) {
        onLoadFailed(CloudError::local(tr("This account is not connected.")));
        return;
    }
    m_loadingRegions = true;
    m_regionCombo->setEnabled(false);
    m_reloadButton->setVisible(false);
    m_regionStatusLabel->setText(tr("Loading regions…"));
    m_regionStatusLabel->setVisible(true);
    const int generation = ++m_generation;
    // Every region of the catalog, so that the unavailable ones can be shown with their reason.
    QCoro::connect(m_connection->listLocations(), this,
                   [this, generation](const Result<QList<Location>> &result) {
                       if (generation != m_generation)
                           return;
                       if (result.ok())
                           onRegionsLoaded(result.value());
                       else
                           onLoadFailed(result.error());
                   });
    Q_EMIT changed();
}

void RackspaceCopyPage::onRegionsLoaded(const QList<Location> &regions)
{
    m_loadingRegions = false;
    m_regions = regions;
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_regionCombo->model());
    int available = 0;
    for (const Location &region : regions) {
        QString reason = RackspaceCopyRules::sourceRegionIssue(m_source);
        if (reason.isEmpty())
            reason = RackspaceCopyRules::destinationIssue(m_source, region.region);
        const QString name = RackspaceRegions::displayName(region.region);
        m_regionCombo->addItem(reason.isEmpty() ? name : tr("%1 — unavailable").arg(name),
                               region.region);
        const int index = m_regionCombo->count() - 1;
        if (!reason.isEmpty()) {
            m_regionCombo->setItemData(index, reason, Qt::ToolTipRole);
            if (model)
                model->item(index)->setEnabled(false);
        } else {
            ++available;
        }
    }
    m_regionCombo->setCurrentIndex(-1);
    m_regionCombo->setEnabled(true);
    QStringList reasons;
    const QString own = RackspaceCopyRules::destinationIssue(m_source, m_source.location.region);
    if (!own.isEmpty())
        reasons << own;
    if (m_source.location.region != QLatin1String("LON"))
        reasons << RackspaceCopyRules::destinationIssue(m_source, QStringLiteral("LON"));
    m_regionStatusLabel->setText(available == 0
                                     ? tr("No region of this account can receive a copy of this "
                                          "backup. %1")
                                           .arg(reasons.join(QLatin1Char(' ')))
                                     : reasons.join(QLatin1Char(' ')));
    m_regionStatusLabel->setEnabled(available == 0); // secondary text while it only explains
    m_regionStatusLabel->setVisible(true);
    m_reloadButton->setVisible(available == 0);
    showParentState();
    Q_EMIT changed();
}

void RackspaceCopyPage::onLoadFailed(const CloudError &error)
{
    m_loadingRegions = false;
    m_regionStatusLabel->setEnabled(true);
    m_regionStatusLabel->setText(tr("Could not load the regions. %1").arg(error.userText()));
    m_regionStatusLabel->setVisible(true);
    m_reloadButton->setVisible(m_connection != nullptr);
    Q_EMIT changed();
}

std::optional<Location> RackspaceCopyPage::currentRegion() const
{
    const QString region = m_regionCombo->currentData(RegionRole).toString();
    for (const Location &location : m_regions) {
        if (!region.isEmpty() && location.region == region)
            return location;
    }
    return std::nullopt;
}

void RackspaceCopyPage::checkParents()
{
    m_missing.clear();
    m_missingFor.clear();
    m_parentCheckError.clear();
    m_checkingParents = false;
    const auto region = currentRegion();
    const bool incremental = !RackspaceJson::parentIdOf(m_source).isEmpty();
    if (!region || !incremental || !m_rackspace
        || !RackspaceCopyRules::destinationIssue(m_source, region->region).isEmpty()) {
        showParentState();
        return;
    }
    m_checkingParents = true;
    showParentState();
    const int generation = ++m_generation;
    const QString target = region->region;
    QCoro::connect(m_rackspace->missingAncestors(m_source, target), this,
                   [this, generation, target](const Result<QList<Backup>> &result) {
                       if (generation != m_generation)
                           return;
                       m_checkingParents = false;
                       if (result.ok()) {
                           m_missing = result.value();
                           m_missingFor = target;
                       } else {
                           m_parentCheckError = result.error().userText();
                       }
                       showParentState();
                       Q_EMIT changed();
                   });
}

void RackspaceCopyPage::showParentState()
{
    const auto region = currentRegion();
    const QString target = region ? region->region : QString();
    if (m_checkingParents) {
        m_parentLabel->setText(tr("This is an incremental backup: checking whether the backup it "
                                  "depends on is already in %1…")
                                   .arg(target));
        m_parentLabel->setVisible(true);
        m_copyParentsCheck->setVisible(false);
        return;
    }
    if (!m_parentCheckError.isEmpty()) {
        m_parentLabel->setText(tr("Copydeck could not check whether this incremental backup's "
                                  "parent is in %1: %2")
                                   .arg(target, m_parentCheckError));
        m_parentLabel->setVisible(true);
        m_copyParentsCheck->setVisible(false);
        return;
    }
    if (m_missing.isEmpty() || m_missingFor != target) {
        m_parentLabel->setVisible(false);
        m_copyParentsCheck->setVisible(false);
        return;
    }
    const QString names = namesOf(m_missing).join(tr(", "));
    m_parentLabel->setText(
        m_missing.size() == 1
            ? tr("This is an incremental backup. Its parent backup %1 is not in %2 yet, and Cloud "
                 "Databases copies an incremental backup only after its parent.")
                  .arg(names, target)
            : tr("This is an incremental backup. The %n backups it depends on (%1) are not in %2 "
                 "yet, and Cloud Databases copies an incremental backup only after its parent.",
                 nullptr, int(m_missing.size()))
                  .arg(names, target));
    m_copyParentsCheck->setText(
        m_missing.size() == 1
            ? tr("Copy %1 to %2 first, then this backup").arg(names, target)
            : tr("Copy those %n backups to %1 first, oldest first, then this backup", nullptr,
                 int(m_missing.size()))
                  .arg(target));
    m_parentLabel->setVisible(true);
    m_copyParentsCheck->setVisible(true);
}

CopyRequest RackspaceCopyPage::request() const
{
    CopyRequest request;
    request.source = m_source;
    if (const auto region = currentRegion())
        request.destination = *region;
    request.name = m_nameEdit->text().trimmed();
    request.description = m_descriptionEdit->text().trimmed();
    return request;
}

QList<CopyRequest> RackspaceCopyPage::requests() const
{
    QList<CopyRequest> requests;
    const CopyRequest main = request();
    if (m_copyParentsCheck->isChecked() && m_missingFor == main.destination.region) {
        for (const Backup &ancestor : m_missing) {
            CopyRequest first = main;
            first.source = ancestor;
            first.name = RackspaceCopyRules::defaultName(ancestor);
            first.description = tr("Copied before %1, which depends on it").arg(m_source.name);
            requests << first;
        }
    }
    requests << main;
    return requests;
}

QList<ValidationIssue> RackspaceCopyPage::pageIssues() const
{
    const QString target = request().destination.region;
    if (!m_missing.isEmpty() && m_missingFor == target && !m_copyParentsCheck->isChecked())
        return {{QString::fromLatin1(CopyField::Destination),
                 tr("Cloud Databases refuses this copy until its parent backup is in %1: copy "
                    "the parent first.")
                     .arg(target)}};
    return {};
}

QList<ValidationIssue> RackspaceCopyPage::showIssues(const QList<ValidationIssue> &issues)
{
    const std::pair<const char *, FieldIssueLabel *> fields[] = {
        {CopyField::Destination, m_regionIssue},
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
    // "Choose a region" is what the placeholder says already; no red frame before a choice.
    if (m_regionCombo->currentIndex() < 0)
        messages.remove(m_regionIssue);
    for (const auto &[field, label] : fields)
        label->setIssue(messages.value(label).join(QLatin1Char('\n')));
    return elsewhere;
}

} // namespace Copydeck
