// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/replyclient.h"

#include "api/apilogging.h"
#include "api/authdetection.h"
#include "api/ratebudget.h"
#include "api/systemproxyfactory.h"
#include "core/systemclock.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace rte::api {

namespace {

// A header value must not contain a line break or other control characters (a pasted value often
// brings one along).
QString headerSafe(const QString &value)
{
    QString clean = value.trimmed();
    clean.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    return clean;
}

} // namespace

ReplyClient::ReplyClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_clock(std::make_shared<core::SystemClock>())
    , m_budget(new RateBudget(m_clock, this))
    , m_baseUrl(defaultBaseUrl())
{
    connect(m_budget, &RateBudget::waitingChanged, this, &ReplyClient::waitingChanged);
    useSystemProxy();
    // No handler for proxyAuthenticationRequired on purpose: without one, Qt fails the request with
    // ProxyAuthenticationRequiredError, which becomes Kind::Proxy. The api layer never prompts.
}

ReplyClient::~ReplyClient()
{
    // Requests still running go before the manager and the budget, so none of them hears its reply die.
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
    m_apiKey = headerSafe(key);
}

void ReplyClient::setTeamId(const QString &teamId)
{
    m_teamId = headerSafe(teamId);
}

void ReplyClient::setActingUserId(const QString &userId)
{
    m_actingUserId = headerSafe(userId);
    if (!m_actingUserId.isEmpty())
        m_actingUserEmail.clear(); // Reply takes one or the other
}

void ReplyClient::setActingUserEmail(const QString &email)
{
    m_actingUserEmail = headerSafe(email);
    if (!m_actingUserEmail.isEmpty())
        m_actingUserId.clear();
}

void ReplyClient::setTimeout(int milliseconds)
{
    m_timeout = qMax(0, milliseconds);
}

void ReplyClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = bytes > 0 ? bytes : ApiRequest::DefaultMaxResponseBytes;
}

void ReplyClient::setRateLimits(int perMinute, int perHour)
{
    m_budget->setLimits(perMinute, perHour);
}

int ReplyClient::queuedRequestCount() const
{
    return m_budget->queuedCount();
}

void ReplyClient::setClock(std::shared_ptr<core::Clock> clock)
{
    if (!clock)
        return;
    m_clock = clock;
    m_budget->setClock(std::move(clock));
}

void ReplyClient::setRetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs)
{
    m_retryPolicy.maxAttempts = qMax(1, maxAttempts);
    m_retryPolicy.baseDelayMs = qMax(0, baseDelayMs);
    m_retryPolicy.maxDelayMs = qMax(m_retryPolicy.baseDelayMs, maxDelayMs);
}

void ReplyClient::clearCaCertificates()
{
    m_trustedCertificates.clear();
    m_extraCertificates.clear();
    m_manager->clearConnectionCache();
}

ApiError ReplyClient::addCaCertificatesFromFile(const QString &pemPath)
{
#if QT_CONFIG(ssl)
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError::unusableSetting(
            tr("Could not read the certificate file %1 (%2). Choose the company's certificate file again "
               "in Settings.")
                .arg(pemPath, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return ApiError::unusableSetting(tr("The file %1 holds no PEM certificate. Choose the company's "
                                            "certificate file in Settings.")
                                             .arg(pemPath));
    // Setting any CA list switches off Qt's on-demand loading of the system's CAs, so the system's
    // list is taken once here and the company CA goes beside it, for this client's requests only.
    if (m_trustedCertificates.isEmpty())
        m_trustedCertificates = QSslConfiguration::systemCaCertificates();
    m_trustedCertificates += certificates;
    m_extraCertificates += certificates;
    // A kept-alive connection keeps the trust it was opened with; the next request must see the new CA.
    m_manager->clearConnectionCache();
    qCInfo(lcApi) << "added" << certificates.size() << "CA certificate(s)";
    return {};
#else
    Q_UNUSED(pemPath)
    return ApiError::unusableSetting(tr("This build has no TLS support."));
#endif
}

QList<QSslCertificate> ReplyClient::extraCaCertificates() const
{
    return m_extraCertificates;
}

void ReplyClient::setProxy(const QNetworkProxy &proxy)
{
    // setProxy() takes precedence over the factory; the factory is dropped so nothing mixes.
    m_manager->setProxyFactory(nullptr);
    m_manager->setProxy(proxy);
    qCInfo(lcApi) << "manual proxy of type" << proxy.type();
}

void ReplyClient::useSystemProxy()
{
    m_manager->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    m_manager->setProxyFactory(new SystemProxyFactory); // the manager owns it
}

QNetworkRequest ReplyClient::networkRequestFor(const ApiRequest &apiRequest) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + apiRequest.path());
    url.setQuery(apiRequest.query());
    url.setFragment(QString());

    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("ReplyTaskEditor/" RTE_VERSION));
    if (apiRequest.body())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_apiKey.isEmpty()) {
        if (m_authHeader == AuthHeader::Bearer)
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_apiKey.toUtf8());
        else
            request.setRawHeader(QByteArrayLiteral("X-API-Key"), m_apiKey.toUtf8());
    }
    if (!m_teamId.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-TEAM-ID"), m_teamId.toUtf8());
    if (!m_actingUserId.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-User-Id"), m_actingUserId.toUtf8());
    else if (!m_actingUserEmail.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-User-Email"), m_actingUserEmail.toUtf8());
    request.setTransferTimeout(m_timeout);
    // The key header must never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
#if QT_CONFIG(ssl)
    if (!m_trustedCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_trustedCertificates);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // stated, not assumed: never weaker than the default
        request.setSslConfiguration(tls);
    }
#endif
    return request;
}

void ReplyClient::startRequest(ApiRequest *request)
{
    Q_ASSERT(request && !request->isStarted());
    // The client owns what it sends: its destructor ends them before the manager and the budget go.
    request->setParent(this);
    request->launch(
        m_manager, networkRequestFor(*request), m_budget, m_retryPolicy, m_clock, m_maxResponseBytes);
}

GetTaskRequest *ReplyClient::getTask(qint64 id)
{
    return start(new GetTaskRequest(id));
}

UpdateTaskRequest *ReplyClient::updateTask(qint64 id, const QJsonObject &body)
{
    return start(new UpdateTaskRequest(id, body));
}

TaskPageRequest *ReplyClient::listTasks(int top, int skip)
{
    return start(new TaskPageRequest(top, skip));
}

TaskPageRequest *ReplyClient::filterTasks(const core::TaskFilter &filter, int top, int skip)
{
    return start(new TaskPageRequest(filter, top, skip));
}

CreateTaskRequest *ReplyClient::createTask(const QJsonObject &body)
{
    return start(new CreateTaskRequest(body));
}

DeleteTaskRequest *ReplyClient::deleteTask(qint64 id)
{
    return start(new DeleteTaskRequest(id));
}

CompleteTaskRequest *ReplyClient::completeTask(
    qint64 id, std::optional<int> callResolution, bool finishProspectInSequence)
{
    return start(new CompleteTaskRequest(id, callResolution, finishProspectInSequence));
}

ExecuteTaskRequest *ReplyClient::executeTask(qint64 id)
{
    return start(new ExecuteTaskRequest(id));
}

AssignTaskRequest *ReplyClient::assignTask(qint64 id, qint64 userId)
{
    return start(new AssignTaskRequest(id, userId));
}

TaskBatchRequest *ReplyClient::bulkDeleteTasks(const QList<qint64> &ids)
{
    return start(new TaskBatchRequest(TaskBatchRequest::Operation::Delete, ids));
}

TaskBatchRequest *ReplyClient::batchCompleteTasks(const QList<qint64> &ids)
{
    return start(new TaskBatchRequest(TaskBatchRequest::Operation::Complete, ids));
}

TaskBatchRequest *ReplyClient::batchAssignTasks(const QList<qint64> &ids, qint64 userId)
{
    return start(new TaskBatchRequest(TaskBatchRequest::Operation::Assign, ids, userId));
}

WhoAmIRequest *ReplyClient::whoAmI()
{
    return start(new WhoAmIRequest);
}

WhoAmIRequest *ReplyClient::whoAmIWith(AuthHeader header)
{
    // The header is read when the request is built, in start(): the client's choice stays as it was.
    const AuthHeader chosen = m_authHeader;
    m_authHeader = header;
    WhoAmIRequest *request = start(new WhoAmIRequest);
    m_authHeader = chosen;
    return request;
}

TeamUsersRequest *ReplyClient::teamUsers()
{
    return start(new TeamUsersRequest);
}

ContactRequest *ReplyClient::contact(qint64 id)
{
    return start(new ContactRequest(id));
}

ContactSearchRequest *ReplyClient::findContactsByEmail(const QString &email)
{
    return start(new ContactSearchRequest(email));
}

ContactSearchRequest *ReplyClient::searchContacts(const QString &term, int top)
{
    return start(new ContactSearchRequest(term, top));
}

AuthDetection *ReplyClient::detectAuthHeader()
{
    auto *detection = new AuthDetection(this);
    detection->tryHeader(AuthHeader::XApiKey);
    return detection;
}

} // namespace rte::api
