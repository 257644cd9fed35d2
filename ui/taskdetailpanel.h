#pragma once

#include "core/task.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace rte::ui {

// What the server made of the task: every field of the last answer, times in local time,
// delivery addresses as links, and the rendered content when the server sent it.
class TaskDetailPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit TaskDetailPanel(QWidget *parent = nullptr);

    void showTask(const core::Task &task);
    void clear();
    // The text shown for a row, for tests and for screen readers.
    QString rowText(const QString &key) const;

    static QString formatDateTime(const QDateTime &utc);

private:
    void setRow(const QString &key, const QString &text, Qt::TextFormat format = Qt::PlainText);

    QFormLayout *m_form;
    QLabel *m_placeholder;
    QHash<QString, QLabel *> m_values;
};

} // namespace rte::ui
