#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <chrono>
#include <optional>

namespace Copydeck::Sandbox {

// The faults the sandbox can put in front of any cloud module, and whether the module had already
// applied the request (changed its state) when the fault struck. That second part is what makes a
// client's duplicate detection meaningful: a request the cloud applied but whose answer was lost
// must not make a second copy when it is sent again.
enum class SandboxFault {
    Throttle, // 429 with Retry-After; not applied (refused at the door)
    InternalError, // 500; applied, then the answer replaced by the error
    Unavailable, // 503 with Retry-After; not applied (load shedding)
    Reset, // applied, then the connection reset (RST) before any answer
    Slow, // applied, answered in full after SandboxFaultPlan::slowDelay
    Truncated, // applied, answered with the JSON body cut in half (a consistent, shorter message)
    Hang, // not applied: no answer until the client gives up (closed after hangFor)
};

// Which share of requests meet a fault, which faults, and the seed that makes a run repeatable.
// Parsed from "--faults SHARE[:KIND,KIND...]", e.g. "0.2" (all kinds) or "0.1:429,reset,hang".
struct SandboxFaultPlan
{
    double share = 0.0; // 0..1; 0 = no faults
    QList<SandboxFault> kinds = allKinds(); // drawn evenly
    quint32 seed = 1;
    int retryAfterSeconds = 1; // Retry-After of 429 and 503
    std::chrono::milliseconds slowDelay {1500};
    std::chrono::milliseconds hangFor {120'000}; // then the sandbox closes the connection
    // The first request each server meets under this plan is faulted whatever the draw (so that a
    // short test surely meets its fault; the later draws stay as the seed makes them).
    bool faultFirst = false;

    bool isActive() const { return share > 0 && !kinds.isEmpty(); }

    static QList<SandboxFault> allKinds();
    // "429", "500", "503", "reset", "slow", "truncated", "hang".
    static QString key(SandboxFault kind);
    static std::optional<SandboxFault> fromKey(const QString &key);
    // Whether the module had applied the request when this fault struck (see the enum).
    static bool appliesRequest(SandboxFault kind);
    // "0.2" or "0.2:429,500,reset". nullopt with *error set when it cannot be read.
    static std::optional<SandboxFaultPlan> parse(const QString &spec, QString *error = nullptr);
};

} // namespace Copydeck::Sandbox
