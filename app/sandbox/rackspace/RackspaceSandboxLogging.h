#pragma once

#include <QLoggingCategory>

// copydeck.sandbox.rackspace: one debug line per request (method, path, status) and per copy
// transition. Never headers or bodies: they carry tokens and API keys.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxRackspace)
