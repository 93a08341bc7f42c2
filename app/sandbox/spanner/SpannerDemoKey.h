#pragma once

#include <QtGlobal>

namespace Copydeck::Sandbox::SpannerDemoKey {

// The sandbox's service-account key pair (RSA 2048, e = 65537) made from the sandbox's seed, so
// that the same seed hands out the same key file every start: a key saved from one run keeps
// working in the next. Deterministic on purpose and only fit for the sandbox. Returns an
// EVP_PKEY * the caller frees with EVP_PKEY_free, or null if OpenSSL refused.
void *generate(quint32 seed);

} // namespace Copydeck::Sandbox::SpannerDemoKey
