// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>

#include <memory>

class QLineEdit;

namespace rte::presentation {
class SpellChecker;
}

namespace rte::ui {

// Marks {{variables}} in the body, so the rep sees at a glance what Reply will fill in, and
// underlines misspelled words when a spell checker is set. One highlighter does both: a document
// takes only one.
class VariableHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit VariableHighlighter(QTextDocument *document);
    void setSpellChecker(std::shared_ptr<presentation::SpellChecker> spell);
    static QTextCharFormat variableFormat();
    static QTextCharFormat misspellingFormat();
    // A line edit has no document: the same marks go on it as input-method formats.
    static void highlight(QLineEdit *edit, const presentation::SpellChecker *spell = nullptr);

protected:
    void highlightBlock(const QString &text) override;

private:
    std::shared_ptr<presentation::SpellChecker> m_spell;
};

} // namespace rte::ui
