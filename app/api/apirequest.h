// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/ratebudget.h"
#include "api/retrypolicy.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace rte::core {
class Clock;
}

namespace rte::api {

// One call to the Reply API. Each subclass declares in its constructor what it is: its verb, its path
// (and query), its JSON body and its effect at Reply, which decides whether it may be sent again.
// ReplyClient::start() adds the connection (base URL, key and team headers, time-out, TLS trust) and
// sends it; from then on the client owns it. It turns the outcome into either the subclass's
// succeeded(...) or failed(ApiError) (exactly one, once), then emits finished() and deletes itself
// later. Callers only connect and maybe abort().
//
// Between the first send and the final outcome, the request may wait in the client's rate budget,
// and may be sent again after a transient failure (retrying() says when). Each attempt goes through
// the budget again.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    enum class Verb
    {
        Get,
        Post,
        Put,
        Delete
    };
    Q_ENUM(Verb)

    // What sending the request does at Reply. The retry policy reads it after a lost answer.
    enum class Effect
    {
        Read, // changes nothing (every GET, and the task filter, a POST that only reads)
        Replace, // a PUT that sets a whole state: sending it twice leaves what sending it once does
        Act // creates, completes, sends, deletes or works on a batch: sent twice, it could act twice
    };
    Q_ENUM(Effect)

    // No answer of the API comes near this; a larger one is a broken or hostile server, and reading it
    // would only fill memory. ReplyClient::setMaxResponseBytes() changes it.
    static constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;
    // What Qt's network thread may read ahead of us.
    static constexpr qint64 ReadChunkBytes = 256 * 1024;

    ~ApiRequest() override;

    // User cancel: failed(Kind::Cancelled), never confused with the client's own time-out. Works while
    // the request is queued, on the wire or waiting to retry. Does nothing once it has finished.
    void abort();
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; } // sent so far

    Verb verb() const { return m_verb; }
    Effect effect() const { return m_effect; }
    // Only reads: abandoning it (or sending it again) changes nothing at Reply.
    bool isRead() const { return m_effect == Effect::Read; }
    // Sending it twice does no more than sending it once, so it may go again after a lost answer.
    bool isRepeatable() const { return m_effect != Effect::Act; }
    QString path() const { return m_path; } // below the client's base URL: "/v3/tasks/42"
    QUrlQuery query() const { return m_query; }
    std::optional<QJsonObject> body() const { return m_body; } // none for a GET or a DELETE
    bool isStarted() const { return m_manager != nullptr; }
    QUrl url() const { return m_request.url(); } // the whole address, once started

Q_SIGNALS:
    void failed(const rte::api::ApiError &error);
    void finished();
    // Attempt number `attempt` (2 or more) will be sent in about `secondsUntilRetry` seconds.
    void retrying(int attempt, int secondsUntilRetry);

protected:
    ApiRequest(Verb verb, Effect effect, const QString &path);
    // For the subclass's constructor: what is sent is fixed before start().
    void setQuery(const QUrlQuery &query);
    void setBody(const QJsonObject &body);

    // A 2xx answer: return true after emitting succeeded(...), false without emitting when the answer
    // does not have the expected shape (-> InvalidResponse). One of the three is called, by the body:
    // a JSON object, a JSON array, or nothing at all (204). The defaults accept nothing.
    virtual bool handleSuccess(const QJsonObject &json);
    virtual bool handleSuccessArray(const QJsonArray &json);
    virtual bool handleEmptySuccess();
    // Adds what the subclass knows to an error before it is emitted (e.g. the task id).
    virtual void annotate(ApiError &error) const;
    // A reason not to send at all (Reply would refuse it too); by default none. It fails the request
    // from the event loop without spending a request from the budget.
    virtual ApiError problemBeforeSending() const;

private:
    friend class ReplyClient;

    // Called by ReplyClient::start() with the finished QNetworkRequest and the client's budget, retry
    // policy and clock; queues the first attempt (or refuses, see problemBeforeSending()).
    void launch(QNetworkAccessManager *manager, const QNetworkRequest &request, RateBudget *budget,
        const RetryPolicy &policy, std::shared_ptr<core::Clock> clock, qint64 maxResponseBytes);
    // Queues the next attempt in the budget (or sends it, without one).
    void submit();
    // Fails with `error` from the event loop, so the caller can connect first; nothing is sent.
    void refuse(const ApiError &error);

    void send();
    void onReplyFinished();
    // Collect the body as it comes and stop the attempt on the wire when it grows past the cap.
    void readBody();
    void onDownloadProgress(qint64 received, qint64 total);
    void abortTooLarge();
    ApiError errorFromTransport(QNetworkReply::NetworkError error, const QString &errorString) const;
    void retryOrGiveUp(ApiError error);
    void deliverBody(const QByteArray &body);
    void fail(ApiError error);
    void finish();
    void releaseTicket();
    QString host() const;
    QByteArray verbName() const; // "GET", for the wire and the log

    const Verb m_verb;
    const Effect m_effect;
    const QString m_path;
    QUrlQuery m_query;
    std::optional<QJsonObject> m_body;
    QNetworkAccessManager *m_manager = nullptr; // set by launch()
    QNetworkRequest m_request;
    // QPointer, not unique_ptr: the manager parents its replies and may be destroyed first.
    QPointer<QNetworkReply> m_reply;
    QPointer<RateBudget> m_budget;
    RateBudget::Ticket m_ticket = 0;
    RetryPolicy m_policy {1, 0, 0};
    std::shared_ptr<core::Clock> m_clock;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    // Ends an attempt after the transfer time-out even while bytes trickle in: Qt's own transfer
    // time-out only counts silence, so a server sending a byte a second would hold a request forever.
    QTimer *m_deadline = nullptr;
    bool m_tooLarge = false;
    QByteArray m_received; // the body of the attempt on the wire, so far
    QStringList m_tlsErrors;
    QString m_certificateFingerprint;
    int m_attempts = 0;
    bool m_abortedByUser = false;
    bool m_finished = false;
};

} // namespace rte::api
