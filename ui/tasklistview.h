#pragma once

#include "core/taskfilter.h"
#include "core/tasklistitem.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTableView;

namespace rte::presentation {
class TaskListModel;
}

namespace rte::ui {

class TaskListDecorator;

// The rep's queue beside the editor: filters, a search box over what is loaded, and the list.
// Moving the current row opens that task after a short pause, so arrowing through the list
// does not spend a request per row.
class TaskListView : public QWidget
{
    Q_OBJECT
public:
    explicit TaskListView(presentation::TaskListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *whenFilter() const { return m_when; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QList<core::TaskListItem> selectedItems() const;
    // Selects the row of this task, if it is loaded, without opening it again.
    void showTask(qint64 taskId);
    core::TaskFilter currentFilter() const;
    // Sends the filter the widgets show to the model (at start, and after any change).
    void applyFilter();

Q_SIGNALS:
    void openRequested(qint64 taskId);

private:
    void updateStatus();
    // Selects the row of the task shown; without it, clears the selection only when asked to.
    void follow(bool clearWhenMissing);

    presentation::TaskListModel *m_model;
    TaskListDecorator *m_decorator;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_when;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_overdue;
    QLineEdit *m_contact;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_statusLine;
    QTimer *m_openTimer;
    qint64 m_shownTaskId = 0;
    bool m_following = false; // the selection follows the workspace, not the rep
};

} // namespace rte::ui
