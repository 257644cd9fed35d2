// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QHash>
#include <QScrollArea>

#include <optional>

class QFormLayout;
class QLabel;

namespace rte::ui {

class ReadOnlyText;

// What the server made of the task: every field of the last answer, times in local time,
// delivery addresses as links, and the rendered content when the server sent it.
class TaskDetailPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit TaskDetailPanel(QWidget *parent = nullptr);

    void showTask(const core::Task &task);
    void clear();
    // Teammates' names by user id (from the team list), shown instead of the bare ids; the task on
    // show is shown again with them. An id not in the map stays an id.
    void setUserNames(const QHash<qint64, QString> &names);
    // The text shown for a row, for tests and for screen readers.
    QString rowText(const QString &key) const;

    static QString formatDateTime(const QDateTime &utc);

private:
    void setRow(const QString &key, const QString &text, Qt::TextFormat format = Qt::PlainText);
    void setUserRow(const QString &key, const std::optional<qint64> &userId);

    QFormLayout *m_form;
    QLabel *m_placeholder;
    QHash<QString, ReadOnlyText *> m_values;
    QHash<qint64, QString> m_userNames;
    std::optional<core::Task> m_task;
};

} // namespace rte::ui
