// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/assigntaskrequest.h"
#include "api/completetaskrequest.h"
#include "api/contactrequest.h"
#include "api/contactsearchrequest.h"
#include "api/createtaskrequest.h"
#include "api/deletetaskrequest.h"
#include "api/executetaskrequest.h"
#include "api/gettaskrequest.h"
#include "api/retrypolicy.h"
#include "api/taskbatchrequest.h"
#include "api/taskpagerequest.h"
#include "api/teamusersrequest.h"
#include "api/updatetaskrequest.h"
#include "api/whoamirequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>
#include <type_traits>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkProxy;
QT_END_NAMESPACE

namespace rte::core {
class Clock;
struct TaskFilter;
} // namespace rte::core

namespace rte::api {

class AuthDetection;
class RateBudget;

// The app's one door to the Reply v3 API. It keeps the connection: one QNetworkAccessManager, the
// base URL, the key and its header, team and acting-user headers, the time-out, TLS trust, the proxy,
// one rate budget and one retry policy. It knows no endpoint: a request object declares its own verb,
// path, body and effect, and start() sends it with these settings. The convenience calls (getTask(),
// ...) only build that request and start it. Every request returned is already queued or on its way;
// connect to it right away.
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

    // Sent on every request when not empty: X-TEAM-ID, and one of X-User-Id or X-User-Email (setting
    // one clears the other) for a team or organisation key acting for a user.
    void setTeamId(const QString &teamId);
    QString teamId() const { return m_teamId; }
    void setActingUserId(const QString &userId);
    void setActingUserEmail(const QString &email);
    QString actingUserId() const { return m_actingUserId; }
    QString actingUserEmail() const { return m_actingUserEmail; }

    // Time-out of each attempt, in milliseconds (default 30 s); 0 disables it. It ends an attempt that
    // stays silent that long, and also one still unfinished after that long while bytes trickle in.
    // Time spent waiting in the rate budget does not count.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }

    // Largest answer read, in bytes (default ApiRequest::DefaultMaxResponseBytes, 16 MiB); a larger
    // one is abandoned mid-transfer and fails as InvalidResponse.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // --- rate budget: one for all requests of this client (Reply counts per user)
    void setRateLimits(int perMinute, int perHour); // default 100 / 3000; 0 = no limit on that window
    int queuedRequestCount() const;
    // Injected time for the budget and the retry back-off; defaults to the real monotonic clock.
    void setClock(std::shared_ptr<core::Clock> clock);

    // --- retries: total attempts (1 = never retry), exponential back-off from base, capped.
    void setRetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs);
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    // --- TLS: certificates are always verified. Adds a company CA (PEM, may hold several) to the
    // system's for this client's requests only. An error of Kind::Settings (nothing added) when the
    // file cannot be read or holds no certificate; Kind::None when it was added.
    [[nodiscard]] ApiError addCaCertificatesFromFile(const QString &pemPath);
    // Forgets the added company CAs (another account may not trust them).
    void clearCaCertificates();
    QList<QSslCertificate> extraCaCertificates() const;

    // --- proxy: the system's by default (loopback always direct); or a manual HTTP or SOCKS5 proxy,
    // credentials included. A proxy that wants other credentials fails the request (Kind::Proxy); the
    // api layer never asks the user.
    void setProxy(const QNetworkProxy &proxy);
    void useSystemProxy();

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    // Sends `request` with this client's connection, through its rate budget and retry policy, and
    // takes it over (it deletes itself after finished()). Returns it, so a caller can write
    // `auto *get = client->start(new GetTaskRequest(42));` and connect. A request is started once.
    template<typename Request>
    Request *start(Request *request)
    {
        static_assert(std::is_base_of_v<ApiRequest, Request>, "start() sends ApiRequest subclasses");
        startRequest(request);
        return request;
    }

    // --- tasks: each builds the request named and start()s it
    GetTaskRequest *getTask(qint64 id); // GET /v3/tasks/{id}?includeContent=true
    UpdateTaskRequest *updateTask(qint64 id, const QJsonObject &body); // PUT /v3/tasks/{id}
    TaskPageRequest *listTasks(int top, int skip); // GET /v3/tasks
    TaskPageRequest *filterTasks(const core::TaskFilter &filter, int top, int skip); // POST /v3/tasks/filter
    CreateTaskRequest *createTask(const QJsonObject &body); // POST /v3/tasks -> 201
    DeleteTaskRequest *deleteTask(qint64 id); // DELETE /v3/tasks/{id} -> 204
    // POST /v3/tasks/{id}/complete; callResolution 0 positive, 1 to call, 2 negative (call tasks).
    CompleteTaskRequest *completeTask(
        qint64 id, std::optional<int> callResolution = std::nullopt, bool finishProspectInSequence = false);
    ExecuteTaskRequest *executeTask(qint64 id); // POST /v3/tasks/{id}/execute {}: really sends
    AssignTaskRequest *assignTask(qint64 id, qint64 userId); // PUT /v3/tasks/{id}/assigned-user
    // 1-100 ids each; anything else fails locally with Kind::Validation and sends nothing (see
    // TaskBatchRequest).
    TaskBatchRequest *bulkDeleteTasks(const QList<qint64> &ids);
    TaskBatchRequest *batchCompleteTasks(const QList<qint64> &ids);
    TaskBatchRequest *batchAssignTasks(const QList<qint64> &ids, qint64 userId);

    // --- people
    WhoAmIRequest *whoAmI(); // GET /v3/whoami
    TeamUsersRequest *teamUsers(); // GET /v3/whoami/team-users
    ContactRequest *contact(qint64 id); // GET /v3/contacts/{id}
    ContactSearchRequest *findContactsByEmail(const QString &email); // GET /v3/contacts?email=
    // POST /v3/contacts/filter?top= {"searchTerm": term}: contacts whose name (or other text) matches.
    ContactSearchRequest *searchContacts(const QString &term, int top);
    // Tries X-API-Key, then Bearer, on GET /v3/whoami; remembers the one that works.
    AuthDetection *detectAuthHeader();

Q_SIGNALS:
    // Requests are held back by the rate budget or a 429: seconds until sending resumes, once a
    // second; 0 when it has resumed.
    void waitingChanged(int secondsLeft);

private:
    friend class AuthDetection;

    // The request on the wire: base URL + the request's path and query, Accept, User-Agent, the key
    // header, team and acting-user headers, TLS trust, the time-out, and a JSON Content-Type when the
    // request has a body.
    QNetworkRequest networkRequestFor(const ApiRequest &request) const;
    void startRequest(ApiRequest *request);
    WhoAmIRequest *whoAmIWith(AuthHeader header);

    QNetworkAccessManager *m_manager;
    std::shared_ptr<core::Clock> m_clock;
    RateBudget *m_budget;
    RetryPolicy m_retryPolicy;
    QUrl m_baseUrl;
    QString m_apiKey;
    AuthHeader m_authHeader = AuthHeader::XApiKey;
    QString m_teamId;
    QString m_actingUserId;
    QString m_actingUserEmail;
    int m_timeout = 30000;
    qint64 m_maxResponseBytes = ApiRequest::DefaultMaxResponseBytes;
    QList<QSslCertificate> m_trustedCertificates; // system CAs + the added ones; empty: Qt's default
    QList<QSslCertificate> m_extraCertificates;
};

} // namespace rte::api
