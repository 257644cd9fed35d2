// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"
#include "problem.h"
#include "taskstore.h"

namespace rte::sandbox {

struct HttpRequest;

// The write side of one task: replace, create, delete, reassign, complete, execute.
class TaskCommandEndpoints
{
public:
    explicit TaskCommandEndpoints(TaskStore &store);

    HttpResponse replace(const HttpRequest &request, qint64 id); // PUT /v3/tasks/{id}
    HttpResponse create(const HttpRequest &request); // POST /v3/tasks
    HttpResponse remove(const HttpRequest &request, qint64 id); // DELETE /v3/tasks/{id}
    HttpResponse assign(const HttpRequest &request, qint64 id); // PUT /v3/tasks/{id}/assigned-user
    HttpResponse complete(const HttpRequest &request, qint64 id); // POST /v3/tasks/{id}/complete
    HttpResponse execute(const HttpRequest &request, qint64 id); // POST /v3/tasks/{id}/execute

    // How a store refusal reads on the wire; the batch endpoints reuse the wording.
    static Problem problemFor(TaskStore::Error error, qint64 id);
    static Problem notOnTeam(qint64 userId);

private:
    HttpResponse taskResponse(int status, qint64 id) const;

    TaskStore &m_store;
};

} // namespace rte::sandbox
