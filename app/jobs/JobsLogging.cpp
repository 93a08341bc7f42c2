#include "JobsLogging.h"

Q_LOGGING_CATEGORY(lcJobs, "copydeck.jobs")
