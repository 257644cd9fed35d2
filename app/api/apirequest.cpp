#include "api/apirequest.h"

#include "api/apilogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace rte::api {

ApiRequest::ApiRequest(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &verb,
    const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(request)
    , m_verb(verb)
    , m_body(body)
{ }

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::annotate(ApiError &) const
{ }

void ApiRequest::start()
{
    Q_ASSERT(!m_reply && !m_finished);
    m_tlsErrors.clear();
    // One attempt: nothing here re-sends. (Qt 6.4's HTTP channel itself re-sends a request once, for any
    // method, when the connection closes before the answer starts: the stale keep-alive case. There is
    // no public switch for that; the retry policy must allow for it when it counts requests.)
    if (m_verb == "GET")
        m_reply = m_manager->get(m_request);
    else if (m_verb == "PUT")
        m_reply = m_manager->put(m_request, m_body);
    else
        m_reply = m_manager->sendCustomRequest(m_request, m_verb, m_body);
    qCDebug(lcApi).noquote() << m_verb << path() << "sent";

#if QT_CONFIG(ssl)
    // Recorded for the message only. TLS errors are never ignored here, so the handshake fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
#endif
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::abort()
{
    if (m_finished || !m_reply)
        return;
    m_abortedByUser = true;
    m_reply->abort(); // emits finished() synchronously -> onReplyFinished()
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    m_finished = true; // from here on abort() is a no-op and nothing else is emitted
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (m_abortedByUser) {
        fail(ApiError::cancelled());
        return;
    }
    // The HTTP status first: on Qt 6.4 a 4xx also sets a broad content error. A 2xx that broke off
    // mid-body is a transport failure, though: its body cannot be trusted.
    if (status > 0 && !(status >= 200 && status <= 299 && networkError != QNetworkReply::NoError)) {
        if (status >= 200 && status <= 299)
            deliverBody(reply->readAll());
        else
            fail(ApiError::fromHttpStatus(status, reply->readAll(), reply->rawHeader("Retry-After")));
        return;
    }
    fail(errorFromTransport(networkError, reply->errorString()));
}

ApiError ApiRequest::errorFromTransport(QNetworkReply::NetworkError error, const QString &errorString) const
{
    using Kind = ApiError::Kind;
    if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty())
        return ApiError::tls(m_tlsErrors.isEmpty() ? QStringList {errorString} : m_tlsErrors);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::fromTransport(Kind::ConnectionRefused, error, errorString);
    case QNetworkReply::HostNotFoundError:
        return ApiError::fromTransport(Kind::HostNotFound, error, errorString);
    // The user's abort was handled before: a cancel here is our own transfer time-out firing.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ApiError::fromTransport(Kind::Timeout, error, errorString);
    default:
        return ApiError::fromTransport(Kind::Network, error, errorString);
    }
}

void ApiRequest::deliverBody(const QByteArray &body)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(ApiError::invalidResponse(tr("The answer is not JSON (%1 at offset %2).")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset)));
        return;
    }
    if (!document.isObject()) {
        fail(ApiError::invalidResponse(tr("The answer is not a JSON object.")));
        return;
    }
    if (!handleSuccess(document.object())) {
        fail(ApiError::invalidResponse(tr("The answer does not have the expected fields.")));
        return;
    }
    qCDebug(lcApi).noquote() << m_verb << path() << "succeeded";
    finish();
}

void ApiRequest::fail(ApiError error)
{
    error.setHost(host());
    annotate(error);
    qCInfo(lcApi).noquote() << m_verb << path() << "failed:" << error.kind() << "status"
                            << error.httpStatus();
    Q_EMIT failed(error);
    finish();
}

void ApiRequest::finish()
{
    Q_EMIT finished();
    deleteLater();
}

QString ApiRequest::host() const
{
    const QUrl url = m_request.url();
    return url.port() == -1 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
}

QString ApiRequest::path() const
{
    return m_request.url().path();
}

} // namespace rte::api
