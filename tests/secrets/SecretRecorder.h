#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QSet>

namespace Copydeck::Test {

// The network manager Copydeck is given in the sweep: it forwards every request unchanged and
// remembers every secret that crossed it: the values of Authorization (bearer tokens, SigV4 and
// SDK-HMAC signatures, access keys), X-Auth-Token, X-Amz-Security-Token, and the X-Subject-Token
// the clouds answer with. So the sweep knows the tokens the sandbox issued without reaching into
// the sandbox.
class SecretRecorder final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretRecorder)

public:
    explicit SecretRecorder(QObject *parent = nullptr);

    QList<QByteArray> secrets() const { return m_secrets.values(); }
    int requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    void remember(const QByteArray &value);
    void rememberAuthorization(const QByteArray &value);

    QSet<QByteArray> m_secrets;
    int m_requests = 0;
};

} // namespace Copydeck::Test
