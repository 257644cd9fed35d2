// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/apirequest.h"

#include "api/apilogging.h"
#include "core/clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <utility>

namespace rte::api {

ApiRequest::ApiRequest(Verb verb, Effect effect, const QString &path)
    : m_verb(verb)
    , m_effect(effect)
    , m_path(path)
{ }

void ApiRequest::setQuery(const QUrlQuery &query)
{
    Q_ASSERT(!isStarted());
    m_query = query;
}

void ApiRequest::setBody(const QJsonObject &body)
{
    Q_ASSERT(!isStarted());
    m_body = body;
}

ApiRequest::~ApiRequest()
{
    releaseTicket();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ApiRequest::handleSuccess(const QJsonObject &)
{
    return false;
}

bool ApiRequest::handleSuccessArray(const QJsonArray &)
{
    return false;
}

bool ApiRequest::handleEmptySuccess()
{
    return false;
}

void ApiRequest::annotate(ApiError &) const
{ }

ApiError ApiRequest::problemBeforeSending() const
{
    return {};
}

void ApiRequest::launch(QNetworkAccessManager *manager, const QNetworkRequest &request, RateBudget *budget,
    const RetryPolicy &policy, std::shared_ptr<core::Clock> clock, qint64 maxResponseBytes)
{
    Q_ASSERT(!isStarted());
    m_maxResponseBytes = maxResponseBytes > 0 ? maxResponseBytes : DefaultMaxResponseBytes;
    m_manager = manager;
    m_request = request;
    m_budget = budget;
    m_policy = policy;
    m_clock = std::move(clock);
    const ApiError problem = problemBeforeSending();
    if (problem.isError())
        refuse(problem);
    else
        submit();
}

void ApiRequest::submit()
{
    if (m_finished)
        return;
    if (m_budget)
        m_ticket = m_budget->enqueue(this, [this] { send(); });
    else
        send();
}

void ApiRequest::refuse(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (!m_finished)
                fail(error);
        },
        Qt::QueuedConnection);
}

void ApiRequest::send()
{
    Q_ASSERT(!m_reply && !m_finished);
    m_tlsErrors.clear();
    m_certificateFingerprint.clear();
    m_tooLarge = false;
    m_received.clear();
    ++m_attempts;
    // Qt 6.4's HTTP channel itself re-sends a request once, for any method, when the connection closes
    // before the answer starts (the stale keep-alive case). There is no public switch for that, so the
    // server may see one request more than attempts() says.
    const QByteArray payload = m_body ? QJsonDocument(*m_body).toJson(QJsonDocument::Compact) : QByteArray();
    switch (m_verb) {
    case Verb::Get:
        m_reply = m_manager->get(m_request);
        break;
    case Verb::Put:
        m_reply = m_manager->put(m_request, payload);
        break;
    case Verb::Post:
        m_reply = m_manager->post(m_request, payload);
        break;
    case Verb::Delete:
        m_reply = m_manager->deleteResource(m_request);
        break;
    }
    qCDebug(lcApi).noquote() << verbName() << path() << "sent, attempt" << m_attempts;

#if QT_CONFIG(ssl)
    // Recorded for the message only. TLS errors are never ignored here, so the handshake fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            m_tlsErrors.append(error.errorString());
            if (m_certificateFingerprint.isEmpty() && !error.certificate().isNull())
                m_certificateFingerprint = QString::fromLatin1(
                    error.certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        }
        if (m_certificateFingerprint.isEmpty() && m_reply) {
            const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
            if (!peer.isNull())
                m_certificateFingerprint
                    = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        }
    });
#endif
    // Qt's network thread otherwise reads as fast as the server sends, however much that is: this
    // makes it wait for us, and readBody() counts what has come.
    m_reply->setReadBufferSize(ReadChunkBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::readBody);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiRequest::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    if (m_request.transferTimeout() > 0) {
        if (!m_deadline) {
            m_deadline = new QTimer(this);
            m_deadline->setSingleShot(true);
            // Aborting reads as OperationCanceledError, which errorFromTransport() calls a time-out.
            connect(m_deadline, &QTimer::timeout, this, [this] {
                if (m_reply)
                    m_reply->abort();
            });
        }
        m_deadline->start(m_request.transferTimeout());
    }
}

void ApiRequest::readBody()
{
    if (!m_reply || m_tooLarge || !m_reply->isReadable()) // closed by an abort: nothing more to read
        return;
    m_received += m_reply->readAll();
    if (m_received.size() > m_maxResponseBytes)
        abortTooLarge();
}

void ApiRequest::onDownloadProgress(qint64, qint64 total)
{
    // total is the announced Content-Length (-1 without one): a body announced too large is not waited for.
    if (m_reply && !m_tooLarge && total > m_maxResponseBytes)
        abortTooLarge();
}

void ApiRequest::abortTooLarge()
{
    m_tooLarge = true;
    m_received.clear();
    m_reply->abort(); // -> onReplyFinished()
}

void ApiRequest::abort()
{
    if (m_finished)
        return;
    m_abortedByUser = true;
    if (m_reply) {
        m_reply->abort(); // emits finished() synchronously -> onReplyFinished()
        return;
    }
    // Queued in the budget or waiting to retry: nothing is on the wire.
    fail(ApiError::cancelled());
}

void ApiRequest::releaseTicket()
{
    if (m_budget && m_ticket != 0)
        m_budget->cancel(m_ticket);
    m_ticket = 0;
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    readBody();
    const QByteArray body = std::exchange(m_received, QByteArray());
    m_reply = nullptr;
    reply->deleteLater();
    releaseTicket();
    if (m_deadline)
        m_deadline->stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (m_abortedByUser) {
        fail(ApiError::cancelled());
        return;
    }
    if (m_tooLarge) {
        // Not transient: the same server would send the same flood again.
        fail(ApiError::invalidResponse(tr("The answer was larger than %1 MB, far more than any answer of "
                                          "Reply's; the app stopped reading it.")
                                           .arg(QString::number(m_maxResponseBytes / (1024 * 1024)))));
        return;
    }
    // The HTTP status first: on Qt 6.4 a 4xx also sets a broad content error. A 2xx that broke off
    // mid-body is a transport failure, though: its body cannot be trusted.
    if (status > 0 && !(status >= 200 && status <= 299 && networkError != QNetworkReply::NoError)) {
        if (status >= 200 && status <= 299) {
            qCDebug(lcApi).noquote() << verbName() << path() << "status" << status;
            deliverBody(body);
            return;
        }
        ApiError error = ApiError::fromHttpStatus(status, body, reply->rawHeader("Retry-After"));
        qCInfo(lcApi).noquote() << verbName() << path() << "status" << status;
        if (status == 429 && m_budget) {
            // Everyone waits, not just this request: the limit is per user.
            const int seconds = error.retryAfterSeconds();
            m_budget->pauseFor(seconds > 0 ? qint64(seconds) * 1000 : m_policy.delayMs(m_attempts, 0, 1.0));
        }
        retryOrGiveUp(error);
        return;
    }
    retryOrGiveUp(errorFromTransport(networkError, reply->errorString()));
}

void ApiRequest::retryOrGiveUp(ApiError error)
{
    const RetryPolicy::Verdict verdict = m_policy.verdict(error, isRepeatable(), m_attempts);
    if (verdict == RetryPolicy::Verdict::Retry && m_clock) {
        const qint64 delay = m_policy.delayMs(
            m_attempts, error.retryAfterSeconds(), QRandomGenerator::global()->generateDouble());
        const int nextAttempt = m_attempts + 1;
        qCInfo(lcApi).noquote() << verbName() << path() << "attempt" << m_attempts
                                << "failed:" << error.kind() << "status" << error.httpStatus()
                                << "- retrying in" << delay << "ms";
        Q_EMIT retrying(nextAttempt, int((delay + 999) / 1000));
        m_clock->callAfter(delay, this, [this] { submit(); });
        return;
    }
    if (verdict == RetryPolicy::Verdict::OutcomeUnknown)
        error.markOutcomeUnknown();
    fail(error);
}

ApiError ApiRequest::errorFromTransport(QNetworkReply::NetworkError error, const QString &errorString) const
{
    using Kind = ApiError::Kind;
    if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty())
        return ApiError::tls(
            m_tlsErrors.isEmpty() ? QStringList {errorString} : m_tlsErrors, m_certificateFingerprint);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::fromTransport(Kind::ConnectionRefused, error, errorString);
    case QNetworkReply::HostNotFoundError:
        return ApiError::fromTransport(Kind::HostNotFound, error, errorString);
    // The user's abort was handled before: a cancel here is our own transfer time-out firing.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ApiError::fromTransport(Kind::Timeout, error, errorString);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return ApiError::fromTransport(Kind::Proxy, error, errorString);
    default:
        return ApiError::fromTransport(Kind::Network, error, errorString);
    }
}

void ApiRequest::deliverBody(const QByteArray &body)
{
    // Finished from here on: a slot on succeeded() that calls abort() must not add a failed().
    m_finished = true;
    bool accepted = false;
    if (body.trimmed().isEmpty()) {
        accepted = handleEmptySuccess();
    } else {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(ApiError::invalidResponse(tr("The answer is not JSON (%1 at offset %2).")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset)));
            return;
        }
        accepted
            = document.isObject() ? handleSuccess(document.object()) : handleSuccessArray(document.array());
    }
    if (!accepted) {
        fail(ApiError::invalidResponse(tr("The answer does not have the expected fields.")));
        return;
    }
    qCDebug(lcApi).noquote() << verbName() << path() << "succeeded";
    finish();
}

void ApiRequest::fail(ApiError error)
{
    releaseTicket();
    error.setHost(host());
    if (error.attempts() == 0)
        error.setAttempts(m_attempts);
    annotate(error);
    qCInfo(lcApi).noquote() << verbName() << path() << "failed:" << error.kind() << "status"
                            << error.httpStatus() << "after" << m_attempts << "attempt(s)";
    m_finished = true;
    Q_EMIT failed(error);
    finish();
}

void ApiRequest::finish()
{
    m_finished = true; // from here on abort() is a no-op and nothing else is emitted
    Q_EMIT finished();
    deleteLater();
}

QString ApiRequest::host() const
{
    const QUrl url = m_request.url();
    return url.port() == -1 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
}

QByteArray ApiRequest::verbName() const
{
    switch (m_verb) {
    case Verb::Get:
        return QByteArrayLiteral("GET");
    case Verb::Post:
        return QByteArrayLiteral("POST");
    case Verb::Put:
        return QByteArrayLiteral("PUT");
    case Verb::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

} // namespace rte::api
