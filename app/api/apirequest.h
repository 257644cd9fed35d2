#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace rte::api {

// One call to the Reply API. Owns its QNetworkReply, turns the outcome into either the subclass's
// succeeded(...) or failed(ApiError) (exactly one, once), then emits finished() and deletes itself
// later. ReplyClient builds and starts it; callers only connect and maybe abort().
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ~ApiRequest() override;

    // User cancel: failed(Kind::Cancelled), never confused with the client's own time-out.
    // Does nothing once the request has finished.
    void abort();
    bool isFinished() const { return m_finished; }

    QByteArray verb() const { return m_verb; }
    QUrl url() const { return m_request.url(); }

Q_SIGNALS:
    void failed(const rte::api::ApiError &error);
    void finished();

protected:
    ApiRequest(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &verb,
        const QByteArray &body, QObject *parent);

    // A 2xx answer whose body is a JSON object: decode it, emit succeeded(...) and return true; return
    // false without emitting when the object does not have the expected shape (-> InvalidResponse).
    virtual bool handleSuccess(const QJsonObject &json) = 0;
    // Adds what the subclass knows to an error before it is emitted (e.g. the task id).
    virtual void annotate(ApiError &error) const;

private:
    friend class ReplyClient;

    // Sends m_request. The retry policy (a later issue) can call this again for a new attempt:
    // everything needed to re-send is kept in m_request, m_verb and m_body.
    void start();
    void onReplyFinished();
    ApiError errorFromTransport(QNetworkReply::NetworkError error, const QString &errorString) const;
    void deliverBody(const QByteArray &body);
    void fail(ApiError error);
    void finish();
    QString host() const;
    QString path() const;

    QNetworkAccessManager *m_manager;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    // QPointer, not unique_ptr: the manager parents its replies and may be destroyed first.
    QPointer<QNetworkReply> m_reply;
    QStringList m_tlsErrors;
    bool m_abortedByUser = false;
    bool m_finished = false;
};

} // namespace rte::api
