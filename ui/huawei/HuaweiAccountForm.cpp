#include "ui/huawei/HuaweiAccountForm.h"

#include "providers/huawei/HuaweiAccountSettings.h"
#include "providers/huawei/HuaweiEnvironmentImporter.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

using namespace HuaweiAccountSettings;

constexpr int RegionRole = Qt::UserRole;

struct KnownRegion
{
    const char *code;
    const char *name;
};

// Regions of Huawei Cloud's international site, as its console names them.
constexpr KnownRegion KnownRegions[] = {
    {"cn-north-4", "CN North-Beijing4"},  {"cn-east-3", "CN East-Shanghai1"},
    {"cn-south-1", "CN South-Guangzhou"}, {"ap-southeast-1", "CN-Hong Kong"},
    {"ap-southeast-2", "AP-Bangkok"},     {"ap-southeast-3", "AP-Singapore"},
    {"af-south-1", "AF-Johannesburg"},    {"la-south-2", "LA-Santiago"},
    {"sa-brazil-1", "LA-Sao Paulo1"},     {"tr-west-1", "TR-Istanbul"},
    {"me-east-1", "ME-Riyadh"},           {"eu-west-101", "EU-Dublin"},
};

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QByteArray typed(const QLineEdit *edit)
{
    return edit->text().trimmed().toUtf8();
}

} // namespace

HuaweiAccountForm::HuaweiAccountForm(const AccountFormContext &context, QWidget *parent)
    : AccountForm(parent)
    , m_environment(context.environment)
    , m_methodGroup(new QButtonGroup(this))
    , m_keysRadio(new QRadioButton(tr("Access &key (AK/SK)"), this))
    , m_passwordRadio(new QRadioButton(tr("&IAM user and password"), this))
    , m_environmentRadio(new QRadioButton(tr("En&vironment variables"), this))
    , m_methodStack(new QStackedWidget(this))
    , m_accessKeyEdit(lineEdit(QStringLiteral("huaweiAccessKeyLineEdit"), this))
    , m_secretKeyEdit(lineEdit(QStringLiteral("huaweiSecretKeyLineEdit"), this, true))
    , m_securityTokenEdit(lineEdit(QStringLiteral("huaweiSecurityTokenLineEdit"), this, true))
    , m_userNameEdit(lineEdit(QStringLiteral("huaweiIamUserNameLineEdit"), this))
    , m_passwordEdit(lineEdit(QStringLiteral("huaweiIamPasswordLineEdit"), this, true))
    , m_domainNameEdit(lineEdit(QStringLiteral("huaweiAccountNameLineEdit"), this))
    , m_environmentInfoLabel(new QLabel(this))
    , m_regionsTable(new QTableWidget(0, 2, this))
    , m_endpointEdit(lineEdit(QStringLiteral("huaweiEndpointLineEdit"), this))
    , m_iamEndpointEdit(lineEdit(QStringLiteral("huaweiIamEndpointLineEdit"), this))
{
    setObjectName(QStringLiteral("huaweiAccountForm"));
    m_keysRadio->setObjectName(QStringLiteral("huaweiAccessKeyRadioButton"));
    m_passwordRadio->setObjectName(QStringLiteral("huaweiIamPasswordRadioButton"));
    m_environmentRadio->setObjectName(QStringLiteral("huaweiEnvironmentRadioButton"));
    m_methodStack->setObjectName(QStringLiteral("huaweiSignInStackedWidget"));
    m_environmentInfoLabel->setObjectName(QStringLiteral("huaweiEnvironmentInfoLabel"));
    m_regionsTable->setObjectName(QStringLiteral("huaweiRegionsTableWidget"));
    m_methodGroup->addButton(m_keysRadio, int(Method::Keys));
    m_methodGroup->addButton(m_passwordRadio, int(Method::Password));
    m_methodGroup->addButton(m_environmentRadio, int(Method::Environment));
    m_keysRadio->setChecked(true);
    m_keysRadio->setToolTip(tr("Requests are signed with the access key (SDK-HMAC-SHA256). "
                               "Copydeck keeps the secret key in the system keychain."));
    m_passwordRadio->setToolTip(tr("Copydeck asks IAM for a token per region's project (valid 24 "
                                   "hours) and renews it before it runs out."));
    m_environmentRadio->setToolTip(tr("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK as Copydeck was "
                                      "started with them; nothing is stored."));
    m_environmentInfoLabel->setWordWrap(true);
    m_environmentInfoLabel->setEnabled(false);
    m_domainNameEdit->setToolTip(tr("The Huawei Cloud account (domain) the IAM user belongs to."));
    m_endpointEdit->setPlaceholderText(tr("https://cbr.{region}.myhuaweicloud.com"));
    m_endpointEdit->setToolTip(tr("Leave empty for Huawei Cloud's own endpoints. {region} is "
                                  "replaced by each region."));
    m_iamEndpointEdit->setPlaceholderText(tr("https://iam.myhuaweicloud.com"));

    auto *signInBox = new QGroupBox(tr("Sign in with"), this);
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_keysRadio);
    methods->addWidget(m_passwordRadio);
    methods->addWidget(m_environmentRadio);
    methods->addStretch(1);
    auto *keysPage = new QWidget(m_methodStack);
    auto *keysForm = new QFormLayout(keysPage);
    keysForm->setContentsMargins(0, 0, 0, 0);
    keysForm->addRow(tr("Access key I&D (AK):"), m_accessKeyEdit);
    keysForm->addRow(tr("&Secret access key (SK):"), m_secretKeyEdit);
    keysForm->addRow(tr("Security t&oken (optional):"), m_securityTokenEdit);
    auto *passwordPage = new QWidget(m_methodStack);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("IAM &user name:"), m_userNameEdit);
    passwordForm->addRow(tr("Pass&word:"), m_passwordEdit);
    passwordForm->addRow(tr("Acco&unt name:"), m_domainNameEdit);
    auto *environmentPage = new QWidget(m_methodStack);
    auto *environmentLayout = new QVBoxLayout(environmentPage);
    environmentLayout->setContentsMargins(0, 0, 0, 0);
    environmentLayout->addWidget(m_environmentInfoLabel);
    environmentLayout->addStretch(1);
    m_methodStack->addWidget(keysPage);
    m_methodStack->addWidget(passwordPage);
    m_methodStack->addWidget(environmentPage);
    auto *signInLayout = new QVBoxLayout(signInBox);
    signInLayout->addLayout(methods);
    signInLayout->addWidget(m_methodStack);

    auto *regionsBox = new QGroupBox(tr("Regions"), this);
    m_regionsTable->setHorizontalHeaderLabels({tr("Region"), tr("Project ID (optional)")});
    m_regionsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_regionsTable->horizontalHeader()->setStretchLastSection(true);
    m_regionsTable->verticalHeader()->setVisible(false);
    m_regionsTable->verticalHeader()->setDefaultSectionSize(m_regionsTable->fontMetrics().height()
                                                            + 8);
    m_regionsTable->setMinimumHeight(6 * m_regionsTable->fontMetrics().height() * 2);
    for (const KnownRegion &region : KnownRegions)
        addRegionRow(QLatin1String(region.code), QLatin1String(region.name));
    auto *regionsHint = new QLabel(tr("Checked regions are listed. A project ID left empty is "
                                      "found through IAM."),
                                   regionsBox);
    regionsHint->setWordWrap(true);
    regionsHint->setEnabled(false);
    auto *regionsLayout = new QVBoxLayout(regionsBox);
    regionsLayout->addWidget(m_regionsTable);
    regionsLayout->addWidget(regionsHint);

    auto *endpointForm = new QFormLayout;
    endpointForm->addRow(tr("CBR &endpoint:"), m_endpointEdit);
    endpointForm->addRow(tr("IAM e&ndpoint:"), m_iamEndpointEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox);
    layout->addWidget(regionsBox, 1);
    layout->addLayout(endpointForm);

    connect(m_methodGroup, &QButtonGroup::idClicked, this, [this](int id) {
        m_methodStack->setCurrentIndex(id);
        onFieldChanged();
    });
    for (QLineEdit *edit : {m_accessKeyEdit, m_secretKeyEdit, m_securityTokenEdit, m_userNameEdit,
                            m_passwordEdit, m_domainNameEdit, m_endpointEdit, m_iamEndpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &HuaweiAccountForm::onFieldChanged);
    connect(m_regionsTable, &QTableWidget::itemChanged, this, &HuaweiAccountForm::onFieldChanged);

    const bool environmentHasKeys = !m_environment.value(EnvAccessKey).isEmpty()
        && !m_environment.value(EnvSecretKey).isEmpty();
    m_environmentInfoLabel->setText(
        environmentHasKeys
            ? tr("Copydeck uses HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK from the environment it "
                 "was started in; both are set now.")
            : tr("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set in the environment "
                 "Copydeck was started in."));
    updatePlaceholders();
}

HuaweiAccountForm::~HuaweiAccountForm() = default;

AccountFormRegistry::Registration HuaweiAccountForm::registration(const AccountFormContext &context)
{
    AccountFormRegistry::Registration registration;
    registration.providerId = QString(Cloud);
    registration.createForm
        = [context](QWidget *parent) { return new HuaweiAccountForm(context, parent); };
    registration.secretNames = {QString(SecretAccessKey), QString(SecretSecretKey),
                                QString(SecretSecurityToken), QString(SecretPassword)};
    registration.createImporter = [context]() -> std::unique_ptr<AccountImporter> {
        return std::make_unique<HuaweiEnvironmentImporter>(context.environment);
    };
    return registration;
}

void HuaweiAccountForm::addRegionRow(const QString &region, const QString &name)
{
    const int row = m_regionsTable->rowCount();
    m_regionsTable->insertRow(row);
    auto *regionItem
        = new QTableWidgetItem(name.isEmpty() ? region : tr("%1 — %2").arg(region, name));
    regionItem->setData(RegionRole, region);
    regionItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    regionItem->setCheckState(Qt::Unchecked);
    m_regionsTable->setItem(row, 0, regionItem);
    m_regionsTable->setItem(row, 1, new QTableWidgetItem);
}

HuaweiAccountForm::Method HuaweiAccountForm::method() const
{
    const int id = m_methodGroup->checkedId();
    return id < 0 ? Method::Keys : Method(id);
}

void HuaweiAccountForm::setMethod(Method method)
{
    m_methodGroup->button(int(method))->setChecked(true);
    m_methodStack->setCurrentIndex(int(method));
}

void HuaweiAccountForm::onFieldChanged()
{
    if (m_loading)
        return;
    updatePlaceholders();
    Q_EMIT changed();
}

void HuaweiAccountForm::updatePlaceholders()
{
    const QString unchanged = tr("Unchanged (saved in the keychain)");
    const bool savedKeys = m_savedMethod == AuthKeys;
    m_accessKeyEdit->setPlaceholderText(savedKeys ? unchanged : QString());
    m_secretKeyEdit->setPlaceholderText(savedKeys ? unchanged : QString());
    m_securityTokenEdit->setPlaceholderText(tr("Only for temporary keys"));
    m_passwordEdit->setPlaceholderText(m_savedMethod == AuthPassword ? unchanged : QString());
}

void HuaweiAccountForm::setAccount(const Account &account,
                                   const QHash<QString, QByteArray> &typedSecrets,
                                   const std::optional<Account> &saved)
{
    m_loading = true;
    m_savedMethod = saved ? saved->authMethod : QString();
    if (account.authMethod == AuthPassword)
        setMethod(Method::Password);
    else if (account.authMethod == AuthEnvironment)
        setMethod(Method::Environment);
    else
        setMethod(Method::Keys);
    m_accessKeyEdit->setText(QString::fromUtf8(typedSecrets.value(SecretAccessKey)));
    m_secretKeyEdit->setText(QString::fromUtf8(typedSecrets.value(SecretSecretKey)));
    m_securityTokenEdit->setText(QString::fromUtf8(typedSecrets.value(SecretSecurityToken)));
    m_passwordEdit->setText(QString::fromUtf8(typedSecrets.value(SecretPassword)));
    m_userNameEdit->setText(account.settings.value(SettingUserName).toString());
    m_domainNameEdit->setText(account.settings.value(SettingDomainName).toString());
    const QVariantMap projects = account.settings.value(SettingProjects).toMap();
    for (const QString &region : account.regions) {
        bool known = false;
        for (int row = 0; row < m_regionsTable->rowCount(); ++row)
            known = known || m_regionsTable->item(row, 0)->data(RegionRole).toString() == region;
        if (!known)
            addRegionRow(region, QString()); // a region the list does not know: kept
    }
    for (int row = 0; row < m_regionsTable->rowCount(); ++row) {
        const QString region = m_regionsTable->item(row, 0)->data(RegionRole).toString();
        m_regionsTable->item(row, 0)->setCheckState(
            account.regions.contains(region) ? Qt::Checked : Qt::Unchecked);
        m_regionsTable->item(row, 1)->setText(projects.value(region).toString());
    }
    // QUrl keeps "{region}" percent-encoded; the user wrote it with braces.
    m_endpointEdit->setText(account.endpointOverride.toString().replace(
        QLatin1String("%7Bregion%7D"), QLatin1String("{region}"), Qt::CaseInsensitive));
    m_iamEndpointEdit->setText(account.settings.value(SettingIamEndpoint).toString());
    updatePlaceholders();
    m_loading = false;
}

Account HuaweiAccountForm::account(const Account &base) const
{
    Account account = base;
    account.cloud = QString(Cloud);
    account.settings.remove(SettingUserName);
    account.settings.remove(SettingDomainName);
    switch (method()) {
    case Method::Keys:
        account.authMethod = QString(AuthKeys);
        break;
    case Method::Password:
        account.authMethod = QString(AuthPassword);
        account.settings.insert(QString(SettingUserName), m_userNameEdit->text().trimmed());
        account.settings.insert(QString(SettingDomainName), m_domainNameEdit->text().trimmed());
        break;
    case Method::Environment:
        account.authMethod = QString(AuthEnvironment);
        break;
    }
    QStringList regions;
    QVariantMap projects;
    for (int row = 0; row < m_regionsTable->rowCount(); ++row) {
        const QString region = m_regionsTable->item(row, 0)->data(RegionRole).toString();
        const QString project = m_regionsTable->item(row, 1)->text().trimmed();
        if (m_regionsTable->item(row, 0)->checkState() == Qt::Checked)
            regions << region;
        if (!project.isEmpty())
            projects.insert(region, project);
    }
    // The account's own order first (its first region is the default), then newly checked ones.
    QStringList ordered;
    for (const QString &region : base.regions) {
        if (regions.contains(region))
            ordered << region;
    }
    for (const QString &region : std::as_const(regions)) {
        if (!ordered.contains(region))
            ordered << region;
    }
    account.regions = ordered;
    if (projects.isEmpty())
        account.settings.remove(SettingProjects);
    else
        account.settings.insert(QString(SettingProjects), projects);
    const QString endpoint = m_endpointEdit->text().trimmed();
    account.endpointOverride = endpoint.isEmpty() ? QUrl() : QUrl(endpoint);
    const QString iam = m_iamEndpointEdit->text().trimmed();
    if (iam.isEmpty())
        account.settings.remove(SettingIamEndpoint);
    else
        account.settings.insert(QString(SettingIamEndpoint), iam);
    return account;
}

QHash<QString, QByteArray> HuaweiAccountForm::secrets() const
{
    QHash<QString, QByteArray> secrets;
    const auto forget = [&secrets](std::initializer_list<QLatin1StringView> names) {
        for (const QLatin1StringView name : names)
            secrets.insert(QString(name), {});
    };
    switch (method()) {
    case Method::Keys:
        if (m_savedMethod == AuthPassword)
            forget({SecretPassword});
        if (!typed(m_accessKeyEdit).isEmpty() || !typed(m_secretKeyEdit).isEmpty()) {
            secrets.insert(QString(SecretAccessKey), typed(m_accessKeyEdit));
            secrets.insert(QString(SecretSecretKey), typed(m_secretKeyEdit));
            secrets.insert(QString(SecretSecurityToken), typed(m_securityTokenEdit));
        }
        break;
    case Method::Password:
        if (m_savedMethod == AuthKeys)
            forget({SecretAccessKey, SecretSecretKey, SecretSecurityToken});
        if (!m_passwordEdit->text().isEmpty())
            secrets.insert(QString(SecretPassword), m_passwordEdit->text().toUtf8());
        break;
    case Method::Environment:
        if (m_savedMethod == AuthKeys)
            forget({SecretAccessKey, SecretSecretKey, SecretSecurityToken});
        if (m_savedMethod == AuthPassword)
            forget({SecretPassword});
        break;
    }
    return secrets;
}

QString HuaweiAccountForm::incompleteReason() const
{
    switch (method()) {
    case Method::Keys: {
        const bool key = !typed(m_accessKeyEdit).isEmpty();
        const bool secret = !typed(m_secretKeyEdit).isEmpty();
        if (m_savedMethod == AuthKeys ? key != secret : !(key && secret))
            return tr("Enter the access key ID and the secret access key.");
        break;
    }
    case Method::Password:
        if (m_userNameEdit->text().trimmed().isEmpty()
            || m_domainNameEdit->text().trimmed().isEmpty())
            return tr("Enter the IAM user name and the account name.");
        if (m_passwordEdit->text().isEmpty() && m_savedMethod != AuthPassword)
            return tr("Enter the IAM user's password.");
        break;
    case Method::Environment:
        break;
    }
    for (const QString &text :
         {m_endpointEdit->text().trimmed(), m_iamEndpointEdit->text().trimmed()}) {
        if (text.isEmpty())
            continue;
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("An endpoint must be an http:// or https:// address: %1").arg(text);
    }
    return {};
}

} // namespace Copydeck
