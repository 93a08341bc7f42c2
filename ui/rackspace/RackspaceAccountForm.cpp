#include "ui/rackspace/RackspaceAccountForm.h"

#include "providers/rackspace/RackspaceAccountSettings.h"
#include "providers/rackspace/RackspaceEnvironmentImporter.h"
#include "providers/rackspace/RackspaceRegions.h"
#include "ui/FieldGrid.h"
#include "ui/accounts/AccountFormFields.h"
#include "ui/accounts/EndpointLineEdit.h"
#include "ui/accounts/RegionCheckList.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Copydeck {

namespace {

using namespace RackspaceAccountSettings;
using namespace AccountFormFields;

QString environmentValue(const QProcessEnvironment &environment,
                         std::initializer_list<QLatin1StringView> names, QString *which)
{
    for (QLatin1StringView name : names) {
        if (!environment.value(QString(name)).trimmed().isEmpty()) {
            *which = QString(name);
            return environment.value(QString(name)).trimmed();
        }
    }
    return {};
}

QString environmentInfo(const QProcessEnvironment &environment)
{
    QString userVariable;
    QString keyVariable;
    const QString user
        = environmentValue(environment, {EnvUsername, EnvUsernameOpenStack}, &userVariable);
    const QString key
        = environmentValue(environment, {EnvApiKey, EnvApiKeyOpenStack, EnvPassword}, &keyVariable);
    if (!user.isEmpty() && !key.isEmpty())
        return RackspaceAccountForm::tr("Copydeck signs in as %1 (%2) with %3, read from the "
                                        "environment it was started in each time it connects.")
            .arg(user, userVariable, keyVariable);
    return RackspaceAccountForm::tr("Set RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and "
                                    "OS_API_KEY, or OS_PASSWORD) before starting Copydeck; they "
                                    "are not set now.");
}

} // namespace

RackspaceAccountForm::RackspaceAccountForm(const AccountFormContext &context, QWidget *parent)
    : SignInAccountForm(
        Cloud, QStringLiteral("rackspaceSignInGroupBox"),
        QStringLiteral("rackspaceSignInStackedWidget"),
        {{tr("&API key"), QStringLiteral("rackspaceApiKeyRadioButton"),
          tr("The API key of the Cloud Control Panel (Account Settings → API Key). Copydeck "
             "keeps it in the system keychain."),
          AuthApiKey},
         {tr("Pass&word"), QStringLiteral("rackspacePasswordRadioButton"),
          tr("The user's password, for accounts that sign in with one."), AuthPassword},
         {tr("En&vironment variables"), QStringLiteral("rackspaceEnvironmentRadioButton"),
          tr("RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and OS_API_KEY) as Copydeck was "
             "started with them."),
          AuthEnvironment}},
        parent)
    , m_usernameEdit(lineEdit(QStringLiteral("rackspaceUsernameLineEdit"), this))
    , m_apiKeyEdit(lineEdit(QStringLiteral("rackspaceApiKeyLineEdit"), this, QLineEdit::Password))
    , m_passwordEdit(
          lineEdit(QStringLiteral("rackspacePasswordLineEdit"), this, QLineEdit::Password))
    , m_regionsList(new RegionCheckList(QStringLiteral("rackspaceRegionsListWidget"), this))
    , m_identityEndpointEdit(new EndpointLineEdit(
          QStringLiteral("rackspaceIdentityEndpointLineEdit"), QString(DefaultIdentityEndpoint),
          tr("Leave empty for Rackspace Identity. Cloud Databases' addresses come from the "
             "service catalog it answers."),
          this))
{
    setObjectName(QStringLiteral("rackspaceAccountForm"));
    m_usernameEdit->setPlaceholderText(tr("The Rackspace username, not the account number"));

    const int apiKey = int(Method::ApiKey);
    const int password = int(Method::Password);
    secretFields().add(apiKey, SecretApiKey, m_apiKeyEdit, KeychainSecretFields::Part::Key,
                       tr("32 hexadecimal characters"));
    secretFields().setIncompleteText(apiKey, tr("Enter the API key."));
    secretFields().add(password, SecretPassword, m_passwordEdit,
                       KeychainSecretFields::Part::Password);
    secretFields().setIncompleteText(password, tr("Enter the password."));

    // The username sits in a form of its own, above the pages of the key and the password: labels
    // of one width keep the three fields in one column.
    auto *usernameLabel = new QLabel(tr("&Username:"), this);
    usernameLabel->setBuddy(m_usernameEdit);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_apiKeyEdit);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    const int labelWidth
        = std::max({usernameLabel->sizeHint().width(), keyLabel->sizeHint().width(),
                    passwordLabel->sizeHint().width()});
    for (QLabel *label : {usernameLabel, keyLabel, passwordLabel})
        label->setMinimumWidth(labelWidth);
    auto *userForm = new QFormLayout;
    userForm->addRow(usernameLabel, m_usernameEdit);
    signInBox()->addSharedRows(userForm);
    signInBox()->formPage(apiKey)->addRow(keyLabel, m_apiKeyEdit);
    signInBox()->formPage(password)->addRow(passwordLabel, m_passwordEdit);
    signInBox()->setNotePage(int(Method::Environment),
                             noteLabel(environmentInfo(context.environment),
                                       QStringLiteral("rackspaceEnvironmentInfoLabel"), this));

    auto *whereBox = new QGroupBox(tr("Regions and identity"), this);
    whereBox->setObjectName(QStringLiteral("rackspaceRegionsGroupBox"));
    auto *whereForm = new QFormLayout(whereBox);
    auto *regionsLabel = new QLabel(tr("Re&gions:"), whereBox);
    regionsLabel->setBuddy(m_regionsList);
    whereForm->addRow(regionsLabel,
                      withNote(m_regionsList,
                               noteLabel(tr("With none checked, Copydeck lists every region of the "
                                            "account's service catalog. LON keeps its backups but "
                                            "takes no part in copies."),
                                         QStringLiteral("rackspaceRegionsHintLabel"), whereBox)));
    whereForm->addRow(tr("&Identity endpoint:"), m_identityEndpointEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox());
    layout->addWidget(whereBox);

    for (const QString &region : RackspaceRegions::all())
        m_regionsList->addRegion(region, RackspaceRegions::displayName(region));
    m_regionsList->showRows(m_regionsList->count());
    secretFields().updatePlaceholders();

    watch({m_usernameEdit, m_apiKeyEdit, m_passwordEdit, m_identityEndpointEdit});
    connect(m_regionsList, &QListWidget::itemChanged, this, &RackspaceAccountForm::onFieldChanged);
}

AccountFormRegistry::Registration
RackspaceAccountForm::registration(const AccountFormContext &context)
{
    return AccountFormRegistry::formRegistration<RackspaceAccountForm>(
        Cloud, {QString(SecretApiKey), QString(SecretPassword)}, context,
        [context] { return std::make_unique<RackspaceEnvironmentImporter>(context.environment); });
}

void RackspaceAccountForm::methodChosen(int method)
{
    m_usernameEdit->setEnabled(Method(method) != Method::Environment);
}

void RackspaceAccountForm::showFields(const Account &account, const QHash<QString, QByteArray> &)
{
    m_usernameEdit->setText(account.settings.value(SettingUsername).toString());
    m_regionsList->setCheckedRegions(account.regions);
    m_identityEndpointEdit->setUrl(account.endpointOverride);
}

void RackspaceAccountForm::applyFields(Account &account) const
{
    if (Method(signInMethod()) == Method::Environment)
        account.settings.remove(SettingUsername);
    else
        account.settings.insert(QString(SettingUsername), m_usernameEdit->text().trimmed());
    account.regions = inAccountOrder(account.regions, m_regionsList->checkedRegions());
    account.endpointOverride = m_identityEndpointEdit->url();
}

QString RackspaceAccountForm::incompleteReason() const
{
    const Method method = Method(signInMethod());
    if (method != Method::Environment && m_usernameEdit->text().trimmed().isEmpty())
        return tr("Enter the Rackspace username.");
    if (const QString secrets = secretFields().incompleteReason(int(method)); !secrets.isEmpty())
        return secrets;
    if (!m_identityEndpointEdit->isAcceptable())
        return tr("The identity endpoint must be an http:// or https:// address, like %1.")
            .arg(QStringLiteral("https://identity.api.rackspacecloud.com/v2.0/"));
    return {};
}

} // namespace Copydeck
