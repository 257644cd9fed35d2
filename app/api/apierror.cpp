// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/apierror.h"

#include "api/retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rte::api {

namespace {

QString stringMember(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

QList<FieldProblem> fieldProblemsFrom(const QJsonValue &errors)
{
    QList<FieldProblem> problems;
    if (errors.isArray()) { // Reply: [{pointer, detail}]
        const QJsonArray array = errors.toArray();
        for (const QJsonValue &entry : array) {
            const QJsonObject object = entry.toObject();
            const QJsonValue pointer = object.value(QLatin1String("pointer"));
            if (!pointer.isString())
                continue;
            problems.append({pointer.toString(), stringMember(object, QLatin1String("detail"))});
        }
    } else if (errors.isObject()) { // ASP.NET style {"field": ["message", ...]}, seen on older pages
        const QJsonObject object = errors.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonArray messages = it.value().isArray() ? it.value().toArray() : QJsonArray {it.value()};
            for (const QJsonValue &message : messages)
                problems.append({it.key(), message.toString()});
        }
    }
    return problems;
}

// 403 TEAM_REQUIRED: "teams": [{"teamId": 501, "teamName": "..."}]. Ids arrive as numbers or strings.
QList<QPair<QString, QString>> teamsFrom(const QJsonValue &teams)
{
    QList<QPair<QString, QString>> result;
    const QJsonArray array = teams.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(QLatin1String("teamId"));
        QString teamId;
        if (id.isString())
            teamId = id.toString().trimmed();
        else if (id.isDouble())
            teamId = QString::number(id.toInteger());
        if (!teamId.isEmpty())
            result.append({teamId, stringMember(object, QLatin1String("teamName"))});
    }
    return result;
}

// A server's detail as a sentence of its own, so the next sentence can follow it.
QString asSentence(const QString &text)
{
    if (text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!'))
        || text.endsWith(QLatin1Char('?')))
        return text;
    return text + QLatin1Char('.');
}

} // namespace

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 400:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    case 407:
        return Kind::Proxy;
    default:
        return status >= 500 && status <= 599 ? Kind::Server : Kind::Http;
    }
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    // Reply sends application/problem+json, but plain application/json problems exist too: read any
    // JSON object. A 401 usually has no body at all; anything else that is not JSON is ignored.
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    ApiError error = fromProblem(status, document.isObject() ? document.object() : QJsonObject());
    error.m_retryAfterSeconds = RetryAfter::secondsFrom(retryAfter);
    return error;
}

ApiError ApiError::fromProblem(int status, const QJsonObject &problem)
{
    ApiError error(kindForStatus(status));
    error.m_httpStatus = status;
    error.m_title = stringMember(problem, QLatin1String("title"));
    error.m_detail = stringMember(problem, QLatin1String("detail"));
    error.m_code = stringMember(problem, QLatin1String("code"));
    error.m_fieldProblems = fieldProblemsFrom(problem.value(QLatin1String("errors")));
    error.m_teams = teamsFrom(problem.value(QLatin1String("teams")));
    return error;
}

ApiError ApiError::fromTransport(Kind kind, QNetworkReply::NetworkError networkError, const QString &detail)
{
    ApiError error(kind);
    error.m_networkError = networkError;
    error.m_detail = detail;
    return error;
}

ApiError ApiError::tls(const QStringList &errors, const QString &certificateFingerprint)
{
    ApiError error(Kind::Tls);
    error.m_networkError = QNetworkReply::SslHandshakeFailedError;
    error.m_tlsErrors = errors;
    error.m_detail = errors.join(QLatin1String("; "));
    error.m_certificateFingerprint = certificateFingerprint;
    return error;
}

ApiError ApiError::localValidation(const QString &pointer, const QString &detail)
{
    ApiError error(Kind::Validation);
    error.m_detail = detail;
    error.m_fieldProblems.append({pointer, detail});
    return error;
}

ApiError ApiError::unusableSetting(const QString &detail)
{
    ApiError error(Kind::Settings);
    error.m_detail = detail;
    return error;
}

ApiError ApiError::invalidResponse(const QString &detail)
{
    ApiError error(Kind::InvalidResponse);
    error.m_detail = detail;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error(Kind::Cancelled);
    error.m_networkError = QNetworkReply::OperationCanceledError;
    return error;
}

ApiError &ApiError::setHost(const QString &host)
{
    m_host = host;
    return *this;
}

ApiError &ApiError::setTaskId(qint64 taskId)
{
    m_taskId = taskId;
    return *this;
}

ApiError &ApiError::setAttempts(int attempts)
{
    m_attempts = attempts;
    return *this;
}

ApiError &ApiError::markOutcomeUnknown()
{
    m_outcomeUnknown = true;
    return *this;
}

bool ApiError::isTransient() const
{
    if (m_outcomeUnknown)
        return false;
    switch (m_kind) {
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::hostOrServer() const
{
    return m_host.isEmpty() ? tr("the Reply server") : m_host;
}

QString ApiError::validationMessage() const
{
    if (m_httpStatus == 0 && !m_detail.isEmpty()) // refused by this app before sending
        return m_detail;
    // task.unknown ("only new tasks can be changed", ...) carries the useful words in detail. Which
    // fields to correct (fieldProblems()) and that the rep's input is kept is for the caller to say.
    QStringList details;
    for (const FieldProblem &problem : m_fieldProblems) {
        const QString detail = asSentence(problem.detail);
        if (!detail.isEmpty() && !details.contains(detail))
            details.append(detail);
    }
    if (details.isEmpty() && !m_detail.isEmpty())
        details.append(asSentence(m_detail));
    if (!details.isEmpty())
        return tr("Reply did not accept the request: %1").arg(details.join(QLatin1Char(' ')));
    return tr("Reply did not accept the request and gave no reason.");
}

QString ApiError::forbiddenMessage() const
{
    // Team resolution codes are upper case, unlike the task.* ones.
    if (m_code == QLatin1String("TEAM_REQUIRED")) {
        QStringList names;
        for (const auto &team : m_teams)
            names.append(team.second.isEmpty() ? team.first : team.second);
        return names.isEmpty()
            ? tr("Your API key can work in more than one Reply team. Choose the team in Settings, then try "
                 "again.")
            : tr("Your API key can work in more than one Reply team (%1). Choose the team in Settings, then "
                 "try again.")
                  .arg(names.join(QLatin1String(", ")));
    }
    if (m_code == QLatin1String("TEAM_NOT_ACCESSIBLE"))
        return tr("Your API key cannot reach the Reply team chosen in Settings. Choose another team.");
    if (m_code == QLatin1String("USER_REQUIRED"))
        return tr(
            "This API key needs to act for a user. Enter that user's id or e-mail address in Settings.");
    return m_detail.isEmpty()
        ? tr("Your Reply account is not allowed to do this. Ask your Reply admin for access.")
        : tr("Your Reply account is not allowed to do this: %1").arg(m_detail);
}

QString ApiError::proxyMessage() const
{
    if (m_httpStatus == 407 || m_networkError == QNetworkReply::ProxyAuthenticationRequiredError)
        return tr("The proxy server asked for a user name and password, and none were set or they were "
                  "refused. Check the proxy settings, then try again.");
    return tr("The proxy server could not be used to reach %1. Check the proxy settings and your "
              "connection, then try again.")
        .arg(hostOrServer());
}

QString ApiError::outcomeUnknownMessage() const
{
    const QString what = m_kind == Kind::Timeout
        ? tr("%1 did not answer in time").arg(hostOrServer())
        : (m_kind == Kind::Server
                ? tr("A server between you and Reply failed (error %1)").arg(QString::number(m_httpStatus))
                : tr("The connection to %1 broke before Reply answered").arg(hostOrServer()));
    return tr("%1, so it is not known whether Reply carried out the request. Check the task in Reply before "
              "you try again: trying again could do it twice, for example send the e-mail twice.")
        .arg(what);
}

QString ApiError::messageWith(const QString &callerSentence) const
{
    const QString reason = message();
    if (reason.isEmpty() || callerSentence.isEmpty())
        return reason;
    return reason + QLatin1Char(' ') + callerSentence;
}

QString ApiError::message() const
{
    if (m_outcomeUnknown)
        return outcomeUnknownMessage();
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionRefused:
        return tr("Could not connect to %1: the server refused the connection. Check your internet "
                  "connection and try again in a moment.")
            .arg(hostOrServer());
    case Kind::HostNotFound:
        return tr("Could not find the server %1. Check your internet connection and the server address "
                  "in Settings, then try again.")
            .arg(hostOrServer());
    case Kind::Timeout:
        return tr("%1 did not answer in time. Check your internet connection and try again in a moment.")
            .arg(hostOrServer());
    case Kind::Tls: {
        const QString problems = tr("The secure connection to %1 could not be trusted, so nothing was sent. "
                                    "A proxy or a public Wi-Fi login page can cause this. Problems found: %2")
                                     .arg(hostOrServer(),
                                         m_tlsErrors.isEmpty() ? tr("the certificate check failed.")
                                                               : m_tlsErrors.join(QLatin1String("; ")));
        if (m_certificateFingerprint.isEmpty())
            return problems;
        const QString sentence = problems.endsWith(QLatin1Char('.')) ? problems : problems + QLatin1Char('.');
        // The fingerprint lets IT confirm whether the certificate is their own company CA's.
        return tr("%1 The server's certificate has the SHA-256 fingerprint %2. If your company uses its own "
                  "certificate authority, add its certificate in Settings.")
            .arg(sentence, m_certificateFingerprint);
    }
    case Kind::Network:
        return tr("The connection to %1 broke before Reply answered. Check your internet connection and try "
                  "again in a moment.")
            .arg(hostOrServer());
    case Kind::Unauthorized:
        return tr("Reply did not accept your API key. Check your API key in Settings.");
    case Kind::Forbidden:
        return forbiddenMessage();
    case Kind::Proxy:
        return proxyMessage();
    case Kind::NotFound:
        if (m_taskId > 0)
            return tr(
                "Task %1 was not found. It may have been deleted, or it is not visible to your account.")
                .arg(m_taskId);
        return tr("Reply could not find what was asked for. It may have been deleted.");
    case Kind::Validation:
        return validationMessage();
    case Kind::Conflict:
        // 409: the task is no longer in a state that allows the request (task.cannotComplete, an
        // update that met a newer version). Whether the rep's own input is kept is the caller's to say.
        return m_detail.isEmpty()
            ? tr("Reply refused the request because of the task's current state. Reload the task to see it "
                 "as Reply has it now.")
            : tr("Reply refused the request because of the task's current state: %1 Reload the task to see "
                 "it as Reply has it now.")
                  .arg(asSentence(m_detail));
    case Kind::RateLimited:
        // Spelled out rather than "%n second(s)": the app ships no English numerus translation.
        if (m_retryAfterSeconds == 1)
            return tr("Reply is getting too many requests from your account. Wait 1 second and try again.");
        if (m_retryAfterSeconds > 90)
            return tr("Reply is getting too many requests from your account. Wait about %1 minutes and try "
                      "again.")
                .arg(QString::number((m_retryAfterSeconds + 59) / 60));
        if (m_retryAfterSeconds > 1)
            return tr("Reply is getting too many requests from your account. Wait %1 seconds and try again.")
                .arg(QString::number(m_retryAfterSeconds));
        return tr("Reply is getting too many requests from your account. Wait a minute and try again.");
    case Kind::Server:
        return tr("Reply is having trouble right now (error %1). Try again in a few minutes.")
            .arg(QString::number(m_httpStatus));
    case Kind::InvalidResponse:
        // A 2xx whose body is unreadable still means Reply did the request: a caller that wrote says so.
        return tr("Reply sent an answer this app cannot read. Try again in a moment.");
    case Kind::Cancelled:
        return tr("You cancelled the request.");
    case Kind::Settings:
        return m_detail;
    case Kind::Http:
        // Redirects are only followed to the same address (the key must not travel elsewhere), so one
        // that is left means the address is wrong or something in between is redirecting.
        if (m_httpStatus >= 300 && m_httpStatus <= 399)
            return tr("The server at %1 sent the app to another address. The app did not follow, so your "
                      "key went nowhere else. Check the address in Settings.")
                .arg(hostOrServer());
        return tr("Reply answered with an unexpected error (HTTP %1)%2.")
            .arg(QString::number(m_httpStatus),
                m_detail.isEmpty() ? QString() : QLatin1String(": ") + m_detail);
    }
    return {};
}

} // namespace rte::api
