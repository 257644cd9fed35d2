// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// Who answers each Alt+letter: the window's menu titles, the labels of visible fields and the
// visible buttons share one scope; each menu's items are a scope of their own.
#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QWidget>

namespace rte::test {

using MnemonicOwners = QMap<QChar, QStringList>;

inline void addMnemonic(MnemonicOwners &owners, const QString &text, const QString &what)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && text.at(i + 1) != QLatin1Char('&')) {
            const QString owner = what + QLatin1String(": ") + text;
            QStringList &list = owners[text.at(i + 1).toLower()];
            if (!list.contains(owner))
                list.append(owner);
            return;
        }
        if (text.at(i) == QLatin1Char('&'))
            ++i; // "&&" is a literal ampersand
    }
}

// The window scope as it is now (menus, visible labels with a buddy, visible buttons and group boxes).
inline MnemonicOwners windowMnemonics(QWidget *window, QMenuBar *menuBar)
{
    MnemonicOwners owners;
    const auto menus = menuBar->actions();
    for (const QAction *menu : menus)
        addMnemonic(owners, menu->text(), QStringLiteral("menu"));
    const auto labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() && label->isVisibleTo(window))
            addMnemonic(owners, label->text(), QStringLiteral("label"));
    }
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisibleTo(window))
            addMnemonic(owners, button->text(), QStringLiteral("button"));
    }
    const auto boxes = window->findChildren<QGroupBox *>();
    for (const QGroupBox *box : boxes) {
        if (box->isVisibleTo(window))
            addMnemonic(owners, box->title(), QStringLiteral("group"));
    }
    return owners;
}

// Each menu of the menu bar: its items' letters, menu by menu.
inline QMap<QString, MnemonicOwners> menuMnemonics(QMenuBar *menuBar)
{
    QMap<QString, MnemonicOwners> result;
    const auto menus = menuBar->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        MnemonicOwners owners;
        const auto items = menuAction->menu()->actions();
        for (const QAction *item : items) {
            if (!item->isSeparator() && item->isVisible())
                addMnemonic(owners, item->text(), menuAction->text());
        }
        result.insert(menuAction->text(), owners);
    }
    return result;
}

// The first letter with more than one owner, in words; empty when every letter has one.
inline QString firstClash(const MnemonicOwners &owners)
{
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() != 1)
            return it.value().join(QLatin1String(" | "));
    }
    return QString();
}

} // namespace rte::test
