// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"
#include "problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QUrlQuery;

namespace rte::sandbox {

struct HttpRequest;

// What every endpoint needs from a request: the route id, the JSON body, paging, flags; each failure
// already shaped as the problem Reply answers with.
class EndpointSupport
{
public:
    struct Paging
    {
        qint64 top = 25;
        qint64 skip = 0;
    };

    static std::optional<qint64> parseId(const QString &segment);
    static Problem invalidId();

    // Empty body, unparseable JSON, a non-object, or a non-JSON Content-Type all fail here.
    static std::optional<Problem> jsonObjectBody(const HttpRequest &request, QJsonObject *object);
    // `resource` names the code: "task" gives task.invalidPagination.
    static std::optional<Problem> paging(const QUrlQuery &query, const QString &resource, Paging *paging);
    static std::optional<Problem> flag(const QUrlQuery &query, const QString &name, bool *value);

    // The list envelope {items, hasMore} for one page of `all`, each item shaped by `shape` when given:
    // only the page's items are shaped, so asking for page 200 of 10,000 tasks costs one page.
    static HttpResponse page(const QList<QJsonObject> &all, const Paging &paging,
        const std::function<QJsonObject(const QJsonObject &)> &shape = {});
};

} // namespace rte::sandbox
