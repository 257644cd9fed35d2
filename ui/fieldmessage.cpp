#include "fieldmessage.h"

#include <QAccessible>

namespace rte::ui {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
    // The error colour of the palette's theme, so dark themes stay readable.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    setPalette(p);
    setObjectName(QStringLiteral("fieldMessage"));
    hide();
}

void FieldMessage::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    setText(message);
    setVisible(!message.isEmpty());
    setAccessibleName(message);
    if (m_field) {
        m_field->setAccessibleDescription(message);
        m_field->setToolTip(message);
    }
}

} // namespace rte::ui
