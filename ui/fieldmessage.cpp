// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
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
    // An error red that stays readable: darker on light themes, lighter on dark ones.
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
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
        // Read out with the field; the tooltip stays the field's own (why it is locked, say).
        m_field->setAccessibleDescription(message);
    }
}

} // namespace rte::ui
