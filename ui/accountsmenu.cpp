// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "accountsmenu.h"

#include <QActionGroup>

namespace rte::ui {

AccountsMenu::AccountsMenu(QWidget *parent)
    : QMenu(tr("&Accounts"), parent)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    m_separator = addSeparator();
    m_add = QMenu::addAction(tr("&Add Account…"));
    m_settings = QMenu::addAction(tr("&Settings…"));
    m_settings->setShortcut(QKeySequence::Preferences);
    connect(m_add, &QAction::triggered, this, &AccountsMenu::addRequested);
    connect(m_settings, &QAction::triggered, this, &AccountsMenu::settingsRequested);
}

void AccountsMenu::setAccounts(const QList<store::Account> &accounts, const QString &currentId)
{
    const QList<QAction *> old = m_group->actions();
    for (QAction *action : old) {
        removeAction(action);
        delete action;
    }
    for (const store::Account &account : accounts) {
        // Names are the rep's own words: an ampersand in one must not become a mnemonic.
        QString name = account.name.isEmpty() ? tr("Unnamed account") : account.name;
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        auto *action = new QAction(name, m_group);
        action->setCheckable(true);
        action->setChecked(account.id == currentId);
        action->setData(account.id);
        insertAction(m_separator, action);
        const QString id = account.id;
        connect(action, &QAction::triggered, this, [this, id, currentId] {
            if (id != currentId)
                Q_EMIT switchRequested(id);
        });
    }
    m_separator->setVisible(!accounts.isEmpty());
}

} // namespace rte::ui
