// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/contactresolver.h"

#include "presentation/contactdirectory.h"

namespace rte::presentation {

ContactResolver::ContactResolver(ContactDirectory *directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(DefaultTypingPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &ContactResolver::lookUpNow);

    connect(m_directory, &ContactDirectory::found, this,
        [this](const QString &query, const core::Contact &contact) {
            if (!isAnswerToCurrent(query))
                return;
            m_asked.clear();
            m_answered = true;
            // Set before the signal: whoever puts the id into the field calls setText() from the
            // slot, and that must keep the answer rather than clear it.
            m_contact = contact;
            Q_EMIT found(contact);
        });
    connect(
        m_directory, &ContactDirectory::notFound, this, [this](const QString &query, const QString &message) {
            if (!isAnswerToCurrent(query))
                return;
            m_asked.clear();
            m_answered = true;
            Q_EMIT notFound(message);
        });
    connect(m_directory, &ContactDirectory::failed, this,
        [this](const QString &query, const api::ApiError &error) {
            if (!isAnswerToCurrent(query))
                return;
            // Not answered: leaving the field or pressing Enter asks again.
            m_asked.clear();
            Q_EMIT failed(error);
        });
}

void ContactResolver::setTypingPause(int milliseconds)
{
    m_pause.setInterval(milliseconds);
}

int ContactResolver::typingPause() const
{
    return m_pause.interval();
}

bool ContactResolver::isAnswerToCurrent(const QString &query) const
{
    // Only the look-up under way for the text in the field counts; an answer for an id the rep has
    // since replaced (or typed again after a change) arrives with another query or none asked.
    return !m_asked.isEmpty() && query == m_asked && m_asked == m_text;
}

void ContactResolver::forget()
{
    m_pause.stop();
    m_asked.clear();
    m_answered = false;
    m_contact.reset();
}

void ContactResolver::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    // The id that replaced the address or name the contact was found by: still the same person.
    if (m_contact && trimmed == QString::number(m_contact->id)) {
        m_text = trimmed;
        return;
    }
    m_text = trimmed;
    forget();
    Q_EMIT cleared();
    if (!m_text.isEmpty())
        m_pause.start();
}

void ContactResolver::lookUpNow()
{
    m_pause.stop();
    if (m_text.isEmpty() || m_answered || m_asked == m_text)
        return;
    m_asked = m_text;
    Q_EMIT lookingUp();
    m_directory->lookUp(m_asked); // may answer before it returns, from memory
}

void ContactResolver::reset(const QString &text)
{
    m_text = text.trimmed();
    forget();
    Q_EMIT cleared();
    lookUpNow();
}

} // namespace rte::presentation
