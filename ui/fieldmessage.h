// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QPointer>

namespace rte::ui {

// The inline message under a form field. It hides itself when there is nothing to say, and
// hands its text to the field as accessible description so a screen reader reads it with the field.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);
    void setMessage(const QString &message);
    QString message() const { return m_message; }

private:
    QPointer<QWidget> m_field;
    QString m_message;
};

} // namespace rte::ui
