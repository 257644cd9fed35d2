// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/teamuser.h"

#include <QDialog>

class QComboBox;

namespace rte::ui {

// Picks the teammate who takes over the selected tasks.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    ReassignDialog(
        const QList<core::TeamUser> &users, int count, const QString &tasks, QWidget *parent = nullptr);
    qint64 userId() const;

private:
    QComboBox *m_users;
};

} // namespace rte::ui
