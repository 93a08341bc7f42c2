#include "ui/spanner/GoogleAccountForm.h"

#include "auth/GoogleCredentials.h"
#include "providers/spanner/SpannerAccountSettings.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

using namespace SpannerAccountSettings;

QLabel *secondaryLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // drawn as secondary text
    return label;
}

QString describe(const GoogleCredentialsImporter::FileSummary &summary)
{
    const QString who = summary.type == GoogleCredentials::Type::ServiceAccount
        ? GoogleAccountForm::tr("Service account %1").arg(summary.identity)
        : GoogleAccountForm::tr("gcloud user credentials (OAuth client %1)").arg(summary.identity);
    return summary.projectId.isEmpty()
        ? who
        : GoogleAccountForm::tr("%1, project %2").arg(who, summary.projectId);
}

// Google's project ids: 6 to 30 lowercase letters, digits and hyphens, starting with a letter
// (older ones may carry a "domain:" prefix).
bool isProjectId(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$"));
    return pattern.match(id).hasMatch();
}

} // namespace

GoogleAccountForm::GoogleAccountForm(const AccountFormContext &context, QWidget *parent)
    : AccountForm(parent)
    , m_importer(context.environment, context.homeDirectory)
    , m_methodGroup(new QButtonGroup(this))
    , m_keyRadio(new QRadioButton(tr("Service-account &key"), this))
    , m_fileRadio(new QRadioButton(tr("Credential &file"), this))
    , m_applicationDefaultRadio(new QRadioButton(tr("Application &default"), this))
    , m_methodStack(new QStackedWidget(this))
    , m_keyFileEdit(new QLineEdit(this))
    , m_chooseKeyButton(new QPushButton(tr("C&hoose Key File…"), this))
    , m_keyInfoLabel(secondaryLabel(QStringLiteral("keyInfoLabel"), this))
    , m_credentialsFileEdit(new QLineEdit(this))
    , m_chooseFileButton(new QPushButton(tr("Bro&wse…"), this))
    , m_fileInfoLabel(secondaryLabel(QStringLiteral("credentialsFileInfoLabel"), this))
    , m_applicationDefaultInfoLabel(
          secondaryLabel(QStringLiteral("applicationDefaultInfoLabel"), this))
    , m_projectsEdit(new QLineEdit(this))
    , m_endpointEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("googleAccountForm"));
    m_keyRadio->setObjectName(QStringLiteral("serviceAccountKeyRadioButton"));
    m_fileRadio->setObjectName(QStringLiteral("credentialsFileRadioButton"));
    m_applicationDefaultRadio->setObjectName(QStringLiteral("applicationDefaultRadioButton"));
    m_methodStack->setObjectName(QStringLiteral("googleSignInStackedWidget"));
    m_keyFileEdit->setObjectName(QStringLiteral("keyFileLineEdit"));
    m_chooseKeyButton->setObjectName(QStringLiteral("chooseKeyFilePushButton"));
    m_credentialsFileEdit->setObjectName(QStringLiteral("credentialsFileLineEdit"));
    m_chooseFileButton->setObjectName(QStringLiteral("chooseCredentialsFilePushButton"));
    m_projectsEdit->setObjectName(QStringLiteral("googleProjectsLineEdit"));
    m_endpointEdit->setObjectName(QStringLiteral("googleEndpointLineEdit"));

    m_methodGroup->addButton(m_keyRadio, int(Method::ServiceAccountKey));
    m_methodGroup->addButton(m_fileRadio, int(Method::CredentialsFile));
    m_methodGroup->addButton(m_applicationDefaultRadio, int(Method::ApplicationDefault));
    m_keyRadio->setChecked(true);
    m_keyRadio->setToolTip(tr("A JSON key downloaded from the Cloud console. Copydeck keeps it "
                              "in the system keychain; the file is not needed afterwards."));
    m_fileRadio->setToolTip(tr("A service-account key or gcloud's authorized-user file, read "
                               "each time Copydeck needs a token. Copydeck never writes it."));
    m_applicationDefaultRadio->setToolTip(
        tr("The file GOOGLE_APPLICATION_CREDENTIALS names, else gcloud's "
           "application_default_credentials.json, read each time Copydeck needs a token."));
    m_keyFileEdit->setReadOnly(true);
    m_keyFileEdit->setPlaceholderText(tr("No key chosen"));
    m_chooseKeyButton->setAutoDefault(false);
    m_chooseFileButton->setAutoDefault(false);
    m_credentialsFileEdit->setClearButtonEnabled(true);
    m_credentialsFileEdit->setPlaceholderText(tr("Path of a JSON credential file"));
    m_projectsEdit->setClearButtonEnabled(true);
    m_projectsEdit->setToolTip(tr("The projects whose Spanner instances Copydeck lists, separated "
                                  "by commas. Empty: the credential's own project."));
    m_endpointEdit->setClearButtonEnabled(true);
    m_endpointEdit->setPlaceholderText(QString(DefaultEndpoint));
    m_endpointEdit->setToolTip(tr("Leave empty to use Google's own endpoint. Set it only for a "
                                  "private endpoint or a local test cloud."));

    auto *signInBox = new QGroupBox(tr("Sign in with"), this);
    signInBox->setObjectName(QStringLiteral("googleSignInGroupBox"));
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_keyRadio);
    methods->addWidget(m_fileRadio);
    methods->addWidget(m_applicationDefaultRadio);
    methods->addStretch(1);

    auto *keyPage = new QWidget(m_methodStack);
    auto *keyPageLayout = new QVBoxLayout(keyPage);
    keyPageLayout->setContentsMargins(0, 0, 0, 0);
    auto *keyForm = new QFormLayout;
    keyPageLayout->addLayout(keyForm);
    keyPageLayout->addStretch(1); // the notes stay under their field, whatever the page's height
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFileEdit, 1);
    keyRow->addWidget(m_chooseKeyButton);
    auto *keyLabel = new QLabel(tr("Key file:"), keyPage);
    keyLabel->setBuddy(m_chooseKeyButton);
    keyForm->addRow(keyLabel, keyRow);
    keyForm->addRow(QString(), m_keyInfoLabel);

    auto *filePage = new QWidget(m_methodStack);
    auto *filePageLayout = new QVBoxLayout(filePage);
    filePageLayout->setContentsMargins(0, 0, 0, 0);
    auto *fileForm = new QFormLayout;
    filePageLayout->addLayout(fileForm);
    filePageLayout->addStretch(1); // the notes stay under their field, whatever the page's height
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_credentialsFileEdit, 1);
    fileRow->addWidget(m_chooseFileButton);
    auto *fileLabel = new QLabel(tr("Fi&le:"), filePage);
    fileLabel->setBuddy(m_credentialsFileEdit);
    fileForm->addRow(fileLabel, fileRow);
    fileForm->addRow(QString(), m_fileInfoLabel);

    auto *applicationDefaultPage = new QWidget(m_methodStack);
    auto *applicationDefaultLayout = new QVBoxLayout(applicationDefaultPage);
    applicationDefaultLayout->setContentsMargins(0, 0, 0, 0);
    applicationDefaultLayout->addWidget(m_applicationDefaultInfoLabel);
    applicationDefaultLayout->addStretch(1);

    m_methodStack->addWidget(keyPage);
    m_methodStack->addWidget(filePage);
    m_methodStack->addWidget(applicationDefaultPage);
    auto *signInLayout = new QVBoxLayout(signInBox);
    signInLayout->addLayout(methods);
    signInLayout->addWidget(m_methodStack);

    auto *whereBox = new QGroupBox(tr("Projects and endpoint"), this);
    whereBox->setObjectName(QStringLiteral("projectsGroupBox"));
    auto *whereForm = new QFormLayout(whereBox);
    auto *projectsLabel = new QLabel(tr("&Projects:"), whereBox);
    projectsLabel->setBuddy(m_projectsEdit);
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), whereBox);
    endpointLabel->setBuddy(m_endpointEdit);
    whereForm->addRow(projectsLabel, m_projectsEdit);
    whereForm->addRow(endpointLabel, m_endpointEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox);
    layout->addWidget(whereBox);

    setTabOrder(m_keyRadio, m_fileRadio);
    setTabOrder(m_fileRadio, m_applicationDefaultRadio);
    setTabOrder(m_applicationDefaultRadio, m_chooseKeyButton);
    setTabOrder(m_chooseKeyButton, m_credentialsFileEdit);
    setTabOrder(m_credentialsFileEdit, m_chooseFileButton);
    setTabOrder(m_chooseFileButton, m_projectsEdit);
    setTabOrder(m_projectsEdit, m_endpointEdit);
    m_keyFileEdit->setFocusPolicy(Qt::ClickFocus); // shows the file; the button chooses it

    updateKeyInfo();
    updateFileInfo();
    updateApplicationDefaultInfo();
    setMethod(Method::ServiceAccountKey);

    connect(m_methodGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        m_methodStack->setCurrentIndex(int(method()));
        onFieldChanged();
    });
    connect(m_chooseKeyButton, &QPushButton::clicked, this, &GoogleAccountForm::chooseKeyFile);
    connect(m_chooseFileButton, &QPushButton::clicked, this,
            &GoogleAccountForm::chooseCredentialsFile);
    connect(m_credentialsFileEdit, &QLineEdit::textChanged, this, [this] {
        updateFileInfo();
        onFieldChanged();
    });
    for (QLineEdit *edit : {m_projectsEdit, m_endpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &GoogleAccountForm::onFieldChanged);
}

GoogleAccountForm::~GoogleAccountForm() = default;

AccountFormRegistry::Registration GoogleAccountForm::registration(const AccountFormContext &context)
{
    AccountFormRegistry::Registration registration;
    registration.providerId = QString(Cloud);
    registration.createForm
        = [context](QWidget *parent) { return new GoogleAccountForm(context, parent); };
    registration.secretNames = {QString(SecretServiceAccountKey)};
    registration.createImporter = [context]() -> std::unique_ptr<AccountImporter> {
        return std::make_unique<GoogleCredentialsImporter>(context.environment,
                                                           context.homeDirectory);
    };
    return registration;
}

GoogleAccountForm::Method GoogleAccountForm::method() const
{
    const int id = m_methodGroup->checkedId();
    return id < 0 ? Method::ServiceAccountKey : Method(id);
}

void GoogleAccountForm::setMethod(Method method)
{
    m_methodGroup->button(int(method))->setChecked(true);
    m_methodStack->setCurrentIndex(int(method));
}

void GoogleAccountForm::onFieldChanged()
{
    const QString project = credentialProject();
    m_projectsEdit->setPlaceholderText(project.isEmpty() ? tr("project-id, another-project")
                                                         : tr("The credential's: %1").arg(project));
    if (m_loading)
        return;
    Q_EMIT changed();
}

void GoogleAccountForm::chooseKeyFile()
{
    // open(), not exec(): no nested event loop.
    auto *dialog
        = new QFileDialog(this, tr("Choose a Service-Account Key"), m_importer.homeDirectory(),
                          tr("JSON keys (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("keyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { importKeyFile(path); });
    dialog->open();
}

void GoogleAccountForm::chooseCredentialsFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Credential File"), m_importer.gcloudFolder(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("credentialsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_credentialsFileEdit->setText(path); });
    dialog->open();
}

bool GoogleAccountForm::importKeyFile(const QString &path)
{
    QFile file(path);
    const QString shown = m_importer.displayPath(path);
    QByteArray body;
    if (!file.open(QIODevice::ReadOnly)) {
        m_keyError = tr("Cannot read %1: %2").arg(shown, file.errorString());
    } else {
        body = file.readAll();
        const auto summary = GoogleCredentialsImporter::inspectContents(body, shown);
        if (!summary) {
            m_keyError = summary.error().explanation;
        } else if (summary.value().type != GoogleCredentials::Type::ServiceAccount) {
            m_keyError = tr("%1 holds gcloud user credentials, not a service-account key: choose "
                            "\"Credential file\" to use it.")
                             .arg(shown);
        } else {
            m_keyError.clear();
        }
    }
    if (m_keyError.isEmpty()) {
        m_importedKey = body;
        m_importedKeyPath = path;
    } else {
        m_importedKey.clear();
        m_importedKeyPath.clear();
    }
    m_keyFileEdit->setText(m_keyError.isEmpty() ? shown : QString());
    updateKeyInfo();
    onFieldChanged();
    return m_keyError.isEmpty();
}

void GoogleAccountForm::updateKeyInfo()
{
    m_keyProject.clear();
    if (!m_keyError.isEmpty()) {
        m_keyInfoLabel->setText(m_keyError);
        return;
    }
    if (!m_importedKey.isEmpty()) {
        const auto summary = GoogleCredentialsImporter::inspectContents(
            m_importedKey, m_importedKeyPath.isEmpty() ? tr("The key") : m_importedKeyPath);
        if (summary) {
            m_keyProject = summary.value().projectId;
            m_keyInfoLabel->setText(tr("%1. Saved in the keychain with the account; the file is "
                                       "not read again.")
                                        .arg(describe(summary.value())));
        }
        return;
    }
    m_keyInfoLabel->setText(
        m_savedHasKey ? tr("A key is saved in the keychain. Choose a file to replace it.")
                      : tr("Choose the JSON key of a service account (Cloud console, IAM, "
                           "Service accounts, Keys). Copydeck keeps it in the keychain."));
}

void GoogleAccountForm::updateFileInfo()
{
    m_fileError.clear();
    m_fileProject.clear();
    const QString path = m_credentialsFileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_fileInfoLabel->setText(
            tr("gcloud writes its user credentials to %1.")
                .arg(m_importer.displayPath(m_importer.gcloudCredentialsPath())));
        return;
    }
    const auto summary = GoogleCredentialsImporter::inspect(path, m_importer.displayPath(path));
    if (!summary) {
        m_fileError = summary.error().explanation;
        m_fileInfoLabel->setText(m_fileError);
        return;
    }
    m_fileProject = summary.value().projectId;
    m_fileInfoLabel->setText(
        tr("%1. Read each time Copydeck needs a token.").arg(describe(summary.value())));
}

void GoogleAccountForm::updateApplicationDefaultInfo()
{
    const QString path = GoogleCredentialFile::applicationDefaultPath(m_importer.environment(),
                                                                      m_importer.homeDirectory());
    if (path.isEmpty()) {
        m_applicationDefaultInfoLabel->setText(
            tr("No application-default credentials on this computer: set "
               "GOOGLE_APPLICATION_CREDENTIALS, or run \"gcloud auth application-default "
               "login\", then start Copydeck again."));
        return;
    }
    const auto summary = GoogleCredentialsImporter::inspect(path, m_importer.displayPath(path));
    m_applicationDefaultInfoLabel->setText(
        summary ? tr("Now: %1 in %2, read each time Copydeck needs a token.")
                      .arg(describe(summary.value()), m_importer.displayPath(path))
                : summary.error().explanation);
}

void GoogleAccountForm::setAccount(const Account &account,
                                   const QHash<QString, QByteArray> &typedSecrets,
                                   const std::optional<Account> &saved)
{
    m_loading = true;
    m_savedHasKey = saved && saved->authMethod == AuthServiceAccountKey;
    if (account.authMethod == AuthCredentialsFile)
        setMethod(Method::CredentialsFile);
    else if (account.authMethod == AuthApplicationDefault)
        setMethod(Method::ApplicationDefault);
    else
        setMethod(Method::ServiceAccountKey);
    m_importedKey = typedSecrets.value(QString(SecretServiceAccountKey));
    m_importedKeyPath.clear();
    m_keyError.clear();
    m_keyFileEdit->setText(m_importedKey.isEmpty() ? QString() : tr("(chosen in this dialog)"));
    updateKeyInfo();
    m_credentialsFileEdit->setText(account.settings.value(SettingCredentialsFile).toString());
    updateFileInfo();
    m_projectsEdit->setText(
        account.settings.value(SettingProjects).toStringList().join(QStringLiteral(", ")));
    m_endpointEdit->setText(account.endpointOverride.toString());
    onFieldChanged(); // the placeholder follows the credential
    m_loading = false;
}

QString GoogleAccountForm::credentialProject() const
{
    switch (method()) {
    case Method::ServiceAccountKey:
        return m_keyProject;
    case Method::CredentialsFile:
        return m_fileProject;
    case Method::ApplicationDefault:
        return m_importer.defaultProject();
    }
    return {};
}

QStringList GoogleAccountForm::projects() const
{
    QStringList projects;
    const QStringList parts = m_projectsEdit->text().split(
        QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!projects.contains(part))
            projects << part;
    }
    return projects;
}

Account GoogleAccountForm::account(const Account &base) const
{
    Account account = base;
    account.cloud = QString(Cloud);
    account.settings.remove(SettingCredentialsFile);
    switch (method()) {
    case Method::ServiceAccountKey:
        account.authMethod = QString(AuthServiceAccountKey);
        break;
    case Method::CredentialsFile:
        account.authMethod = QString(AuthCredentialsFile);
        account.settings.insert(QString(SettingCredentialsFile),
                                m_credentialsFileEdit->text().trimmed());
        break;
    case Method::ApplicationDefault:
        account.authMethod = QString(AuthApplicationDefault);
        break;
    }
    const QStringList chosen = projects();
    if (chosen.isEmpty())
        account.settings.remove(SettingProjects);
    else
        account.settings.insert(QString(SettingProjects), chosen);
    const QString endpoint = m_endpointEdit->text().trimmed();
    account.endpointOverride = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    return account;
}

QHash<QString, QByteArray> GoogleAccountForm::secrets() const
{
    QHash<QString, QByteArray> secrets;
    if (method() == Method::ServiceAccountKey) {
        if (!m_importedKey.isEmpty())
            secrets.insert(QString(SecretServiceAccountKey), m_importedKey);
    } else if (m_savedHasKey) {
        secrets.insert(QString(SecretServiceAccountKey), {}); // no longer used: it goes
    }
    return secrets;
}

QString GoogleAccountForm::incompleteReason() const
{
    switch (method()) {
    case Method::ServiceAccountKey:
        if (!m_keyError.isEmpty())
            return m_keyError;
        if (m_importedKey.isEmpty() && !m_savedHasKey)
            return tr("Choose the service account's key file.");
        break;
    case Method::CredentialsFile:
        if (m_credentialsFileEdit->text().trimmed().isEmpty())
            return tr("Choose a credential file.");
        if (!m_fileError.isEmpty())
            return m_fileError;
        break;
    case Method::ApplicationDefault:
        break;
    }
    for (const QString &project : projects()) {
        if (!isProjectId(project))
            return tr("\"%1\" is not a Google Cloud project id (6 to 30 lowercase letters, digits "
                      "and hyphens, starting with a letter).")
                .arg(project);
    }
    const QString endpoint = m_endpointEdit->text().trimmed();
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("The endpoint must be an http:// or https:// address, like %1.")
                .arg(QString(DefaultEndpoint));
    }
    return {};
}

} // namespace Copydeck
