#include "ui/accounts/EndpointLineEdit.h"

namespace Copydeck {

EndpointLineEdit::EndpointLineEdit(const QString &objectName, const QString &placeholder,
                                   const QString &toolTip, QWidget *parent, QUrl::ParsingMode mode)
    : QLineEdit(parent)
    , m_mode(mode)
{
    setObjectName(objectName);
    setClearButtonEnabled(true);
    setPlaceholderText(placeholder);
    setToolTip(toolTip);
}

EndpointLineEdit::~EndpointLineEdit() = default;

QUrl EndpointLineEdit::url() const
{
    const QString typed = text().trimmed();
    return typed.isEmpty() ? QUrl() : QUrl(typed, m_mode);
}

void EndpointLineEdit::setUrl(const QUrl &url)
{
    // QUrl keeps "{region}" percent-encoded; it was written with braces.
    setText(url.toString().replace(QLatin1String("%7Bregion%7D"), QLatin1String("{region}"),
                                   Qt::CaseInsensitive));
}

bool EndpointLineEdit::isAcceptable() const
{
    if (text().trimmed().isEmpty())
        return true;
    const QUrl typed = url();
    return typed.isValid() && !typed.host().isEmpty()
        && (typed.scheme() == QLatin1String("http") || typed.scheme() == QLatin1String("https"));
}

} // namespace Copydeck
