#include "api/taskpagerequest.h"

#include "core/taskcodec.h"

#include <QJsonArray>

namespace rte::api {

TaskPageRequest::TaskPageRequest(QNetworkAccessManager *manager, const QNetworkRequest &request,
    const QByteArray &verb, const QByteArray &body, int top, int skip, QObject *parent)
    : ApiRequest(manager, request, verb, body, parent)
    , m_top(top)
    , m_skip(skip)
{
    setRepeatable(true);
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
