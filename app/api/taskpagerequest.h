// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "core/tasklistitem.h"

#include <QList>

namespace rte::core {
struct TaskFilter;
}

namespace rte::api {

// One page of GET /v3/tasks or POST /v3/tasks/filter: {items, hasMore}. The filter is a POST but only
// reads, so it is as safe to repeat as the GET.
class TaskPageRequest : public ApiRequest
{
    Q_OBJECT
public:
    // GET /v3/tasks?top=&skip=: the caller's tasks, unfiltered.
    TaskPageRequest(int top, int skip);
    // POST /v3/tasks/filter?top=&skip= with the filter as the body.
    TaskPageRequest(const core::TaskFilter &filter, int top, int skip);
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
