// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
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

// Finds contacts by id, email address or name and remembers them for the session (in memory only:
// emails and phone numbers are personal data and never go to disk or to a log).
class ContactDirectory : public QObject
{
    Q_OBJECT
public:
    // How many matches a search by name asks for: enough to list the likely ones, few enough to read.
    static constexpr int NameMatchesShown = 5;

    explicit ContactDirectory(api::ReplyClient *client, QObject *parent = nullptr);

    // `query` is a contact id ("2005"), an email address or a name ("Hannah Schmidt"); the answer
    // comes as a signal carrying the same `query`, possibly before lookUp() returns (from memory).
    void lookUp(const QString &query);
    // Another account: its contacts are other people.
    void reset() { m_byId.clear(); }
    std::optional<core::Contact> cached(qint64 id) const;
    static bool looksLikeEmail(const QString &text);
    // Two letters at least, and neither a number nor an address.
    static bool looksLikeName(const QString &text);

Q_SIGNALS:
    void found(const QString &query, const rte::core::Contact &contact);
    // No such contact, or several: the message says what to do.
    void notFound(const QString &query, const QString &message);
    void failed(const QString &query, const rte::api::ApiError &error);

private:
    void lookUpId(const QString &query, qint64 id);
    void lookUpEmail(const QString &query);
    void lookUpName(const QString &query);
    void onNameMatches(const QString &query, const QList<core::Contact> &contacts, bool hasMore);
    void forwardFailure(const QString &query, const api::ApiError &error);

    api::ReplyClient *m_client;
    QHash<qint64, core::Contact> m_byId;
};

} // namespace rte::presentation
