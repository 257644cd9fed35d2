// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "readonlytext.h"

#include <QDesktopServices>
#include <QResizeEvent>
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
    // However the text changes (setContent, clear, a selection never does), its heights are new.
    connect(document(), &QTextDocument::contentsChanged, this, &ReadOnlyText::onContentsChanged);
    // It reads as a label: the window's background, not an input's.
    viewport()->setAutoFillBackground(false);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    // Last: the interaction flags above would make it a Tab stop again.
    setFocusPolicy(Qt::ClickFocus);
    setTabChangesFocus(true);
}

void ReadOnlyText::setContent(const QString &text, Qt::TextFormat format)
{
    if (shows(text, format))
        return;
    if (format == Qt::PlainText)
        setPlainText(text);
    else
        setHtml(text);
    m_source = std::make_pair(text, format);
    updateGeometry();
}

bool ReadOnlyText::shows(const QString &text, Qt::TextFormat format) const
{
    return m_source && m_source->second == format && m_source->first == text;
}

void ReadOnlyText::onContentsChanged()
{
    m_source.reset();
    m_measure.reset();
    m_heights.clear();
}

int ReadOnlyText::heightForWidth(int width) const
{
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend())
        return *known;
    // Laid out on a copy, so asking never disturbs what is shown.
    if (!m_measure)
        m_measure.reset(document()->clone());
    const QMargins margins = contentsMargins();
    m_measure->setTextWidth(qMax(1, width - margins.left() - margins.right()));
    const int height = int(std::ceil(m_measure->size().height())) + margins.top() + margins.bottom();
    m_heights.insert(width, height);
    return height;
}

void ReadOnlyText::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_measure.reset();
        m_heights.clear();
    }
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
    event->ignore();
}

} // namespace rte::ui
