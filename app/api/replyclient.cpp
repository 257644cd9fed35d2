#include "api/replyclient.h"

#include "api/apilogging.h"
#include "api/authdetection.h"
#include "api/ratebudget.h"
#include "api/systemproxyfactory.h"
#include "core/systemclock.h"
#include "core/taskfilter.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
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

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
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

bool ReplyClient::addCaCertificatesFromFile(const QString &pemPath, QString *error)
{
#if QT_CONFIG(ssl)
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read the certificate file %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no PEM certificate.").arg(pemPath);
        return false;
    }
    // Setting any CA list switches off Qt's on-demand loading of the system's CAs, so the system's
    // list is taken once here and the company CA goes beside it, for this client's requests only.
    if (m_trustedCertificates.isEmpty())
        m_trustedCertificates = QSslConfiguration::systemCaCertificates();
    m_trustedCertificates += certificates;
    m_extraCertificates += certificates;
    // A kept-alive connection keeps the trust it was opened with; the next request must see the new CA.
    m_manager->clearConnectionCache();
    qCInfo(lcApi) << "added" << certificates.size() << "CA certificate(s)";
    return true;
#else
    Q_UNUSED(pemPath)
    if (error)
        *error = tr("This build has no TLS support.");
    return false;
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

QNetworkRequest ReplyClient::buildJsonRequest(const QString &path) const
{
    QNetworkRequest request = buildRequest(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

template<typename Request>
Request *ReplyClient::start(Request *request)
{
    ApiRequest *base = request;
    base->setDispatch(m_budget, m_retryPolicy, m_clock);
    base->submit();
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
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(new UpdateTaskRequest(
        id, m_manager, buildJsonRequest(QStringLiteral("/v3/tasks/%1").arg(id)), payload, this));
}

TaskPageRequest *ReplyClient::listTasks(int top, int skip)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("top"), QString::number(top));
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    const QNetworkRequest request = buildRequest(QStringLiteral("/v3/tasks"), query);
    return start(new TaskPageRequest(m_manager, request, QByteArrayLiteral("GET"), {}, top, skip, this));
}

TaskPageRequest *ReplyClient::filterTasks(const core::TaskFilter &filter, int top, int skip)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("top"), QString::number(top));
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    QNetworkRequest request = buildRequest(QStringLiteral("/v3/tasks/filter"), query);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact);
    return start(
        new TaskPageRequest(m_manager, request, QByteArrayLiteral("POST"), payload, top, skip, this));
}

CreateTaskRequest *ReplyClient::createTask(const QJsonObject &body)
{
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(
        new CreateTaskRequest(m_manager, buildJsonRequest(QStringLiteral("/v3/tasks")), payload, this));
}

DeleteTaskRequest *ReplyClient::deleteTask(qint64 id)
{
    return start(
        new DeleteTaskRequest(id, m_manager, buildRequest(QStringLiteral("/v3/tasks/%1").arg(id)), this));
}

CompleteTaskRequest *ReplyClient::completeTask(
    qint64 id, std::optional<int> callResolution, bool finishProspectInSequence)
{
    QJsonObject body; // {} is a valid body: "just mark it done"
    if (callResolution)
        body.insert(QLatin1String("callResolution"), *callResolution);
    if (finishProspectInSequence)
        body.insert(QLatin1String("finishProspectInSequence"), true);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(new CompleteTaskRequest(
        id, m_manager, buildJsonRequest(QStringLiteral("/v3/tasks/%1/complete").arg(id)), payload, this));
}

ExecuteTaskRequest *ReplyClient::executeTask(qint64 id)
{
    // {}: the server renders the template itself and uses the default e-mail account.
    return start(new ExecuteTaskRequest(id, m_manager,
        buildJsonRequest(QStringLiteral("/v3/tasks/%1/execute").arg(id)), QByteArrayLiteral("{}"), this));
}

AssignTaskRequest *ReplyClient::assignTask(qint64 id, qint64 userId)
{
    const QByteArray payload
        = QJsonDocument(QJsonObject {{QStringLiteral("userId"), userId}}).toJson(QJsonDocument::Compact);
    return start(new AssignTaskRequest(id, m_manager,
        buildJsonRequest(QStringLiteral("/v3/tasks/%1/assigned-user").arg(id)), payload, this));
}

TaskBatchRequest *ReplyClient::batch(
    TaskBatchRequest::Operation operation, const QString &path, const QList<qint64> &ids, QJsonObject body)
{
    body.insert(QLatin1String("ids"), idArray(ids));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *request = new TaskBatchRequest(operation, ids, m_manager, buildJsonRequest(path), payload, this);
    if (ids.isEmpty() || ids.size() > TaskBatchRequest::MaxIds) {
        // Reply would answer 400 too; refusing here costs no request from the budget.
        const QString detail = ids.isEmpty()
            ? tr("No tasks were chosen. Choose at least one task.")
            : tr("%1 tasks were chosen, but Reply takes at most %2 at a time. Choose fewer tasks.")
                  .arg(QString::number(ids.size()), QString::number(TaskBatchRequest::MaxIds));
        static_cast<ApiRequest *>(request)->refuse(ApiError::localValidation(QStringLiteral("/ids"), detail));
        return request;
    }
    return start(request);
}

TaskBatchRequest *ReplyClient::bulkDeleteTasks(const QList<qint64> &ids)
{
    return batch(TaskBatchRequest::Operation::Delete, QStringLiteral("/v3/tasks/bulk-delete"), ids, {});
}

TaskBatchRequest *ReplyClient::batchCompleteTasks(const QList<qint64> &ids)
{
    return batch(TaskBatchRequest::Operation::Complete, QStringLiteral("/v3/tasks/batch/complete"), ids, {});
}

TaskBatchRequest *ReplyClient::batchAssignTasks(const QList<qint64> &ids, qint64 userId)
{
    return batch(TaskBatchRequest::Operation::Assign, QStringLiteral("/v3/tasks/batch/assign"), ids,
        QJsonObject {{QStringLiteral("userId"), userId}});
}

WhoAmIRequest *ReplyClient::whoAmI()
{
    return start(new WhoAmIRequest(m_manager, buildRequest(QStringLiteral("/v3/whoami")), this));
}

WhoAmIRequest *ReplyClient::whoAmIWith(AuthHeader header)
{
    const AuthHeader chosen = m_authHeader;
    m_authHeader = header;
    const QNetworkRequest request = buildRequest(QStringLiteral("/v3/whoami"));
    m_authHeader = chosen;
    return start(new WhoAmIRequest(m_manager, request, this));
}

TeamUsersRequest *ReplyClient::teamUsers()
{
    return start(
        new TeamUsersRequest(m_manager, buildRequest(QStringLiteral("/v3/whoami/team-users")), this));
}

ContactRequest *ReplyClient::contact(qint64 id)
{
    return start(
        new ContactRequest(id, m_manager, buildRequest(QStringLiteral("/v3/contacts/%1").arg(id)), this));
}

ContactSearchRequest *ReplyClient::findContactsByEmail(const QString &email)
{
    // Percent-encode everything: a '+' in an address must not turn into a space on the server.
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email.trimmed())));
    return start(
        new ContactSearchRequest(m_manager, buildRequest(QStringLiteral("/v3/contacts"), query), this));
}

AuthDetection *ReplyClient::detectAuthHeader()
{
    auto *detection = new AuthDetection(this);
    detection->tryHeader(AuthHeader::XApiKey);
    return detection;
}

} // namespace rte::api
