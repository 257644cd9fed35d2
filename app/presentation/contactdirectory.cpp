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
    if (isId && id > 0) {
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
                    tr("There is no contact with ID %1. Check the number, or look the "
                       "contact up by email address.")
                        .arg(id));
            else if (error.kind() != ApiError::Kind::Cancelled)
                Q_EMIT failed(query, error);
        });
        return;
    }
    if (!looksLikeEmail(text)) {
        Q_EMIT notFound(query, tr("Type the contact's ID, such as 1234, or their email address."));
        return;
    }
    auto *request = m_client->findContactsByEmail(text);
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
    connect(request, &api::ApiRequest::failed, this, [this, query](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            Q_EMIT failed(query, error);
    });
}

} // namespace rte::presentation
