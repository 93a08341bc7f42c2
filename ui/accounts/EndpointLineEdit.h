#pragma once

#include <QLineEdit>
#include <QUrl>

namespace Copydeck {

// An endpoint override: empty for the cloud's own endpoints, else an http:// or https:// address.
class EndpointLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointLineEdit)

public:
    // `mode` reads what is typed: QUrl::TolerantMode lets a placeholder like {region} through.
    EndpointLineEdit(const QString &objectName, const QString &placeholder, const QString &toolTip,
                     QWidget *parent, QUrl::ParsingMode mode = QUrl::StrictMode);
    ~EndpointLineEdit() override;

    // Empty when nothing is typed.
    QUrl url() const;
    void setUrl(const QUrl &url);
    // Nothing typed, or an http:// or https:// address with a host.
    bool isAcceptable() const;

private:
    QUrl::ParsingMode m_mode;
};

} // namespace Copydeck
