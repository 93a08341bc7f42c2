#pragma once

// Metatypes of core values that travel through queued signals and QVariant, declared here so that
// core stays free of them. Location, Backup and CopyJob are declared beside their types.
#include "core/CloudError.h"

#include <QMetaType>

Q_DECLARE_METATYPE(Copydeck::CloudError)
