// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/account.h"

#include <QList>
#include <QMenu>

class QActionGroup;

namespace rte::ui {

// The Accounts menu: one checkable entry per account (the current one checked), then
// "Add Account…" and "Settings…". It only asks; the window decides what happens.
class AccountsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit AccountsMenu(QWidget *parent = nullptr);

    void setAccounts(const QList<store::Account> &accounts, const QString &currentId);
    QAction *addAction() const { return m_add; }
    QAction *settingsAction() const { return m_settings; }

Q_SIGNALS:
    void switchRequested(const QString &accountId);
    void addRequested();
    void settingsRequested();

private:
    QActionGroup *m_group;
    QAction *m_separator;
    QAction *m_add;
    QAction *m_settings;
};

} // namespace rte::ui
