// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace rte::ui {

// A message across the top of the form for what concerns the whole task: why it can't be
// edited, a lost connection, what the server refused. At most one action button.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone
    {
        Information,
        Warning,
        Error
    };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text, const QString &actionText = {}, bool closable = true);
    void clear();
    QString text() const;
    Tone tone() const { return m_tone; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Tone m_tone = Tone::Information;
};

} // namespace rte::ui
