#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "copydeck.models")
