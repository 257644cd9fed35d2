// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rte::sandbox {

Problem::Problem(int status, const QString &title, const QString &detail)
    : m_status(status)
    , m_title(title)
    , m_detail(detail)
{ }

Problem Problem::validation()
{
    return Problem(
        400, QStringLiteral("Validation failed"), QStringLiteral("The request contains validation errors."));
}

Problem Problem::validation(const QString &pointer, const QString &detail)
{
    Problem p = validation();
    p.withError(pointer, detail);
    return p;
}

Problem Problem::business(int status, const QString &code, const QString &detail)
{
    Problem p(status, titleFor(status), detail);
    p.withCode(code);
    return p;
}

Problem Problem::notFound(const QString &code, const QString &detail)
{
    return business(404, code, detail);
}

Problem Problem::routeNotFound()
{
    return Problem(404, titleFor(404), QStringLiteral("Route not found"));
}

Problem Problem::methodNotAllowed()
{
    return Problem(405, titleFor(405), QStringLiteral("The HTTP method is not allowed for this route."));
}

Problem &Problem::withCode(const QString &code)
{
    m_code = code;
    return *this;
}

Problem &Problem::withError(const QString &pointer, const QString &detail)
{
    m_errors.append({pointer, detail});
    return *this;
}

Problem &Problem::withMember(const QString &name, const QJsonValue &value)
{
    m_members.insert(name, value);
    return *this;
}

HttpResponse Problem::toResponse() const
{
    QJsonObject object = m_members;
    for (const auto &[name, value] : std::initializer_list<std::pair<QString, QJsonValue>> {
             {QStringLiteral("title"), m_title},
             {QStringLiteral("status"), m_status},
             {QStringLiteral("detail"), m_detail},
         })
        object.insert(name, value);
    if (!m_code.isEmpty())
        object.insert(QStringLiteral("code"), m_code);
    if (!m_errors.isEmpty()) {
        QJsonArray errors;
        for (const FieldError &e : m_errors)
            errors.append(
                QJsonObject {{QStringLiteral("pointer"), e.pointer}, {QStringLiteral("detail"), e.detail}});
        object.insert(QStringLiteral("errors"), errors);
    }
    HttpResponse r;
    r.status = m_status;
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json"));
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

QString Problem::titleFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QString::fromLatin1(HttpResponse::reasonPhrase(status));
    }
}

} // namespace rte::sandbox
