// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "batchendpoints.h"
#include "directoryendpoints.h"
#include "httpresponse.h"
#include "taskcommandendpoints.h"
#include "taskqueryendpoints.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace rte::sandbox {

struct HttpRequest;
class TaskStore;

// Maps method and path to an endpoint. A literal segment beats "{id}", so /v3/tasks/filter is never
// read as task "filter"; a known path with the wrong method is 405, an unknown path 404.
class ApiRouter
{
public:
    explicit ApiRouter(TaskStore &store);

    HttpResponse handle(const HttpRequest &request);

private:
    using Handler = std::function<HttpResponse(const HttpRequest &, qint64 id)>;
    struct Route
    {
        QByteArray method;
        QStringList pattern; // path segments; "{id}" matches one segment
        Handler handler;
    };

    void add(const char *method, const char *path, Handler handler);

    TaskQueryEndpoints m_queries;
    TaskCommandEndpoints m_commands;
    BatchEndpoints m_batches;
    DirectoryEndpoints m_directory;
    QList<Route> m_routes;
};

} // namespace rte::sandbox
