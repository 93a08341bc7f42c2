#include "ui/spanner/SpannerCopyPage.h"

#include "core/ProviderConnection.h"
#include "providers/spanner/SpannerCopyRules.h"
#include "ui/ChoiceLoadStatus.h"
#include "ui/ComboChoices.h"
#include "ui/FieldGrid.h"
#include "ui/FieldIssueLabel.h"
#include "ui/FieldIssueRoute.h"
#include "ui/spanner/SpannerBackupFields.h"
#include "ui/spanner/SpannerEncryptionFields.h"
#include "ui/spanner/SpannerExpiryField.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Copydeck {

SpannerCopyPage::SpannerCopyPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_projectCombo(new QComboBox(this))
    , m_instanceCombo(new QComboBox(this))
    , m_status(new ChoiceLoadStatus(QStringLiteral("destinationStatusLabel"),
                                    QStringLiteral("reloadDestinationsButton"), this))
    , m_backup(new SpannerBackupFields(SpannerCopyRules::CopyDefaultEncryption, this))
    , m_projectIssue(new FieldIssueLabel(m_projectCombo, this))
    , m_instanceIssue(new FieldIssueLabel(m_instanceCombo, this))
{
    setObjectName(QStringLiteral("spannerCopyPage"));
    m_projectCombo->setObjectName(QStringLiteral("destinationProjectComboBox"));
    m_instanceCombo->setObjectName(QStringLiteral("destinationInstanceComboBox"));
    m_projectIssue->setObjectName(QStringLiteral("destinationProjectIssueLabel"));
    m_instanceIssue->setObjectName(QStringLiteral("destinationInstanceIssueLabel"));

    m_projectCombo->setPlaceholderText(tr("Choose a project"));
    m_instanceCombo->setPlaceholderText(tr("Choose an instance"));
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instanceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instanceCombo->setMinimumContentsLength(28);

    auto *destinationBox = new QGroupBox(tr("Destination"), this);
    destinationBox->setObjectName(QStringLiteral("destinationGroupBox"));
    FieldGrid destination(new QGridLayout(destinationBox));
    destination.addField(tr("&Project:"), m_projectIssue);
    destination.addField(tr("&Instance:"), m_instanceIssue);
    destination.addNote(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(destinationBox);
    layout->addWidget(m_backup->createBackupBox(tr("The copy"), QStringLiteral("copyGroupBox")));
    layout->addWidget(m_backup->createEncryptionBox());

    setTabOrder(m_projectCombo, m_instanceCombo);
    setTabOrder(m_instanceCombo, m_status->retryButton());
    m_backup->setTabOrderAfter(m_status->retryButton());

    connect(m_projectCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillInstances();
        onInstanceChanged();
    });
    connect(m_instanceCombo, &QComboBox::currentIndexChanged, this,
            &SpannerCopyPage::onInstanceChanged);
    connect(m_status, &ChoiceLoadStatus::retryRequested, this, &SpannerCopyPage::loadDestinations);
    connect(m_backup, &SpannerBackupFields::changed, this, &CopyDialogPage::changed);
}

SpannerCopyPage::~SpannerCopyPage() = default;

bool SpannerCopyPage::isLoading() const
{
    return m_status->isLoading();
}

QString SpannerCopyPage::defaultBackupId(const QString &sourceId)
{
    const QString suffix = QStringLiteral("-copy");
    QString id = sourceId.left(SpannerCopyRules::MaxBackupIdLength - suffix.size());
    while (!id.isEmpty() && !id.back().isLetterOrNumber())
        id.chop(1);
    return id + suffix;
}

void SpannerCopyPage::setSource(const Backup &source, ProviderConnection *connection)
{
    m_source = source;
    m_connection = connection;
    m_backup->backupIdEdit()->setText(defaultBackupId(source.name));
    SpannerExpiryField *expiry = m_backup->expiry();
    const auto [earliest, latest] = SpannerCopyRules::copyExpireWindow(source);
    expiry->setWindow(earliest, latest,
                      tr("6 hours to 366 days after the source backup was made, and before its "
                         "latest allowed expiry"));
    // The source's own expiry when it is still ahead, else a month.
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(1);
    if (source.expires.isValid() && source.expires > soon
        && (!latest.isValid() || source.expires <= latest))
        expiry->setDateTime(source.expires);
    else
        expiry->setDateTime(expiry->daysFromNow(30));
    loadDestinations();
}

void SpannerCopyPage::loadDestinations()
{
    m_destinations.clear();
    {
        const QSignalBlocker projects(m_projectCombo);
        const QSignalBlocker instances(m_instanceCombo);
        m_projectCombo->clear();
        m_instanceCombo->clear();
    }
    if (!m_connection) {
        onDestinationsFailed(CloudError::local(tr("This account is not connected.")));
        return;
    }
    m_projectCombo->setEnabled(false);
    m_instanceCombo->setEnabled(false);
    m_status->showLoading(tr("Loading instances…"));
    m_destinationsAnswer.await(m_connection->listCopyDestinations(m_source), this,
                               &SpannerCopyPage::onDestinationsLoaded,
                               &SpannerCopyPage::onDestinationsFailed);
    onInstanceChanged();
}

void SpannerCopyPage::onDestinationsLoaded(const QList<Location> &destinations)
{
    m_destinations = destinations;
    std::sort(m_destinations.begin(), m_destinations.end(),
              [](const Location &a, const Location &b) {
                  return std::tie(a.owner, a.name) < std::tie(b.owner, b.name);
              });
    if (m_destinations.isEmpty())
        m_status->showProblem(tr("This account sees no Spanner instance that can receive the "
                                 "copy."),
                              true);
    else
        m_status->clear();
    m_projectCombo->setEnabled(true);
    m_instanceCombo->setEnabled(true);
    // The lists were disabled while they loaded, so the focus went elsewhere: bring it back.
    if (QWidget *focus = window()->focusWidget(); !focus || !isAncestorOf(focus))
        m_instanceCombo->setFocus();
    fillProjects();
    onInstanceChanged();
}

void SpannerCopyPage::onDestinationsFailed(const CloudError &error)
{
    m_status->showProblem(tr("Could not load the instances. %1").arg(error.userText()),
                          m_connection != nullptr);
    Q_EMIT changed();
}

void SpannerCopyPage::fillProjects()
{
    QStringList projects;
    for (const Location &destination : std::as_const(m_destinations)) {
        if (!projects.contains(destination.owner))
            projects << destination.owner;
    }
    const QSignalBlocker blocker(m_projectCombo);
    m_projectCombo->clear();
    for (const QString &project : std::as_const(projects)) {
        const QString text = project == m_source.location.owner
            ? tr("%1 (the backup's project)").arg(project)
            : project;
        m_projectCombo->addItem(text, project);
    }
    // The backup's own project first: most copies stay in it.
    m_projectCombo->setCurrentIndex(m_projectCombo->findData(m_source.location.owner));
    if (m_projectCombo->currentIndex() < 0)
        chooseSoleChoice(m_projectCombo);
    fillInstances();
}

void SpannerCopyPage::fillInstances()
{
    const QString project = m_projectCombo->currentData().toString();
    const QSignalBlocker blocker(m_instanceCombo);
    m_instanceCombo->clear();
    for (const Location &destination : std::as_const(m_destinations)) {
        if (destination.owner != project)
            continue;
        QString text = tr("%1 — %2").arg(destination.name, destination.region);
        if (!destination.displayName.isEmpty() && destination.displayName != destination.name)
            text = tr("%1 (%2) — %3")
                       .arg(destination.name, destination.displayName, destination.region);
        if (destination.id == m_source.location.id)
            text = tr("%1, holds the backup").arg(text);
        addChoice(m_instanceCombo, text, destination.id, destination.id);
    }
    m_instanceCombo->setPlaceholderText(project.isEmpty() ? tr("Choose a project first")
                                                          : tr("Choose an instance"));
    chooseSoleChoice(m_instanceCombo);
}

void SpannerCopyPage::onInstanceChanged()
{
    m_backup->encryption()->setDestination(chosenItem(m_instanceCombo, m_destinations),
                                           m_connection);
    Q_EMIT changed();
}

CopyRequest SpannerCopyPage::request() const
{
    CopyRequest request;
    request.operation = CopyOperation::Copy;
    request.source = m_source;
    if (const auto destination = chosenItem(m_instanceCombo, m_destinations))
        request.destination = *destination;
    m_backup->fillRequest(request);
    return request;
}

QList<ValidationIssue> SpannerCopyPage::pageIssues() const
{
    return m_backup->pageIssues();
}

QList<ValidationIssue> SpannerCopyPage::showIssues(const QList<ValidationIssue> &issues)
{
    return showFieldIssues(issues,
                           QList<FieldIssueRoute> {{CopyField::Destination, m_instanceIssue}}
                               + m_backup->issueRoutes());
}

} // namespace Copydeck
