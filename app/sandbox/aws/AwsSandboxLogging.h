#pragma once

#include <QLoggingCategory>

// copydeck.sandbox.aws: one debug line per request (method, path, status) and per copy job
// transition. Never headers or bodies: they carry signatures and keys.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxAws)
