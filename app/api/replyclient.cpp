#include "api/replyclient.h"

#include "api/apilogging.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace rte::api {

ReplyClient::ReplyClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
{ }

ReplyClient::~ReplyClient()
{
    // Requests still running go before the manager, so none of them hears its reply die.
    const QList<ApiRequest *> pending = findChildren<ApiRequest *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(pending);
}

QUrl ReplyClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.reply.io"));
}

void ReplyClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (url.scheme() != QLatin1String("https") && !loopback)
        qCWarning(lcApi).noquote() << "base URL is not https; the API key would travel unencrypted to"
                                   << url.host();
}

void ReplyClient::setApiKey(const QString &key)
{
    // A pasted key often brings a line break along; a header value must not contain one.
    QString clean = key.trimmed();
    clean.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    m_apiKey = clean;
}

void ReplyClient::setTimeout(int milliseconds)
{
    m_timeout = qMax(0, milliseconds);
}

QNetworkRequest ReplyClient::buildRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(query);
    url.setFragment(QString());

    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("ReplyTaskEditor/" RTE_VERSION));
    if (!m_apiKey.isEmpty()) {
        if (m_authHeader == AuthHeader::Bearer)
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_apiKey.toUtf8());
        else
            request.setRawHeader(QByteArrayLiteral("X-API-Key"), m_apiKey.toUtf8());
    }
    request.setTransferTimeout(m_timeout);
    // The key header must never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

template<typename Request>
Request *ReplyClient::start(Request *request)
{
    static_cast<ApiRequest *>(request)->start();
    return request;
}

GetTaskRequest *ReplyClient::getTask(qint64 id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("includeContent"), QStringLiteral("true"));
    const QNetworkRequest request = buildRequest(QStringLiteral("/v3/tasks/%1").arg(id), query);
    return start(new GetTaskRequest(id, m_manager, request, this));
}

UpdateTaskRequest *ReplyClient::updateTask(qint64 id, const QJsonObject &body)
{
    QNetworkRequest request = buildRequest(QStringLiteral("/v3/tasks/%1").arg(id));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(new UpdateTaskRequest(id, m_manager, request, payload, this));
}

WhoAmIRequest *ReplyClient::whoAmI()
{
    return start(new WhoAmIRequest(m_manager, buildRequest(QStringLiteral("/v3/whoami")), this));
}

} // namespace rte::api
