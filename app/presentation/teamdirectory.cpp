// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/teamdirectory.h"

#include "api/replyclient.h"

namespace rte::presentation {

TeamDirectory::TeamDirectory(api::ReplyClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void TeamDirectory::fetch()
{
    if (m_known) {
        Q_EMIT ready(m_users);
        return;
    }
    if (m_asking)
        return;
    m_asking = true;
    auto *request = m_client->teamUsers();
    connect(request, &std::remove_pointer_t<decltype(request)>::succeeded, this,
        [this](const QList<core::TeamUser> &users) {
            m_users = users;
            m_known = true;
            Q_EMIT ready(m_users);
        });
    connect(request, &api::ApiRequest::failed, this, &TeamDirectory::failed);
    connect(request, &api::ApiRequest::finished, this, [this] { m_asking = false; });
}

QHash<qint64, QString> TeamDirectory::userNames() const
{
    QHash<qint64, QString> names;
    for (const core::TeamUser &user : m_users) {
        if (!user.userName.trimmed().isEmpty())
            names.insert(user.userId, user.userName.trimmed());
    }
    return names;
}

} // namespace rte::presentation
