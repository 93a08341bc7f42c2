#pragma once

#include <QLoggingCategory>

// copydeck.sandbox.spanner: one debug line per request (method, path, status) and per operation
// transition. Never headers, bodies, assertions or tokens: they are credentials.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSpanner)
