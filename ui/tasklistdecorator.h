// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

namespace rte::ui {

// Adds what only widgets know to the task list: the type icons and the overdue colour.
class TaskListDecorator : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace rte::ui
