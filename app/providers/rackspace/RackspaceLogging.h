#pragma once

#include <QLoggingCategory>

// copydeck.rackspace: method, redacted URL and status of each call. Never a token, an API key or
// an identity answer.
Q_DECLARE_LOGGING_CATEGORY(lcRackspace)
