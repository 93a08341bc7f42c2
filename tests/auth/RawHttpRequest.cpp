#include "RawHttpRequest.h"

namespace Copydeck::Test {

std::optional<RawHttpRequest> RawHttpRequest::parse(const QByteArray &text, QString *error)
{
    QByteArray normalized = text;
    normalized.replace("\r\n", "\n");

    QByteArray head = normalized;
    QByteArray body;
    if (const qsizetype end = normalized.indexOf("\n\n"); end >= 0) {
        head = normalized.left(end);
        body = normalized.mid(end + 2);
    }
    while (head.endsWith('\n'))
        head.chop(1);

    const QList<QByteArray> lines = head.split('\n');
    // The target may hold a space (normalize-path/get-space): method up to the first space,
    // version after the last one.
    const QByteArray &requestLine = lines.first();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace
        || !requestLine.mid(lastSpace + 1).startsWith("HTTP/")) {
        *error = QStringLiteral("Bad request line: %1").arg(QString::fromUtf8(requestLine));
        return std::nullopt;
    }
    RawHttpRequest request;
    request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request.rawPath = question < 0 ? target : target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // obs-fold: the line continues the previous value (RFC 9112 section 5.2)
            if (request.headers.isEmpty()) {
                *error = QStringLiteral("Continuation line before any header");
                return std::nullopt;
            }
            request.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("Bad header line: %1").arg(QString::fromUtf8(line));
            return std::nullopt;
        }
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    request.body = body;
    return request;
}

} // namespace Copydeck::Test
