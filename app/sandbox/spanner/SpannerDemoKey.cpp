#include "SpannerDemoKey.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <memory>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace Copydeck::Sandbox::SpannerDemoKey {

namespace {

using Number = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

Number number(BIGNUM *value)
{
    return Number(value, &BN_free);
}

// The first probable prime at or after a random odd 1024-bit number with its two top bits set
// (so that the product has 2048 bits), whose p - 1 is coprime with e.
Number prime(QRandomGenerator &random, const BIGNUM *e, BN_CTX *context)
{
    QByteArray bytes(128, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    bytes[0] = char(quint8(bytes.at(0)) | 0xC0);
    bytes[127] = char(quint8(bytes.at(127)) | 0x01);
    Number candidate = number(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), 128, nullptr));
    Number minusOne = number(BN_new());
    Number divisor = number(BN_new());
    for (;;) {
        if (BN_check_prime(candidate.get(), context, nullptr) == 1) {
            BN_sub(minusOne.get(), candidate.get(), BN_value_one());
            BN_gcd(divisor.get(), minusOne.get(), e, context);
            if (BN_is_one(divisor.get()))
                return candidate;
        }
        BN_add_word(candidate.get(), 2);
    }
}

} // namespace

void *generate(quint32 seed)
{
    QRandomGenerator random(seed ^ 0x9e3779b9u);
    std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> context(BN_CTX_new(), &BN_CTX_free);
    Number e = number(BN_new());
    BN_set_word(e.get(), 65537);
    Number p = prime(random, e.get(), context.get());
    Number q = prime(random, e.get(), context.get());
    if (BN_cmp(p.get(), q.get()) < 0)
        std::swap(p, q);

    Number n = number(BN_new());
    Number p1 = number(BN_new());
    Number q1 = number(BN_new());
    Number phi = number(BN_new());
    Number d = number(BN_new());
    Number dmp1 = number(BN_new());
    Number dmq1 = number(BN_new());
    Number iqmp = number(BN_new());
    BN_mul(n.get(), p.get(), q.get(), context.get());
    BN_sub(p1.get(), p.get(), BN_value_one());
    BN_sub(q1.get(), q.get(), BN_value_one());
    BN_mul(phi.get(), p1.get(), q1.get(), context.get());
    if (!BN_mod_inverse(d.get(), e.get(), phi.get(), context.get())
        || !BN_mod(dmp1.get(), d.get(), p1.get(), context.get())
        || !BN_mod(dmq1.get(), d.get(), q1.get(), context.get())
        || !BN_mod_inverse(iqmp.get(), q.get(), p.get(), context.get()))
        return nullptr;

    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> builder(OSSL_PARAM_BLD_new(),
                                                                            &OSSL_PARAM_BLD_free);
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_D, d.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, p.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, q.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, dmp1.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, dmq1.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, iqmp.get());
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(
        OSSL_PARAM_BLD_to_param(builder.get()), &OSSL_PARAM_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> keyContext(
        EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!params || !keyContext || EVP_PKEY_fromdata_init(keyContext.get()) != 1
        || EVP_PKEY_fromdata(keyContext.get(), &key, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return nullptr;
    return key;
}

} // namespace Copydeck::Sandbox::SpannerDemoKey
