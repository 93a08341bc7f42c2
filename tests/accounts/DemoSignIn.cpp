#include "DemoSignIn.h"

#include "AccountsSandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck::Test {

namespace {

using Credential = AccountsSandbox::Credential;

QByteArray fileBody(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<DemoSignIn> google(AccountsSandbox &sandbox, QString *error)
{
    const QString endpoint = sandbox.spannerEndpoint().toString();
    const QString key = sandbox.writeGoogleServiceAccountKey(Credential::Right);
    const QString wrongKey = sandbox.writeGoogleServiceAccountKey(Credential::Wrong);
    const QString user = sandbox.writeGoogleAuthorizedUser(Credential::Right);
    const QString revoked = sandbox.writeGoogleAuthorizedUser(Credential::Wrong);
    const QString body = QString::fromUtf8(fileBody(key));
    const QJsonObject userJson = QJsonDocument::fromJson(fileBody(user)).object();
    const QJsonObject revokedJson = QJsonDocument::fromJson(fileBody(revoked)).object();
    // A line of the private key's base64 body, as the key file holds it.
    const QString privateKeyLine = body.section(QStringLiteral("\\n"), 3, 3);
    if (body.isEmpty() || userJson.isEmpty() || revokedJson.isEmpty() || wrongKey.isEmpty()
        || privateKeyLine.size() < 60) {
        *error = QStringLiteral("the Google key files could not be written");
        return {};
    }

    DemoSignIn keyFile;
    keyFile.label = QStringLiteral("Google, service-account key file");
    keyFile.cloud = QStringLiteral("spanner");
    keyFile.cloudName = QStringLiteral("Google Cloud Spanner");
    keyFile.formName = QStringLiteral("googleAccountForm");
    keyFile.accountName = QStringLiteral("Google robot");
    keyFile.signIn = QStringLiteral("serviceAccountKeyRadioButton");
    keyFile.fields = {{QStringLiteral("chooseKeyFilePushButton"), key},
                      {QStringLiteral("googleProjectsLineEdit"),
                       QStringLiteral("copydeck-demo, copydeck-archive")},
                      {QStringLiteral("googleEndpointLineEdit"), endpoint}};
    keyFile.wrongFields = {{QStringLiteral("chooseKeyFilePushButton"), wrongKey}};
    keyFile.secrets = {{QStringLiteral("serviceAccountKey"), body}};
    keyFile.settingsHold = {keyFile.accountName, QStringLiteral("copydeck-archive")};
    keyFile.secretTexts = {body, privateKeyLine};
    // The second project's instance: both projects are listed.
    keyFile.location = QStringLiteral("Long-term archive");
    keyFile.backups = {QStringLiteral("ledger-monthly-01"), QStringLiteral("ledger-monthly-03")};

    // The file stays where it is and is read each time: the account keeps its path, and neither
    // the keychain nor the settings get what is in it. No project typed: the file's own.
    DemoSignIn userFile = keyFile;
    userFile.label = QStringLiteral("Google, authorized-user file");
    userFile.accountName = QStringLiteral("Google gcloud user");
    userFile.signIn = QStringLiteral("credentialsFileRadioButton");
    userFile.fields = {{QStringLiteral("credentialsFileLineEdit"), user},
                       {QStringLiteral("googleEndpointLineEdit"), endpoint}};
    userFile.wrongFields = {{QStringLiteral("credentialsFileLineEdit"), revoked}};
    userFile.secrets = {};
    userFile.settingsHold = {userFile.accountName, QStringLiteral("gcloud-user.json")};
    userFile.secretTexts = {userJson.value(QStringLiteral("refresh_token")).toString(),
                            userJson.value(QStringLiteral("client_secret")).toString(),
                            revokedJson.value(QStringLiteral("refresh_token")).toString()};
    userFile.location = QStringLiteral("Orders (production)");
    userFile.backups = {QStringLiteral("orders-daily-01"), QStringLiteral("customers-weekly-01")};
    return {keyFile, userFile};
}

QList<DemoSignIn> huawei(AccountsSandbox &sandbox)
{
    const auto demo = sandbox.huawei(Credential::Right);
    const auto wrong = sandbox.huawei(Credential::Wrong);
    const QList<FormField> endpoints
        = {{QStringLiteral("huaweiEndpointLineEdit"), sandbox.huaweiEndpoint()},
           {QStringLiteral("huaweiIamEndpointLineEdit"), sandbox.huaweiIamEndpoint().toString()}};

    DemoSignIn keys;
    keys.label = QStringLiteral("Huawei, access key (AK/SK)");
    keys.cloud = QStringLiteral("huawei");
    keys.cloudName = QStringLiteral("Huawei Cloud CBR");
    keys.formName = QStringLiteral("huaweiAccountForm");
    keys.accountName = QStringLiteral("Huawei keys");
    keys.signIn = QStringLiteral("huaweiAccessKeyRadioButton");
    keys.fields = QList<FormField> {{QStringLiteral("huaweiAccessKeyLineEdit"), demo.accessKey},
                                    {QStringLiteral("huaweiSecretKeyLineEdit"), demo.secretKey}}
        + endpoints;
    keys.wrongFields = {{QStringLiteral("huaweiSecretKeyLineEdit"), wrong.secretKey}};
    keys.regions = {QStringLiteral("cn-north-4")};
    keys.secrets = {{QStringLiteral("accessKey"), demo.accessKey},
                    {QStringLiteral("secretKey"), demo.secretKey}};
    keys.settingsHold = {keys.accountName, QStringLiteral("cn-north-4")};
    keys.secretTexts = {demo.accessKey, demo.secretKey, wrong.secretKey};
    keys.location = QStringLiteral("vault-prod-servers");
    keys.backups = {QStringLiteral("weekly-web-01")};

    DemoSignIn iam = keys;
    iam.label = QStringLiteral("Huawei, IAM user and password");
    iam.accountName = QStringLiteral("Huawei IAM");
    iam.signIn = QStringLiteral("huaweiIamPasswordRadioButton");
    iam.fields = QList<FormField> {{QStringLiteral("huaweiIamUserNameLineEdit"), demo.userName},
                                   {QStringLiteral("huaweiIamPasswordLineEdit"), demo.password},
                                   {QStringLiteral("huaweiAccountNameLineEdit"), demo.domainName}}
        + endpoints;
    iam.wrongFields = {{QStringLiteral("huaweiIamPasswordLineEdit"), wrong.password}};
    iam.regions = {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3")};
    iam.secrets = {{QStringLiteral("password"), demo.password}};
    iam.settingsHold = {iam.accountName, demo.userName, demo.domainName};
    iam.secretTexts = {demo.password, wrong.password};
    return {keys, iam};
}

DemoSignIn rackspace(AccountsSandbox &sandbox)
{
    const auto demo = sandbox.rackspace(Credential::Right);
    const auto wrong = sandbox.rackspace(Credential::Wrong);
    DemoSignIn apiKey;
    apiKey.label = QStringLiteral("Rackspace, username and API key");
    apiKey.cloud = QStringLiteral("rackspace");
    apiKey.cloudName = QStringLiteral("Rackspace Cloud Databases");
    apiKey.formName = QStringLiteral("rackspaceAccountForm");
    apiKey.accountName = QStringLiteral("Rackspace databases");
    apiKey.signIn = QStringLiteral("rackspaceApiKeyRadioButton");
    apiKey.fields = {{QStringLiteral("rackspaceUsernameLineEdit"), demo.accessKeyId},
                     {QStringLiteral("rackspaceApiKeyLineEdit"), demo.secretAccessKey},
                     {QStringLiteral("rackspaceIdentityEndpointLineEdit"),
                      sandbox.rackspaceIdentityEndpoint().toString()}};
    apiKey.wrongFields = {{QStringLiteral("rackspaceApiKeyLineEdit"), wrong.secretAccessKey}};
    // No region checked: every region of the service catalog.
    apiKey.secrets = {{QStringLiteral("apiKey"), demo.secretAccessKey}};
    apiKey.settingsHold = {apiKey.accountName, demo.accessKeyId};
    apiKey.secretTexts = {demo.secretAccessKey, wrong.secretAccessKey};
    apiKey.location = QStringLiteral("DFW");
    apiKey.backups
        = {QStringLiteral("orders-db-full-weekly"), QStringLiteral("inventory-db-manual")};
    return apiKey;
}

} // namespace

QList<FormField> DemoSignIn::wrongFirst() const
{
    QList<FormField> result = fields;
    for (const FormField &wrong : wrongFields) {
        for (FormField &field : result) {
            if (field.name == wrong.name)
                field.value = wrong.value;
        }
    }
    return result;
}

QList<FormField> DemoSignIn::rightAgain() const
{
    QList<FormField> result;
    for (const FormField &field : fields) {
        for (const FormField &wrong : wrongFields) {
            if (field.name == wrong.name)
                result << field;
        }
    }
    return result;
}

QList<DemoSignIn> DemoSignIn::all(AccountsSandbox &sandbox, QString *error)
{
    if (!sandbox.sandbox().spanner() || !sandbox.sandbox().huawei()
        || !sandbox.sandbox().rackspace()) {
        *error = QStringLiteral("the sandbox does not run every cloud");
        return {};
    }
    QList<DemoSignIn> signIns = google(sandbox, error);
    if (signIns.isEmpty())
        return {};
    signIns << huawei(sandbox) << rackspace(sandbox);
    return signIns;
}

} // namespace Copydeck::Test
