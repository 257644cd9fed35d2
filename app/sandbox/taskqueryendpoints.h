// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"

#include <QJsonObject>

#include <functional>

namespace rte::sandbox {

struct HttpRequest;
class TaskStore;

// The read side of /v3/tasks: the plain list, the filter and one task by id.
class TaskQueryEndpoints
{
public:
    explicit TaskQueryEndpoints(const TaskStore &store);

    HttpResponse list(const HttpRequest &request) const; // GET /v3/tasks
    HttpResponse filter(const HttpRequest &request) const; // POST /v3/tasks/filter
    HttpResponse get(const HttpRequest &request, qint64 id) const; // GET /v3/tasks/{id}

private:
    std::function<QJsonObject(const QJsonObject &)> listItem() const;

    const TaskStore &m_store;
};

} // namespace rte::sandbox
