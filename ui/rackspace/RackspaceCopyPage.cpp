#include "ui/rackspace/RackspaceCopyPage.h"

#include "providers/rackspace/RackspaceConnection.h"
#include "providers/rackspace/RackspaceCopyRules.h"
#include "providers/rackspace/RackspaceJson.h"
#include "providers/rackspace/RackspaceRegions.h"
#include "ui/ChoiceLoadStatus.h"
#include "ui/ComboChoices.h"
#include "ui/FieldGrid.h"
#include "ui/FieldIssueLabel.h"
#include "ui/FieldIssueRoute.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

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
    , m_status(new ChoiceLoadStatus(QStringLiteral("regionStatusLabel"),
                                    QStringLiteral("reloadRegionsButton"), this))
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
    m_nameEdit->setObjectName(QStringLiteral("copyNameLineEdit"));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_parentLabel->setObjectName(QStringLiteral("parentStatusLabel"));
    m_copyParentsCheck->setObjectName(QStringLiteral("copyParentFirstCheckBox"));
    m_regionIssue->setObjectName(QStringLiteral("targetRegionIssueLabel"));
    m_nameIssue->setObjectName(QStringLiteral("copyNameIssueLabel"));
    m_descriptionIssue->setObjectName(QStringLiteral("descriptionIssueLabel"));

    m_regionCombo->setPlaceholderText(tr("Choose a region"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    FieldGrid grid(new QGridLayout(box));
    grid.addField(tr("&Region:"), m_regionIssue);
    grid.addNote(m_status);
    grid.addNote(m_parentLabel);
    grid.addNote(m_copyParentsCheck);
    grid.addField(tr("&Name:"), m_nameIssue);
    grid.addField(tr("&Description:"), m_descriptionIssue);

    auto *note = noteLabel(tr("Cloud Databases reports no progress for a copy: Copydeck "
                              "estimates it from the backup's size and earlier copies."),
                           QStringLiteral("progressNoteLabel"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(note);

    setTabOrder(m_regionCombo, m_status->retryButton());
    setTabOrder(m_status->retryButton(), m_copyParentsCheck);
    setTabOrder(m_copyParentsCheck, m_nameEdit);
    setTabOrder(m_nameEdit, m_descriptionEdit);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        checkParents();
        Q_EMIT changed();
    });
    connect(m_status, &ChoiceLoadStatus::retryRequested, this, &RackspaceCopyPage::loadRegions);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_copyParentsCheck, &QCheckBox::toggled, this, &CopyDialogPage::changed);
}

RackspaceCopyPage::~RackspaceCopyPage() = default;

bool RackspaceCopyPage::isLoading() const
{
    return m_status->isLoading() || m_checkingParents;
}

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
    m_regionCombo->setEnabled(false);
    m_status->showLoading(tr("Loading regions…"));
    // Every region of the catalog, so that the unavailable ones can be shown with their reason.
    m_answer.await(m_connection->listLocations(), this, &RackspaceCopyPage::onRegionsLoaded,
                   &RackspaceCopyPage::onLoadFailed);
    Q_EMIT changed();
}

void RackspaceCopyPage::onRegionsLoaded(const QList<Location> &regions)
{
    m_regions = regions;
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    int available = 0;
    for (const Location &region : regions) {
        QString reason = RackspaceCopyRules::sourceRegionIssue(m_source);
        if (reason.isEmpty())
            reason = RackspaceCopyRules::destinationIssue(m_source, region.region);
        const QString name = RackspaceRegions::displayName(region.region);
        if (reason.isEmpty()) {
            addChoice(m_regionCombo, name, region.region, {});
            ++available;
        } else {
            addUnavailableChoice(m_regionCombo, tr("%1 — unavailable").arg(name), region.region,
                                 reason);
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
    if (available == 0)
        m_status->showProblem(tr("No region of this account can receive a copy of this backup. %1")
                                  .arg(reasons.join(QLatin1Char(' '))),
                              true);
    else
        m_status->showNote(reasons.join(QLatin1Char(' ')));
    showParentState();
    Q_EMIT changed();
}

void RackspaceCopyPage::onLoadFailed(const CloudError &error)
{
    m_status->showProblem(tr("Could not load the regions. %1").arg(error.userText()),
                          m_connection != nullptr);
    Q_EMIT changed();
}

std::optional<Location> RackspaceCopyPage::currentRegion() const
{
    return chosenItem(m_regionCombo, m_regions, &Location::region);
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
    const QString target = region->region;
    m_answer.await(
        m_rackspace->missingAncestors(m_source, target), this,
        [this, target](const QList<Backup> &missing) {
            m_checkingParents = false;
            m_missing = missing;
            m_missingFor = target;
            showParentState();
            Q_EMIT changed();
        },
        [this](const CloudError &error) {
            m_checkingParents = false;
            m_parentCheckError = error.userText();
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
    const QList<ValidationIssue> elsewhere
        = showFieldIssues(issues,
                          {
                              {CopyField::Destination, m_regionIssue},
                              {CopyField::Name, m_nameIssue},
                              {CopyField::Description, m_descriptionIssue},
                          });
    // "Choose a region" is what the placeholder says already; no red frame before a choice.
    if (m_regionCombo->currentIndex() < 0)
        m_regionIssue->clearIssue();
    return elsewhere;
}

} // namespace Copydeck
