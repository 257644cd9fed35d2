// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/contactdirectory.h"

#include "api/replyclient.h"

#include <QRegularExpression>

namespace rte::presentation {

using api::ApiError;

ContactDirectory::ContactDirectory(api::ReplyClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

bool ContactDirectory::looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text.trimmed()).hasMatch();
}

bool ContactDirectory::looksLikeName(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1Char('@')))
        return false;
    int letters = 0;
    for (const QChar c : trimmed)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 2;
}

std::optional<core::Contact> ContactDirectory::cached(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? std::nullopt : std::optional<core::Contact>(*it);
}

void ContactDirectory::lookUp(const QString &query)
{
    const QString text = query.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId && id > 0)
        lookUpId(query, id);
    else if (looksLikeEmail(text))
        lookUpEmail(query);
    else if (looksLikeName(text))
        lookUpName(query);
    else
        Q_EMIT notFound(query, tr("Type the contact's ID, such as 1234, their email address or their name."));
}

void ContactDirectory::forwardFailure(const QString &query, const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Cancelled)
        Q_EMIT failed(query, error);
}

void ContactDirectory::lookUpId(const QString &query, qint64 id)
{
    if (const auto contact = cached(id)) {
        Q_EMIT found(query, *contact);
        return;
    }
    auto *request = m_client->contact(id);
    connect(request, &std::remove_pointer_t<decltype(request)>::succeeded, this,
        [this, query](const core::Contact &contact) {
            m_byId.insert(contact.id, contact);
            Q_EMIT found(query, contact);
        });
    connect(request, &api::ApiRequest::failed, this, [this, query, id](const ApiError &error) {
        if (error.kind() == ApiError::Kind::NotFound)
            Q_EMIT notFound(query,
                tr("There is no contact with ID %1. Check the number, or look the contact up by "
                   "email address or name.")
                    .arg(id));
        else
            forwardFailure(query, error);
    });
}

void ContactDirectory::lookUpEmail(const QString &query)
{
    auto *request = m_client->findContactsByEmail(query.trimmed());
    connect(request, &std::remove_pointer_t<decltype(request)>::succeeded, this,
        [this, query](const QList<core::Contact> &contacts) {
            if (contacts.isEmpty()) {
                Q_EMIT notFound(query,
                    tr("No contact has this email address. Check the spelling, or add the "
                       "contact in Reply first."));
                return;
            }
            for (const core::Contact &contact : contacts)
                m_byId.insert(contact.id, contact);
            // Reply matches the address exactly, so more than one hit is a duplicate contact.
            if (contacts.size() > 1) {
                Q_EMIT notFound(query,
                    tr("%n contacts share this email address. Type the ID of the one you "
                       "mean.",
                        nullptr, int(contacts.size())));
                return;
            }
            Q_EMIT found(query, contacts.first());
        });
    connect(request, &api::ApiRequest::failed, this,
        [this, query](const ApiError &error) { forwardFailure(query, error); });
}

void ContactDirectory::lookUpName(const QString &query)
{
    // One more than is listed, so "and more" is known without a second request.
    auto *request = m_client->searchContacts(query.trimmed(), NameMatchesShown + 1);
    connect(request, &std::remove_pointer_t<decltype(request)>::succeeded, this,
        [this, query, request](
            const QList<core::Contact> &contacts) { onNameMatches(query, contacts, request->hasMore()); });
    connect(request, &api::ApiRequest::failed, this,
        [this, query](const ApiError &error) { forwardFailure(query, error); });
}

void ContactDirectory::onNameMatches(const QString &query, const QList<core::Contact> &contacts, bool hasMore)
{
    for (const core::Contact &contact : contacts)
        m_byId.insert(contact.id, contact);
    if (contacts.isEmpty()) {
        Q_EMIT notFound(query,
            tr("No contact is called “%1”. Check the spelling, or type the contact's ID or email "
               "address.")
                .arg(query.trimmed()));
        return;
    }
    if (contacts.size() == 1) {
        Q_EMIT found(query, contacts.first());
        return;
    }
    // The whole name typed out picks that person even when others merely contain it.
    const core::Contact *exact = nullptr;
    int exactCount = 0;
    for (const core::Contact &contact : contacts) {
        if (contact.fullName().compare(query.trimmed(), Qt::CaseInsensitive) == 0) {
            exact = &contact;
            ++exactCount;
        }
    }
    if (exactCount == 1 && !hasMore) {
        Q_EMIT found(query, *exact);
        return;
    }
    // Names and ids only: they help the rep choose and are no contact details.
    QStringList listed;
    for (qsizetype i = 0; i < contacts.size() && i < NameMatchesShown; ++i)
        listed.append(tr("%1 (ID %2)").arg(contacts.at(i).fullName()).arg(contacts.at(i).id));
    const bool more = hasMore || contacts.size() > NameMatchesShown;
    Q_EMIT notFound(query,
        (more ? tr("Many contacts match: %1, and more. Type more of the name, or the ID of the one you "
                   "mean.")
              : tr("Several contacts match: %1. Type the ID of the one you mean."))
            .arg(listed.join(QLatin1String(", "))));
}

} // namespace rte::presentation
