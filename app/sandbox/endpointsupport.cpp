// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "endpointsupport.h"

#include "httprequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace rte::sandbox {

std::optional<qint64> EndpointSupport::parseId(const QString &segment)
{
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    // Digits only: "+5", " 5" or "5.0" are not route ids.
    for (const QChar c : segment) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

Problem EndpointSupport::invalidId()
{
    return Problem::validation(QStringLiteral("id"), QStringLiteral("'id' must be a positive integer."));
}

std::optional<Problem> EndpointSupport::jsonObjectBody(const HttpRequest &request, QJsonObject *object)
{
    if (request.body.trimmed().isEmpty()) {
        return Problem::validation(
            QString(), QStringLiteral("The request body is required and cannot be empty."));
    }
    // Forgetting the header is a real client bug (QNetworkAccessManager then sends a form
    // content type), and ASP.NET answers it with 415, so the sandbox does too.
    const QByteArray contentType = request.header(QByteArrayLiteral("Content-Type")).toLower();
    if (!contentType.contains("json")) {
        return Problem(415, Problem::titleFor(415),
            QStringLiteral("The request Content-Type must be application/json."));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Problem::validation(QString(), QStringLiteral("Request body is not valid JSON."));
    *object = doc.object();
    return std::nullopt;
}

std::optional<Problem> EndpointSupport::paging(
    const QUrlQuery &query, const QString &resource, Paging *paging)
{
    Problem problem = Problem::validation();
    if (query.hasQueryItem(QStringLiteral("top"))) {
        bool ok = false;
        const qint64 top = query.queryItemValue(QStringLiteral("top")).toLongLong(&ok);
        if (!ok || top < 1 || top > 1000)
            problem.withError(QStringLiteral("top"), QStringLiteral("'top' must be between 1 and 1000."));
        else
            paging->top = top;
    }
    if (query.hasQueryItem(QStringLiteral("skip"))) {
        bool ok = false;
        const qint64 skip = query.queryItemValue(QStringLiteral("skip")).toLongLong(&ok);
        if (!ok || skip < 0)
            problem.withError(
                QStringLiteral("skip"), QStringLiteral("'skip' must be greater than or equal to 0."));
        else
            paging->skip = skip;
    }
    if (!problem.hasErrors())
        return std::nullopt;
    problem.withCode(resource + QStringLiteral(".invalidPagination"));
    return problem;
}

std::optional<Problem> EndpointSupport::flag(const QUrlQuery &query, const QString &name, bool *value)
{
    if (!query.hasQueryItem(name)) {
        *value = false;
        return std::nullopt;
    }
    const QString text = query.queryItemValue(name).trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text.isEmpty()) {
        *value = true;
    } else if (text == QLatin1String("false") || text == QLatin1String("0")) {
        *value = false;
    } else {
        return Problem::validation(name, QStringLiteral("Value has an invalid format."));
    }
    return std::nullopt;
}

HttpResponse EndpointSupport::page(const QList<QJsonObject> &all, const Paging &paging,
    const std::function<QJsonObject(const QJsonObject &)> &shape)
{
    QJsonArray items;
    const qint64 size = all.size();
    for (qint64 i = paging.skip; i < size && i < paging.skip + paging.top; ++i)
        items.append(shape ? shape(all.at(qsizetype(i))) : all.at(qsizetype(i)));
    const bool hasMore = paging.skip + paging.top < size;
    return HttpResponse::json(
        200, QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("hasMore"), hasMore}});
}

} // namespace rte::sandbox
