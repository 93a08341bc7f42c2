#pragma once

#include <QLatin1StringView>

// How an AWS account is described in Copydeck (core/Account.h), in one place.
//
//   account.cloud       "aws"
//   account.authMethod  "keys":        the access key id and secret access key live in the
//                                      SecretStore under account.secretKey("accessKeyId") and
//                                      account.secretKey("secretAccessKey"); a temporary key adds
//                                      account.secretKey("sessionToken").
//                       "profile":     a profile of the AWS shared files: settings["profile"]
//                                      (else AWS_PROFILE, else "default") read from
//                                      ~/.aws/credentials and ~/.aws/config, or the files named by
//                                      AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE. The files
//                                      are read, never written.
//                       "environment": AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
//                                      AWS_SESSION_TOKEN when set, else the profile AWS_PROFILE
//                                      names (else "default"), as the AWS CLI does.
//   account.regions     the regions whose vaults are listed and offered as copy destinations.
//   settings["region"]  the default region (used for "Test connection" and when no region is
//                       listed); else AWS_REGION, else AWS_DEFAULT_REGION, else the profile's
//                       region, else the first of account.regions, else us-east-1.
//   account.endpointOverride
//                       the endpoint for every region; else AWS_ENDPOINT_URL_BACKUP, else
//                       AWS_ENDPOINT_URL (both ignored when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is
//                       true), else https://backup.<region>.amazonaws.com. With an override one
//                       endpoint serves every region: the region goes only into the signature's
//                       credential scope.
//   settings["accountNumber"]
//                       the 12-digit AWS account number, when known (shown, and used for default
//                       role ARNs); otherwise it is read from the vault ARNs.
//   settings["pageSize"]
//                       how many vaults or recovery points one list call asks for (1-1000,
//                       default 100); tests make it small to exercise pagination.
namespace Copydeck::AwsAccountSettings {

inline constexpr QLatin1StringView Cloud {"aws"};

inline constexpr QLatin1StringView AuthKeys {"keys"};
inline constexpr QLatin1StringView AuthProfile {"profile"};
inline constexpr QLatin1StringView AuthEnvironment {"environment"};

inline constexpr QLatin1StringView SecretAccessKeyId {"accessKeyId"};
inline constexpr QLatin1StringView SecretSecretAccessKey {"secretAccessKey"};
inline constexpr QLatin1StringView SecretSessionToken {"sessionToken"};

inline constexpr QLatin1StringView SettingProfile {"profile"};
inline constexpr QLatin1StringView SettingRegion {"region"};
inline constexpr QLatin1StringView SettingAccountNumber {"accountNumber"};
inline constexpr QLatin1StringView SettingPageSize {"pageSize"};

inline constexpr int DefaultPageSize = 100;
inline constexpr int MaxPageSize = 1000;
inline constexpr QLatin1StringView FallbackRegion {"us-east-1"};

} // namespace Copydeck::AwsAccountSettings
