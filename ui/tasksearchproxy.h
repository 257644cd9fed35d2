// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace rte::ui {

// The list's search over the rows loaded so far: every typed word must appear in a row's search
// text (TaskListModel::SearchTextRole), in any order. It never sorts: the model's order is shown.
// While a search is on, the view does not page in by itself (Qt's views fetch more whenever the
// last row is in sight, which a search that hides most rows would turn into walking the whole
// account, a request per page); the rep asks for more instead.
class TaskSearchProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskSearchProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    bool isSearching() const { return m_searching; }
    bool canFetchMore(const QModelIndex &parent) const override;

private:
    bool m_searching = false;
};

} // namespace rte::ui
