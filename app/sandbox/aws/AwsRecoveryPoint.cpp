#include "AwsRecoveryPoint.h"

#include <QStringList>

namespace Copydeck::Sandbox {

bool supportsColdStorage(const QString &resourceType)
{
    // The "Feature availability by resource" table of the AWS Backup guide: RDS, Aurora and S3
    // never go cold.
    static const QStringList types = {QStringLiteral("EBS"),
                                      QStringLiteral("EC2"),
                                      QStringLiteral("EFS"),
                                      QStringLiteral("DynamoDB"),
                                      QStringLiteral("Storage Gateway"),
                                      QStringLiteral("VirtualMachine"),
                                      QStringLiteral("CloudFormation"),
                                      QStringLiteral("Timestream"),
                                      QStringLiteral("SAP HANA on Amazon EC2")};
    return types.contains(resourceType);
}

} // namespace Copydeck::Sandbox
