// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTextCharFormat;
class QTextEdit;
class QToolBar;

namespace rte::presentation {
class SpellChecker;
}

namespace rte::ui {

class VariableHighlighter;

// The task body: rich text with a small toolbar for email-like channels, plain text with a live
// character count for SMS, WhatsApp and LinkedIn. It reports what the rep typed as a compact
// HTML fragment (or plain text); a body set from outside is never reported back, so an
// untouched body goes to the server exactly as it came.
class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BodyEditor(QWidget *parent = nullptr);

    void setPlainTextMode(bool plain, bool isSms = false);
    bool isPlainTextMode() const { return m_plain; }
    // Shows `body` without emitting edited(); keeps the undo history unless the text differs.
    void setBody(const QString &body);
    // What the rep last typed, in the form the server gets.
    QString body() const { return m_body; }
    void setReadOnly(bool readOnly);
    QTextEdit *textEdit() const { return m_edit; }
    // The count under a plain-text body, and for SMS its parts and what they cost.
    QString characterCountText() const;
    // What an SMS count measures: the message as it will be sent (variables filled in). With
    // `estimate` the variables are still as typed because the contact isn't known. Until this is
    // called the count measures the text in the field.
    void setCountedText(const QString &text, bool estimate);
    // Underlines misspelled words and offers suggestions in the context menu; null turns it off.
    void setSpellChecker(std::shared_ptr<presentation::SpellChecker> spell);
    // The context menu for a point in the text field's viewport: the standard entries, with the
    // spelling suggestions on top when the point is on a misspelled word. The caller owns it.
    QMenu *createContextMenu(const QPoint &position);

Q_SIGNALS:
    void edited(const QString &body);

private:
    void onTextChanged();
    void updateFormatActions(const QTextCharFormat &format);
    void updateCount();
    void showBody();
    void mergeFormat(const QTextCharFormat &format);
    void toggleList(bool ordered, bool on);
    void insertLink();
    QAction *addFormatAction(const QString &text, const QString &iconName, const QKeySequence &shortcut);

    QToolBar *m_toolBar;
    QTextEdit *m_edit;
    QLabel *m_count;
    VariableHighlighter *m_highlighter;
    std::shared_ptr<presentation::SpellChecker> m_spell;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_underline;
    QAction *m_bullets;
    QAction *m_numbers;
    QAction *m_link;
    QString m_body;
    std::optional<QString> m_counted;
    bool m_estimate = false;
    bool m_plain = false;
    bool m_isSms = false;
    bool m_loading = false;
};

} // namespace rte::ui
