#include "ui/aws/AwsAccountForm.h"

#include "providers/aws/AwsAccountSettings.h"
#include "providers/aws/AwsRegions.h"
#include "ui/FieldGrid.h"
#include "ui/accounts/AccountFormFields.h"
#include "ui/accounts/EndpointLineEdit.h"
#include "ui/accounts/RegionCheckList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

using namespace AwsAccountSettings;
using namespace AccountFormFields;

constexpr int VisibleRegionRows = 6;

} // namespace

AwsAccountForm::AwsAccountForm(const AccountFormContext &context, QWidget *parent)
    : SignInAccountForm(
        Cloud, QStringLiteral("signInGroupBox"), QStringLiteral("signInStackedWidget"),
        {{tr("Access &key"), QStringLiteral("accessKeyRadioButton"),
          tr("An IAM user's access key. Copydeck keeps the secret in the system keychain."),
          AuthKeys},
         {tr("&Profile from the AWS files"), QStringLiteral("profileRadioButton"),
          tr("A profile of ~/.aws/credentials and ~/.aws/config, read each time Copydeck "
             "connects. Copydeck never writes those files."),
          AuthProfile},
         {tr("En&vironment variables"), QStringLiteral("environmentRadioButton"),
          tr("AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN as Copydeck was "
             "started with them."),
          AuthEnvironment}},
        parent)
    , m_importer(context.environment, context.homeDirectory)
    , m_environment(context.environment)
    , m_accessKeyIdEdit(lineEdit(QStringLiteral("accessKeyIdLineEdit"), this))
    , m_secretAccessKeyEdit(
          lineEdit(QStringLiteral("secretAccessKeyLineEdit"), this, QLineEdit::Password))
    , m_sessionTokenEdit(
          lineEdit(QStringLiteral("sessionTokenLineEdit"), this, QLineEdit::Password))
    , m_profileCombo(new QComboBox(this))
    , m_reloadProfilesButton(new QPushButton(tr("Re&load"), this))
    , m_profileInfoLabel(noteLabel(QString(), QStringLiteral("profileInfoLabel"), this))
    , m_environmentInfoLabel(
          noteLabel(environmentInfo(), QStringLiteral("environmentInfoLabel"), this))
    , m_regionsList(new RegionCheckList(QStringLiteral("regionsListWidget"), this))
    , m_defaultRegionCombo(new QComboBox(this))
    , m_endpointEdit(new EndpointLineEdit(
          QStringLiteral("endpointLineEdit"), tr("https://backup.<region>.amazonaws.com"),
          tr("Leave empty to use AWS's own endpoint in each region. Set it only for an "
             "AWS-compatible service or a local test cloud: every region is then reached at "
             "this address."),
          this))
{
    setObjectName(QStringLiteral("awsAccountForm"));
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_reloadProfilesButton->setObjectName(QStringLiteral("reloadProfilesPushButton"));
    m_defaultRegionCombo->setObjectName(QStringLiteral("defaultRegionComboBox"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(16);

    const int keys = int(Method::Keys);
    secretFields().add(keys, SecretAccessKeyId, m_accessKeyIdEdit, KeychainSecretFields::Part::Key,
                       tr("AKIA…"));
    secretFields().add(keys, SecretSecretAccessKey, m_secretAccessKeyEdit);
    secretFields().add(keys, SecretSessionToken, m_sessionTokenEdit,
                       KeychainSecretFields::Part::Optional, tr("Only for temporary keys"));
    secretFields().setIncompleteText(
        keys, tr("Enter the access key ID and the secret access key."),
        tr("Enter both the access key ID and the secret access key, or neither to keep the saved "
           "ones."));

    // Sign in: the fields of each method.
    QFormLayout *keysForm = signInBox()->formPage(keys);
    keysForm->addRow(tr("Access key I&D:"), m_accessKeyIdEdit);
    keysForm->addRow(tr("&Secret access key:"), m_secretAccessKeyEdit);
    keysForm->addRow(tr("Session t&oken (optional):"), m_sessionTokenEdit);

    QFormLayout *profileForm = signInBox()->formPage(int(Method::Profile));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_reloadProfilesButton);
    auto *profileLabel = new QLabel(tr("Pro&file:"), this);
    profileLabel->setBuddy(m_profileCombo);
    profileForm->addRow(profileLabel, withNote(profileRow, m_profileInfoLabel));

    signInBox()->setNotePage(int(Method::Environment), m_environmentInfoLabel);

    // Where: regions, the default one, the endpoint.
    auto *whereBox = new QGroupBox(tr("Regions and endpoint"), this);
    whereBox->setObjectName(QStringLiteral("regionsGroupBox"));
    auto *whereForm = new QFormLayout(whereBox);
    auto *regionsLabel = new QLabel(tr("Re&gions:"), whereBox);
    regionsLabel->setBuddy(m_regionsList);
    m_regionsList->setToolTip(tr("Copydeck lists the vaults of the checked regions. Space checks "
                                 "the selected one."));
    whereForm->addRow(
        regionsLabel,
        withNote(m_regionsList,
                 noteLabel(tr("With none checked, Copydeck lists the default region."),
                           QStringLiteral("regionsHintLabel"), whereBox)));
    whereForm->addRow(tr("Defa&ult region:"), m_defaultRegionCombo);
    whereForm->addRow(tr("&Endpoint:"), m_endpointEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox());
    layout->addWidget(whereBox);

    m_defaultRegionCombo->addItem(tr("Automatic"), QString());
    m_defaultRegionCombo->setToolTip(tr("The region Copydeck tests the connection in. Automatic: "
                                        "AWS_REGION, else the profile's region, else the first "
                                        "checked region, else us-east-1."));
    for (const AwsRegions::Region &region : AwsRegions::common())
        addRegion(region.code, region.name);
    // A few rows at a time, so that the form keeps its size however many regions there are.
    m_regionsList->showRows(VisibleRegionRows);
    reloadProfiles();
    secretFields().updatePlaceholders();

    watch({m_accessKeyIdEdit, m_secretAccessKeyEdit, m_sessionTokenEdit, m_endpointEdit});
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateProfileInfo();
        onFieldChanged();
    });
    connect(m_reloadProfilesButton, &QPushButton::clicked, this, [this] {
        const QString current = m_profileCombo->currentData().toString();
        reloadProfiles();
        selectProfile(current);
        onFieldChanged();
    });
    connect(m_regionsList, &QListWidget::itemChanged, this, &AwsAccountForm::onFieldChanged);
    connect(m_defaultRegionCombo, &QComboBox::currentIndexChanged, this,
            &AwsAccountForm::onFieldChanged);
}

AccountFormRegistry::Registration AwsAccountForm::registration(const AccountFormContext &context)
{
    return AccountFormRegistry::formRegistration<AwsAccountForm>(
        Cloud,
        {QString(SecretAccessKeyId), QString(SecretSecretAccessKey), QString(SecretSessionToken)},
        context, [context] {
            return std::make_unique<AwsProfileImporter>(context.environment, context.homeDirectory);
        });
}

void AwsAccountForm::addRegion(const QString &code, const QString &name)
{
    const QString text = name.isEmpty() ? code : tr("%1 — %2").arg(code, name);
    m_regionsList->addRegion(code, text);
    m_defaultRegionCombo->addItem(text, code);
}

void AwsAccountForm::selectDefaultRegion(const QString &region)
{
    if (!region.isEmpty() && m_defaultRegionCombo->findData(region) < 0)
        addRegion(region, QString());
    m_defaultRegionCombo->setCurrentIndex(std::max(0, m_defaultRegionCombo->findData(region)));
}

void AwsAccountForm::reloadProfiles()
{
    const QSignalBlocker quiet(m_profileCombo);
    m_profiles.clear();
    m_profilesError.clear();
    m_profileCombo->clear();
    const auto found = m_importer.profiles();
    if (found.ok())
        m_profiles = found.value();
    else
        m_profilesError = found.error().userText();
    for (const AwsProfileImporter::Profile &profile : std::as_const(m_profiles))
        m_profileCombo->addItem(profile.name, profile.name);
    updateProfileInfo();
}

void AwsAccountForm::selectProfile(const QString &profile)
{
    if (profile.isEmpty())
        return;
    if (m_profileCombo->findData(profile) < 0)
        m_profileCombo->addItem(profile, profile); // saved, but not in the files now
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(profile));
}

void AwsAccountForm::updateProfileInfo()
{
    if (!m_profilesError.isEmpty()) {
        m_profileInfoLabel->setText(m_profilesError);
        return;
    }
    if (m_profileCombo->count() == 0) {
        const AwsCredentialResolver &files = m_importer.resolver();
        m_profileInfoLabel->setText(tr("No profile found in %1 or %2.")
                                        .arg(m_importer.displayPath(files.credentialsFilePath()),
                                             m_importer.displayPath(files.configFilePath())));
        return;
    }
    const QString name = m_profileCombo->currentData().toString();
    for (const AwsProfileImporter::Profile &profile : std::as_const(m_profiles)) {
        if (profile.name != name)
            continue;
        if (profile.problem) {
            m_profileInfoLabel->setText(profile.problem->explanation);
        } else {
            const QString file = m_importer.displayPath(profile.file);
            m_profileInfoLabel->setText(
                profile.region.isEmpty()
                    ? tr("Keys read from %1 each time Copydeck connects; no region set.").arg(file)
                    : tr("Keys read from %1 each time Copydeck connects; region %2.")
                          .arg(file, profile.region));
        }
        return;
    }
    m_profileInfoLabel->setText(tr("The AWS files have no profile \"%1\" now.").arg(name));
}

QString AwsAccountForm::environmentInfo() const
{
    const bool hasKey = !m_environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty();
    const QString profile
        = m_environment.value(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    return hasKey ? tr("Copydeck uses AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and "
                       "AWS_SESSION_TOKEN from the environment it was started in. "
                       "AWS_ACCESS_KEY_ID is set now.")
                  : tr("AWS_ACCESS_KEY_ID is not set in the environment Copydeck was started in, "
                       "so it uses the profile \"%1\" (AWS_PROFILE) instead.")
                        .arg(profile);
}

void AwsAccountForm::showFields(const Account &account, const QHash<QString, QByteArray> &)
{
    QString profile = account.settings.value(SettingProfile).toString();
    if (profile.isEmpty() && m_profileCombo->findData(QStringLiteral("default")) >= 0)
        profile = QStringLiteral("default");
    selectProfile(profile);
    updateProfileInfo();

    for (const QString &region : account.regions) {
        if (!region.isEmpty() && !m_regionsList->hasRegion(region))
            addRegion(region, QString()); // a region the list does not know: kept, not lost
    }
    m_regionsList->setCheckedRegions(account.regions);
    selectDefaultRegion(account.settings.value(SettingRegion).toString());
    m_endpointEdit->setUrl(account.endpointOverride);
}

void AwsAccountForm::applyFields(Account &account) const
{
    if (Method(signInMethod()) == Method::Profile)
        account.settings.insert(QString(SettingProfile), m_profileCombo->currentData().toString());
    else
        account.settings.remove(SettingProfile);
    // The account's order is kept (its first region is the fallback default); regions checked
    // now come after, in the list's order.
    account.regions = inAccountOrder(account.regions, m_regionsList->checkedRegions());
    const QString defaultRegion = m_defaultRegionCombo->currentData().toString();
    if (defaultRegion.isEmpty())
        account.settings.remove(SettingRegion);
    else
        account.settings.insert(QString(SettingRegion), defaultRegion);
    account.endpointOverride = m_endpointEdit->url();
}

QString AwsAccountForm::incompleteReason() const
{
    const Method method = Method(signInMethod());
    if (const QString secrets = secretFields().incompleteReason(int(method)); !secrets.isEmpty())
        return secrets;
    if (method == Method::Profile && m_profileCombo->currentData().toString().isEmpty())
        return tr("Choose a profile of the AWS files.");
    if (!m_endpointEdit->isAcceptable())
        return tr("The endpoint must be an http:// or https:// address, like %1.")
            .arg(QStringLiteral("https://backup.eu-west-1.amazonaws.com"));
    return {};
}

} // namespace Copydeck
