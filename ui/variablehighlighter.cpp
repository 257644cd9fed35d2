// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "variablehighlighter.h"

#include "core/templatevariables.h"
#include "presentation/spellchecker.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>

namespace rte::ui {

VariableHighlighter::VariableHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void VariableHighlighter::setSpellChecker(std::shared_ptr<presentation::SpellChecker> spell)
{
    m_spell = std::move(spell);
    rehighlight();
}

QTextCharFormat VariableHighlighter::variableFormat()
{
    QTextCharFormat format;
    format.setBackground(QColor(0xdc, 0xe8, 0xfa));
    format.setForeground(QColor(0x1a, 0x3d, 0x7c));
    return format;
}

QTextCharFormat VariableHighlighter::misspellingFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
    return format;
}

void VariableHighlighter::highlightBlock(const QString &text)
{
    const QTextCharFormat format = variableFormat();
    for (const auto &match : core::TemplateVariables::find(text))
        setFormat(match.start, match.length, format);
    // The checker never flags a variable, so the two kinds of marks do not overlap.
    if (m_spell) {
        const QTextCharFormat misspelled = misspellingFormat();
        for (const auto &range : m_spell->misspellings(text))
            setFormat(range.start, range.length, misspelled);
    }
}

void VariableHighlighter::highlight(QLineEdit *edit, const presentation::SpellChecker *spell)
{
    // QLineEdit draws formats that come with an input-method event; an empty commit string leaves
    // the text alone and only replaces the formats.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = edit->cursorPosition();
    for (const auto &match : core::TemplateVariables::find(edit->text()))
        attributes.append(QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, match.start - cursor, match.length, variableFormat()));
    if (spell) {
        for (const auto &range : spell->misspellings(edit->text()))
            attributes.append(QInputMethodEvent::Attribute(
                QInputMethodEvent::TextFormat, range.start - cursor, range.length, misspellingFormat()));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(edit, &event);
}

} // namespace rte::ui
