// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/contactsearchrequest.h"

#include <QJsonArray>

namespace rte::api {

ContactSearchRequest::ContactSearchRequest(const QString &email)
    : ApiRequest(Verb::Get, Effect::Read, QStringLiteral("/v3/contacts"))
{
    // Percent-encode everything: a '+' in an address must not turn into a space on the server.
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email.trimmed())));
    setQuery(query);
}

ContactSearchRequest::ContactSearchRequest(const QString &searchTerm, int top)
    : ApiRequest(Verb::Post, Effect::Read, QStringLiteral("/v3/contacts/filter"))
{
    setQuery(QUrlQuery {{QStringLiteral("top"), QString::number(top)}});
    setBody(QJsonObject {{QStringLiteral("searchTerm"), searchTerm.trimmed()}});
}

bool ContactSearchRequest::handleSuccess(const QJsonObject &json)
{
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray())
        return false;
    QList<core::Contact> contacts;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &value : array) {
        const core::Contact contact = core::Contact::fromJson(value.toObject());
        if (contact.id <= 0)
            return false;
        contacts.append(contact);
    }
    m_hasMore = json.value(QLatin1String("hasMore")).toBool(false);
    Q_EMIT succeeded(contacts);
    return true;
}

} // namespace rte::api
