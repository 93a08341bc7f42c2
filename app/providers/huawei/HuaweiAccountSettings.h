#pragma once

#include <QLatin1StringView>

// How a Huawei Cloud account is described in Copydeck (core/Account.h), in one place.
//
//   account.cloud       "huawei"
//   account.authMethod  "aksk":        an access key; account.secretKey("accessKey") and
//                                      account.secretKey("secretKey") in the SecretStore, plus
//                                      account.secretKey("securityToken") for a temporary key.
//                                      Requests are signed with SDK-HMAC-SHA256.
//                       "password":    an IAM user: settings["userName"], settings["domainName"]
//                                      (the account name), the password under
//                                      account.secretKey("password"). A token per region's project
//                                      (24 hours) is fetched from IAM and renewed before it ends.
//                       "environment": the Huawei SDKs' variables HUAWEICLOUD_SDK_AK,
//                                      HUAWEICLOUD_SDK_SK (and HUAWEICLOUD_SDK_SECURITY_TOKEN),
//                                      read each time the account connects; nothing is stored.
//                                      HUAWEICLOUD_SDK_PROJECT_ID, when set and the account lists
//                                      no region, names the one region to list (its project's).
//   account.regions     the regions whose vaults are listed; empty: every region IAM lists a
//                       project for.
//   settings["projects"]
//                       region -> project id (QVariantMap); a region missing here has its project
//                       found through IAM (GET /v3/projects, or the token's project).
//   account.endpointOverride
//                       the CBR endpoint; "{region}" in it is replaced by the region, otherwise the
//                       one endpoint serves every region. Without it:
//                       https://cbr.<region>.myhuaweicloud.com.
//   settings["iamEndpoint"]
//                       the IAM endpoint; without it, the endpoint override's scheme, host and port
//                       when there is an override, else https://iam.myhuaweicloud.com.
//   settings["pageSize"]
//                       how many backups or logs one list call asks for (1-1000, default 100).
namespace Copydeck::HuaweiAccountSettings {

inline constexpr QLatin1StringView Cloud {"huawei"};

inline constexpr QLatin1StringView AuthKeys {"aksk"};
inline constexpr QLatin1StringView AuthPassword {"password"};
inline constexpr QLatin1StringView AuthEnvironment {"environment"};

inline constexpr QLatin1StringView SecretAccessKey {"accessKey"};
inline constexpr QLatin1StringView SecretSecretKey {"secretKey"};
inline constexpr QLatin1StringView SecretSecurityToken {"securityToken"};
inline constexpr QLatin1StringView SecretPassword {"password"};

inline constexpr QLatin1StringView SettingUserName {"userName"};
inline constexpr QLatin1StringView SettingDomainName {"domainName"};
inline constexpr QLatin1StringView SettingProjects {"projects"};
inline constexpr QLatin1StringView SettingIamEndpoint {"iamEndpoint"};
inline constexpr QLatin1StringView SettingPageSize {"pageSize"};

inline constexpr QLatin1StringView EnvAccessKey {"HUAWEICLOUD_SDK_AK"};
inline constexpr QLatin1StringView EnvSecretKey {"HUAWEICLOUD_SDK_SK"};
inline constexpr QLatin1StringView EnvSecurityToken {"HUAWEICLOUD_SDK_SECURITY_TOKEN"};
inline constexpr QLatin1StringView EnvProjectId {"HUAWEICLOUD_SDK_PROJECT_ID"};

inline constexpr int DefaultPageSize = 100;
inline constexpr int MaxPageSize = 1000;

} // namespace Copydeck::HuaweiAccountSettings
