#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Copydeck::Test {

// A loopback TCP proxy that forwards HTTP/1.1 both ways, except that it loses the answer to the
// first request whose request line starts with `cutPrefix` (e.g. "PUT /copy-jobs "): the server
// got and handled the request, but the client's connection is closed instead of receiving the
// whole answer, as when a network drops a connection at the worst moment.
class CuttingProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CuttingProxy)

public:
    enum class CutAt {
        BeforeAnswer, // not a byte of the answer reaches the client
        InHeaders, // half of the status line and headers reach it
        InBody, // the headers and half of the body reach it
    };

    CuttingProxy(QUrl target, QByteArray cutPrefix, CutAt cutAt = CutAt::BeforeAnswer,
                 QObject *parent = nullptr);
    ~CuttingProxy() override;

    bool listen();
    // http://127.0.0.1:<port>, to use in place of the target.
    QUrl url() const;

    // Requests that started with the prefix, and how many answers were cut.
    int matchingRequests() const { return m_matchingRequests; }
    int cutAnswers() const { return m_cutAnswers; }

private:
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray toServerPending; // sent before the server connection was up
        QByteArray requestBuffer; // client bytes not yet parsed into requests
        qint64 bodyRemaining = 0; // bytes of the current request's body still to skip
        bool cutNextAnswer = false;
        QByteArray answerBuffer; // the answer being cut, until it is complete enough
    };

    void accept();
    void fromClient(Link *link);
    void fromServer(Link *link);
    void noteRequests(Link *link, const QByteArray &bytes);
    void close(Link *link);
    // How many bytes of `answer` to forward before closing, or -1 while more is needed.
    qsizetype bytesToKeep(const QByteArray &answer) const;

    QUrl m_target;
    QByteArray m_cutPrefix;
    CutAt m_cutAt;
    QTcpServer m_server;
    QList<Link *> m_links;
    int m_matchingRequests = 0;
    int m_cutAnswers = 0;
};

} // namespace Copydeck::Test
