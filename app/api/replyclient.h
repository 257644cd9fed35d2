#pragma once

#include "api/gettaskrequest.h"
#include "api/updatetaskrequest.h"
#include "api/whoamirequest.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace rte::api {

// The app's one door to the Reply v3 API: one QNetworkAccessManager, and every request built in
// buildRequest() (base URL + path, Accept, User-Agent, the key header, the time-out). Each call
// returns a request object that is already on its way; connect to it right away.
class ReplyClient : public QObject
{
    Q_OBJECT
public:
    enum class AuthHeader
    {
        XApiKey, // X-API-Key: <key>, as the update-a-task page shows
        Bearer // Authorization: Bearer <key>, as the current authentication page shows
    };
    Q_ENUM(AuthHeader)

    explicit ReplyClient(QObject *parent = nullptr);
    ~ReplyClient() override;

    static QUrl defaultBaseUrl(); // https://api.reply.io

    // May carry a path prefix (http://127.0.0.1:8080/sandbox); /v3/... is appended to it.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    void setApiKey(const QString &key); // never logged; surrounding white space is dropped
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    void setAuthHeader(AuthHeader header) { m_authHeader = header; }
    AuthHeader authHeader() const { return m_authHeader; }

    // Transfer time-out of each request, in milliseconds (default 30 s); 0 disables it.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    GetTaskRequest *getTask(qint64 id); // GET /v3/tasks/{id}?includeContent=true
    UpdateTaskRequest *updateTask(qint64 id, const QJsonObject &body); // PUT /v3/tasks/{id}
    WhoAmIRequest *whoAmI(); // GET /v3/whoami

private:
    QNetworkRequest buildRequest(const QString &path, const QUrlQuery &query = {}) const;
    template<typename Request>
    Request *start(Request *request);

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QString m_apiKey;
    AuthHeader m_authHeader = AuthHeader::XApiKey;
    int m_timeout = 30000;
};

} // namespace rte::api
