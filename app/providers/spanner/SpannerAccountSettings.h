#pragma once

#include <QLatin1StringView>

// How a Google Cloud Spanner account is described in Copydeck (core/Account.h), in one place.
//
//   account.cloud       "spanner"
//   account.authMethod  "serviceAccountKey": a service-account key file (JSON, as the Cloud
//                                      console downloads it) kept in the SecretStore under
//                                      account.secretKey("serviceAccountKey"). An authorized_user
//                                      file (gcloud auth application-default login) may be kept
//                                      there too: the file's "type" decides.
//                       "credentialsFile": the credential file at settings["credentialsFile"],
//                                      read at each token refresh (never copied, never written).
//                       "applicationDefault": Google's application-default credentials, read at
//                                      each token refresh: the file GOOGLE_APPLICATION_CREDENTIALS
//                                      names, else application_default_credentials.json in the
//                                      gcloud configuration folder ($CLOUDSDK_CONFIG, else
//                                      %APPDATA%/gcloud on Windows, else ~/.config/gcloud).
//                       Supported file types: "service_account" (JWT-bearer grant, RS256) and
//                       "authorized_user" (refresh-token grant); the file's "token_uri" is
//                       honoured (default https://oauth2.googleapis.com/token).
//   settings["projects"]
//                       the project ids whose instances are listed and offered as destinations
//                       (a QStringList); else the credential's project (project_id, or
//                       quota_project_id), else GOOGLE_CLOUD_PROJECT / CLOUDSDK_CORE_PROJECT.
//   account.endpointOverride
//                       the Admin API root for every call; else
//                       CLOUDSDK_API_ENDPOINT_OVERRIDES_SPANNER, else
//                       https://spanner.googleapis.com/.
//   settings["backupFilter"]
//                       a backups.list filter applied to every listing ("state:READY"); optional.
//   settings["pageSize"]
//                       how many instances, backups or operations one list call asks for (1-1000,
//                       default 100); tests make it small to exercise pagination.
namespace Copydeck::SpannerAccountSettings {

inline constexpr QLatin1StringView Cloud {"spanner"};

inline constexpr QLatin1StringView AuthServiceAccountKey {"serviceAccountKey"};
inline constexpr QLatin1StringView AuthCredentialsFile {"credentialsFile"};
inline constexpr QLatin1StringView AuthApplicationDefault {"applicationDefault"};

inline constexpr QLatin1StringView SecretServiceAccountKey {"serviceAccountKey"};

inline constexpr QLatin1StringView SettingProjects {"projects"};
inline constexpr QLatin1StringView SettingCredentialsFile {"credentialsFile"};
inline constexpr QLatin1StringView SettingBackupFilter {"backupFilter"};
inline constexpr QLatin1StringView SettingPageSize {"pageSize"};

inline constexpr int DefaultPageSize = 100;
inline constexpr int MaxPageSize = 1000;
inline constexpr QLatin1StringView DefaultEndpoint {"https://spanner.googleapis.com/"};

} // namespace Copydeck::SpannerAccountSettings
