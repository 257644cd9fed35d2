// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/bodyformat.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace rte::core {

namespace {

bool isListOrdered(const QTextList *list)
{
    const auto style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}

// Whether the HTML surely shows a letter or digit: one outside tags, comments and the elements that
// show nothing (head, title, style, script). It answers a long body at once where QTextDocument would
// parse all of it; "no" proves nothing, and CSS (which may hide anything) leaves it to the document.
bool surelyShowsText(const QString &html)
{
    if (html.contains(QLatin1String("display"), Qt::CaseInsensitive))
        return false;
    const qsizetype size = html.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = html.at(i);
        if (c.isLetterOrNumber())
            return true;
        // An entity may stand for a space (&nbsp;): its letters are not text.
        if (c == QLatin1Char('&')) {
            const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i);
            i = semicolon < 0 ? size : semicolon;
            continue;
        }
        if (c != QLatin1Char('<'))
            continue;
        if (QStringView(html).mid(i).startsWith(QLatin1String("<!--"))) {
            i = html.indexOf(QLatin1String("-->"), i + 4);
            if (i < 0)
                return false;
            i += 2;
            continue;
        }
        // The tag's name, then its end, past any quoted attribute value that holds a '>'.
        qsizetype end = i + 1;
        while (end < size && (html.at(end).isLetterOrNumber() || html.at(end) == QLatin1Char('/')))
            ++end;
        const QString name = html.mid(i + 1, end - i - 1).toLower();
        QChar quote;
        for (; end < size; ++end) {
            const QChar e = html.at(end);
            if (!quote.isNull())
                quote = e == quote ? QChar() : quote;
            else if (e == QLatin1Char('"') || e == QLatin1Char('\''))
                quote = e;
            else if (e == QLatin1Char('>'))
                break;
        }
        if (end >= size)
            return false;
        i = end;
        for (const char *hidden : {"head", "title", "style", "script"}) {
            if (name == QLatin1String(hidden)) {
                const qsizetype close
                    = html.indexOf(QLatin1String("</") + QLatin1String(hidden), end, Qt::CaseInsensitive);
                if (close < 0)
                    return false;
                i = close - 1; // the loop goes on at the closing tag
                break;
            }
        }
    }
    return false;
}

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    // Shift+Enter inserts a line separator inside a paragraph.
    html.replace(QChar::LineSeparator, QLatin1String("<br>"));
    html.replace(QChar::Nbsp, QLatin1String("&nbsp;"));
    return html;
}

QString inlineHtml(const QTextBlock &block)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        QString text = escaped(fragment.text());
        const bool isLink = format.isAnchor() && !format.anchorHref().isEmpty();
        if (format.fontUnderline() && !isLink)
            text = QLatin1String("<u>") + text + QLatin1String("</u>");
        if (format.fontItalic())
            text = QLatin1String("<i>") + text + QLatin1String("</i>");
        if (format.fontWeight() >= QFont::Bold)
            text = QLatin1String("<b>") + text + QLatin1String("</b>");
        if (isLink)
            text = QLatin1String("<a href=\"") + format.anchorHref().toHtmlEscaped() + QLatin1String("\">")
                + text + QLatin1String("</a>");
        html += text;
    }
    return html;
}

QString plainInline(const QTextBlock &block)
{
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        QString part = fragment.text();
        part.replace(QChar::LineSeparator, QLatin1Char('\n'));
        part.replace(QChar::Nbsp, QLatin1Char(' '));
        const QTextCharFormat format = fragment.charFormat();
        const QString href = format.anchorHref();
        if (format.isAnchor() && !href.isEmpty() && href != part && QLatin1String("mailto:") + part != href)
            part += QLatin1String(" (") + href + QLatin1Char(')');
        text += part;
    }
    return text;
}

} // namespace

bool BodyFormat::isPlainTextChannel(TaskType type)
{
    return type == TaskType::Sms || type == TaskType::WhatsApp || type == TaskType::LinkedIn;
}

QString BodyFormat::toCompactHtml(const QTextDocument &document)
{
    QString html;
    const QTextList *openList = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        if (list != openList && openList)
            html += isListOrdered(openList) ? QLatin1String("</ol>") : QLatin1String("</ul>");
        if (list && list != openList)
            html += isListOrdered(list) ? QLatin1String("<ol>") : QLatin1String("<ul>");
        openList = list;
        const QString content = inlineHtml(block);
        if (list)
            html += QLatin1String("<li>") + content + QLatin1String("</li>");
        else
            html += QLatin1String("<p>") + (content.isEmpty() ? QLatin1String("<br>") : content)
                + QLatin1String("</p>");
    }
    if (openList)
        html += isListOrdered(openList) ? QLatin1String("</ol>") : QLatin1String("</ul>");
    // A document with one empty paragraph is an empty body, not "<p><br></p>".
    return html == QLatin1String("<p><br></p>") ? QString() : html;
}

QString BodyFormat::compactHtml(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return toCompactHtml(document);
}

QString BodyFormat::toPlainText(const QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line = plainInline(block);
        if (const QTextList *list = block.textList()) {
            const QString marker = isListOrdered(list)
                ? QString::number(list->itemNumber(block) + 1) + QLatin1String(". ")
                : QStringLiteral("• ");
            line.prepend(marker);
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString BodyFormat::htmlToPlainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return toPlainText(document);
}

QString BodyFormat::plainTextToHtml(const QString &text)
{
    if (text.isEmpty())
        return QString();
    QString html;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs)
        html += QLatin1String("<p>") + (paragraph.isEmpty() ? QLatin1String("<br>") : escaped(paragraph))
            + QLatin1String("</p>");
    return html;
}

bool BodyFormat::isBlank(const QString &body, bool plainText)
{
    if (body.trimmed().isEmpty())
        return true;
    if (plainText || surelyShowsText(body))
        return false;
    QTextDocument document;
    document.setHtml(body);
    return document.toPlainText().trimmed().isEmpty();
}

} // namespace rte::core
