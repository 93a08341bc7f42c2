#pragma once

#include "core/HttpMessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Copydeck::Test {

// A request as the SigV4 test suite writes it in a .req file: the request line with the raw target
// (path and query exactly as written, not re-encoded), headers in file order with duplicates kept
// and folded continuation lines joined by a space, a blank line, then the body.
struct RawHttpRequest
{
    QByteArray method;
    QByteArray rawPath;
    QByteArray rawQuery;
    HeaderList headers;
    QByteArray body;

    // nullopt and `error` set when the text is not a request.
    static std::optional<RawHttpRequest> parse(const QByteArray &text, QString *error);
};

} // namespace Copydeck::Test
