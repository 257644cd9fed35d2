#pragma once

#include "api/apierror.h"
#include "core/contact.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace rte::api {
class ReplyClient;
}

namespace rte::presentation {

// Finds contacts by id or by email address and remembers them for the session (in memory only:
// emails and phone numbers are personal data and never go to disk).
class ContactDirectory : public QObject
{
    Q_OBJECT
public:
    explicit ContactDirectory(api::ReplyClient *client, QObject *parent = nullptr);

    // `query` is a contact id ("2005") or an email address; the answer comes as a signal.
    void lookUp(const QString &query);
    // Another account: its contacts are other people.
    void reset() { m_byId.clear(); }
    std::optional<core::Contact> cached(qint64 id) const;
    static bool looksLikeEmail(const QString &text);

Q_SIGNALS:
    void found(const QString &query, const rte::core::Contact &contact);
    // No such contact, or several: the message says what to do.
    void notFound(const QString &query, const QString &message);
    void failed(const QString &query, const rte::api::ApiError &error);

private:
    api::ReplyClient *m_client;
    QHash<qint64, core::Contact> m_byId;
};

} // namespace rte::presentation
