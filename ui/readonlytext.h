// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QTextBrowser>

namespace rte::ui {

// A value shown whole: text that wraps at word boundaries or, for a run without a space (a link, a
// long token), anywhere, and is as tall as the wrapped text at the width it is given, so the
// surrounding scroll area scrolls instead of cutting it. Selectable with the mouse and, once clicked,
// the keyboard; links open outside. Not a Tab stop: a screen reader reaches it by its accessible name.
// A QLabel can't do this: its minimum width is its longest unbreakable word, which pushes a whole
// form wider than the panel. A very long value (a body of a megabyte, not any real note) is shown in
// part, in a box that scrolls itself (kShownText): nobody reads it panel-long.
class ReadOnlyText : public QTextBrowser
{
    Q_OBJECT
public:
    // Past kShownText characters only the beginning is shown, in a box of kLongTextLines lines that
    // scrolls itself, with a line that says the form has the rest: parsing and laying out a megabyte
    // twice per save (Reply's answer, then the read) cost the panel over half a second.
    static constexpr int kShownText = 20000;
    static constexpr int kLongTextLines = 20;

    explicit ReadOnlyText(QWidget *parent = nullptr);

    // False when the value already shows this text: a panel refreshed with the same answer (a save,
    // then the read that follows it) does not parse a long body again.
    bool setContent(const QString &text, Qt::TextFormat format);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    // The panel scrolls, not the value: nothing here is ever taller than itself (but a long value).
    void wheelEvent(QWheelEvent *event) override;

private:
    QString m_text;
    Qt::TextFormat m_format = Qt::PlainText;
    bool m_long = false; // shown in part, in a box that scrolls itself (kShownText)
    mutable QHash<int, int> m_heights; // heightForWidth's answers for the text shown, by width
};

} // namespace rte::ui
