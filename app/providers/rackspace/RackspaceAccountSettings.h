#pragma once

#include <QLatin1StringView>

// How a Rackspace Cloud Databases account is described in Copydeck (core/Account.h), in one place.
//
//   account.cloud       "rackspace"
//   account.authMethod  "apiKey":      settings["username"] and the API key in the SecretStore
//                                      under account.secretKey("apiKey") (RAX-KSKEY credentials).
//                       "password":    settings["username"] and the password under
//                                      account.secretKey("password") (Keystone credentials).
//                       "environment": read from the process environment when connecting, never
//                                      stored: the username from RAX_USERNAME, else OS_USERNAME;
//                                      the API key from RAX_API_KEY, else OS_API_KEY, else
//                                      OS_PASSWORD as a password; the identity endpoint from
//                                      RAX_AUTH_URL, else OS_AUTH_URL, unless the account has an
//                                      override.
//   account.endpointOverride
//                       the Identity v2.0 endpoint (…/v2.0/); else
//                       https://identity.api.rackspacecloud.com/v2.0/. Cloud Databases endpoints
//                       always come from the service catalog the identity answer carries.
//   account.regions     the regions listed (empty: every region of the catalog).
//   settings["pageSize"] how many backups one list call asks for (1-20, default 20).
//   settings["copyAppearSeconds"]
//                       how long a copy may take to show up in the target region after the 202
//                       before it is reported lost (default 900).
namespace Copydeck::RackspaceAccountSettings {

inline constexpr QLatin1StringView Cloud {"rackspace"};

inline constexpr QLatin1StringView AuthApiKey {"apiKey"};
inline constexpr QLatin1StringView AuthPassword {"password"};
inline constexpr QLatin1StringView AuthEnvironment {"environment"};

inline constexpr QLatin1StringView SecretApiKey {"apiKey"};
inline constexpr QLatin1StringView SecretPassword {"password"};

inline constexpr QLatin1StringView SettingUsername {"username"};
inline constexpr QLatin1StringView SettingPageSize {"pageSize"};
inline constexpr QLatin1StringView SettingCopyAppearSeconds {"copyAppearSeconds"};

inline constexpr QLatin1StringView DefaultIdentityEndpoint {
    "https://identity.api.rackspacecloud.com/v2.0/"};
inline constexpr int MaxPageSize = 20;
inline constexpr int DefaultCopyAppearSeconds = 900;

// The environment variables an "environment" account and the importer read.
inline constexpr QLatin1StringView EnvUsername {"RAX_USERNAME"};
inline constexpr QLatin1StringView EnvUsernameOpenStack {"OS_USERNAME"};
inline constexpr QLatin1StringView EnvApiKey {"RAX_API_KEY"};
inline constexpr QLatin1StringView EnvApiKeyOpenStack {"OS_API_KEY"};
inline constexpr QLatin1StringView EnvPassword {"OS_PASSWORD"};
inline constexpr QLatin1StringView EnvAuthUrl {"RAX_AUTH_URL"};
inline constexpr QLatin1StringView EnvAuthUrlOpenStack {"OS_AUTH_URL"};
inline constexpr QLatin1StringView EnvRegion {"OS_REGION_NAME"};

} // namespace Copydeck::RackspaceAccountSettings
