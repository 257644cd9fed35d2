// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "reassigndialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace rte::ui {

ReassignDialog::ReassignDialog(
    const QList<core::TeamUser> &users, int count, const QString &tasks, QWidget *parent)
    : QDialog(parent)
    , m_users(new QComboBox(this))
{
    setWindowTitle(tr("Reassign"));
    for (const core::TeamUser &user : users) {
        const QString label
            = user.teamName.isEmpty() ? user.userName : tr("%1 (%2)").arg(user.userName, user.teamName);
        m_users->addItem(label, user.userId);
    }
    m_users->setAccessibleName(tr("Teammate"));
    auto *layout = new QFormLayout(this);
    auto *intro = new QLabel(tr("Who should take over %n task(s)?", nullptr, count), this);
    intro->setWordWrap(true);
    layout->addRow(intro);
    auto *which = new QLabel(tasks, this);
    which->setObjectName(QStringLiteral("targetTasks"));
    which->setWordWrap(true);
    layout->addRow(which);
    auto *label = new QLabel(tr("&Teammate"), this);
    label->setBuddy(m_users);
    layout->addRow(label, m_users);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Reassign"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    ok->setEnabled(!users.isEmpty());
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 ReassignDialog::userId() const
{
    return m_users->currentData().toLongLong();
}

} // namespace rte::ui
