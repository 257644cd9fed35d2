// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/contact.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace rte::presentation {

class ContactDirectory;

// Who the contact field stands for while the rep types. What was shown for the old text goes the
// moment the text changes; the new text is looked up once the rep pauses or leaves the field; an
// answer about any text but the current one is dropped. A widget forwards the text and the
// focus-out and shows what comes back.
class ContactResolver : public QObject
{
    Q_OBJECT
public:
    // Long enough not to ask about "20" on the way to "2005", short enough to feel immediate.
    static constexpr int DefaultTypingPauseMs = 500;

    explicit ContactResolver(ContactDirectory *directory, QObject *parent = nullptr);

    // Tests shorten or lengthen the pause; 0 still waits for the event loop.
    void setTypingPause(int milliseconds);
    int typingPause() const;

    // The field's text changed (typed, pasted, undone, or the id a look-up put there).
    void setText(const QString &text);
    // The rep left the field or pressed Enter: look up now, unless the answer is known or on its way.
    void lookUpNow();
    // Another task is shown: nothing of the last one applies; `text` is looked up at once.
    void reset(const QString &text);

    QString text() const { return m_text; }
    // The contact the current text stands for, once found.
    std::optional<core::Contact> contact() const { return m_contact; }
    // A pause is running: a look-up will follow unless the text changes first.
    bool isWaiting() const { return m_pause.isActive(); }
    bool isLookingUp() const { return !m_asked.isEmpty(); }

Q_SIGNALS:
    // What was shown for the previous text no longer applies (emitted before any answer).
    void cleared();
    // A look-up for the current text has started.
    void lookingUp();
    // The current text stands for `contact`. For an email address or a name, the id replaces the text.
    void found(const rte::core::Contact &contact);
    void notFound(const QString &message);
    void failed(const rte::api::ApiError &error);

private:
    bool isAnswerToCurrent(const QString &query) const;
    void forget();

    ContactDirectory *m_directory;
    QTimer m_pause;
    QString m_text; // trimmed
    QString m_asked; // the text of the look-up on its way, if any
    bool m_answered = false;
    std::optional<core::Contact> m_contact;
};

} // namespace rte::presentation
