#pragma once

#include "AwsTestClient.h"
#include "SandboxTestAccounts.h"
#include "sandbox/Sandbox.h"
#include "sandbox/aws/AwsBackupSandbox.h"

#include <QJsonObject>
#include <QString>

#include <memory>

// A sandbox with copies running fast (10000x), clients for the production account in us-east-1
// and the disaster recovery account in us-west-2, and the StartCopyJob calls the copy tests share.
class AwsCopyFixture final
{
public:
    static const QString East;
    static const QString West;
    static const QString Role; // the production account's AWS Backup service role
    static const QString ProdDaily; // us-east-1, production
    static const QString DrCopies; // us-west-2, disaster recovery

    static QString vaultArn(const QString &region, const QString &account, const QString &name);
    static QString token(); // a fresh idempotency token

    bool start(QString *error);

    Copydeck::Sandbox::Sandbox &sandbox() { return m_sandbox; }
    AwsTestClient &production() { return *m_production; }
    AwsTestClient &recovery() { return *m_recovery; }

    // A recovery point chosen by what it is: "small" (a completed DynamoDB backup, the default
    // source), "ebs", "rds", "aurora", "corrupt", "continuous", "monthly" (one in prod-monthly),
    // or a status such as "PARTIAL".
    QString recoveryPoint(const QString &kind) const;
    // A StartCopyJob body that succeeds: the small recovery point of prod-daily to dr-copies.
    QJsonObject validRequest() const;

    AwsTestClient::Reply start(const QJsonObject &request);
    QJsonObject describe(const QString &copyJobId);
    QString state(const QString &copyJobId);

private:
    Copydeck::Sandbox::Sandbox m_sandbox;
    std::unique_ptr<AwsTestClient> m_production;
    std::unique_ptr<AwsTestClient> m_recovery;
};
