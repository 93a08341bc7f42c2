#pragma once

#include <QString>
#include <QStringList>

namespace Copydeck::Sandbox {

class HuaweiState;

// What a user of the sandbox's Huawei Cloud signs in with: one account (domain) reachable both
// with an access key (AK/SK) and as an IAM user with a password.
struct HuaweiDemoAccount
{
    QString domainName;
    QString userName;
    QString password;
    QString accessKey;
    QString secretKey;
    QStringList regions; // the regions that hold demo data, first is the default
};

// Deterministic demo data: four regions (cn-north-4, cn-east-3, ap-southeast-1, ap-southeast-3),
// each with its project; backup vaults and replication vaults; server backups mostly available,
// one being taken (protecting), one in error, one already replicated to cn-east-3 (its replica in
// vault-dr-shanghai), one whose replication fails at its end. `scale` adds that many available
// backups to vault-prod-servers of cn-north-4.
namespace HuaweiSeed {

HuaweiDemoAccount demoAccount();
void populate(HuaweiState &state, quint32 seed, int scale, qint64 nowMs);

inline constexpr auto SourceRegion = "cn-north-4";
inline constexpr auto ProductionVault = "vault-prod-servers";

} // namespace HuaweiSeed

} // namespace Copydeck::Sandbox
