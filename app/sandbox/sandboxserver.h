// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSslConfiguration;
class QTcpServer;

namespace rte::sandbox {

class ApiRouter;
class HttpConnection;
class RateLimiter;
class TaskStore;
struct HttpRequest;
struct HttpResponse;

// A loopback stand-in for the Reply.io API v3 tasks family: a real HTTP/1.1 server on 127.0.0.1
// with seeded data, the documented rules, problem+json errors and a rate limit, so the client is
// tested over the wire against rules it does not share code with. `--demo` ships it, so it holds
// Reply's behaviour and nothing else; what only tests need (a flaky network in front of Reply, a
// record of the requests, a teammate's edit) lives in a test-side subclass that overrides received().
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    enum AuthHeader
    {
        XApiKey = 0x1,
        Bearer = 0x2
    };
    Q_DECLARE_FLAGS(AuthHeaders, AuthHeader)

    // Seeded with the demo data on construction.
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // 127.0.0.1 and an ephemeral port by default.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // The same over HTTPS (QSslServer), with the certificate and key in `config`; baseUrl() then says
    // https. Call instead of listen(), before any connection.
    bool listenTls(const QSslConfiguration &config, const QHostAddress &address = QHostAddress::LocalHost,
        quint16 port = 0);
    quint16 port() const;
    // e.g. http://127.0.0.1:PORT (no trailing slash)
    QUrl baseUrl() const;
    // The key the sandbox accepts by default: "demo-sandbox-key".
    static QString demoApiKey();
    void setApiKey(const QString &key);
    // Default: both headers.
    void setAcceptedAuthHeaders(AuthHeaders headers);
    // As a key that reaches several teams: every request must carry X-TEAM-ID with this id, else
    // 403 TEAM_REQUIRED listing the teams (this one and "Southwind Partners", 777), or 403
    // TEAM_NOT_ACCESSIBLE for another id. Empty (the default): no team header needed.
    void setRequiredTeam(const QString &teamId);
    // Default 100 / 3000, per key; 0 = off. Also restarts the windows, so a test starts from zero.
    void setRateLimit(int perMinute, int perHour);
    // Shortens the two windows for tests whose client clock runs faster (e.g. 1000 and 60000 for a
    // client clock at 60x). Also restarts the windows.
    void setRateLimitWindows(qint64 minuteMs, qint64 hourMs);

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);

protected:
    // The one extension point. Every request passes here first, before authentication, the team
    // check and the rate limit; the default answers it at once with answer(). An override may answer
    // something else, answer later or hang up, and calls respond() or hangUp() exactly once per
    // request. A later call is timed against `connection` (e.g. as the context of a
    // QTimer::singleShot), so that it never outlives it.
    virtual void received(HttpConnection *connection, quint64 sequence, const HttpRequest &request);
    // What Reply answers: 401 without the right key, a team problem, 429 past the rate limit, else
    // the router's answer (which may change the store).
    HttpResponse answer(const HttpRequest &request);
    void respond(HttpConnection *connection, quint64 sequence, const HttpRequest &request,
        const HttpResponse &response);
    // Closes the connection without an answer; requestHandled reports status 0.
    void hangUp(HttpConnection *connection, const HttpRequest &request);
    // The data behind the answers, to read or change past the API's rules.
    TaskStore &store();
    const TaskStore &store() const;
    // Reply's own answers to a missing key and a spent quota (Retry-After when retryAfterSeconds >= 0),
    // for an override that answers in the server's place.
    static HttpResponse unauthorized();
    static HttpResponse tooManyRequests(int retryAfterSeconds);

private:
    void onNewConnection();
    bool isAuthorized(const HttpRequest &request) const;
    std::optional<HttpResponse> teamProblem(const HttpRequest &request) const;

    QTcpServer *m_server;
    std::unique_ptr<TaskStore> m_store;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<RateLimiter> m_limiter;
    QString m_apiKey;
    AuthHeaders m_acceptedHeaders = AuthHeaders(XApiKey | Bearer);
    QString m_requiredTeam;
    bool m_tls = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SandboxServer::AuthHeaders)

} // namespace rte::sandbox
