// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QTextBrowser>

#include <memory>
#include <optional>
#include <utility>

namespace rte::ui {

// A value shown whole: text that wraps at word boundaries or, for a run without a space (a link, a
// long token), anywhere, and is as tall as the wrapped text at the width it is given, so the
// surrounding scroll area scrolls instead of cutting it. Selectable with the mouse and, once clicked,
// the keyboard; links open outside. Not a Tab stop: a screen reader reaches it by its accessible name.
// A QLabel can't do this: its minimum width is its longest unbreakable word, which pushes a whole
// form wider than the panel.
class ReadOnlyText : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReadOnlyText(QWidget *parent = nullptr);

    // Showing the same text again does nothing: the panel is filled twice per save, mostly unchanged.
    void setContent(const QString &text, Qt::TextFormat format);
    bool shows(const QString &text, Qt::TextFormat format) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The panel scrolls, not the value: nothing here is ever taller than itself.
    void wheelEvent(QWheelEvent *event) override;

private:
    void onContentsChanged();

    // A layout asks for the height at the same few widths many times while the panel fills (it was
    // 10 ms of a task's arrival): the text is laid out once per width on one copy, not on a fresh
    // copy each time. Both go when the text, the font or the style changes.
    mutable std::unique_ptr<QTextDocument> m_measure;
    mutable QHash<int, int> m_heights;
    // What setContent() was given, until the text changes another way (clear()).
    std::optional<std::pair<QString, Qt::TextFormat>> m_source;
};

} // namespace rte::ui
