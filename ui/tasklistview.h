// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfilter.h"
#include "core/tasklistitem.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTimer;
class QTableView;

namespace rte::presentation {
class TaskListModel;
}

namespace rte::ui {

class TaskListDecorator;
class TaskSearchProxy;

// The rep's queue beside the editor: filters, a search box over what is loaded, and the list.
// Moving the current row opens that task after a short pause, so arrowing through the list
// does not spend a request per row. The order is the model's (a header click or the Sort box
// asks it to sort); the search only hides rows.
class TaskListView : public QWidget
{
    Q_OBJECT
public:
    explicit TaskListView(presentation::TaskListModel *model, QWidget *parent = nullptr);
    ~TaskListView() override;

    // Where the columns (widths, order), the sort and the filters are kept between runs, in the
    // group "taskList". Reads them now, without asking for a list; writes them back when the view
    // goes, so they must outlive it. Without settings nothing is kept (the widget tests start clean).
    void setSettings(QSettings *settings);
    void saveSettings() const;

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *whenFilter() const { return m_when; }
    QComboBox *sortChoice() const { return m_sort; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
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
    // The When box's choices (its item data); kept between runs by name (tasklistviewsettings.cpp).
    enum When
    {
        AnyTime,
        Today,
        Tomorrow,
        NextSevenDays,
        ThisWeek,
        Custom,
        WhenCount
    };

    void updateStatus();
    void setDefaultColumnWidths();
    void restoreSettings();
    // The model's order, shown in the header's indicator and in the Sort box.
    void showSort();
    // Selects the row of the task shown; without it, clears the selection only when asked to.
    void follow(bool clearWhenMissing);

    presentation::TaskListModel *m_model;
    TaskListDecorator *m_decorator;
    TaskSearchProxy *m_proxy;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_when;
    QComboBox *m_sort;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_overdue;
    QLineEdit *m_contact;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_statusLine;
    QPushButton *m_loadMore;
    QSettings *m_settings = nullptr;
    QTimer *m_openTimer;
    qint64 m_shownTaskId = 0;
    bool m_following = false; // the selection follows the workspace, not the rep
};

} // namespace rte::ui
