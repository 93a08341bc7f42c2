#include "Redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Copydeck::Redaction {

bool isSecretHeader(QByteArrayView name)
{
    static constexpr QByteArrayView secretHeaders[] = {
        "authorization",   "proxy-authorization",  "x-auth-token",
        "x-subject-token", "x-amz-security-token", "x-security-token",
        "cookie",          "set-cookie",           "x-api-key",
    };
    for (QByteArrayView secret : secretHeaders) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray headerForLog(QByteArrayView name, const QByteArray &value)
{
    return isSecretHeader(name) ? QByteArray(Mask.data(), Mask.size()) : value;
}

static bool isSecretQueryKey(const QString &key)
{
    static const QRegularExpression pattern(
        QStringLiteral("signature|token|secret|password|credential|key$|apikey|assertion"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(key).hasMatch();
}

QString urlForLog(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(copy);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery redacted;
    for (const auto &[key, value] : items)
        redacted.addQueryItem(key, isSecretQueryKey(key) ? QString(Mask) : value);
    copy.setQuery(redacted);
    return copy.toString();
}

QByteArray bodyForLog(const QByteArray &body)
{
    static const QRegularExpression member(QStringLiteral(
        R"re("([A-Za-z_]*(?:token|Token|secret|Secret|password|Password|private_key|PrivateKey|apiKey|SessionToken|assertion)[A-Za-z_]*)"\s*:\s*"(?:[^"\\]|\\.)*")re"));
    QString text = QString::fromUtf8(body);
    text.replace(member, QStringLiteral(R"("\1": "[redacted]")"));
    return text.toUtf8();
}

} // namespace Copydeck::Redaction
