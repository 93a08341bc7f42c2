#pragma once

#include "SandboxFaultPlan.h"

#include <QtGlobal>

namespace Copydeck::Sandbox {

// How a sandbox is started. The defaults give the demo: any free port, seed 1, no extra data,
// copies at the pace of the real clouds.
struct SandboxOptions
{
    quint16 port = 0; // first port (each cloud takes the next one); 0 = any free port
    quint32 seed = 1; // the demo data is a function of this seed
    int scale = 0; // extra recovery points for benchmarks
    double speed = 1.0; // simulated time runs this many times faster than real time
    SandboxFaultPlan faults; // none by default
};

} // namespace Copydeck::Sandbox
