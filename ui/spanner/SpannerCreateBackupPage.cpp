#include "ui/spanner/SpannerCreateBackupPage.h"

#include "core/ProviderConnection.h"
#include "models/DisplayFormat.h"
#include "providers/spanner/SpannerConnection.h"
#include "providers/spanner/SpannerCopyRules.h"
#include "providers/spanner/SpannerJson.h"
#include "ui/FieldIssueLabel.h"
#include "ui/spanner/SpannerEncryptionFields.h"
#include "ui/spanner/SpannerExpiryField.h"
#include "ui/spanner/SpannerFormGrid.h"

#include <QCheckBox>
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

#include <qcoro/qcorotask.h>

namespace Copydeck {

SpannerCreateBackupPage::SpannerCreateBackupPage(QWidget *parent)
    : CopyDialogPage(parent)
    , m_instanceLabel(new QLabel(this))
    , m_databaseCombo(new QComboBox(this))
    , m_databaseStatusLabel(spannerNoteLabel(QStringLiteral("databaseStatusLabel"), this))
    , m_reloadDatabasesButton(new QPushButton(tr("Try &again"), this))
    , m_backupIdEdit(new QLineEdit(this))
    , m_expiry(new SpannerExpiryField(this))
    , m_versionTimeCheck(new QCheckBox(tr("An earlier &version:"), this))
    , m_versionTimeEdit(new QDateTimeEdit(this))
    , m_versionTimeNoteLabel(spannerNoteLabel(QStringLiteral("versionTimeNoteLabel"), this))
    , m_encryption(new SpannerEncryptionFields(SpannerCopyRules::CreateDefaultEncryption, this))
    , m_databaseIssue(new FieldIssueLabel(m_databaseCombo, this))
    , m_backupIdIssue(new FieldIssueLabel(m_backupIdEdit, this))
    , m_versionTimeIssue(new FieldIssueLabel(m_versionTimeEdit, this))
{
    setObjectName(QStringLiteral("spannerCreateBackupPage"));
    m_instanceLabel->setObjectName(QStringLiteral("instanceLabel"));
    m_databaseCombo->setObjectName(QStringLiteral("databaseComboBox"));
    m_reloadDatabasesButton->setObjectName(QStringLiteral("reloadDatabasesButton"));
    m_backupIdEdit->setObjectName(QStringLiteral("backupIdLineEdit"));
    m_versionTimeCheck->setObjectName(QStringLiteral("versionTimeCheckBox"));
    m_versionTimeEdit->setObjectName(QStringLiteral("versionTimeDateTimeEdit"));
    m_databaseIssue->setObjectName(QStringLiteral("databaseIssueLabel"));
    m_backupIdIssue->setObjectName(QStringLiteral("backupIdIssueLabel"));
    m_versionTimeIssue->setObjectName(QStringLiteral("versionTimeIssueLabel"));

    m_instanceLabel->setTextFormat(Qt::PlainText);
    m_instanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseCombo->setPlaceholderText(tr("Choose a database"));
    m_databaseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_databaseCombo->setMinimumContentsLength(20);
    m_databaseStatusLabel->setVisible(false);
    m_reloadDatabasesButton->setVisible(false);
    m_reloadDatabasesButton->setAutoDefault(false);
    m_backupIdEdit->setClearButtonEnabled(true);
    m_backupIdEdit->setMaxLength(100); // longer than allowed, so that the rule says what is wrong
    m_backupIdEdit->setToolTip(tr("2 to 60 characters: lowercase letters, digits, '_' and '-'; "
                                  "starts with a letter, ends with a letter or a digit."));
    m_versionTimeEdit->setTimeSpec(Qt::UTC);
    m_versionTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_versionTimeEdit->setEnabled(false);
    m_versionTimeCheck->setToolTip(tr("Without it, the backup holds the database as it is when "
                                      "Spanner starts the backup."));

    auto *whatBox = new QGroupBox(tr("What to back up"), this);
    whatBox->setObjectName(QStringLiteral("databaseGroupBox"));
    SpannerFormGrid what(new QGridLayout(whatBox));
    what.addField(tr("Instance:"), nullptr, m_instanceLabel);
    what.addField(tr("Data&base:"), m_databaseCombo, m_databaseIssue->fieldFrame(),
                  m_databaseIssue);
    auto *status = new QWidget(whatBox);
    auto *statusRow = new QHBoxLayout(status);
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_databaseStatusLabel, 1);
    statusRow->addWidget(m_reloadDatabasesButton);
    what.addNote(status);
    // The choice and the time share the field column, so that the labels stay narrow.
    auto *version = new QWidget(whatBox);
    auto *versionRow = new QHBoxLayout(version);
    versionRow->setContentsMargins(0, 0, 0, 0);
    versionRow->addWidget(m_versionTimeCheck);
    versionRow->addWidget(m_versionTimeIssue->fieldFrame(), 1);
    what.addField(tr("Version:"), m_versionTimeCheck, version, m_versionTimeIssue);
    what.addNote(m_versionTimeNoteLabel);

    auto *backupBox = new QGroupBox(tr("The backup"), this);
    backupBox->setObjectName(QStringLiteral("backupGroupBox"));
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
    layout->addWidget(whatBox);
    layout->addWidget(backupBox);
    layout->addWidget(encryptionBox);

    setTabOrder(m_databaseCombo, m_reloadDatabasesButton);
    setTabOrder(m_reloadDatabasesButton, m_versionTimeCheck);
    setTabOrder(m_versionTimeCheck, m_versionTimeEdit);
    setTabOrder(m_versionTimeEdit, m_backupIdEdit);
    setTabOrder(m_backupIdEdit, m_expiry->editor());
    setTabOrder(m_expiry->editor(), m_encryption->typeCombo());
    setTabOrder(m_encryption->typeCombo(), m_encryption->keysEdit());

    connect(m_databaseCombo, &QComboBox::currentIndexChanged, this,
            &SpannerCreateBackupPage::onDatabaseChanged);
    connect(m_reloadDatabasesButton, &QPushButton::clicked, this,
            &SpannerCreateBackupPage::loadDatabases);
    connect(m_backupIdEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_expiry, &SpannerExpiryField::changed, this, &CopyDialogPage::changed);
    connect(m_versionTimeCheck, &QCheckBox::toggled, this, [this] {
        updateVersionTime();
        Q_EMIT changed();
    });
    connect(m_versionTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &CopyDialogPage::changed);
    connect(m_encryption, &SpannerEncryptionFields::changed, this, &CopyDialogPage::changed);
}

SpannerCreateBackupPage::~SpannerCreateBackupPage() = default;

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
    const auto [earliest, latest]
        = SpannerCopyRules::createExpireWindow(QDateTime::currentDateTimeUtc());
    m_expiry->setWindow(earliest, latest,
                        tr("6 hours to 366 days from when Spanner gets the request"));
    m_expiry->setDateTime(m_expiry->daysFromNow(30));
    m_encryption->setDestination(instance, connection);
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
    m_loading = true;
    m_databaseCombo->setEnabled(false);
    m_reloadDatabasesButton->setVisible(false);
    m_databaseStatusLabel->setText(tr("Loading databases…"));
    m_databaseStatusLabel->setVisible(true);
    const int generation = ++m_loadGeneration;
    QCoro::connect(spanner->listDatabases(m_seed.location), this,
                   [this, generation](const Result<QList<Backup>> &result) {
                       if (generation != m_loadGeneration)
                           return;
                       if (result.ok())
                           onDatabasesLoaded(result.value());
                       else
                           onDatabasesFailed(result.error());
                   });
    onDatabaseChanged();
}

void SpannerCreateBackupPage::onDatabasesLoaded(const QList<Backup> &databases)
{
    m_loading = false;
    m_databases = databases;
    m_databaseCombo->setEnabled(true);
    if (m_databases.isEmpty()) {
        m_databaseStatusLabel->setText(tr("This instance has no database."));
        m_reloadDatabasesButton->setVisible(true);
    } else {
        m_databaseStatusLabel->setVisible(false);
    }
    // The list was disabled while it loaded, so the focus went elsewhere: bring it back.
    if (QWidget *focus = window()->focusWidget(); !focus || !isAncestorOf(focus))
        m_databaseCombo->setFocus();
    {
        const QSignalBlocker blocker(m_databaseCombo);
        for (const Backup &database : std::as_const(m_databases)) {
            const QString text = database.rawState == QLatin1String("READY")
                ? database.name
                : tr("%1 (%2)").arg(database.name, database.rawState);
            m_databaseCombo->addItem(text, database.id);
            m_databaseCombo->setItemData(m_databaseCombo->count() - 1, database.id,
                                         Qt::ToolTipRole);
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
    m_loading = false;
    m_databaseStatusLabel->setText(tr("Could not load the databases. %1").arg(error.userText()));
    m_databaseStatusLabel->setVisible(true);
    m_reloadDatabasesButton->setVisible(m_connection != nullptr);
    Q_EMIT changed();
}

void SpannerCreateBackupPage::onDatabaseChanged()
{
    const std::optional<Backup> database = currentDatabase();
    // A name the user typed stays; the one Copydeck suggested follows the database.
    if (database && (m_backupIdEdit->text().isEmpty() || m_backupIdEdit->text() == m_suggestedId)) {
        m_suggestedId = defaultBackupId(database->name, QDateTime::currentDateTimeUtc());
        m_backupIdEdit->setText(m_suggestedId);
    }
    updateVersionTime();
    Q_EMIT changed();
}

void SpannerCreateBackupPage::updateVersionTime()
{
    const std::optional<Backup> database = currentDatabase();
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

std::optional<Backup> SpannerCreateBackupPage::currentDatabase() const
{
    const QString id = m_databaseCombo->currentData().toString();
    for (const Backup &database : m_databases) {
        if (database.id == id && !id.isEmpty())
            return database;
    }
    return std::nullopt;
}

CopyRequest SpannerCreateBackupPage::request() const
{
    CopyRequest request;
    request.operation = CopyOperation::CreateBackup;
    if (const auto database = currentDatabase())
        request.source = *database;
    request.destination = m_seed.location;
    request.name = m_backupIdEdit->text().trimmed();
    request.expireTime = m_expiry->dateTime();
    if (m_versionTimeCheck->isChecked() && m_versionTimeEdit->isEnabled())
        request.versionTime = m_versionTimeEdit->dateTime().toUTC();
    request.encryptionType = m_encryption->encryptionType();
    request.kmsKeyNames = m_encryption->kmsKeyNames();
    return request;
}

QList<ValidationIssue> SpannerCreateBackupPage::pageIssues() const
{
    if (const auto issue = m_encryption->coverageIssue())
        return {*issue};
    return {};
}

QList<ValidationIssue> SpannerCreateBackupPage::showIssues(const QList<ValidationIssue> &issues)
{
    const std::pair<const char *, FieldIssueLabel *> fields[] = {
        {CopyField::Source, m_databaseIssue},
        {CopyField::Destination, m_databaseIssue},
        {CopyField::Name, m_backupIdIssue},
        {CopyField::ExpireTime, m_expiry->issueLabel()},
        {SpannerCopyRules::VersionTimeField, m_versionTimeIssue},
        {CopyField::Encryption, m_encryption->keysIssue()},
    };
    QList<ValidationIssue> elsewhere;
    QHash<FieldIssueLabel *, QStringList> messages;
    for (const ValidationIssue &issue : issues) {
        bool placed = false;
        for (const auto &[field, label] : fields) {
            if (issue.field == QLatin1String(field)) {
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
