#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

class QSslConfiguration;
class QTcpServer;

namespace rte::sandbox {

class ApiRouter;
class FaultInjector;
class HttpConnection;
class RateLimiter;
class TaskStore;
struct HttpRequest;
struct HttpResponse;

// A loopback stand-in for the Reply.io API v3 tasks family: a real HTTP/1.1 server on 127.0.0.1
// with seeded data, the documented rules, problem+json errors, a rate limit and fault injection,
// so the client is tested over the wire against rules it does not share code with.
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

    // Direct access for tests ("the sandbox's copy"), JSON exactly as the server would return it.
    std::optional<QJsonObject> task(qint64 id) const;
    // Merges top-level fields (and the fields of "template") into the stored task.
    void changeTaskBehindClientsBack(qint64 id, const QJsonObject &patch);
    // Fills in what is missing, ignores any "id" and returns the new one.
    qint64 insertTask(const QJsonObject &task);

    // Fault injection: each applies to the next `times` requests whose path starts with pathPrefix
    // (empty = any). A delay combines with one of the others on the same request.
    // Close the socket, no answer. Note: QNetworkAccessManager resends once on its own.
    void injectDropConnection(int times = 1, const QString &pathPrefix = {});
    // Handle the request now, answer `milliseconds` later.
    void injectDelay(int milliseconds, int times = 1, const QString &pathPrefix = {});
    // problem+json (401: empty body), Retry-After header when retryAfterSeconds >= 0.
    void injectStatus(
        int httpStatus, int times = 1, int retryAfterSeconds = -1, const QString &pathPrefix = {});
    // 200, Content-Type application/json, a truncated body.
    void injectMalformedJson(int times = 1, const QString &pathPrefix = {});
    void clearFaults();

    struct RecordedRequest
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    // In memory only, never logged or written to disk (headers carry the key).
    QList<RecordedRequest> requests() const;
    void clearRequests();

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    void onNewConnection();
    void onRequest(HttpConnection *connection, quint64 sequence, const HttpRequest &request);
    HttpResponse process(const HttpRequest &request);
    bool isAuthorized(const HttpRequest &request) const;
    std::optional<HttpResponse> teamProblem(const HttpRequest &request) const;
    void send(HttpConnection *connection, quint64 sequence, const QByteArray &method, const QString &path,
        const HttpResponse &response);

    QTcpServer *m_server;
    std::unique_ptr<TaskStore> m_store;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    QString m_apiKey;
    AuthHeaders m_acceptedHeaders = AuthHeaders(XApiKey | Bearer);
    QString m_requiredTeam;
    bool m_tls = false;
    QList<RecordedRequest> m_requests;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SandboxServer::AuthHeaders)

} // namespace rte::sandbox
