#pragma once

#include "api/apirequest.h"
#include "core/tasklistitem.h"

#include <QList>

namespace rte::api {

// One page of GET /v3/tasks or POST /v3/tasks/filter: {items, hasMore}. The filter is a POST but only
// reads, so it is as safe to repeat as the GET.
class TaskPageRequest : public ApiRequest
{
    Q_OBJECT
public:
    TaskPageRequest(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &verb,
        const QByteArray &body, int top, int skip, QObject *parent = nullptr);
    int top() const { return m_top; }
    int skip() const { return m_skip; }

Q_SIGNALS:
    void succeeded(const QList<rte::core::TaskListItem> &items, bool hasMore);

protected:
    bool handleSuccess(const QJsonObject &json) override;

private:
    int m_top;
    int m_skip;
};

} // namespace rte::api
