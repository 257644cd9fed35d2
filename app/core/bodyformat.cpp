// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/bodyformat.h"

#include "core/bodypreview.h"

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
    if (plainText)
        return false;
    // Checked on every keystroke: reading up to the first visible character is enough, where a
    // QTextDocument would parse the whole body (a long email) each time.
    return BodyPreview::fromHtml(body, 1).isEmpty();
}

} // namespace rte::core
