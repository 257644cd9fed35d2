// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tasklistdecorator.h"

#include "presentation/tasklistmodel.h"
#include "tasktypeicons.h"

#include <QColor>
#include <QFont>

namespace rte::ui {

using presentation::TaskListModel;

QVariant TaskListDecorator::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == TaskListModel::TypeColumn)
        return TaskTypeIcons::icon(
            QIdentityProxyModel::data(index, TaskListModel::TaskTypeRole).value<core::TaskType>());
    const bool overdue = QIdentityProxyModel::data(index, TaskListModel::OverdueRole).toBool();
    if (overdue && role == Qt::ForegroundRole
        && (index.column() == TaskListModel::DueColumn || index.column() == TaskListModel::StatusColumn))
        return QColor(0xc0, 0x1c, 0x28);
    if (overdue && role == Qt::FontRole && index.column() == TaskListModel::StatusColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace rte::ui
