// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"

namespace rte::sandbox {

struct HttpRequest;
class TaskStore;

// Who the key acts as, the team, and the contact look-ups a task editor needs.
class DirectoryEndpoints
{
public:
    explicit DirectoryEndpoints(const TaskStore &store);

    HttpResponse whoami(const HttpRequest &request) const; // GET /v3/whoami
    HttpResponse teamUsers(const HttpRequest &request) const; // GET /v3/whoami/team-users
    HttpResponse contacts(const HttpRequest &request) const; // GET /v3/contacts?email=&linkedIn=
    HttpResponse contact(const HttpRequest &request, qint64 id) const; // GET /v3/contacts/{id}
    // POST /v3/contacts/filter {searchTerm, rules}: the free-text search a picker uses to find by name.
    HttpResponse filterContacts(const HttpRequest &request) const;

private:
    const TaskStore &m_store;
};

} // namespace rte::sandbox
