// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// TaskListModel's order: how rows compare, column by column, and how they keep that order as
// pages arrive, rows change and the rep picks another column. Apart from the paging in
// tasklistmodel.cpp, because it is a responsibility of its own.
#include "core/labels.h"
#include "presentation/tasklistmodel.h"

#include <algorithm>

namespace rte::presentation {

using core::TaskListItem;

namespace {

// Missing dates go last whichever way the rep sorts: they are nothing to act on.
int compareDates(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid() ? -1 : 1;
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

void TaskListModel::insertInOrder(const TaskListItem &item)
{
    const auto at = std::upper_bound(m_items.cbegin(), m_items.cend(), item,
        [this](const TaskListItem &a, const TaskListItem &b) { return lessThan(a, b); });
    const int row = int(at - m_items.cbegin());
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    endInsertRows();
}

// A changed row (a new due time, a known subject) moves to where the order now puts it.
void TaskListModel::keepInOrder(int row)
{
    QList<TaskListItem> others = m_items;
    const TaskListItem item = others.takeAt(row);
    const auto at = std::upper_bound(others.cbegin(), others.cend(), item,
        [this](const TaskListItem &a, const TaskListItem &b) { return lessThan(a, b); });
    const int target = int(at - others.cbegin());
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_items.move(row, target);
    endMoveRows();
}

void TaskListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        idsBefore.append(m_items.at(index.row()).id);
    std::stable_sort(m_items.begin(), m_items.end(),
        [this](const TaskListItem &a, const TaskListItem &b) { return lessThan(a, b); });
    QHash<qint64, int> rows;
    for (int row = 0; row < m_items.size(); ++row)
        rows.insert(m_items.at(row).id, row);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rows.value(idsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool TaskListModel::lessThan(const TaskListItem &a, const TaskListItem &b) const
{
    const int byColumn = compareBy(m_sortColumn, a, b);
    if (byColumn != 0)
        return m_sortOrder == Qt::AscendingOrder ? byColumn < 0 : byColumn > 0;
    // Ties keep one fixed order (due time, then id), so rows never swap places at random.
    if (const int byDue = compareBy(DueColumn, a, b))
        return byDue < 0;
    return a.id < b.id;
}

int TaskListModel::compareBy(int column, const TaskListItem &a, const TaskListItem &b) const
{
    const QDateTime now = m_now();
    const auto overdueFirst = [&now](const TaskListItem &x, const TaskListItem &y) {
        return int(y.isOverdue(now)) - int(x.isOverdue(now));
    };
    const auto text = [this](const QString &x, const QString &y) {
        // Nothing known (a subject not seen yet) goes last, like a missing date.
        if (x.isEmpty() != y.isEmpty())
            return x.isEmpty() ? 1 : -1;
        return m_collator.compare(x, y);
    };
    switch (column) {
    case TypeColumn:
        return text(core::Labels::taskType(a.taskType), core::Labels::taskType(b.taskType));
    case SubjectColumn:
        return text(subjectOf(a.id), subjectOf(b.id));
    case ContactColumn:
        return text(contactText(a), contactText(b));
    case StartColumn:
        return compareDates(a.startAt, b.startAt);
    case DueColumn:
        if (const int overdue = overdueFirst(a, b))
            return overdue;
        return compareDates(a.dueTo, b.dueTo);
    case StatusColumn:
        if (const int overdue = overdueFirst(a, b))
            return overdue;
        return text(core::Labels::status(a.status), core::Labels::status(b.status));
    case StepColumn:
        return text(stepText(a), stepText(b));
    }
    return 0;
}

} // namespace rte::presentation
