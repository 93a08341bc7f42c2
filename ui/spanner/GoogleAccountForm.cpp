#include "ui/spanner/GoogleAccountForm.h"

#include "auth/GoogleCredentials.h"
#include "providers/spanner/SpannerAccountSettings.h"
#include "ui/FieldGrid.h"
#include "ui/accounts/AccountFormFields.h"
#include "ui/accounts/EndpointLineEdit.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

using namespace SpannerAccountSettings;
using namespace AccountFormFields;

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

// A line edit and a button that fills it, in one row.
QHBoxLayout *buttonRow(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    button->setAutoDefault(false);
    return row;
}

} // namespace

GoogleAccountForm::GoogleAccountForm(const AccountFormContext &context, QWidget *parent)
    : SignInAccountForm(
        Cloud, QStringLiteral("googleSignInGroupBox"), QStringLiteral("googleSignInStackedWidget"),
        {{tr("Service-account &key"), QStringLiteral("serviceAccountKeyRadioButton"),
          tr("A JSON key downloaded from the Cloud console. Copydeck keeps it in the system "
             "keychain; the file is not needed afterwards."),
          AuthServiceAccountKey},
         {tr("Credential &file"), QStringLiteral("credentialsFileRadioButton"),
          tr("A service-account key or gcloud's authorized-user file, read each time Copydeck "
             "needs a token. Copydeck never writes it."),
          AuthCredentialsFile},
         {tr("Application &default"), QStringLiteral("applicationDefaultRadioButton"),
          tr("The file GOOGLE_APPLICATION_CREDENTIALS names, else gcloud's "
             "application_default_credentials.json, read each time Copydeck needs a token."),
          AuthApplicationDefault}},
        parent)
    , m_importer(context.environment, context.homeDirectory)
    , m_keyFileEdit(new QLineEdit(this))
    , m_chooseKeyButton(new QPushButton(tr("C&hoose Key File…"), this))
    , m_keyInfoLabel(noteLabel(QString(), QStringLiteral("keyInfoLabel"), this))
    , m_credentialsFileEdit(lineEdit(QStringLiteral("credentialsFileLineEdit"), this))
    , m_chooseFileButton(new QPushButton(tr("Bro&wse…"), this))
    , m_fileInfoLabel(noteLabel(QString(), QStringLiteral("credentialsFileInfoLabel"), this))
    , m_applicationDefaultInfoLabel(
          noteLabel(applicationDefaultInfo(), QStringLiteral("applicationDefaultInfoLabel"), this))
    , m_projectsEdit(lineEdit(QStringLiteral("googleProjectsLineEdit"), this))
    , m_endpointEdit(new EndpointLineEdit(
          QStringLiteral("googleEndpointLineEdit"), QString(DefaultEndpoint),
          tr("Leave empty to use Google's own endpoint. Set it only for a private endpoint or a "
             "local test cloud."),
          this))
{
    setObjectName(QStringLiteral("googleAccountForm"));
    m_keyFileEdit->setObjectName(QStringLiteral("keyFileLineEdit"));
    m_chooseKeyButton->setObjectName(QStringLiteral("chooseKeyFilePushButton"));
    m_chooseFileButton->setObjectName(QStringLiteral("chooseCredentialsFilePushButton"));
    m_keyFileEdit->setReadOnly(true);
    m_keyFileEdit->setPlaceholderText(tr("No key chosen"));
    m_credentialsFileEdit->setPlaceholderText(tr("Path of a JSON credential file"));
    m_projectsEdit->setToolTip(tr("The projects whose Spanner instances Copydeck lists, separated "
                                  "by commas. Empty: the credential's own project."));

    const int key = int(Method::ServiceAccountKey);
    secretFields().add(key, SecretServiceAccountKey, [this] { return m_importedKey; });
    secretFields().setIncompleteText(key, tr("Choose the service account's key file."));

    auto *keyLabel = new QLabel(tr("Key file:"), this);
    keyLabel->setBuddy(m_chooseKeyButton);
    signInBox()->formPage(key)->addRow(
        keyLabel, withNote(buttonRow(m_keyFileEdit, m_chooseKeyButton), m_keyInfoLabel));
    auto *fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_credentialsFileEdit);
    signInBox()
        ->formPage(int(Method::CredentialsFile))
        ->addRow(fileLabel,
                 withNote(buttonRow(m_credentialsFileEdit, m_chooseFileButton), m_fileInfoLabel));
    signInBox()->setNotePage(int(Method::ApplicationDefault), m_applicationDefaultInfoLabel);

    auto *whereBox = new QGroupBox(tr("Projects and endpoint"), this);
    whereBox->setObjectName(QStringLiteral("projectsGroupBox"));
    auto *whereForm = new QFormLayout(whereBox);
    whereForm->addRow(tr("&Projects:"), m_projectsEdit);
    whereForm->addRow(tr("&Endpoint:"), m_endpointEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(signInBox());
    layout->addWidget(whereBox);

    // Tab follows the order the fields are made in.
    m_keyFileEdit->setFocusPolicy(Qt::ClickFocus); // shows the file; the button chooses it

    updateKeyInfo();
    updateFileInfo();
    fieldsChanged();

    connect(m_chooseKeyButton, &QPushButton::clicked, this, &GoogleAccountForm::chooseKeyFile);
    connect(m_chooseFileButton, &QPushButton::clicked, this,
            &GoogleAccountForm::chooseCredentialsFile);
    connect(m_credentialsFileEdit, &QLineEdit::textChanged, this, [this] {
        updateFileInfo();
        onFieldChanged();
    });
    watch({m_projectsEdit, m_endpointEdit});
}

AccountFormRegistry::Registration GoogleAccountForm::registration(const AccountFormContext &context)
{
    return AccountFormRegistry::formRegistration<GoogleAccountForm>(
        Cloud, {QString(SecretServiceAccountKey)}, context, [context] {
            return std::make_unique<GoogleCredentialsImporter>(context.environment,
                                                               context.homeDirectory);
        });
}

void GoogleAccountForm::fieldsChanged()
{
    const QString project = credentialProject();
    m_projectsEdit->setPlaceholderText(project.isEmpty() ? tr("project-id, another-project")
                                                         : tr("The credential's: %1").arg(project));
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
        secretFields().isSaved(int(Method::ServiceAccountKey))
            ? tr("A key is saved in the keychain. Choose a file to replace it.")
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

QString GoogleAccountForm::applicationDefaultInfo() const
{
    const QString path = GoogleCredentialFile::applicationDefaultPath(m_importer.environment(),
                                                                      m_importer.homeDirectory());
    if (path.isEmpty())
        return tr("No application-default credentials on this computer: set "
                  "GOOGLE_APPLICATION_CREDENTIALS, or run \"gcloud auth application-default "
                  "login\", then start Copydeck again.");
    const auto summary = GoogleCredentialsImporter::inspect(path, m_importer.displayPath(path));
    return summary ? tr("Now: %1 in %2, read each time Copydeck needs a token.")
                         .arg(describe(summary.value()), m_importer.displayPath(path))
                   : summary.error().explanation;
}

void GoogleAccountForm::showFields(const Account &account,
                                   const QHash<QString, QByteArray> &typedSecrets)
{
    m_importedKey = typedSecrets.value(QString(SecretServiceAccountKey));
    m_importedKeyPath.clear();
    m_keyError.clear();
    m_keyFileEdit->setText(m_importedKey.isEmpty() ? QString() : tr("(chosen in this dialog)"));
    updateKeyInfo();
    m_credentialsFileEdit->setText(account.settings.value(SettingCredentialsFile).toString());
    updateFileInfo();
    m_projectsEdit->setText(
        account.settings.value(SettingProjects).toStringList().join(QStringLiteral(", ")));
    m_endpointEdit->setUrl(account.endpointOverride);
}

QString GoogleAccountForm::credentialProject() const
{
    switch (Method(signInMethod())) {
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

void GoogleAccountForm::applyFields(Account &account) const
{
    if (Method(signInMethod()) == Method::CredentialsFile)
        account.settings.insert(QString(SettingCredentialsFile),
                                m_credentialsFileEdit->text().trimmed());
    else
        account.settings.remove(SettingCredentialsFile);
    const QStringList chosen = projects();
    if (chosen.isEmpty())
        account.settings.remove(SettingProjects);
    else
        account.settings.insert(QString(SettingProjects), chosen);
    account.endpointOverride = m_endpointEdit->url();
}

QString GoogleAccountForm::incompleteReason() const
{
    const Method method = Method(signInMethod());
    if (method == Method::ServiceAccountKey && !m_keyError.isEmpty())
        return m_keyError;
    if (const QString secrets = secretFields().incompleteReason(int(method)); !secrets.isEmpty())
        return secrets;
    if (method == Method::CredentialsFile) {
        if (m_credentialsFileEdit->text().trimmed().isEmpty())
            return tr("Choose a credential file.");
        if (!m_fileError.isEmpty())
            return m_fileError;
    }
    for (const QString &project : projects()) {
        if (!isProjectId(project))
            return tr("\"%1\" is not a Google Cloud project id (6 to 30 lowercase letters, digits "
                      "and hyphens, starting with a letter).")
                .arg(project);
    }
    if (!m_endpointEdit->isAcceptable())
        return tr("The endpoint must be an http:// or https:// address, like %1.")
            .arg(QString(DefaultEndpoint));
    return {};
}

} // namespace Copydeck
