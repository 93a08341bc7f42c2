#pragma once

#include "HttpMessage.h"

#include <chrono>

namespace Copydeck {

// One retry policy for every cloud: which failures are transient, and how long to wait before the
// next attempt (exponential backoff with full jitter, honouring Retry-After).
class RetryPolicy
{
public:
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay {250};
    std::chrono::milliseconds maxDelay {20'000};
    std::chrono::milliseconds transferTimeout {30'000};

    static RetryPolicy standard() { return {}; }
    // For tests against the sandbox: same logic, short waits.
    static RetryPolicy fast();

    // Transport failures (refused, reset, timed out), 429, 500, 502, 503 and 504, and a body
    // declared as JSON that does not parse (truncated on the way).
    bool isTransient(const HttpResponse &response) const;

    // `attempt` counts from 1 (the attempt that just failed). `unitRandom` in [0, 1) makes the
    // jitter; a Retry-After header (seconds or HTTP date) wins when it asks for longer.
    std::chrono::milliseconds delayAfter(int attempt, const HttpResponse &response,
                                         double unitRandom) const;
};

} // namespace Copydeck
