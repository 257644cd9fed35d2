// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/teamuser.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace rte::api {
class ReplyClient;
}

namespace rte::presentation {

// The rep's teammates, asked for once per session when a reassign first needs them.
class TeamDirectory : public QObject
{
    Q_OBJECT
public:
    explicit TeamDirectory(api::ReplyClient *client, QObject *parent = nullptr);
    // Answers at once from memory when the list is known, else asks the server.
    void fetch();
    // Another account: its teammates are other people.
    void reset()
    {
        m_users.clear();
        m_known = false;
    }
    bool isKnown() const { return m_known; }
    QList<core::TeamUser> users() const { return m_users; }
    // Teammates' names by user id, for showing a name where the API gives an id (empty until known).
    QHash<qint64, QString> userNames() const;

Q_SIGNALS:
    void ready(const QList<rte::core::TeamUser> &users);
    void failed(const rte::api::ApiError &error);

private:
    api::ReplyClient *m_client;
    QList<core::TeamUser> m_users;
    bool m_known = false;
    bool m_asking = false;
};

} // namespace rte::presentation
