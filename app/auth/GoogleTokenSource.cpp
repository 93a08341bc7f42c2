#include "GoogleTokenSource.h"

#include "GoogleJwt.h"

#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <qcoro/qcorosignal.h>

Q_LOGGING_CATEGORY(lcGoogleAuth, "copydeck.google.auth")

namespace Copydeck {

namespace {

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

GoogleTokenSource::GoogleTokenSource(QNetworkAccessManager *network, RetryPolicy policy,
                                     const Clock *clock, Loader loader, QString scope,
                                     QObject *parent)
    : QObject(parent)
    , m_http(network, policy, lcGoogleAuth())
    , m_clock(clock)
    , m_loader(std::move(loader))
    , m_scope(std::move(scope))
{ }

GoogleTokenSource::~GoogleTokenSource() = default;

QDateTime GoogleTokenSource::expiresAt() const
{
    return m_token ? m_token->expiresAt : QDateTime();
}

void GoogleTokenSource::invalidate(const QByteArray &token)
{
    if (m_token && m_token->value == token)
        m_token.reset();
}

QCoro::Task<Result<QByteArray>> GoogleTokenSource::accessToken()
{
    if (m_token && m_clock->now().secsTo(m_token->expiresAt) > RefreshMarginSeconds)
        co_return QByteArray(m_token->value);
    if (m_refreshing) {
        // One refresh at a time: wait for the one in flight and share its answer.
        co_await qCoro(this, &GoogleTokenSource::refreshFinished);
        if (m_lastRefresh)
            co_return Result<QByteArray>(*m_lastRefresh);
    }
    const Result<QByteArray> fresh = co_await refresh();
    co_return fresh;
}

QCoro::Task<Result<QByteArray>> GoogleTokenSource::refresh()
{
    m_refreshing = true;
    ++m_refreshCount;
    Result<QByteArray> result = CloudError::local(tr("No Google credentials."));
    const Result<GoogleCredentials> credentials = co_await m_loader();
    if (!credentials) {
        result = credentials.error();
    } else {
        const Result<Token> token = co_await requestToken(credentials.value());
        if (token) {
            m_token = token.value();
            result = token.value().value;
            qCInfo(lcGoogleAuth).noquote()
                << "access token for" << credentials.value().origin << "valid until"
                << token.value().expiresAt.toString(Qt::ISODate);
        } else {
            m_token.reset();
            result = token.error();
            qCWarning(lcGoogleAuth).noquote() << "no access token for" << credentials.value().origin
                                              << "-" << token.error().cloudSummary();
        }
    }
    m_refreshing = false;
    m_lastRefresh = result;
    Q_EMIT refreshFinished();
    co_return result;
}

QCoro::Task<Result<GoogleTokenSource::Token>>
GoogleTokenSource::requestToken(GoogleCredentials credentials)
{
    const QDateTime asked = m_clock->now();
    QByteArray form;
    if (credentials.type == GoogleCredentials::Type::ServiceAccount) {
        const Result<QByteArray> assertion = GoogleJwt::assertion(credentials, m_scope, asked);
        if (!assertion)
            co_return assertion.error();
        form
            = formField("grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"))
            + '&' + formField("assertion", QString::fromLatin1(assertion.value()));
    } else {
        form = formField("grant_type", QStringLiteral("refresh_token")) + '&'
            + formField("refresh_token", credentials.refreshToken) + '&'
            + formField("client_id", credentials.clientId) + '&'
            + formField("client_secret", credentials.clientSecret);
    }

    HttpRequest request;
    request.method = "POST";
    request.url = credentials.tokenUri;
    request.setHeader(QByteArrayLiteral("Content-Type"),
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.body = form;
    const Result<HttpResponse> sent = co_await m_http.send(std::move(request));
    if (!sent)
        co_return sent.error();
    const HttpResponse &response = sent.value();
    if (!response.isSuccess())
        co_return GoogleTokenError::fromResponse(response, credentials.origin);

    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString accessToken = body.value(QStringLiteral("access_token")).toString();
    if (accessToken.isEmpty()) {
        co_return CloudError::protocol(
            tr("The token endpoint %1 answered without an access token.")
                .arg(credentials.tokenUri.toDisplayString(QUrl::RemoveQuery)));
    }
    const qint64 lifetime = qint64(body.value(QStringLiteral("expires_in")).toDouble(3600));
    co_return Token {accessToken.toLatin1(), asked.addSecs(lifetime)};
}

CloudError GoogleTokenError::fromResponse(const HttpResponse &response, const QString &origin)
{
    CloudError error;
    error.httpStatus = response.status;
    error.kind = CloudError::Kind::Authentication;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    // The token endpoint's own shape, or a Google API error envelope.
    const QJsonValue code = body.value(QStringLiteral("error"));
    if (code.isString()) {
        error.cloudCode = code.toString();
        error.cloudMessage = body.value(QStringLiteral("error_description")).toString();
    } else if (code.isObject()) {
        error.cloudCode = code.toObject().value(QStringLiteral("status")).toString();
        error.cloudMessage = code.toObject().value(QStringLiteral("message")).toString();
    }
    if (response.status == 429 || response.status >= 500) {
        error.kind
            = response.status == 429 ? CloudError::Kind::Throttled : CloudError::Kind::Server;
        error.retryable = true;
        error.explanation = tr("Google's sign-in service is busy or unavailable.");
        error.nextStep = tr("Try again in a minute.");
        return error;
    }
    error.explanation = tr("Google refused the sign-in. Credentials used: %1.").arg(origin);
    if (error.cloudCode == QLatin1String("invalid_grant")) {
        error.nextStep = tr("The key may have been deleted or disabled, the refresh token revoked, "
                            "or this computer's clock may be wrong. Check the clock, then make a "
                            "new key or sign in again with \"gcloud auth application-default "
                            "login\".");
    } else if (error.cloudCode == QLatin1String("invalid_client")) {
        error.nextStep = tr("The OAuth client in the file is unknown: sign in again with "
                            "\"gcloud auth application-default login\".");
    } else {
        error.nextStep = tr("Check the credential file chosen for this account.");
    }
    return error;
}

} // namespace Copydeck
