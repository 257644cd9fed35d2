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

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace rte::core {
class Clock;
}

namespace rte::api {

// One call to the Reply API. Owns its QNetworkReply, turns the outcome into either the subclass's
// succeeded(...) or failed(ApiError) (exactly one, once), then emits finished() and deletes itself
// later. ReplyClient builds and starts it; callers only connect and maybe abort().
//
// Between the first send and the final outcome, the request may wait in the client's rate budget,
// and may be sent again after a transient failure (retrying() says when). Each attempt goes through
// the budget again.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ~ApiRequest() override;

    // User cancel: failed(Kind::Cancelled), never confused with the client's own time-out. Works while
    // the request is queued, on the wire or waiting to retry. Does nothing once it has finished.
    void abort();
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; } // sent so far

    QByteArray verb() const { return m_verb; }
    QUrl url() const { return m_request.url(); }

Q_SIGNALS:
    void failed(const rte::api::ApiError &error);
    void finished();
    // Attempt number `attempt` (2 or more) will be sent in about `secondsUntilRetry` seconds.
    void retrying(int attempt, int secondsUntilRetry);

protected:
    ApiRequest(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &verb,
        const QByteArray &body, QObject *parent);

    // A 2xx answer: return true after emitting succeeded(...), false without emitting when the answer
    // does not have the expected shape (-> InvalidResponse). One of the three is called, by the body:
    // a JSON object, a JSON array, or nothing at all (204). The defaults accept nothing.
    virtual bool handleSuccess(const QJsonObject &json);
    virtual bool handleSuccessArray(const QJsonArray &json);
    virtual bool handleEmptySuccess();
    // Adds what the subclass knows to an error before it is emitted (e.g. the task id).
    virtual void annotate(ApiError &error) const;

    // Safe to send twice: doing it again changes nothing more (GET, PUT, a filter). A request that is
    // not (default: any POST or DELETE) is never re-sent after its answer was lost.
    void setRepeatable(bool repeatable) { m_repeatable = repeatable; }

private:
    friend class ReplyClient;

    // Wired by ReplyClient before submit(); without it the request is sent once, straight away.
    void setDispatch(RateBudget *budget, const RetryPolicy &policy, std::shared_ptr<core::Clock> clock);
    // Queues the next attempt in the budget (or sends it, without one).
    void submit();
    // Fails with `error` from the event loop, so the caller can connect first; nothing is sent.
    void refuse(const ApiError &error);

    void send();
    void onReplyFinished();
    ApiError errorFromTransport(QNetworkReply::NetworkError error, const QString &errorString) const;
    void retryOrGiveUp(ApiError error);
    void deliverBody(const QByteArray &body);
    void fail(ApiError error);
    void finish();
    void releaseTicket();
    QString host() const;
    QString path() const;

    QNetworkAccessManager *m_manager;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    // QPointer, not unique_ptr: the manager parents its replies and may be destroyed first.
    QPointer<QNetworkReply> m_reply;
    QPointer<RateBudget> m_budget;
    RateBudget::Ticket m_ticket = 0;
    RetryPolicy m_policy {1, 0, 0};
    std::shared_ptr<core::Clock> m_clock;
    QStringList m_tlsErrors;
    QString m_certificateFingerprint;
    int m_attempts = 0;
    bool m_repeatable;
    bool m_abortedByUser = false;
    bool m_finished = false;
};

} // namespace rte::api
