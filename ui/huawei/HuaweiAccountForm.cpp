#include "ui/huawei/HuaweiAccountForm.h"

#include "providers/huawei/HuaweiAccountSettings.h"
#include "providers/huawei/HuaweiEnvironmentImporter.h"
#include "ui/FieldGrid.h"
#include "ui/accounts/AccountFormFields.h"
#include "ui/accounts/EndpointLineEdit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

using namespace HuaweiAccountSettings;
using namespace AccountFormFields;

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

QString environmentInfo(const QProcessEnvironment &environment)
{
    const bool hasKeys
        = !environment.value(EnvAccessKey).isEmpty() && !environment.value(EnvSecretKey).isEmpty();
    return hasKeys
        ? HuaweiAccountForm::tr("Copydeck uses HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK "
                                "from the environment it was started in; both are set "
                                "now.")
        : HuaweiAccountForm::tr("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both "
                                "set in the environment Copydeck was started in.");
}

} // namespace

HuaweiAccountForm::HuaweiAccountForm(const AccountFormContext &context, QWidget *parent)
    : SignInAccountForm(
        Cloud, QStringLiteral("huaweiSignInGroupBox"), QStringLiteral("huaweiSignInStackedWidget"),
        {{tr("Access &key (AK/SK)"), QStringLiteral("huaweiAccessKeyRadioButton"),
          tr("Requests are signed with the access key (SDK-HMAC-SHA256). Copydeck keeps the "
             "secret key in the system keychain."),
          AuthKeys},
         {tr("&IAM user and password"), QStringLiteral("huaweiIamPasswordRadioButton"),
          tr("Copydeck asks IAM for a token per region's project (valid 24 hours) and renews it "
             "before it runs out."),
          AuthPassword},
         {tr("En&vironment variables"), QStringLiteral("huaweiEnvironmentRadioButton"),
          tr("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK as Copydeck was started with them; "
             "nothing is stored."),
          AuthEnvironment}},
        parent)
    , m_accessKeyEdit(lineEdit(QStringLiteral("huaweiAccessKeyLineEdit"), this))
    , m_secretKeyEdit(
          lineEdit(QStringLiteral("huaweiSecretKeyLineEdit"), this, QLineEdit::Password))
    , m_securityTokenEdit(
          lineEdit(QStringLiteral("huaweiSecurityTokenLineEdit"), this, QLineEdit::Password))
    , m_userNameEdit(lineEdit(QStringLiteral("huaweiIamUserNameLineEdit"), this))
    , m_passwordEdit(
          lineEdit(QStringLiteral("huaweiIamPasswordLineEdit"), this, QLineEdit::Password))
    , m_domainNameEdit(lineEdit(QStringLiteral("huaweiAccountNameLineEdit"), this))
    , m_regionsTable(new QTableWidget(0, 2, this))
    , m_endpointEdit(new EndpointLineEdit(
          QStringLiteral("huaweiEndpointLineEdit"), tr("https://cbr.{region}.myhuaweicloud.com"),
          tr("Leave empty for Huawei Cloud's own endpoints. {region} is replaced by each region."),
          this, QUrl::TolerantMode))
    , m_iamEndpointEdit(new EndpointLineEdit(QStringLiteral("huaweiIamEndpointLineEdit"),
                                             tr("https://iam.myhuaweicloud.com"), QString(), this,
                                             QUrl::TolerantMode))
{
    setObjectName(QStringLiteral("huaweiAccountForm"));
    m_regionsTable->setObjectName(QStringLiteral("huaweiRegionsTableWidget"));
    m_domainNameEdit->setToolTip(tr("The Huawei Cloud account (domain) the IAM user belongs to."));

    const int keys = int(Method::Keys);
    const int password = int(Method::Password);
    secretFields().add(keys, SecretAccessKey, m_accessKeyEdit);
    secretFields().add(keys, SecretSecretKey, m_secretKeyEdit);
    secretFields().add(keys, SecretSecurityToken, m_securityTokenEdit,
                       KeychainSecretFields::Part::Optional, tr("Only for temporary keys"));
    secretFields().setIncompleteText(keys,
                                     tr("Enter the access key ID and the secret access key."));
    secretFields().add(password, SecretPassword, m_passwordEdit,
                       KeychainSecretFields::Part::Password);
    secretFields().setIncompleteText(password, tr("Enter the IAM user's password."));

    QFormLayout *keysForm = signInBox()->formPage(keys);
    keysForm->addRow(tr("Access key I&D (AK):"), m_accessKeyEdit);
    keysForm->addRow(tr("&Secret access key (SK):"), m_secretKeyEdit);
    keysForm->addRow(tr("Security t&oken (optional):"), m_securityTokenEdit);
    QFormLayout *passwordForm = signInBox()->formPage(password);
    passwordForm->addRow(tr("IAM &user name:"), m_userNameEdit);
    passwordForm->addRow(tr("Pass&word:"), m_passwordEdit);
    passwordForm->addRow(tr("Acco&unt name:"), m_domainNameEdit);
    signInBox()->setNotePage(int(Method::Environment),
                             noteLabel(environmentInfo(context.environment),
                                       QStringLiteral("huaweiEnvironmentInfoLabel"), this));

    // Where: the regions with their projects, and the endpoints.
    auto *whereBox = new QGroupBox(tr("Regions and endpoints"), this);
    whereBox->setObjectName(QStringLiteral("huaweiRegionsGroupBox"));
    m_regionsTable->setHorizontalHeaderLabels({tr("Region"), tr("Project ID (optional)")});
    m_regionsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_regionsTable->horizontalHeader()->setStretchLastSection(true);
    m_regionsTable->verticalHeader()->setVisible(false);
    m_regionsTable->verticalHeader()->setDefaultSectionSize(m_regionsTable->fontMetrics().height()
                                                            + 8);
    m_regionsTable->setMinimumHeight(6 * m_regionsTable->fontMetrics().height() * 2);
    for (const KnownRegion &region : KnownRegions)
        addRegionRow(QLatin1String(region.code), QLatin1String(region.name));
    auto *endpointForm = new QFormLayout;
    endpointForm->addRow(tr("CBR &endpoint:"), m_endpointEdit);
    endpointForm->addRow(tr("IAM e&ndpoint:"), m_iamEndpointEdit);
    auto *whereLayout = new QVBoxLayout(whereBox);
    whereLayout->addLayout(withNote(m_regionsTable,
                                    noteLabel(tr("Checked regions are listed. A project ID left "
                                                 "empty is found through IAM."),
                                              QStringLiteral("huaweiRegionsHintLabel"), whereBox)),
                           1);
    whereLayout->addLayout(endpointForm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox());
    layout->addWidget(whereBox, 1);

    watch({m_accessKeyEdit, m_secretKeyEdit, m_securityTokenEdit, m_userNameEdit, m_passwordEdit,
           m_domainNameEdit, m_endpointEdit, m_iamEndpointEdit});
    connect(m_regionsTable, &QTableWidget::itemChanged, this, &HuaweiAccountForm::onFieldChanged);
    secretFields().updatePlaceholders();
}

AccountFormRegistry::Registration HuaweiAccountForm::registration(const AccountFormContext &context)
{
    return AccountFormRegistry::formRegistration<HuaweiAccountForm>(
        Cloud,
        {QString(SecretAccessKey), QString(SecretSecretKey), QString(SecretSecurityToken),
         QString(SecretPassword)},
        context,
        [context] { return std::make_unique<HuaweiEnvironmentImporter>(context.environment); });
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

int HuaweiAccountForm::regionRow(const QString &region) const
{
    for (int row = 0; row < m_regionsTable->rowCount(); ++row) {
        if (m_regionsTable->item(row, 0)->data(RegionRole).toString() == region)
            return row;
    }
    return -1;
}

void HuaweiAccountForm::showFields(const Account &account, const QHash<QString, QByteArray> &)
{
    m_userNameEdit->setText(account.settings.value(SettingUserName).toString());
    m_domainNameEdit->setText(account.settings.value(SettingDomainName).toString());
    const QVariantMap projects = account.settings.value(SettingProjects).toMap();
    for (const QString &region : account.regions) {
        if (regionRow(region) < 0)
            addRegionRow(region, QString()); // a region the list does not know: kept
    }
    for (int row = 0; row < m_regionsTable->rowCount(); ++row) {
        const QString region = m_regionsTable->item(row, 0)->data(RegionRole).toString();
        m_regionsTable->item(row, 0)->setCheckState(
            account.regions.contains(region) ? Qt::Checked : Qt::Unchecked);
        m_regionsTable->item(row, 1)->setText(projects.value(region).toString());
    }
    m_endpointEdit->setUrl(account.endpointOverride);
    m_iamEndpointEdit->setText(account.settings.value(SettingIamEndpoint).toString());
}

void HuaweiAccountForm::applyFields(Account &account) const
{
    account.settings.remove(SettingUserName);
    account.settings.remove(SettingDomainName);
    if (Method(signInMethod()) == Method::Password) {
        account.settings.insert(QString(SettingUserName), m_userNameEdit->text().trimmed());
        account.settings.insert(QString(SettingDomainName), m_domainNameEdit->text().trimmed());
    }
    QStringList checked;
    QVariantMap projects;
    for (int row = 0; row < m_regionsTable->rowCount(); ++row) {
        const QString region = m_regionsTable->item(row, 0)->data(RegionRole).toString();
        const QString project = m_regionsTable->item(row, 1)->text().trimmed();
        if (m_regionsTable->item(row, 0)->checkState() == Qt::Checked)
            checked << region;
        if (!project.isEmpty())
            projects.insert(region, project);
    }
    // The account's own order first (its first region is the default), then newly checked ones.
    account.regions = inAccountOrder(account.regions, checked);
    if (projects.isEmpty())
        account.settings.remove(SettingProjects);
    else
        account.settings.insert(QString(SettingProjects), projects);
    account.endpointOverride = m_endpointEdit->url();
    const QString iam = m_iamEndpointEdit->text().trimmed();
    if (iam.isEmpty())
        account.settings.remove(SettingIamEndpoint);
    else
        account.settings.insert(QString(SettingIamEndpoint), iam);
}

QString HuaweiAccountForm::incompleteReason() const
{
    const Method method = Method(signInMethod());
    if (method == Method::Password
        && (m_userNameEdit->text().trimmed().isEmpty()
            || m_domainNameEdit->text().trimmed().isEmpty()))
        return tr("Enter the IAM user name and the account name.");
    if (const QString secrets = secretFields().incompleteReason(int(method)); !secrets.isEmpty())
        return secrets;
    for (const EndpointLineEdit *edit : {m_endpointEdit, m_iamEndpointEdit}) {
        if (!edit->isAcceptable())
            return tr("An endpoint must be an http:// or https:// address: %1")
                .arg(edit->text().trimmed());
    }
    return {};
}

} // namespace Copydeck
