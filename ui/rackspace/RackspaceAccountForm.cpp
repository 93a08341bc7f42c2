#include "ui/rackspace/RackspaceAccountForm.h"

#include "providers/rackspace/RackspaceAccountSettings.h"
#include "providers/rackspace/RackspaceEnvironmentImporter.h"
#include "providers/rackspace/RackspaceRegions.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Copydeck {

namespace {

using namespace RackspaceAccountSettings;

constexpr int RegionRole = Qt::UserRole;

QLabel *secondaryLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // drawn as secondary text
    return label;
}

QLineEdit *lineEdit(const QString &objectName, bool secret, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

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

} // namespace

RackspaceAccountForm::RackspaceAccountForm(const AccountFormContext &context, QWidget *parent)
    : AccountForm(parent)
    , m_environment(context.environment)
    , m_methodGroup(new QButtonGroup(this))
    , m_apiKeyRadio(new QRadioButton(tr("&API key"), this))
    , m_passwordRadio(new QRadioButton(tr("Pass&word"), this))
    , m_environmentRadio(new QRadioButton(tr("En&vironment variables"), this))
    , m_methodStack(new QStackedWidget(this))
    , m_usernameEdit(lineEdit(QStringLiteral("rackspaceUsernameLineEdit"), false, this))
    , m_apiKeyEdit(lineEdit(QStringLiteral("rackspaceApiKeyLineEdit"), true, this))
    , m_passwordEdit(lineEdit(QStringLiteral("rackspacePasswordLineEdit"), true, this))
    , m_environmentInfoLabel(secondaryLabel(QStringLiteral("rackspaceEnvironmentInfoLabel"), this))
    , m_regionsList(new QListWidget(this))
    , m_identityEndpointEdit(
          lineEdit(QStringLiteral("rackspaceIdentityEndpointLineEdit"), false, this))
{
    setObjectName(QStringLiteral("rackspaceAccountForm"));
    m_apiKeyRadio->setObjectName(QStringLiteral("rackspaceApiKeyRadioButton"));
    m_passwordRadio->setObjectName(QStringLiteral("rackspacePasswordRadioButton"));
    m_environmentRadio->setObjectName(QStringLiteral("rackspaceEnvironmentRadioButton"));
    m_methodStack->setObjectName(QStringLiteral("rackspaceSignInStackedWidget"));
    m_regionsList->setObjectName(QStringLiteral("rackspaceRegionsListWidget"));
    m_methodGroup->addButton(m_apiKeyRadio, int(Method::ApiKey));
    m_methodGroup->addButton(m_passwordRadio, int(Method::Password));
    m_methodGroup->addButton(m_environmentRadio, int(Method::Environment));
    m_apiKeyRadio->setChecked(true);
    m_apiKeyRadio->setToolTip(tr("The API key of the Cloud Control Panel (Account Settings → API "
                                 "Key). Copydeck keeps it in the system keychain."));
    m_passwordRadio->setToolTip(tr("The user's password, for accounts that sign in with one."));
    m_environmentRadio->setToolTip(tr("RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and "
                                      "OS_API_KEY) as Copydeck was started with them."));
    m_usernameEdit->setPlaceholderText(tr("The Rackspace username, not the account number"));
    m_identityEndpointEdit->setPlaceholderText(QString(DefaultIdentityEndpoint));
    m_identityEndpointEdit->setToolTip(tr("Leave empty for Rackspace Identity. Cloud Databases' "
                                          "addresses come from the service catalog it answers."));
    m_regionsList->setUniformItemSizes(true);

    auto *signInBox = new QGroupBox(tr("Sign in with"), this);
    signInBox->setObjectName(QStringLiteral("rackspaceSignInGroupBox"));
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_apiKeyRadio);
    methods->addWidget(m_passwordRadio);
    methods->addWidget(m_environmentRadio);
    methods->addStretch(1);

    auto *usernameLabel = new QLabel(tr("&Username:"), signInBox);
    usernameLabel->setBuddy(m_usernameEdit);
    auto *userForm = new QFormLayout;
    userForm->addRow(usernameLabel, m_usernameEdit);

    auto *keyPage = new QWidget(m_methodStack);
    auto *keyForm = new QFormLayout(keyPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    auto *keyLabel = new QLabel(tr("API &key:"), keyPage);
    keyLabel->setBuddy(m_apiKeyEdit);
    keyForm->addRow(keyLabel, m_apiKeyEdit);
    auto *passwordPage = new QWidget(m_methodStack);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    auto *passwordLabel = new QLabel(tr("&Password:"), passwordPage);
    passwordLabel->setBuddy(m_passwordEdit);
    passwordForm->addRow(passwordLabel, m_passwordEdit);
    // The username sits in a form of its own, above the stack of the key's and the password's:
    // labels of one width keep the three fields in one column.
    const int labelWidth
        = std::max({usernameLabel->sizeHint().width(), keyLabel->sizeHint().width(),
                    passwordLabel->sizeHint().width()});
    for (QLabel *label : {usernameLabel, keyLabel, passwordLabel})
        label->setMinimumWidth(labelWidth);
    auto *environmentPage = new QWidget(m_methodStack);
    auto *environmentLayout = new QVBoxLayout(environmentPage);
    environmentLayout->setContentsMargins(0, 0, 0, 0);
    environmentLayout->addWidget(m_environmentInfoLabel);
    m_methodStack->addWidget(keyPage);
    m_methodStack->addWidget(passwordPage);
    m_methodStack->addWidget(environmentPage);

    auto *signInLayout = new QVBoxLayout(signInBox);
    signInLayout->addLayout(methods);
    signInLayout->addLayout(userForm);
    signInLayout->addWidget(m_methodStack);

    auto *whereBox = new QGroupBox(tr("Regions and identity"), this);
    whereBox->setObjectName(QStringLiteral("rackspaceRegionsGroupBox"));
    auto *whereForm = new QFormLayout(whereBox);
    auto *regionsLabel = new QLabel(tr("Re&gions:"), whereBox);
    regionsLabel->setBuddy(m_regionsList);
    auto *regionsHint = secondaryLabel(QStringLiteral("rackspaceRegionsHintLabel"), whereBox);
    regionsHint->setText(tr("With none checked, Copydeck lists every region of the account's "
                            "service catalog. LON keeps its backups but takes no part in copies."));
    auto *endpointLabel = new QLabel(tr("&Identity endpoint:"), whereBox);
    endpointLabel->setBuddy(m_identityEndpointEdit);
    whereForm->addRow(regionsLabel, m_regionsList);
    whereForm->addRow(QString(), regionsHint);
    whereForm->addRow(endpointLabel, m_identityEndpointEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox);
    layout->addWidget(whereBox);

    for (const QString &region : RackspaceRegions::all()) {
        auto *item = new QListWidgetItem(RackspaceRegions::displayName(region), m_regionsList);
        item->setData(RegionRole, region);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_regionsList->setFixedHeight(m_regionsList->sizeHintForRow(0) * m_regionsList->count()
                                  + 2 * m_regionsList->frameWidth());
    updateEnvironmentInfo();
    updatePlaceholders();
    setMethod(Method::ApiKey);

    connect(m_methodGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        setMethod(method());
        onFieldChanged();
    });
    for (QLineEdit *edit : {m_usernameEdit, m_apiKeyEdit, m_passwordEdit, m_identityEndpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &RackspaceAccountForm::onFieldChanged);
    connect(m_regionsList, &QListWidget::itemChanged, this, &RackspaceAccountForm::onFieldChanged);
}

RackspaceAccountForm::~RackspaceAccountForm() = default;

AccountFormRegistry::Registration
RackspaceAccountForm::registration(const AccountFormContext &context)
{
    AccountFormRegistry::Registration registration;
    registration.providerId = QString(Cloud);
    registration.createForm
        = [context](QWidget *parent) { return new RackspaceAccountForm(context, parent); };
    registration.secretNames = {QString(SecretApiKey), QString(SecretPassword)};
    registration.createImporter = [context]() -> std::unique_ptr<AccountImporter> {
        return std::make_unique<RackspaceEnvironmentImporter>(context.environment);
    };
    return registration;
}

RackspaceAccountForm::Method RackspaceAccountForm::method() const
{
    const int id = m_methodGroup->checkedId();
    return id < 0 ? Method::ApiKey : Method(id);
}

void RackspaceAccountForm::setMethod(Method method)
{
    m_methodGroup->button(int(method))->setChecked(true);
    m_methodStack->setCurrentIndex(int(method));
    m_usernameEdit->setEnabled(method != Method::Environment);
}

void RackspaceAccountForm::onFieldChanged()
{
    if (m_loading)
        return;
    Q_EMIT changed();
}

void RackspaceAccountForm::updateEnvironmentInfo()
{
    QString userVariable;
    QString keyVariable;
    const QString user
        = environmentValue(m_environment, {EnvUsername, EnvUsernameOpenStack}, &userVariable);
    const QString key = environmentValue(
        m_environment, {EnvApiKey, EnvApiKeyOpenStack, EnvPassword}, &keyVariable);
    if (!user.isEmpty() && !key.isEmpty())
        m_environmentInfoLabel->setText(tr("Copydeck signs in as %1 (%2) with %3, read from the "
                                           "environment it was started in each time it connects.")
                                            .arg(user, userVariable, keyVariable));
    else
        m_environmentInfoLabel->setText(tr("Set RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and "
                                           "OS_API_KEY, or OS_PASSWORD) before starting Copydeck; "
                                           "they are not set now."));
}

void RackspaceAccountForm::updatePlaceholders()
{
    const QString unchanged = tr("Unchanged (saved in the keychain)");
    m_apiKeyEdit->setPlaceholderText(m_savedMethod == AuthApiKey ? unchanged
                                                                 : tr("32 hexadecimal characters"));
    m_passwordEdit->setPlaceholderText(m_savedMethod == AuthPassword ? unchanged : QString());
}

void RackspaceAccountForm::setAccount(const Account &account,
                                      const QHash<QString, QByteArray> &typedSecrets,
                                      const std::optional<Account> &saved)
{
    m_loading = true;
    m_savedMethod = saved ? (saved->authMethod.isEmpty() ? QString(AuthApiKey) : saved->authMethod)
                          : QString();
    if (account.authMethod == AuthPassword)
        setMethod(Method::Password);
    else if (account.authMethod == AuthEnvironment)
        setMethod(Method::Environment);
    else
        setMethod(Method::ApiKey);
    m_usernameEdit->setText(account.settings.value(SettingUsername).toString());
    m_apiKeyEdit->setText(QString::fromUtf8(typedSecrets.value(SecretApiKey)));
    m_passwordEdit->setText(QString::fromUtf8(typedSecrets.value(SecretPassword)));
    for (int row = 0; row < m_regionsList->count(); ++row) {
        QListWidgetItem *item = m_regionsList->item(row);
        item->setCheckState(account.regions.contains(item->data(RegionRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_identityEndpointEdit->setText(account.endpointOverride.toString());
    updatePlaceholders();
    m_loading = false;
}

Account RackspaceAccountForm::account(const Account &base) const
{
    Account account = base;
    account.cloud = QString(Cloud);
    switch (method()) {
    case Method::ApiKey:
        account.authMethod = QString(AuthApiKey);
        break;
    case Method::Password:
        account.authMethod = QString(AuthPassword);
        break;
    case Method::Environment:
        account.authMethod = QString(AuthEnvironment);
        break;
    }
    if (method() == Method::Environment)
        account.settings.remove(SettingUsername);
    else
        account.settings.insert(QString(SettingUsername), m_usernameEdit->text().trimmed());
    QStringList regions;
    for (int row = 0; row < m_regionsList->count(); ++row) {
        const QListWidgetItem *item = m_regionsList->item(row);
        if (item->checkState() == Qt::Checked)
            regions << item->data(RegionRole).toString();
    }
    account.regions = regions;
    const QString endpoint = m_identityEndpointEdit->text().trimmed();
    account.endpointOverride = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    return account;
}

QHash<QString, QByteArray> RackspaceAccountForm::secrets() const
{
    QHash<QString, QByteArray> secrets;
    const QByteArray key = m_apiKeyEdit->text().trimmed().toUtf8();
    const QByteArray password = m_passwordEdit->text().trimmed().toUtf8();
    switch (method()) {
    case Method::ApiKey:
        if (!key.isEmpty())
            secrets.insert(QString(SecretApiKey), key);
        if (m_savedMethod == AuthPassword)
            secrets.insert(QString(SecretPassword), {}); // no longer used: it goes
        break;
    case Method::Password:
        if (!password.isEmpty())
            secrets.insert(QString(SecretPassword), password);
        if (m_savedMethod == AuthApiKey)
            secrets.insert(QString(SecretApiKey), {});
        break;
    case Method::Environment:
        if (m_savedMethod == AuthApiKey)
            secrets.insert(QString(SecretApiKey), {});
        if (m_savedMethod == AuthPassword)
            secrets.insert(QString(SecretPassword), {});
        break;
    }
    return secrets;
}

QString RackspaceAccountForm::incompleteReason() const
{
    const Method chosen = method();
    if (chosen != Method::Environment && m_usernameEdit->text().trimmed().isEmpty())
        return tr("Enter the Rackspace username.");
    if (chosen == Method::ApiKey && m_apiKeyEdit->text().trimmed().isEmpty()
        && m_savedMethod != AuthApiKey)
        return tr("Enter the API key.");
    if (chosen == Method::Password && m_passwordEdit->text().trimmed().isEmpty()
        && m_savedMethod != AuthPassword)
        return tr("Enter the password.");
    const QString endpoint = m_identityEndpointEdit->text().trimmed();
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("The identity endpoint must be an http:// or https:// address, like "
                      "https://identity.api.rackspacecloud.com/v2.0/.");
    }
    return {};
}

} // namespace Copydeck
