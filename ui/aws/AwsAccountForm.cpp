#include "ui/aws/AwsAccountForm.h"

#include "providers/aws/AwsAccountSettings.h"
#include "providers/aws/AwsRegions.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

using namespace AwsAccountSettings;

constexpr int RegionCodeRole = Qt::UserRole;
constexpr int VisibleRegionRows = 6;

QLabel *secondaryLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // drawn as secondary text
    return label;
}

QLineEdit *secretEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(true);
    return edit;
}

QByteArray typed(const QLineEdit *edit)
{
    return edit->text().trimmed().toUtf8();
}

} // namespace

AwsAccountForm::AwsAccountForm(const AccountFormContext &context, QWidget *parent)
    : AccountForm(parent)
    , m_importer(context.environment, context.homeDirectory)
    , m_environment(context.environment)
    , m_methodGroup(new QButtonGroup(this))
    , m_keysRadio(new QRadioButton(tr("Access &key"), this))
    , m_profileRadio(new QRadioButton(tr("&Profile from the AWS files"), this))
    , m_environmentRadio(new QRadioButton(tr("En&vironment variables"), this))
    , m_methodStack(new QStackedWidget(this))
    , m_accessKeyIdEdit(new QLineEdit(this))
    , m_secretAccessKeyEdit(secretEdit(QStringLiteral("secretAccessKeyLineEdit"), this))
    , m_sessionTokenEdit(secretEdit(QStringLiteral("sessionTokenLineEdit"), this))
    , m_profileCombo(new QComboBox(this))
    , m_reloadProfilesButton(new QPushButton(tr("Re&load"), this))
    , m_profileInfoLabel(secondaryLabel(QStringLiteral("profileInfoLabel"), this))
    , m_environmentInfoLabel(secondaryLabel(QStringLiteral("environmentInfoLabel"), this))
    , m_regionsList(new QListWidget(this))
    , m_defaultRegionCombo(new QComboBox(this))
    , m_endpointEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("awsAccountForm"));
    m_keysRadio->setObjectName(QStringLiteral("accessKeyRadioButton"));
    m_profileRadio->setObjectName(QStringLiteral("profileRadioButton"));
    m_environmentRadio->setObjectName(QStringLiteral("environmentRadioButton"));
    m_methodStack->setObjectName(QStringLiteral("signInStackedWidget"));
    m_accessKeyIdEdit->setObjectName(QStringLiteral("accessKeyIdLineEdit"));
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_reloadProfilesButton->setObjectName(QStringLiteral("reloadProfilesPushButton"));
    m_regionsList->setObjectName(QStringLiteral("regionsListWidget"));
    m_defaultRegionCombo->setObjectName(QStringLiteral("defaultRegionComboBox"));
    m_endpointEdit->setObjectName(QStringLiteral("endpointLineEdit"));

    m_methodGroup->addButton(m_keysRadio, int(Method::Keys));
    m_methodGroup->addButton(m_profileRadio, int(Method::Profile));
    m_methodGroup->addButton(m_environmentRadio, int(Method::Environment));
    m_keysRadio->setChecked(true);
    m_accessKeyIdEdit->setClearButtonEnabled(true);
    m_accessKeyIdEdit->setPlaceholderText(tr("AKIA…"));
    m_keysRadio->setToolTip(tr("An IAM user's access key. Copydeck keeps the secret in the "
                               "system keychain."));
    m_profileRadio->setToolTip(tr("A profile of ~/.aws/credentials and ~/.aws/config, read each "
                                  "time Copydeck connects. Copydeck never writes those files."));
    m_environmentRadio->setToolTip(tr("AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and "
                                      "AWS_SESSION_TOKEN as Copydeck was started with them."));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(16);
    m_regionsList->setUniformItemSizes(true);
    m_endpointEdit->setClearButtonEnabled(true);
    m_endpointEdit->setPlaceholderText(tr("https://backup.<region>.amazonaws.com"));
    m_endpointEdit->setToolTip(tr("Leave empty to use AWS's own endpoint in each region. Set it "
                                  "only for an AWS-compatible service or a local test cloud: "
                                  "every region is then reached at this address."));

    // Sign in: the method, then the fields of the chosen one.
    auto *signInBox = new QGroupBox(tr("Sign in with"), this);
    signInBox->setObjectName(QStringLiteral("signInGroupBox"));
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_keysRadio);
    methods->addWidget(m_profileRadio);
    methods->addWidget(m_environmentRadio);
    methods->addStretch(1);

    auto *keysPage = new QWidget(m_methodStack);
    auto *keysForm = new QFormLayout(keysPage);
    keysForm->setContentsMargins(0, 0, 0, 0);
    auto *keyIdLabel = new QLabel(tr("Access key I&D:"), keysPage);
    keyIdLabel->setBuddy(m_accessKeyIdEdit);
    auto *secretLabel = new QLabel(tr("&Secret access key:"), keysPage);
    secretLabel->setBuddy(m_secretAccessKeyEdit);
    auto *tokenLabel = new QLabel(tr("Session t&oken (optional):"), keysPage);
    tokenLabel->setBuddy(m_sessionTokenEdit);
    keysForm->addRow(keyIdLabel, m_accessKeyIdEdit);
    keysForm->addRow(secretLabel, m_secretAccessKeyEdit);
    keysForm->addRow(tokenLabel, m_sessionTokenEdit);

    auto *profilePage = new QWidget(m_methodStack);
    auto *profileForm = new QFormLayout(profilePage);
    profileForm->setContentsMargins(0, 0, 0, 0);
    auto *profileLabel = new QLabel(tr("Pro&file:"), profilePage);
    profileLabel->setBuddy(m_profileCombo);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_reloadProfilesButton);
    profileForm->addRow(profileLabel, profileRow);
    profileForm->addRow(QString(), m_profileInfoLabel);

    auto *environmentPage = new QWidget(m_methodStack);
    auto *environmentLayout = new QVBoxLayout(environmentPage);
    environmentLayout->setContentsMargins(0, 0, 0, 0);
    environmentLayout->addWidget(m_environmentInfoLabel);
    environmentLayout->addStretch(1);

    m_methodStack->addWidget(keysPage);
    m_methodStack->addWidget(profilePage);
    m_methodStack->addWidget(environmentPage);
    auto *signInLayout = new QVBoxLayout(signInBox);
    signInLayout->addLayout(methods);
    signInLayout->addWidget(m_methodStack);

    // Where: regions, the default one, the endpoint.
    auto *whereBox = new QGroupBox(tr("Regions and endpoint"), this);
    whereBox->setObjectName(QStringLiteral("regionsGroupBox"));
    auto *whereForm = new QFormLayout(whereBox);
    auto *regionsLabel = new QLabel(tr("Re&gions:"), whereBox);
    regionsLabel->setBuddy(m_regionsList);
    auto *regionsHint = secondaryLabel(QStringLiteral("regionsHintLabel"), whereBox);
    regionsHint->setText(tr("With none checked, Copydeck lists the default region."));
    m_regionsList->setToolTip(tr("Copydeck lists the vaults of the checked regions. Space checks "
                                 "the selected one."));
    auto *defaultRegionLabel = new QLabel(tr("Defa&ult region:"), whereBox);
    defaultRegionLabel->setBuddy(m_defaultRegionCombo);
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), whereBox);
    endpointLabel->setBuddy(m_endpointEdit);
    whereForm->addRow(regionsLabel, m_regionsList);
    whereForm->addRow(QString(), regionsHint);
    whereForm->addRow(defaultRegionLabel, m_defaultRegionCombo);
    whereForm->addRow(endpointLabel, m_endpointEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox);
    layout->addWidget(whereBox);

    fillRegions();
    // A few rows at a time, so that the form keeps its size however many regions there are.
    m_regionsList->setFixedHeight(m_regionsList->sizeHintForRow(0) * VisibleRegionRows
                                  + 2 * m_regionsList->frameWidth());
    reloadProfiles();
    updateEnvironmentInfo();
    updateSecretPlaceholders();
    setMethod(Method::Keys);

    connect(m_methodGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        m_methodStack->setCurrentIndex(int(method()));
        onFieldChanged();
    });
    for (QLineEdit *edit :
         {m_accessKeyIdEdit, m_secretAccessKeyEdit, m_sessionTokenEdit, m_endpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &AwsAccountForm::onFieldChanged);
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

AwsAccountForm::~AwsAccountForm() = default;

AccountFormRegistry::Registration AwsAccountForm::registration(const AccountFormContext &context)
{
    AccountFormRegistry::Registration registration;
    registration.providerId = QString(Cloud);
    registration.createForm
        = [context](QWidget *parent) { return new AwsAccountForm(context, parent); };
    registration.secretNames
        = {QString(SecretAccessKeyId), QString(SecretSecretAccessKey), QString(SecretSessionToken)};
    registration.createImporter = [context]() -> std::unique_ptr<AccountImporter> {
        return std::make_unique<AwsProfileImporter>(context.environment, context.homeDirectory);
    };
    return registration;
}

AwsAccountForm::Method AwsAccountForm::method() const
{
    const int id = m_methodGroup->checkedId();
    return id < 0 ? Method::Keys : Method(id);
}

void AwsAccountForm::setMethod(Method method)
{
    m_methodGroup->button(int(method))->setChecked(true);
    m_methodStack->setCurrentIndex(int(method));
}

void AwsAccountForm::onFieldChanged()
{
    if (m_loading)
        return;
    updateSecretPlaceholders();
    Q_EMIT changed();
}

void AwsAccountForm::fillRegions()
{
    m_defaultRegionCombo->addItem(tr("Automatic"), QString());
    m_defaultRegionCombo->setToolTip(tr("The region Copydeck tests the connection in. Automatic: "
                                        "AWS_REGION, else the profile's region, else the first "
                                        "checked region, else us-east-1."));
    for (const AwsRegions::Region &region : AwsRegions::common())
        addRegion(region.code, region.name);
}

void AwsAccountForm::addRegion(const QString &code, const QString &name)
{
    const QString text = name.isEmpty() ? code : tr("%1 — %2").arg(code, name);
    auto *item = new QListWidgetItem(text, m_regionsList);
    item->setData(RegionCodeRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    m_defaultRegionCombo->addItem(text, code);
}

void AwsAccountForm::checkRegions(const QStringList &regions)
{
    for (const QString &region : regions) {
        if (!region.isEmpty() && m_defaultRegionCombo->findData(region) < 0)
            addRegion(region, QString()); // a region the list does not know: kept, not lost
    }
    for (int row = 0; row < m_regionsList->count(); ++row) {
        QListWidgetItem *item = m_regionsList->item(row);
        item->setCheckState(
            regions.contains(item->data(RegionCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void AwsAccountForm::selectDefaultRegion(const QString &region)
{
    if (!region.isEmpty() && m_defaultRegionCombo->findData(region) < 0)
        addRegion(region, QString());
    m_defaultRegionCombo->setCurrentIndex(std::max(0, m_defaultRegionCombo->findData(region)));
}

void AwsAccountForm::reloadProfiles()
{
    const bool wasLoading = std::exchange(m_loading, true);
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
    m_loading = wasLoading;
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

void AwsAccountForm::updateEnvironmentInfo()
{
    const bool hasKey = !m_environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty();
    const QString profile
        = m_environment.value(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    m_environmentInfoLabel->setText(
        hasKey ? tr("Copydeck uses AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and "
                    "AWS_SESSION_TOKEN from the environment it was started in. "
                    "AWS_ACCESS_KEY_ID is set now.")
               : tr("AWS_ACCESS_KEY_ID is not set in the environment Copydeck was started in, "
                    "so it uses the profile \"%1\" (AWS_PROFILE) instead.")
                     .arg(profile));
}

void AwsAccountForm::updateSecretPlaceholders()
{
    const QString unchanged = tr("Unchanged (saved in the keychain)");
    // A new key replaces the saved one whole, its session token included.
    const bool newKey = !m_accessKeyIdEdit->text().trimmed().isEmpty()
        || !m_secretAccessKeyEdit->text().trimmed().isEmpty();
    m_accessKeyIdEdit->setPlaceholderText(m_savedHasKeys ? unchanged : tr("AKIA…"));
    m_secretAccessKeyEdit->setPlaceholderText(m_savedHasKeys ? unchanged : QString());
    m_sessionTokenEdit->setPlaceholderText(
        m_savedHasKeys && !newKey ? unchanged : tr("Only for temporary keys"));
}

void AwsAccountForm::setAccount(const Account &account,
                                const QHash<QString, QByteArray> &typedSecrets,
                                const std::optional<Account> &saved)
{
    m_loading = true;
    m_savedHasKeys = saved && (saved->authMethod == AuthKeys || saved->authMethod.isEmpty());
    updateSecretPlaceholders();

    if (account.authMethod == AuthProfile)
        setMethod(Method::Profile);
    else if (account.authMethod == AuthEnvironment)
        setMethod(Method::Environment);
    else
        setMethod(Method::Keys);

    m_accessKeyIdEdit->setText(QString::fromUtf8(typedSecrets.value(SecretAccessKeyId)));
    m_secretAccessKeyEdit->setText(QString::fromUtf8(typedSecrets.value(SecretSecretAccessKey)));
    m_sessionTokenEdit->setText(QString::fromUtf8(typedSecrets.value(SecretSessionToken)));
    updateSecretPlaceholders();

    QString profile = account.settings.value(SettingProfile).toString();
    if (profile.isEmpty() && m_profileCombo->findData(QStringLiteral("default")) >= 0)
        profile = QStringLiteral("default");
    selectProfile(profile);
    updateProfileInfo();

    checkRegions(account.regions);
    selectDefaultRegion(account.settings.value(SettingRegion).toString());
    m_endpointEdit->setText(account.endpointOverride.toString());
    m_loading = false;
}

Account AwsAccountForm::account(const Account &base) const
{
    Account account = base;
    account.cloud = QString(Cloud);
    switch (method()) {
    case Method::Keys:
        account.authMethod = QString(AuthKeys);
        account.settings.remove(SettingProfile);
        break;
    case Method::Profile:
        account.authMethod = QString(AuthProfile);
        account.settings.insert(QString(SettingProfile), m_profileCombo->currentData().toString());
        break;
    case Method::Environment:
        account.authMethod = QString(AuthEnvironment);
        account.settings.remove(SettingProfile);
        break;
    }
    // The account's order is kept (its first region is the fallback default); regions checked
    // now come after, in the list's order.
    QStringList checked;
    for (int row = 0; row < m_regionsList->count(); ++row) {
        const QListWidgetItem *item = m_regionsList->item(row);
        if (item->checkState() == Qt::Checked)
            checked << item->data(RegionCodeRole).toString();
    }
    QStringList regions;
    for (const QString &region : std::as_const(base.regions)) {
        if (checked.contains(region) && !regions.contains(region))
            regions << region;
    }
    for (const QString &region : std::as_const(checked)) {
        if (!regions.contains(region))
            regions << region;
    }
    account.regions = regions;
    const QString defaultRegion = m_defaultRegionCombo->currentData().toString();
    if (defaultRegion.isEmpty())
        account.settings.remove(SettingRegion);
    else
        account.settings.insert(QString(SettingRegion), defaultRegion);
    const QString endpoint = m_endpointEdit->text().trimmed();
    account.endpointOverride = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    return account;
}

QHash<QString, QByteArray> AwsAccountForm::secrets() const
{
    QHash<QString, QByteArray> secrets;
    if (method() != Method::Keys) {
        // Keys saved for this account are no longer used: they go.
        if (m_savedHasKeys) {
            secrets.insert(QString(SecretAccessKeyId), {});
            secrets.insert(QString(SecretSecretAccessKey), {});
            secrets.insert(QString(SecretSessionToken), {});
        }
        return secrets;
    }
    const QByteArray keyId = typed(m_accessKeyIdEdit);
    const QByteArray secret = typed(m_secretAccessKeyEdit);
    const QByteArray token = typed(m_sessionTokenEdit);
    if (!keyId.isEmpty() || !secret.isEmpty()) {
        // A new key replaces the saved one whole: without a token, no token is kept.
        secrets.insert(QString(SecretAccessKeyId), keyId);
        secrets.insert(QString(SecretSecretAccessKey), secret);
        secrets.insert(QString(SecretSessionToken), token);
    } else if (!token.isEmpty()) {
        secrets.insert(QString(SecretSessionToken), token);
    }
    return secrets;
}

QString AwsAccountForm::incompleteReason() const
{
    switch (method()) {
    case Method::Keys: {
        const bool hasKeyId = !typed(m_accessKeyIdEdit).isEmpty();
        const bool hasSecret = !typed(m_secretAccessKeyEdit).isEmpty();
        if (m_savedHasKeys && hasKeyId != hasSecret)
            return tr("Enter both the access key ID and the secret access key, or neither to keep "
                      "the saved ones.");
        if (!m_savedHasKeys && (!hasKeyId || !hasSecret))
            return tr("Enter the access key ID and the secret access key.");
        break;
    }
    case Method::Profile:
        if (m_profileCombo->currentData().toString().isEmpty())
            return tr("Choose a profile of the AWS files.");
        break;
    case Method::Environment:
        break;
    }
    const QString endpoint = m_endpointEdit->text().trimmed();
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("The endpoint must be an http:// or https:// address, like "
                      "https://backup.eu-west-1.amazonaws.com.");
    }
    return {};
}

} // namespace Copydeck
