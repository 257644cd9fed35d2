// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/taskpagerequest.h"

#include "core/taskcodec.h"
#include "core/taskfilter.h"

#include <QJsonArray>

namespace rte::api {

namespace {

QUrlQuery pageQuery(int top, int skip)
{
    return QUrlQuery {
        {QStringLiteral("top"), QString::number(top)}, {QStringLiteral("skip"), QString::number(skip)}};
}

} // namespace

TaskPageRequest::TaskPageRequest(int top, int skip)
    : ApiRequest(Verb::Get, Effect::Read, QStringLiteral("/v3/tasks"))
    , m_top(top)
    , m_skip(skip)
{
    setQuery(pageQuery(top, skip));
}

TaskPageRequest::TaskPageRequest(const core::TaskFilter &filter, int top, int skip)
    : ApiRequest(Verb::Post, Effect::Read, QStringLiteral("/v3/tasks/filter"))
    , m_top(top)
    , m_skip(skip)
{
    setQuery(pageQuery(top, skip));
    setBody(filter.toJson());
}

bool TaskPageRequest::handleSuccess(const QJsonObject &json)
{
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray())
        return false;
    QList<core::TaskListItem> page;
    const QJsonArray array = items.toArray();
    page.reserve(array.size());
    for (const QJsonValue &value : array) {
        // A row without a usable id could not be opened or told apart: the page is not what it claims.
        const std::optional<qint64> id
            = core::TaskCodec::idFromJson(value.toObject().value(QLatin1String("id")));
        if (!value.isObject() || !id || *id <= 0)
            return false;
        page.append(core::TaskListItem::fromJson(value.toObject()));
    }
    // hasMore missing: the page is the last one if it is not full.
    const QJsonValue hasMore = json.value(QLatin1String("hasMore"));
    Q_EMIT succeeded(page, hasMore.isBool() ? hasMore.toBool() : page.size() >= m_top);
    return true;
}

} // namespace rte::api
