#include "ui/aws/AwsCopyPage.h"

#include "core/ProviderConnection.h"
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
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Copydeck {

namespace {

// Wide enough for any number a user might mean, so that the rules, not the range, say what is
// wrong with a value.
constexpr int MaxDays = 100000;

QSpinBox *daysSpinBox(const QString &objectName, int value)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, MaxDays);
    spin->setValue(value);
    spin->setSuffix(AwsCopyPage::tr(" days"));
    spin->setAccelerated(true);
    return spin;
}

} // namespace

AwsCopyPage::AwsCopyPage(QSettings *settings, QWidget *parent)
    : CopyDialogPage(parent)
    , m_settings(settings)
    , m_regionCombo(new QComboBox(this))
    , m_vaultCombo(new QComboBox(this))
    , m_status(new ChoiceLoadStatus(QStringLiteral("destinationStatusLabel"),
                                    QStringLiteral("reloadDestinationsButton"), this))
    , m_roleEdit(new QLineEdit(this))
    , m_coldStorageCheck(new QCheckBox(tr("Move to c&old storage after"), this))
    , m_coldStorageSpin(daysSpinBox(QStringLiteral("coldStorageDaysSpinBox"), 30))
    , m_deleteAfterCheck(new QCheckBox(tr("&Delete after"), this))
    , m_deleteAfterSpin(daysSpinBox(QStringLiteral("deleteAfterDaysSpinBox"), 120))
    , m_keepForeverCheck(new QCheckBox(tr("&Keep the copy forever"), this))
    , m_regionIssue(new FieldIssueLabel(m_regionCombo, this))
    , m_vaultIssue(new FieldIssueLabel(m_vaultCombo, this))
    , m_roleIssue(new FieldIssueLabel(m_roleEdit, this))
    , m_coldStorageIssue(new FieldIssueLabel(m_coldStorageSpin, this))
    , m_deleteAfterIssue(new FieldIssueLabel(m_deleteAfterSpin, this))
{
    setObjectName(QStringLiteral("awsCopyPage"));
    m_regionCombo->setObjectName(QStringLiteral("destinationRegionComboBox"));
    m_vaultCombo->setObjectName(QStringLiteral("destinationVaultComboBox"));
    m_roleEdit->setObjectName(QStringLiteral("iamRoleLineEdit"));
    m_coldStorageCheck->setObjectName(QStringLiteral("coldStorageCheckBox"));
    m_deleteAfterCheck->setObjectName(QStringLiteral("deleteAfterCheckBox"));
    m_keepForeverCheck->setObjectName(QStringLiteral("keepForeverCheckBox"));
    m_regionIssue->setObjectName(QStringLiteral("destinationRegionIssueLabel"));
    m_vaultIssue->setObjectName(QStringLiteral("destinationVaultIssueLabel"));
    m_roleIssue->setObjectName(QStringLiteral("iamRoleIssueLabel"));
    m_coldStorageIssue->setObjectName(QStringLiteral("coldStorageIssueLabel"));
    m_deleteAfterIssue->setObjectName(QStringLiteral("deleteAfterIssueLabel"));

    m_regionCombo->setPlaceholderText(tr("Choose a region"));
    m_vaultCombo->setPlaceholderText(tr("Choose a vault"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vaultCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vaultCombo->setMinimumContentsLength(24);
    m_roleEdit->setClearButtonEnabled(true);
    // The default role ARN fits whole, clear button and frame included.
    m_roleEdit->setMinimumWidth(
        m_roleEdit->fontMetrics().horizontalAdvance(QStringLiteral(
            "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole"))
        + 3 * m_roleEdit->fontMetrics().height());
    m_roleEdit->setToolTip(tr("The IAM role AWS Backup assumes to make the copy. It needs "
                              "permission to copy into the destination vault."));
    m_keepForeverCheck->setToolTip(tr("Removes any lifecycle: the copy is never moved to cold "
                                      "storage and never deleted."));

    auto *destinationBox = new QGroupBox(tr("Destination"), this);
    FieldGrid destination(new QGridLayout(destinationBox));
    destination.addField(tr("&Region:"), m_regionIssue);
    destination.addField(tr("&Vault:"), m_vaultIssue);
    destination.addNote(m_status);
    destination.addField(tr("IAM ro&le:"), m_roleIssue);

    auto *lifecycleBox = new QGroupBox(tr("Lifecycle of the copy"), this);
    lifecycleBox->setObjectName(QStringLiteral("lifecycleGroupBox"));
    auto *lifecycleGrid = new QGridLayout(lifecycleBox);
    lifecycleGrid->addWidget(m_coldStorageCheck, 0, 0);
    lifecycleGrid->addWidget(m_coldStorageIssue->fieldFrame(), 0, 1);
    lifecycleGrid->addWidget(m_coldStorageIssue, 1, 0, 1, 3);
    lifecycleGrid->addWidget(m_deleteAfterCheck, 2, 0);
    lifecycleGrid->addWidget(m_deleteAfterIssue->fieldFrame(), 2, 1);
    lifecycleGrid->addWidget(m_deleteAfterIssue, 3, 0, 1, 3);
    lifecycleGrid->addWidget(m_keepForeverCheck, 4, 0, 1, 3);
    lifecycleGrid->addWidget(noteLabel(tr("A copy in cold storage stays there at least 90 days, "
                                          "so deletion must come at least 90 days after the move "
                                          "to cold storage."),
                                       QStringLiteral("lifecycleRuleLabel"), lifecycleBox),
                             5, 0, 1, 3);
    lifecycleGrid->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(destinationBox);
    layout->addWidget(lifecycleBox);

    setTabOrder(m_regionCombo, m_vaultCombo);
    setTabOrder(m_vaultCombo, m_status->retryButton());
    setTabOrder(m_status->retryButton(), m_roleEdit);
    setTabOrder(m_roleEdit, m_coldStorageCheck);
    setTabOrder(m_coldStorageCheck, m_coldStorageSpin);
    setTabOrder(m_coldStorageSpin, m_deleteAfterCheck);
    setTabOrder(m_deleteAfterCheck, m_deleteAfterSpin);
    setTabOrder(m_deleteAfterSpin, m_keepForeverCheck);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillVaults();
        Q_EMIT changed();
    });
    connect(m_vaultCombo, &QComboBox::currentIndexChanged, this, &CopyDialogPage::changed);
    connect(m_roleEdit, &QLineEdit::textChanged, this, &CopyDialogPage::changed);
    connect(m_status, &ChoiceLoadStatus::retryRequested, this, &AwsCopyPage::loadDestinations);
    for (QCheckBox *check : {m_coldStorageCheck, m_deleteAfterCheck, m_keepForeverCheck}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            updateLifecycleEnabled();
            Q_EMIT changed();
        });
    }
    for (QSpinBox *spin : {m_coldStorageSpin, m_deleteAfterSpin})
        connect(spin, &QSpinBox::valueChanged, this, &CopyDialogPage::changed);
    updateLifecycleEnabled();
}

AwsCopyPage::~AwsCopyPage() = default;

bool AwsCopyPage::isLoading() const
{
    return m_status->isLoading();
}

void AwsCopyPage::setSource(const Backup &source, ProviderConnection *connection)
{
    m_source = source;
    m_connection = connection;
    QString role;
    if (m_settings)
        role = m_settings->value(roleSettingsKey()).toString();
    if (role.isEmpty()) {
        QString number = accountNumberOf(source.id);
        if (number.isEmpty())
            number = accountNumberOf(source.location.id);
        if (number.isEmpty() && connection)
            number
                = connection->account().settings.value(QStringLiteral("accountNumber")).toString();
        if (number.isEmpty())
            number = source.location.owner;
        role = defaultRoleArn(number);
    }
    m_roleEdit->setText(role);
    m_roleEdit->setCursorPosition(0); // the account number and role name are what matter
    loadDestinations();
}

void AwsCopyPage::loadDestinations()
{
    m_destinations.clear();
    m_regionCombo->clear();
    m_vaultCombo->clear();
    if (!m_connection) {
        onDestinationsFailed(CloudError::local(tr("This account is not connected.")));
        return;
    }
    m_regionCombo->setEnabled(false);
    m_vaultCombo->setEnabled(false);
    m_status->showLoading(tr("Loading vaults…"));
    m_destinationsAnswer.await(m_connection->listCopyDestinations(m_source), this,
                               &AwsCopyPage::onDestinationsLoaded,
                               &AwsCopyPage::onDestinationsFailed);
    Q_EMIT changed();
}

void AwsCopyPage::onDestinationsLoaded(const QList<Location> &destinations)
{
    m_destinations = destinations;
    std::sort(m_destinations.begin(), m_destinations.end(),
              [](const Location &a, const Location &b) {
                  return std::tie(a.region, a.name) < std::tie(b.region, b.name);
              });
    if (m_destinations.isEmpty())
        m_status->showProblem(
            tr("This account has no vault that can receive a copy of this backup."), true);
    else
        m_status->clear();
    m_regionCombo->setEnabled(true);
    m_vaultCombo->setEnabled(true);
    fillRegions();
    Q_EMIT changed();
}

void AwsCopyPage::onDestinationsFailed(const CloudError &error)
{
    m_status->showProblem(tr("Could not load the vaults. %1").arg(error.userText()),
                          m_connection != nullptr);
    Q_EMIT changed();
}

void AwsCopyPage::fillRegions()
{
    QStringList regions;
    for (const Location &destination : std::as_const(m_destinations)) {
        if (!regions.contains(destination.region))
            regions << destination.region;
    }
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    for (const QString &region : std::as_const(regions)) {
        const QString text = region == m_source.location.region
            ? tr("%1 (same region as the backup)").arg(region)
            : region;
        m_regionCombo->addItem(text, region);
    }
    m_regionCombo->setCurrentIndex(-1);
    fillVaults();
}

void AwsCopyPage::fillVaults()
{
    const QString region = m_regionCombo->currentData().toString();
    const QSignalBlocker blocker(m_vaultCombo);
    m_vaultCombo->clear();
    for (const Location &destination : std::as_const(m_destinations)) {
        if (destination.region != region)
            continue;
        QString text
            = destination.displayName.isEmpty() ? destination.name : destination.displayName;
        if (destination.id == m_source.location.id)
            text = tr("%1 (holds the backup)").arg(text);
        else if (!destination.owner.isEmpty())
            text = tr("%1 (account %2)").arg(text, destination.owner);
        addChoice(m_vaultCombo, text, destination.id, destination.id);
    }
    m_vaultCombo->setPlaceholderText(region.isEmpty() ? tr("Choose a region first")
                                                      : tr("Choose a vault"));
    chooseSoleChoice(m_vaultCombo);
}

void AwsCopyPage::updateLifecycleEnabled()
{
    const bool forever = m_keepForeverCheck->isChecked();
    m_coldStorageCheck->setEnabled(!forever);
    m_deleteAfterCheck->setEnabled(!forever);
    m_coldStorageSpin->setEnabled(!forever && m_coldStorageCheck->isChecked());
    m_deleteAfterSpin->setEnabled(!forever && m_deleteAfterCheck->isChecked());
}

CopyRequest AwsCopyPage::request() const
{
    CopyRequest request;
    request.source = m_source;
    if (const auto destination = chosenItem(m_vaultCombo, m_destinations))
        request.destination = *destination;
    request.roleArn = m_roleEdit->text().trimmed();
    if (m_keepForeverCheck->isChecked()) {
        request.lifecycle.moveToColdStorageAfterDays = -1;
        request.lifecycle.deleteAfterDays = -1;
    } else {
        if (m_coldStorageCheck->isChecked())
            request.lifecycle.moveToColdStorageAfterDays = m_coldStorageSpin->value();
        if (m_deleteAfterCheck->isChecked())
            request.lifecycle.deleteAfterDays = m_deleteAfterSpin->value();
    }
    return request;
}

QList<ValidationIssue> AwsCopyPage::showIssues(const QList<ValidationIssue> &issues)
{
    return showFieldIssues(issues,
                           {
                               {CopyField::Destination, m_vaultIssue},
                               {CopyField::RoleArn, m_roleIssue},
                               {CopyField::ColdStorageAfterDays, m_coldStorageIssue},
                               {CopyField::DeleteAfterDays, m_deleteAfterIssue},
                           });
}

void AwsCopyPage::rememberChoices()
{
    if (m_settings && !m_source.accountId.isEmpty())
        m_settings->setValue(roleSettingsKey(), m_roleEdit->text().trimmed());
}

QString AwsCopyPage::roleSettingsKey() const
{
    return QStringLiteral("copyDialog/aws/lastRoleArn/") + m_source.accountId;
}

QString AwsCopyPage::defaultRoleArn(const QString &accountNumber)
{
    return QStringLiteral("arn:aws:iam::%1:role/service-role/AWSBackupDefaultServiceRole")
        .arg(accountNumber);
}

QString AwsCopyPage::accountNumberOf(const QString &arn)
{
    // arn:partition:service:region:account:resource
    if (!arn.startsWith(QLatin1String("arn:")))
        return {};
    const QString number = arn.section(QLatin1Char(':'), 4, 4);
    const bool twelveDigits = number.size() == 12
        && std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); });
    return twelveDigits ? number : QString();
}

} // namespace Copydeck
