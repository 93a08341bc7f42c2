#include "AwsCopyFixture.h"

#include <QJsonDocument>
#include <QUuid>

namespace Sb = Copydeck::Sandbox;

const QString AwsCopyFixture::East = QStringLiteral("us-east-1");
const QString AwsCopyFixture::West = QStringLiteral("us-west-2");
const QString AwsCopyFixture::Role
    = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");
const QString AwsCopyFixture::ProdDaily = AwsCopyFixture::vaultArn(
    AwsCopyFixture::East, SandboxTestAccounts::ProductionAccount, QStringLiteral("prod-daily"));
const QString AwsCopyFixture::DrCopies = AwsCopyFixture::vaultArn(
    AwsCopyFixture::West, SandboxTestAccounts::RecoveryAccount, QStringLiteral("dr-copies"));

QString AwsCopyFixture::vaultArn(const QString &region, const QString &account, const QString &name)
{
    return Sb::AwsBackupSandbox::vaultArn(region, account, name);
}

QString AwsCopyFixture::token()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool AwsCopyFixture::start(QString *error)
{
    Sb::SandboxOptions options;
    options.speed = 10000;
    if (!m_sandbox.start(options, error))
        return false;
    m_production = std::make_unique<AwsTestClient>(
        m_sandbox.awsEndpoint(), SandboxTestAccounts::production(m_sandbox), East);
    m_recovery = std::make_unique<AwsTestClient>(m_sandbox.awsEndpoint(),
                                                 SandboxTestAccounts::recovery(m_sandbox), West);
    return true;
}

QString AwsCopyFixture::recoveryPoint(const QString &kind) const
{
    const QString vault = kind == QLatin1String("monthly")
        ? vaultArn(East, SandboxTestAccounts::ProductionAccount, QStringLiteral("prod-monthly"))
        : ProdDaily;
    const auto points = m_sandbox.aws()->recoveryPoints(vault);
    for (const auto &rp : points) {
        const bool completed = rp.status == QLatin1String("COMPLETED") && !rp.continuous
            && rp.copyFailureMessage.isEmpty();
        const bool match = (kind == QLatin1String("small") && completed
                            && rp.resourceType == QLatin1String("DynamoDB"))
            || (kind == QLatin1String("ebs") && completed
                && rp.resourceType == QLatin1String("EBS"))
            || (kind == QLatin1String("rds") && completed
                && rp.resourceType == QLatin1String("RDS"))
            || (kind == QLatin1String("aurora") && completed
                && rp.resourceType == QLatin1String("Aurora"))
            || (kind == QLatin1String("monthly") && completed)
            || (kind == QLatin1String("corrupt") && rp.status == QLatin1String("COMPLETED")
                && !rp.copyFailureMessage.isEmpty())
            || (kind == QLatin1String("continuous") && rp.continuous) || rp.status == kind;
        if (match)
            return rp.arn;
    }
    return {};
}

QJsonObject AwsCopyFixture::validRequest() const
{
    QJsonObject request;
    request.insert(QStringLiteral("RecoveryPointArn"), recoveryPoint(QStringLiteral("small")));
    request.insert(QStringLiteral("SourceBackupVaultName"), QStringLiteral("prod-daily"));
    request.insert(QStringLiteral("DestinationBackupVaultArn"), DrCopies);
    request.insert(QStringLiteral("IamRoleArn"), Role);
    request.insert(QStringLiteral("IdempotencyToken"), token());
    return request;
}

AwsTestClient::Reply AwsCopyFixture::start(const QJsonObject &request)
{
    return m_production->send("PUT", "/copy-jobs",
                              QJsonDocument(request).toJson(QJsonDocument::Compact));
}

QJsonObject AwsCopyFixture::describe(const QString &copyJobId)
{
    return m_production->get("/copy-jobs/" + AwsTestClient::encoded(copyJobId))
        .json.value(QStringLiteral("CopyJob"))
        .toObject();
}

QString AwsCopyFixture::state(const QString &copyJobId)
{
    return describe(copyJobId).value(QStringLiteral("State")).toString();
}
