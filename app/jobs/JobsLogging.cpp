#include "JobsLogging.h"

Q_LOGGING_CATEGORY(lcJobs, "copydeck.jobs")
Q_LOGGING_CATEGORY(lcLedger, "copydeck.ledger")
