#pragma once

#include <QLoggingCategory>

namespace Copydeck::Sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHuawei)
}
