#include "variablehighlighter.h"

#include "core/templatevariables.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>

namespace rte::ui {

VariableHighlighter::VariableHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

QTextCharFormat VariableHighlighter::variableFormat()
{
    QTextCharFormat format;
    format.setBackground(QColor(0xdc, 0xe8, 0xfa));
    format.setForeground(QColor(0x1a, 0x3d, 0x7c));
    return format;
}

void VariableHighlighter::highlightBlock(const QString &text)
{
    const QTextCharFormat format = variableFormat();
    for (const auto &match : core::TemplateVariables::find(text))
        setFormat(match.start, match.length, format);
}

void VariableHighlighter::highlight(QLineEdit *edit)
{
    // QLineEdit draws formats that come with an input-method event; an empty commit string leaves
    // the text alone and only replaces the formats.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = edit->cursorPosition();
    for (const auto &match : core::TemplateVariables::find(edit->text()))
        attributes.append(QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, match.start - cursor, match.length, variableFormat()));
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(edit, &event);
}

} // namespace rte::ui
