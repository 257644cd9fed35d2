// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "apirouter.h"
#include "httpconnection.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "problem.h"
#include "ratelimiter.h"
#include "sandboxlogging.h"
#include "taskstore.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslServer>
#endif

namespace rte::sandbox {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_store(std::make_unique<TaskStore>())
    , m_router(std::make_unique<ApiRouter>(*m_store))
    , m_limiter(std::make_unique<RateLimiter>())
    , m_apiKey(demoApiKey())
{
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
}

SandboxServer::~SandboxServer()
{
    m_server->close();
    // Connections are children and abort their sockets as they go; they go before the store they use.
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        qCWarning(lcSandbox) << "sandbox cannot listen:" << m_server->errorString();
        return false;
    }
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return true;
}

bool SandboxServer::listenTls(const QSslConfiguration &config, const QHostAddress &address, quint16 port)
{
#if QT_CONFIG(ssl)
    Q_ASSERT(!m_server->isListening());
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    // A TLS connection is only handed out once its handshake is done: pendingConnectionAvailable, not
    // newConnection (which fires on the bare TCP accept).
    connect(server, &QSslServer::pendingConnectionAvailable, this, &SandboxServer::onNewConnection);
    delete m_server;
    m_server = server;
    m_tls = true;
    return listen(address, port);
#else
    Q_UNUSED(config)
    Q_UNUSED(address)
    Q_UNUSED(port)
    qCWarning(lcSandbox) << "sandbox cannot serve TLS: Qt was built without it";
    return false;
#endif
}

quint16 SandboxServer::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    QHostAddress host = m_server->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

QString SandboxServer::demoApiKey()
{
    return QStringLiteral("demo-sandbox-key");
}

void SandboxServer::setApiKey(const QString &key)
{
    m_apiKey = key;
}

void SandboxServer::setAcceptedAuthHeaders(AuthHeaders headers)
{
    m_acceptedHeaders = headers;
}

void SandboxServer::setRequiredTeam(const QString &teamId)
{
    m_requiredTeam = teamId;
}

void SandboxServer::setRateLimit(int perMinute, int perHour)
{
    m_limiter->setLimits(perMinute, perHour);
    m_limiter->reset();
}

void SandboxServer::setRateLimitWindows(qint64 minuteMs, qint64 hourMs)
{
    m_limiter->setWindows(minuteMs, hourMs);
    m_limiter->reset();
}

TaskStore &SandboxServer::store()
{
    return *m_store;
}

const TaskStore &SandboxServer::store() const
{
    return *m_store;
}

HttpResponse SandboxServer::unauthorized()
{
    // Reply documents 401 as empty-bodied: the client must not need a body to understand it.
    HttpResponse r = HttpResponse::empty(401);
    r.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return r;
}

HttpResponse SandboxServer::tooManyRequests(int retryAfterSeconds)
{
    const QString detail = retryAfterSeconds >= 0
        ? QStringLiteral("Rate limit exceeded. Retry after %1 seconds.").arg(retryAfterSeconds)
        : QStringLiteral("Rate limit exceeded.");
    HttpResponse r = Problem(429, Problem::titleFor(429), detail).toResponse();
    if (retryAfterSeconds >= 0)
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return r;
}

void SandboxServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this,
            [this, connection](
                quint64 sequence, const HttpRequest &request) { received(connection, sequence, request); });
        connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
    }
}

void SandboxServer::received(HttpConnection *connection, quint64 sequence, const HttpRequest &request)
{
    respond(connection, sequence, request, answer(request));
}

HttpResponse SandboxServer::answer(const HttpRequest &request)
{
    if (!isAuthorized(request))
        return unauthorized();
    if (auto problem = teamProblem(request))
        return *problem;
    if (const int wait = m_limiter->acquire(m_apiKey); wait > 0)
        return tooManyRequests(wait);
    return m_router->handle(request);
}

std::optional<HttpResponse> SandboxServer::teamProblem(const HttpRequest &request) const
{
    if (m_requiredTeam.isEmpty())
        return std::nullopt;
    const QString sent = QString::fromUtf8(request.header(QByteArrayLiteral("X-TEAM-ID")).trimmed());
    if (sent == m_requiredTeam)
        return std::nullopt;
    if (!sent.isEmpty()) {
        return Problem::business(403, QStringLiteral("TEAM_NOT_ACCESSIBLE"),
            QStringLiteral("The team %1 is not accessible with this credential.").arg(sent))
            .toResponse();
    }
    // Team ids as numbers where they are numbers, the way Reply's ids usually travel.
    const auto teamId = [](const QString &id) {
        bool isNumber = false;
        const qint64 n = id.toLongLong(&isNumber);
        return isNumber ? QJsonValue(n) : QJsonValue(id);
    };
    const QJsonArray teams {QJsonObject {{QStringLiteral("teamId"), teamId(m_requiredTeam)},
                                {QStringLiteral("teamName"), QStringLiteral("Northwind Sales")}},
        QJsonObject {{QStringLiteral("teamId"), 777},
            {QStringLiteral("teamName"), QStringLiteral("Southwind Partners")}}};
    return Problem::business(403, QStringLiteral("TEAM_REQUIRED"),
        QStringLiteral("This credential can access several teams; send X-TEAM-ID to choose one."))
        .withMember(QStringLiteral("teams"), teams)
        .toResponse();
}

bool SandboxServer::isAuthorized(const HttpRequest &request) const
{
    if (m_apiKey.isEmpty())
        return false;
    // Either accepted header carrying the right key is enough; a wrong one beside it does no harm,
    // as clients that send both "for tolerance" expect.
    if (m_acceptedHeaders.testFlag(XApiKey)) {
        const QByteArray key = request.header(QByteArrayLiteral("X-API-Key")).trimmed();
        if (!key.isEmpty() && QString::fromUtf8(key) == m_apiKey)
            return true;
    }
    if (m_acceptedHeaders.testFlag(Bearer)) {
        const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
        const QByteArray scheme = authorization.left(7);
        if (scheme.compare("Bearer ", Qt::CaseInsensitive) == 0
            && QString::fromUtf8(authorization.mid(7).trimmed()) == m_apiKey)
            return true;
    }
    return false;
}

void SandboxServer::respond(
    HttpConnection *connection, quint64 sequence, const HttpRequest &request, const HttpResponse &response)
{
    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << response.status;
    connection->respond(sequence, response);
    Q_EMIT requestHandled(request.method, request.path, response.status);
}

void SandboxServer::hangUp(HttpConnection *connection, const HttpRequest &request)
{
    qCDebug(lcSandbox).noquote() << request.method << request.path << "-> closed without an answer";
    connection->drop();
    Q_EMIT requestHandled(request.method, request.path, 0);
}

} // namespace rte::sandbox
