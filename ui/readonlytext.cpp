// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "readonlytext.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QResizeEvent>
#include <QTextCursor>
#include <QTextDocument>
#include <QWheelEvent>

#include <cmath>
#include <memory>

namespace rte::ui {

ReadOnlyText::ReadOnlyText(QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // A link opens outside, never inside the panel: a relative link in a body must not turn the
    // value into a file from disk.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        static const QStringList outside {
            QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto"), QStringLiteral("tel")};
        if (outside.contains(url.scheme().toLower()))
            QDesktopServices::openUrl(url);
    });
    document()->setDocumentMargin(0);
    // It reads as a label: the window's background, not an input's.
    viewport()->setAutoFillBackground(false);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    // Any change to the text or its layout (a font, a style) makes the known heights wrong.
    connect(document(), &QTextDocument::contentsChanged, this, [this] { m_heights.clear(); });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        [this] { m_heights.clear(); });
    // Last: the interaction flags above would make it a Tab stop again.
    setFocusPolicy(Qt::ClickFocus);
    setTabChangesFocus(true);
}

bool ReadOnlyText::setContent(const QString &text, Qt::TextFormat format)
{
    if (format == m_format && text == m_text && !document()->isEmpty())
        return false;
    m_text = text;
    m_format = format;
    // Cut where no tag or word is split; QTextDocument closes what the cut leaves open.
    const bool cut = text.size() > kShownText;
    const qsizetype end = !cut    ? text.size()
        : format == Qt::PlainText ? text.lastIndexOf(QLatin1Char(' '), kShownText)
                                  : text.lastIndexOf(QLatin1Char('>'), kShownText) + 1;
    const QString shown = text.left(end > 0 ? end : kShownText);
    if (format == Qt::PlainText)
        setPlainText(shown);
    else
        setHtml(shown);
    if (cut) {
        QTextCursor cursor(document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
        QTextCharFormat note;
        note.setFontItalic(true);
        cursor.insertText(tr("… %n more character(s) not shown here. The form has the whole text.", nullptr,
                              int(text.size() - shown.size())),
            note);
    }
    m_long = cut;
    setVerticalScrollBarPolicy(m_long ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    updateGeometry();
    return true;
}

int ReadOnlyText::heightForWidth(int width) const
{
    // Layouts ask again and again, for the same few widths: a long body (an email of a megabyte) is
    // laid out once per width, not once per question.
    if (const auto known = m_heights.constFind(width); known != m_heights.cend())
        return *known;
    const QMargins margins = contentsMargins();
    if (m_long)
        return fontMetrics().lineSpacing() * kLongTextLines + margins.top() + margins.bottom();
    const int textWidth = qMax(1, width - margins.left() - margins.right());
    qreal height = 0;
    if (qFuzzyCompare(document()->textWidth(), qreal(textWidth))) {
        // The width shown: the layout on screen has the answer, no copy needed.
        height = document()->size().height();
    } else {
        // Laid out on a copy, so asking never disturbs what is shown.
        const std::unique_ptr<QTextDocument> copy(document()->clone());
        copy->setTextWidth(textWidth);
        height = copy->size().height();
    }
    if (m_heights.size() > 16)
        m_heights.clear(); // a window resized by hand asks for many widths, each once
    const int result = int(std::ceil(height)) + margins.top() + margins.bottom();
    m_heights.insert(width, result);
    return result;
}

QSize ReadOnlyText::sizeHint() const
{
    const int width = qMax(this->width(), fontMetrics().averageCharWidth() * 30);
    return {width, heightForWidth(width)};
}

QSize ReadOnlyText::minimumSizeHint() const
{
    // A few characters wide at the least; the height follows the width through heightForWidth().
    const int width = fontMetrics().averageCharWidth() * 4;
    return {width, fontMetrics().height()};
}

void ReadOnlyText::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // another width wraps into another height
}

void ReadOnlyText::wheelEvent(QWheelEvent *event)
{
    if (m_long)
        QTextBrowser::wheelEvent(event);
    else
        event->ignore();
}

} // namespace rte::ui
