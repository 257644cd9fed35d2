// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "core/contact.h"

#include <QList>

namespace rte::api {

// A page of contacts for the contact picker. The address or name travels in the query or the body
// and is never logged.
class ContactSearchRequest : public ApiRequest
{
    Q_OBJECT
public:
    // GET /v3/contacts?email=<exact>: the contacts with that e-mail address (usually one).
    explicit ContactSearchRequest(const QString &email);
    // POST /v3/contacts/filter?top= {"searchTerm": term}: contacts whose name (or other text)
    // matches. A POST that only reads, as safe to repeat as the GET.
    ContactSearchRequest(const QString &searchTerm, int top);
    // Whether the server holds more matches than the page it sent; valid once succeeded() is emitted.
    bool hasMore() const { return m_hasMore; }

Q_SIGNALS:
    void succeeded(const QList<rte::core::Contact> &contacts);

protected:
    bool handleSuccess(const QJsonObject &json) override;

private:
    bool m_hasMore = false;
};

} // namespace rte::api
