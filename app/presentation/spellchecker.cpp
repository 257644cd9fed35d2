// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/spellchecker.h"

#include "core/templatevariables.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <hunspell.hxx>

namespace rte::presentation {

namespace {

Q_LOGGING_CATEGORY(lcSpell, "rte.spell")

// Text that is not prose: web addresses and email addresses. {{variables}} come from core.
const QRegularExpression &notProse()
{
    static const QRegularExpression re(
        QStringLiteral("(?:https?://|ftp://"
                       "|www\\.)\\S+|[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[\\w-]+(?:\\.[\\w-]+)+/\\S*"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A word: letters, with an apostrophe or hyphen inside ("don't", "E-Mail"). Digits and underscores
// are matched too, so that "abc123" is one token and can be skipped as a whole.
const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[\\p{L}\\p{M}\\p{N}_]+(?:['\\x{2019}-][\\p{L}\\p{M}\\p{N}_]+)*"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString findDictionary(const QLocale &locale, const QStringList &directories, QString *name)
{
    const QString exact = locale.name(); // "de_AT"
    const QString language = exact.section(QLatin1Char('_'), 0, 0);
    // The locale's own dictionary, then the language's main one (de_DE), then any of the
    // language (de_CH), then American English.
    QStringList candidates {exact, language + QLatin1Char('_') + language.toUpper()};
    for (const QString &dir : directories) {
        const QStringList files
            = QDir(dir).entryList({language + QLatin1String("_*.dic")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            candidates.append(QFileInfo(file).completeBaseName());
    }
    candidates.append(QStringLiteral("en_US"));
    candidates.removeDuplicates();
    for (const QString &candidate : std::as_const(candidates)) {
        for (const QString &dir : directories) {
            const QString base = QDir(dir).filePath(candidate);
            if (QFileInfo::exists(base + QLatin1String(".dic"))
                && QFileInfo::exists(base + QLatin1String(".aff"))) {
                *name = candidate;
                return base;
            }
        }
    }
    return QString();
}

bool overlaps(const SpellChecker::Range &a, int start, int length)
{
    return a.start < start + length && start < a.start + a.length;
}

} // namespace

QStringList SpellChecker::defaultDirectories()
{
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/local/share/hunspell"),
        QStringLiteral("/usr/share/myspell/dicts")};
}

SpellChecker::SpellChecker(const QLocale &locale, const QStringList &directories)
{
    const QString path
        = findDictionary(locale, directories.isEmpty() ? defaultDirectories() : directories, &m_dictionary);
    if (path.isEmpty()) {
        m_dictionary.clear();
        qCDebug(lcSpell) << "no Hunspell dictionary for" << locale.name()
                         << "or en_US: spell checking is off";
        return;
    }
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(path + QLatin1String(".aff")).constData(),
        QFile::encodeName(path + QLatin1String(".dic")).constData());
    if (m_hunspell->get_dict_encoding() != "UTF-8") {
        // The dictionaries Debian ships are UTF-8; an old one in another encoding would need a
        // converter Qt 6.4 does not have everywhere. Rather no checking than wrong marks.
        qCDebug(lcSpell) << "dictionary" << m_dictionary << "is not UTF-8: spell checking is off";
        m_hunspell.reset();
        m_dictionary.clear();
        return;
    }
    qCDebug(lcSpell) << "spell checking with" << m_dictionary;
}

SpellChecker::~SpellChecker() = default;

namespace {

// Kept for the whole run: every window and test that opens a form would otherwise load it again.
QMutex cacheMutex;
QHash<QString, std::shared_ptr<SpellChecker>> &cache()
{
    static QHash<QString, std::shared_ptr<SpellChecker>> checkers;
    return checkers;
}

} // namespace

std::shared_ptr<SpellChecker> SpellChecker::shared(const QLocale &locale)
{
    const QMutexLocker lock(&cacheMutex);
    std::shared_ptr<SpellChecker> checker = cache().value(locale.name());
    if (!checker) {
        checker = std::make_shared<SpellChecker>(locale);
        cache().insert(locale.name(), checker);
    }
    return checker;
}

void SpellChecker::whenLoaded(
    const QLocale &locale, QObject *context, std::function<void(std::shared_ptr<SpellChecker>)> ready)
{
    std::shared_ptr<SpellChecker> loaded;
    {
        const QMutexLocker lock(&cacheMutex);
        loaded = cache().value(locale.name());
    }
    if (loaded) {
        ready(loaded);
        return;
    }
    auto result = std::make_shared<std::shared_ptr<SpellChecker>>();
    QThread *thread = QThread::create([locale, result] { *result = shared(locale); });
    // Queued to context's thread; the connection goes with context, so nothing runs after it.
    QObject::connect(
        thread, &QThread::finished, context, [result, ready = std::move(ready)] { ready(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell)
        return true;
    return m_hunspell->spell(word.toStdString());
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &suggestion : m_hunspell->suggest(word.toStdString()))
        result.append(QString::fromStdString(suggestion));
    return result;
}

void SpellChecker::addWord(const QString &word)
{
    if (m_hunspell)
        m_hunspell->add(word.toStdString());
}

QList<SpellChecker::Range> SpellChecker::misspellings(const QString &text) const
{
    QList<Range> result;
    if (!m_hunspell || text.isEmpty())
        return result;
    QList<Range> skipped;
    for (const auto &match : core::TemplateVariables::find(text))
        skipped.append({match.start, match.length});
    for (auto it = notProse().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        skipped.append({int(m.capturedStart()), int(m.capturedLength())});
    }
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured();
        const int start = int(m.capturedStart());
        const int length = int(m.capturedLength());
        // Numbers, codes like "Q3" or "abc_1", and single letters are not words to correct.
        if (length < 2 || std::any_of(word.cbegin(), word.cend(), [](QChar c) {
                return c.isDigit() || c == QLatin1Char('_');
            }))
            continue;
        if (std::any_of(
                skipped.cbegin(), skipped.cend(), [&](const Range &r) { return overlaps(r, start, length); }))
            continue;
        if (!isCorrect(word))
            result.append({start, length});
    }
    return result;
}

std::optional<SpellChecker::Range> SpellChecker::misspellingAt(const QString &text, int position) const
{
    for (const Range &range : misspellings(text)) {
        if (position >= range.start && position <= range.start + range.length)
            return range;
    }
    return std::nullopt;
}

} // namespace rte::presentation
