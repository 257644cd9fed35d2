// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Hunspell;

namespace rte::presentation {

// Spelling for the subject and the body, from the Hunspell dictionaries the system has installed
// (Debian: hunspell-en-us, hunspell-de-de, ... under /usr/share/hunspell). It never touches a
// widget: the highlighter and the context menus in ui ask it. Words Reply fills in ({{firstName}}),
// web addresses and email addresses are never flagged. Without a dictionary it is simply off.
class SpellChecker
{
public:
    struct Range
    {
        int start = 0;
        int length = 0;
        bool operator==(const Range &o) const { return start == o.start && length == o.length; }
    };

    // The dictionary for `locale` (its exact name, then any of its language, then en_US) from
    // `directories`, by default the system's.
    explicit SpellChecker(const QLocale &locale = QLocale(), const QStringList &directories = {});
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // One checker per language for the whole app: a dictionary takes a moment and some memory to load.
    static std::shared_ptr<SpellChecker> shared(const QLocale &locale = QLocale());
    // The same shared checker, without waiting for it: the dictionary (about 6 MiB and 25 ms for
    // en_US) is read on a worker thread and `ready` is called on `context`'s thread, at once when it
    // is already loaded. Nothing is called once `context` is gone.
    static void whenLoaded(
        const QLocale &locale, QObject *context, std::function<void(std::shared_ptr<SpellChecker>)> ready);
    static QStringList defaultDirectories();

    bool isAvailable() const { return m_hunspell != nullptr; }
    // The dictionary in use, such as "en_US"; empty when none was found.
    QString dictionaryName() const { return m_dictionary; }
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    // For this run only: the word stops being flagged (a product or company name, say).
    void addWord(const QString &word);
    // The misspelled words in `text`, in order.
    QList<Range> misspellings(const QString &text) const;
    // The misspelled word that covers `position` in `text`, if any.
    std::optional<Range> misspellingAt(const QString &text, int position) const;

private:
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_dictionary;
};

} // namespace rte::presentation
