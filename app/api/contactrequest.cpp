// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/contactrequest.h"

namespace rte::api {

ContactRequest::ContactRequest(qint64 contactId)
    : ApiRequest(Verb::Get, Effect::Read, QStringLiteral("/v3/contacts/%1").arg(contactId))
    , m_contactId(contactId)
{ }

bool ContactRequest::handleSuccess(const QJsonObject &json)
{
    const core::Contact contact = core::Contact::fromJson(json);
    if (contact.id != m_contactId)
        return false;
    Q_EMIT succeeded(contact);
    return true;
}

} // namespace rte::api
