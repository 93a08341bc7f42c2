#include "ui/spanner/SpannerCopyPage.h"

#include "core/ProviderConnection.h"
#include "providers/spanner/SpannerCopyRules.h"
#include "ui/FieldIssueLabel.h"
#include "ui/spanner/SpannerEncryptionFields.h"
#include "ui/spanner/SpannerExpiryField.h"
#include "ui/spanner/SpannerFormGrid.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

#include <qcoro/qcorotask.h>

namespace Copydeck {

SpannerCopyPage::SpannerCopyPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_projectCombo(new QComboBox(this))
    , m_instanceCombo(new QComboBox(this))
    , m_destinationStatusLabel(new QLabel(this))
    , m_reloadDestinationsButton(new QPushButton(tr("Try &again"), this))
    , m_backupIdEdit(new QLineEdit(this))
    , m_expiry(new SpannerExpiryField(this))
    , m_encryption(new SpannerEncryptionFields(SpannerCopyRules::CopyDefaultEncryption, this))
    , m_projectIssue(new FieldIssueLabel(m_projectCombo, this))
    , m_instanceIssue(new FieldIssueLabel(m_instanceCombo, this))
    , m_backupIdIssue(new FieldIssueLabel(m_backupIdEdit, this))
{
    setObjectName(QStringLiteral("spannerCopyPage"));
    m_projectCombo->setObjectName(QStringLiteral("destinationProjectComboBox"));
    m_instanceCombo->setObjectName(QStringLiteral("destinationInstanceComboBox"));
    m_destinationStatusLabel->setObjectName(QStringLiteral("destinationStatusLabel"));
    m_reloadDestinationsButton->setObjectName(QStringLiteral("reloadDestinationsButton"));
    m_backupIdEdit->setObjectName(QStringLiteral("backupIdLineEdit"));
    m_projectIssue->setObjectName(QStringLiteral("destinationProjectIssueLabel"));
    m_instanceIssue->setObjectName(QStringLiteral("destinationInstanceIssueLabel"));
    m_backupIdIssue->setObjectName(QStringLiteral("backupIdIssueLabel"));

    m_projectCombo->setPlaceholderText(tr("Choose a project"));
    m_instanceCombo->setPlaceholderText(tr("Choose an instance"));
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instanceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instanceCombo->setMinimumContentsLength(28);
    m_destinationStatusLabel->setWordWrap(true);
    m_destinationStatusLabel->setTextFormat(Qt::PlainText);
    m_destinationStatusLabel->setVisible(false);
    m_reloadDestinationsButton->setVisible(false);
    m_reloadDestinationsButton->setAutoDefault(false);
    m_backupIdEdit->setClearButtonEnabled(true);
    m_backupIdEdit->setMaxLength(100); // longer than allowed, so that the rule says what is wrong
    m_backupIdEdit->setToolTip(tr("2 to 60 characters: lowercase letters, digits, '_' and '-'; "
                                  "starts with a letter, ends with a letter or a digit."));

    auto *destinationBox = new QGroupBox(tr("Destination"), this);
    destinationBox->setObjectName(QStringLiteral("destinationGroupBox"));
    SpannerFormGrid destination(new QGridLayout(destinationBox));
    destination.addField(tr("&Project:"), m_projectCombo, m_projectIssue->fieldFrame(),
                         m_projectIssue);
    destination.addField(tr("&Instance:"), m_instanceCombo, m_instanceIssue->fieldFrame(),
                         m_instanceIssue);
    auto *status = new QWidget(destinationBox);
    auto *statusRow = new QHBoxLayout(status);
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_destinationStatusLabel, 1);
    statusRow->addWidget(m_reloadDestinationsButton);
    destination.addNote(status);

    auto *backupBox = new QGroupBox(tr("The copy"), this);
    backupBox->setObjectName(QStringLiteral("copyGroupBox"));
    SpannerFormGrid backup(new QGridLayout(backupBox));
    backup.addField(tr("Backup I&D:"), m_backupIdEdit, m_backupIdIssue->fieldFrame(),
                    m_backupIdIssue);
    backup.addField(tr("E&xpires:"), m_expiry->editor(), m_expiry->fieldRow(),
                    m_expiry->issueLabel());
    backup.addNote(m_expiry->windowLabel());

    auto *encryptionBox = new QGroupBox(tr("Encryption"), this);
    encryptionBox->setObjectName(QStringLiteral("encryptionGroupBox"));
    SpannerFormGrid encryption(new QGridLayout(encryptionBox));
    encryption.addField(tr("&Encryption:"), m_encryption->typeCombo(), m_encryption->typeCombo());
    encryption.addField(tr("Cloud &KMS keys:"), m_encryption->keysEdit(),
                        m_encryption->keysIssue()->fieldFrame(), m_encryption->keysIssue());
    encryption.addNote(m_encryption->regionsLabel());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(destinationBox);
    layout->addWidget(backupBox);
    layout->addWidget(encryptionBox);

    setTabOrder(m_projectCombo, m_instanceCombo);
    setTabOrder(m_instanceCombo, m_reloadDestinationsButton);
    setTabOrder(m_reloadDestinationsButton, m_backupIdEdit);
    setTabOrder(m_backupIdEdit, m_expiry->editor());
    setTabOrder(m_expiry->editor(), m_encryption->typeCombo());
    setTabOrder(m_encryption->typeCombo(), m_encryption->keysEdit());

    connect(m_projectCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillInstances();
        onInstanceChanged();
    });
    connect(m_instanceCombo, &QComboBox::currentIndexChanged, this,
            &SpannerCopyPage::onInstanceChanged);
    connect(m_reloadDestinationsButton, &QPushButton::clicked, this,
            &SpannerCopyPage::loadDestinations);
    connect(m_backupIdEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_expiry, &SpannerExpiryField::changed, this, &CopyDialogPage::changed);
    connect(m_encryption, &SpannerEncryptionFields::changed, this, &CopyDialogPage::changed);
}

SpannerCopyPage::~SpannerCopyPage() = default;

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
    m_backupIdEdit->setText(defaultBackupId(source.name));
    const auto [earliest, latest] = SpannerCopyRules::copyExpireWindow(source);
    m_expiry->setWindow(earliest, latest,
                        tr("6 hours to 366 days after the source backup was made, and before its "
                           "latest allowed expiry"));
    // The source's own expiry when it is still ahead, else a month.
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(1);
    if (source.expires.isValid() && source.expires > soon
        && (!latest.isValid() || source.expires <= latest))
        m_expiry->setDateTime(source.expires);
    else
        m_expiry->setDateTime(m_expiry->daysFromNow(30));
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
    m_loading = true;
    m_projectCombo->setEnabled(false);
    m_instanceCombo->setEnabled(false);
    m_reloadDestinationsButton->setVisible(false);
    m_destinationStatusLabel->setText(tr("Loading instances…"));
    m_destinationStatusLabel->setVisible(true);
    const int generation = ++m_loadGeneration;
    // The page may close while the list loads: QCoro::connect drops the answer then.
    QCoro::connect(m_connection->listCopyDestinations(m_source), this,
                   [this, generation](const Result<QList<Location>> &result) {
                       if (generation != m_loadGeneration)
                           return;
                       if (result.ok())
                           onDestinationsLoaded(result.value());
                       else
                           onDestinationsFailed(result.error());
                   });
    onInstanceChanged();
}

void SpannerCopyPage::onDestinationsLoaded(const QList<Location> &destinations)
{
    m_loading = false;
    m_destinations = destinations;
    std::sort(m_destinations.begin(), m_destinations.end(),
              [](const Location &a, const Location &b) {
                  return std::tie(a.owner, a.name) < std::tie(b.owner, b.name);
              });
    if (m_destinations.isEmpty()) {
        m_destinationStatusLabel->setText(
            tr("This account sees no Spanner instance that can receive the copy."));
        m_reloadDestinationsButton->setVisible(true);
    } else {
        m_destinationStatusLabel->setVisible(false);
    }
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
    m_loading = false;
    m_destinationStatusLabel->setText(tr("Could not load the instances. %1").arg(error.userText()));
    m_destinationStatusLabel->setVisible(true);
    m_reloadDestinationsButton->setVisible(m_connection != nullptr);
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
    if (m_projectCombo->currentIndex() < 0 && m_projectCombo->count() == 1)
        m_projectCombo->setCurrentIndex(0);
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
        m_instanceCombo->addItem(text, destination.id);
        m_instanceCombo->setItemData(m_instanceCombo->count() - 1, destination.id, Qt::ToolTipRole);
    }
    m_instanceCombo->setPlaceholderText(project.isEmpty() ? tr("Choose a project first")
                                                          : tr("Choose an instance"));
    m_instanceCombo->setCurrentIndex(m_instanceCombo->count() == 1 ? 0 : -1);
}

void SpannerCopyPage::onInstanceChanged()
{
    m_encryption->setDestination(currentDestination(), m_connection);
    Q_EMIT changed();
}

std::optional<Location> SpannerCopyPage::currentDestination() const
{
    const QString id = m_instanceCombo->currentData().toString();
    for (const Location &destination : m_destinations) {
        if (destination.id == id && !id.isEmpty())
            return destination;
    }
    return std::nullopt;
}

CopyRequest SpannerCopyPage::request() const
{
    CopyRequest request;
    request.operation = CopyOperation::Copy;
    request.source = m_source;
    if (const auto destination = currentDestination())
        request.destination = *destination;
    request.name = m_backupIdEdit->text().trimmed();
    request.expireTime = m_expiry->dateTime();
    request.encryptionType = m_encryption->encryptionType();
    request.kmsKeyNames = m_encryption->kmsKeyNames();
    return request;
}

QList<ValidationIssue> SpannerCopyPage::pageIssues() const
{
    if (const auto issue = m_encryption->coverageIssue())
        return {*issue};
    return {};
}

QList<ValidationIssue> SpannerCopyPage::showIssues(const QList<ValidationIssue> &issues)
{
    const std::pair<const char *, FieldIssueLabel *> fields[] = {
        {CopyField::Destination, m_instanceIssue},
        {CopyField::Name, m_backupIdIssue},
        {CopyField::ExpireTime, m_expiry->issueLabel()},
        {CopyField::Encryption, m_encryption->keysIssue()},
    };
    QList<ValidationIssue> elsewhere;
    QHash<FieldIssueLabel *, QStringList> messages;
    for (const ValidationIssue &issue : issues) {
        bool placed = false;
        for (const auto &[field, label] : fields) {
            if (issue.field == QLatin1String(field)) {
                // One reason can come twice (the rules and the page): say it once.
                if (!messages[label].contains(issue.message))
                    messages[label] << issue.message;
                placed = true;
            }
        }
        if (!placed)
            elsewhere << issue;
    }
    for (const auto &[field, label] : fields)
        label->setIssue(messages.value(label).join(QLatin1Char('\n')));
    return elsewhere;
}

} // namespace Copydeck
