// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/bodypreview.h"

#include <QHash>
#include <QStringView>

namespace rte::core {

namespace {

// Elements whose text is not body text.
bool isHiddenElement(QStringView name)
{
    return name.compare(u"head", Qt::CaseInsensitive) == 0 || name.compare(u"style", Qt::CaseInsensitive) == 0
        || name.compare(u"script", Qt::CaseInsensitive) == 0
        || name.compare(u"title", Qt::CaseInsensitive) == 0;
}

// Elements that end a line or a block: a space keeps the words on either side apart.
bool breaksWords(QStringView name)
{
    static const QStringList names {QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("li"),
        QStringLiteral("div"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("tr"),
        QStringLiteral("td"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("blockquote")};
    for (const QString &n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The entity at `text` (after the '&', up to ';'), or a null QChar when it is not one we know.
QChar entity(QStringView text)
{
    static const QHash<QString, QChar> named {{QStringLiteral("amp"), QLatin1Char('&')},
        {QStringLiteral("lt"), QLatin1Char('<')}, {QStringLiteral("gt"), QLatin1Char('>')},
        {QStringLiteral("quot"), QLatin1Char('"')}, {QStringLiteral("apos"), QLatin1Char('\'')},
        {QStringLiteral("nbsp"), QLatin1Char(' ')}};
    if (text.startsWith(u'#')) {
        bool ok = false;
        const uint code = text.startsWith(u"#x", Qt::CaseInsensitive) ? text.mid(2).toUInt(&ok, 16)
                                                                      : text.mid(1).toUInt(&ok, 10);
        // One UTF-16 unit: the preview does not need characters outside the basic plane.
        return ok && code > 0 && code < 0xD800 ? QChar(char16_t(code)) : QChar();
    }
    return named.value(text.toString());
}

} // namespace

QString BodyPreview::fromHtml(const QString &html, int maxLength)
{
    QString out;
    out.reserve(maxLength + 1);
    bool pendingSpace = false;
    QString hiddenUntil; // the closing tag that ends a hidden element
    const auto append = [&](QChar c) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            return;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    };
    const qsizetype size = html.size();
    for (qsizetype i = 0; i < size && out.size() < maxLength; ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
            if (close < 0)
                break; // a tag cut off: nothing after it is text
            QStringView tag = QStringView(html).mid(i + 1, close - i - 1).trimmed();
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
                ++nameEnd;
            const QStringView name = tag.left(nameEnd);
            if (!hiddenUntil.isEmpty()) {
                if (closing && name.compare(hiddenUntil, Qt::CaseInsensitive) == 0)
                    hiddenUntil.clear();
            } else if (!closing && isHiddenElement(name) && !tag.endsWith(u'/')) {
                hiddenUntil = name.toString();
            } else if (breaksWords(name)) {
                pendingSpace = !out.isEmpty();
            }
            i = close;
            continue;
        }
        if (!hiddenUntil.isEmpty())
            continue;
        if (c == QLatin1Char('&')) {
            const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
            if (semicolon > i && semicolon - i <= 10) {
                const QChar decoded = entity(QStringView(html).mid(i + 1, semicolon - i - 1));
                if (!decoded.isNull()) {
                    append(decoded);
                    i = semicolon;
                    continue;
                }
            }
        }
        append(c);
    }
    return out.left(maxLength);
}

} // namespace rte::core
