// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/redaction.h"

#include <QRecursiveMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace rte::core {

namespace {

// A recursive mutex: Qt may log (and so call back into redact()) while a pattern is compiled.
QRecursiveMutex &lock()
{
    static QRecursiveMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> registered;
    return registered;
}

// One alternation of every registered secret, longest first, so a secret that contains another
// is masked whole and a mask is never masked again.
QRegularExpression &secretPattern()
{
    static QRegularExpression pattern;
    return pattern;
}

void rebuildSecretPattern()
{
    QStringList alternatives;
    for (const QString &secret : std::as_const(secrets()))
        alternatives.append(QRegularExpression::escape(secret));
    std::sort(alternatives.begin(), alternatives.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    secretPattern() = alternatives.isEmpty() ? QRegularExpression()
                                             : QRegularExpression(alternatives.join(QLatin1Char('|')),
                                                 QRegularExpression::UseUnicodePropertiesOption);
}

QStringList forms(const QString &secret)
{
    QStringList result {secret};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret)
        result.append(encoded);
    return result;
}

// A value that follows a header name: a quoted string (JSON, QDebug) up to its closing quote, or
// else the rest of the line, so a multi-word value like "Bearer abc" goes whole.
const QLatin1String kValue(R"((?:"(?:[^"\\\r\n]|\\.)*"?|'[^'\r\n]*'?|[^\r\n]*))");
const QLatin1String kHeaderNames(R"((?:proxy-)?authorization|x-api-key|x-user-email)");

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString masked = Redaction::mask();
        return QList<Rule> {
            // "X-API-Key": "v" in JSON, ("X-API-Key", "v") from QDebug of a header list.
            {QRegularExpression(
                 QStringLiteral(R"((\\?["'])(%1)\1\s*[:,=]\s*)").arg(kHeaderNames) + kValue, ci),
                QStringLiteral("\\1\\2\\1: ") + masked},
            // Authorization: Bearer v, X-User-Email=v, as in a header dump or a query string.
            {QRegularExpression(QStringLiteral(R"(\b(%1)\s*[:=]\s*)").arg(kHeaderNames) + kValue, ci),
                QStringLiteral("\\1: ") + masked},
            // The contact's e-mail, phone and LinkedIn URL; also inside an escaped JSON string and
            // when the text was cut off before the closing brace.
            {QRegularExpression(
                 QStringLiteral(
                     R"((\\?"deliveryInfo\\?")\s*:\s*(?:\{[^{}]*(?:\}|$)|\\?"(?:[^"\\]|\\.)*\\?"))"),
                 ci),
                QStringLiteral("\\1: \"") + masked + QLatin1Char('"')},
            {QRegularExpression(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"), ci),
                QStringLiteral("\\1 ") + masked},
            // E-mail addresses, also percent-encoded in a URL (%40).
            {QRegularExpression(
                 QStringLiteral(
                     R"([A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"),
                 ci),
                masked},
            // International phone numbers: a plus and at least seven digits, separators allowed.
            {QRegularExpression(QStringLiteral(R"((?:\+|%2B)\d(?:[\s().-]?\d){6,})"), ci), masked},
        };
    }();
    return list;
}

} // namespace

QString Redaction::mask()
{
    return QStringLiteral("[redacted]");
}

void Redaction::registerSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.isEmpty())
        return;
    QMutexLocker locker(&lock());
    bool added = false;
    for (const QString &form : forms(trimmed)) {
        if (!secrets().contains(form)) {
            secrets().insert(form);
            added = true;
        }
    }
    if (added)
        rebuildSecretPattern();
}

void Redaction::forgetSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    QMutexLocker locker(&lock());
    bool removed = false;
    for (const QString &form : forms(trimmed))
        removed = secrets().remove(form) || removed;
    if (removed)
        rebuildSecretPattern();
}

void Redaction::clearSecrets()
{
    QMutexLocker locker(&lock());
    secrets().clear();
    rebuildSecretPattern();
}

QString Redaction::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Held for the whole call: the patterns are shared, and a register on another thread must not
    // swap the secret pattern halfway.
    QMutexLocker locker(&lock());
    QString result = text;
    // QRegularExpression matches nothing at all in a string that is not valid UTF-16, so one lone
    // surrogate (a text cut in the middle of an emoji) would let every secret in the line through.
    if (!QStringView(result).isValidUtf16()) {
        for (qsizetype i = 0; i < result.size(); ++i) {
            const QChar c = result.at(i);
            if (c.isHighSurrogate() && i + 1 < result.size() && result.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                result[i] = QChar::ReplacementCharacter;
        }
    }
    if (!secretPattern().pattern().isEmpty())
        result.replace(secretPattern(), mask());
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

} // namespace rte::core
