#pragma once

#include <QSyntaxHighlighter>

class QLineEdit;

namespace rte::ui {

// Marks {{variables}} in the body, so the rep sees at a glance what Reply will fill in.
class VariableHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit VariableHighlighter(QTextDocument *document);
    static QTextCharFormat variableFormat();
    // A line edit has no document: the same marks go on it as input-method formats.
    static void highlight(QLineEdit *edit);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace rte::ui
