#include "ui/spanner/SpannerCreateBackupPage.h"

#include "core/ProviderConnection.h"
#include "models/DisplayFormat.h"
#include "providers/spanner/SpannerConnection.h"
#include "providers/spanner/SpannerCopyRules.h"
#include "providers/spanner/SpannerJson.h"
#include "ui/ChoiceLoadStatus.h"
#include "ui/ComboChoices.h"
#include "ui/FieldGrid.h"
#include "ui/FieldIssueLabel.h"
#include "ui/FieldIssueRoute.h"
#include "ui/spanner/SpannerBackupFields.h"
#include "ui/spanner/SpannerEncryptionFields.h"
#include "ui/spanner/SpannerExpiryField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydeck {

SpannerCreateBackupPage::SpannerCreateBackupPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_instanceLabel(new QLabel(this))
    , m_databaseCombo(new QComboBox(this))
    , m_status(new ChoiceLoadStatus(QStringLiteral("databaseStatusLabel"),
                                    QStringLiteral("reloadDatabasesButton"), this))
    , m_backup(new SpannerBackupFields(SpannerCopyRules::CreateDefaultEncryption, this))
    , m_versionTimeCheck(new QCheckBox(tr("An earlier &version:"), this))
    , m_versionTimeEdit(new QDateTimeEdit(this))
    , m_versionTimeNoteLabel(noteLabel({}, QStringLiteral("versionTimeNoteLabel"), this))
    , m_databaseIssue(new FieldIssueLabel(m_databaseCombo, this))
    , m_versionTimeIssue(new FieldIssueLabel(m_versionTimeEdit, this))
{
    setObjectName(QStringLiteral("spannerCreateBackupPage"));
    m_instanceLabel->setObjectName(QStringLiteral("instanceLabel"));
    m_databaseCombo->setObjectName(QStringLiteral("databaseComboBox"));
    m_versionTimeCheck->setObjectName(QStringLiteral("versionTimeCheckBox"));
    m_versionTimeEdit->setObjectName(QStringLiteral("versionTimeDateTimeEdit"));
    m_databaseIssue->setObjectName(QStringLiteral("databaseIssueLabel"));
    m_versionTimeIssue->setObjectName(QStringLiteral("versionTimeIssueLabel"));

    m_instanceLabel->setTextFormat(Qt::PlainText);
    m_instanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseCombo->setPlaceholderText(tr("Choose a database"));
    m_databaseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_databaseCombo->setMinimumContentsLength(20);
    m_versionTimeEdit->setTimeSpec(Qt::UTC);
    m_versionTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_versionTimeEdit->setEnabled(false);
    m_versionTimeCheck->setToolTip(tr("Without it, the backup holds the database as it is when "
                                      "Spanner starts the backup."));

    auto *whatBox = new QGroupBox(tr("What to back up"), this);
    whatBox->setObjectName(QStringLiteral("databaseGroupBox"));
    FieldGrid what(new QGridLayout(whatBox));
    what.addField(tr("Instance:"), nullptr, m_instanceLabel);
    what.addField(tr("Data&base:"), m_databaseIssue);
    what.addNote(m_status);
    // The choice and the time share the field column, so that the labels stay narrow.
    auto *version = new QWidget(whatBox);
    auto *versionRow = new QHBoxLayout(version);
    versionRow->setContentsMargins(0, 0, 0, 0);
    versionRow->addWidget(m_versionTimeCheck);
    versionRow->addWidget(m_versionTimeIssue->fieldFrame(), 1);
    what.addField(tr("Version:"), m_versionTimeCheck, version, m_versionTimeIssue);
    what.addNote(m_versionTimeNoteLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(whatBox);
    layout->addWidget(
        m_backup->createBackupBox(tr("The backup"), QStringLiteral("backupGroupBox")));
    layout->addWidget(m_backup->createEncryptionBox());

    setTabOrder(m_databaseCombo, m_status->retryButton());
    setTabOrder(m_status->retryButton(), m_versionTimeCheck);
    setTabOrder(m_versionTimeCheck, m_versionTimeEdit);
    m_backup->setTabOrderAfter(m_versionTimeEdit);

    connect(m_databaseCombo, &QComboBox::currentIndexChanged, this,
            &SpannerCreateBackupPage::onDatabaseChanged);
    connect(m_status, &ChoiceLoadStatus::retryRequested, this,
            &SpannerCreateBackupPage::loadDatabases);
    connect(m_backup, &SpannerBackupFields::changed, this, &CopyDialogPage::changed);
    connect(m_versionTimeCheck, &QCheckBox::toggled, this, [this] {
        updateVersionTime();
        Q_EMIT changed();
    });
    connect(m_versionTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &CopyDialogPage::changed);
}

SpannerCreateBackupPage::~SpannerCreateBackupPage() = default;

bool SpannerCreateBackupPage::isLoading() const
{
    return m_status->isLoading();
}

QString SpannerCreateBackupPage::defaultBackupId(const QString &database, const QDateTime &now)
{
    const QString stamp = QLatin1Char('-') + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"));
    QString id;
    for (const QChar c : database.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_'))
            id += c;
        else
            id += QLatin1Char('-');
    }
    while (!id.isEmpty() && !(id.front() >= QLatin1Char('a') && id.front() <= QLatin1Char('z')))
        id.remove(0, 1);
    if (id.isEmpty())
        id = QStringLiteral("backup");
    id = id.left(SpannerCopyRules::MaxBackupIdLength - stamp.size());
    return id + stamp;
}

void SpannerCreateBackupPage::setSource(const Backup &seed, ProviderConnection *connection)
{
    m_seed = seed;
    m_connection = connection;
    const Location &instance = seed.location;
    m_instanceLabel->setText(
        instance.displayName.isEmpty() || instance.displayName == instance.name
            ? tr("%1 in %2 (%3)").arg(instance.name, instance.owner, instance.region)
            : tr("%1 (%2) in %3, %4")
                  .arg(instance.name, instance.displayName, instance.owner, instance.region));
    SpannerExpiryField *expiry = m_backup->expiry();
    const auto [earliest, latest]
        = SpannerCopyRules::createExpireWindow(QDateTime::currentDateTimeUtc());
    expiry->setWindow(earliest, latest,
                      tr("6 hours to 366 days from when Spanner gets the request"));
    expiry->setDateTime(expiry->daysFromNow(30));
    m_backup->encryption()->setDestination(instance, connection);
    loadDatabases();
}

void SpannerCreateBackupPage::loadDatabases()
{
    m_databases.clear();
    {
        const QSignalBlocker blocker(m_databaseCombo);
        m_databaseCombo->clear();
    }
    auto *spanner = dynamic_cast<SpannerConnection *>(m_connection);
    if (!spanner) {
        onDatabasesFailed(CloudError::local(tr("This account is not connected.")));
        return;
    }
    m_databaseCombo->setEnabled(false);
    m_status->showLoading(tr("Loading databases…"));
    m_databasesAnswer.await(spanner->listDatabases(m_seed.location), this,
                            &SpannerCreateBackupPage::onDatabasesLoaded,
                            &SpannerCreateBackupPage::onDatabasesFailed);
    onDatabaseChanged();
}

void SpannerCreateBackupPage::onDatabasesLoaded(const QList<Backup> &databases)
{
    m_databases = databases;
    m_databaseCombo->setEnabled(true);
    if (m_databases.isEmpty())
        m_status->showProblem(tr("This instance has no database."), true);
    else
        m_status->clear();
    // The list was disabled while it loaded, so the focus went elsewhere: bring it back.
    if (QWidget *focus = window()->focusWidget(); !focus || !isAncestorOf(focus))
        m_databaseCombo->setFocus();
    {
        const QSignalBlocker blocker(m_databaseCombo);
        for (const Backup &database : std::as_const(m_databases)) {
            const QString text = database.rawState == QLatin1String("READY")
                ? database.name
                : tr("%1 (%2)").arg(database.name, database.rawState);
            addChoice(m_databaseCombo, text, database.id, database.id);
        }
        int index = m_databaseCombo->findData(m_seed.sourceResource);
        if (index < 0 && m_databaseCombo->count() == 1)
            index = 0;
        m_databaseCombo->setCurrentIndex(index);
    }
    onDatabaseChanged();
}

void SpannerCreateBackupPage::onDatabasesFailed(const CloudError &error)
{
    m_status->showProblem(tr("Could not load the databases. %1").arg(error.userText()),
                          m_connection != nullptr);
    Q_EMIT changed();
}

void SpannerCreateBackupPage::onDatabaseChanged()
{
    const std::optional<Backup> database = chosenItem(m_databaseCombo, m_databases);
    QLineEdit *backupIdEdit = m_backup->backupIdEdit();
    // A name the user typed stays; the one Copydeck suggested follows the database.
    if (database && (backupIdEdit->text().isEmpty() || backupIdEdit->text() == m_suggestedId)) {
        m_suggestedId = defaultBackupId(database->name, QDateTime::currentDateTimeUtc());
        backupIdEdit->setText(m_suggestedId);
    }
    updateVersionTime();
    Q_EMIT changed();
}

void SpannerCreateBackupPage::updateVersionTime()
{
    const std::optional<Backup> database = chosenItem(m_databaseCombo, m_databases);
    m_versionTimeCheck->setEnabled(database.has_value());
    const bool on = database && m_versionTimeCheck->isChecked();
    m_versionTimeEdit->setEnabled(on);
    if (!database) {
        m_versionTimeNoteLabel->clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto earliest = SpannerJson::earliestVersionTime(*database);
    if (earliest) {
        m_versionTimeNoteLabel->setText(tr("The database keeps earlier versions back to %1.")
                                            .arg(DisplayFormat::dateTime(*earliest)));
    } else {
        m_versionTimeNoteLabel->setText(
            tr("Spanner keeps earlier versions only for the database's version retention "
               "period."));
    }
    {
        const QSignalBlocker blocker(m_versionTimeEdit);
        m_versionTimeEdit->setDateTimeRange(earliest ? *earliest : now.addDays(-7), now);
        if (!on)
            m_versionTimeEdit->setDateTime(now.addSecs(-5 * 60));
    }
}

CopyRequest SpannerCreateBackupPage::request() const
{
    CopyRequest request;
    request.operation = CopyOperation::CreateBackup;
    if (const auto database = chosenItem(m_databaseCombo, m_databases))
        request.source = *database;
    request.destination = m_seed.location;
    m_backup->fillRequest(request);
    if (m_versionTimeCheck->isChecked() && m_versionTimeEdit->isEnabled())
        request.versionTime = m_versionTimeEdit->dateTime().toUTC();
    return request;
}

QList<ValidationIssue> SpannerCreateBackupPage::pageIssues() const
{
    return m_backup->pageIssues();
}

QList<ValidationIssue> SpannerCreateBackupPage::showIssues(const QList<ValidationIssue> &issues)
{
    return showFieldIssues(issues,
                           QList<FieldIssueRoute> {
                               {CopyField::Source, m_databaseIssue},
                               {CopyField::Destination, m_databaseIssue},
                               {SpannerCopyRules::VersionTimeField, m_versionTimeIssue},
                           } + m_backup->issueRoutes());
}

} // namespace Copydeck
