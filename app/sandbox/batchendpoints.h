// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"

namespace rte::sandbox {

struct HttpRequest;
class TaskStore;

// Non-atomic operations on up to 100 tasks. The answer lists only the failures, keyed by task id:
// {"<id>": {"error": "notFound", "errorDetails": "..."}}; {} means every task was handled.
class BatchEndpoints
{
public:
    explicit BatchEndpoints(TaskStore &store);

    HttpResponse bulkDelete(const HttpRequest &request); // POST /v3/tasks/bulk-delete
    HttpResponse complete(const HttpRequest &request); // POST /v3/tasks/batch/complete
    HttpResponse assign(const HttpRequest &request); // POST /v3/tasks/batch/assign

private:
    TaskStore &m_store;
};

} // namespace rte::sandbox
