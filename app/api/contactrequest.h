// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "core/contact.h"

namespace rte::api {

// GET /v3/contacts/{id}: the prospect behind a task. 404 contact.notFound.
class ContactRequest : public ApiRequest
{
    Q_OBJECT
public:
    explicit ContactRequest(qint64 contactId);
    qint64 contactId() const { return m_contactId; }

Q_SIGNALS:
    void succeeded(const rte::core::Contact &contact);

protected:
    bool handleSuccess(const QJsonObject &json) override;

private:
    qint64 m_contactId;
};

} // namespace rte::api
