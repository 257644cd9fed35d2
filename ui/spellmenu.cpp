// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "spellmenu.h"

#include <QCoreApplication>
#include <QMenu>

namespace rte::ui {

void SpellMenu::addSuggestions(QMenu *menu, presentation::SpellChecker *spell, const QString &text,
    int position, const Replace &replace, const std::function<void()> &added)
{
    if (!spell || !spell->isAvailable())
        return;
    const auto range = spell->misspellingAt(text, position);
    if (!range)
        return;
    const QString word = text.mid(range->start, range->length);
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = spell->suggestions(word).mid(0, 6);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QObject::connect(
            action, &QAction::triggered, menu, [replace, range, suggestion] { replace(*range, suggestion); });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto *none
            = new QAction(QCoreApplication::translate("rte::ui::SpellMenu", "No spelling suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(
        QCoreApplication::translate("rte::ui::SpellMenu", "Add “%1” to the dictionary").arg(word), menu);
    QObject::connect(add, &QAction::triggered, menu, [spell, word, added] {
        spell->addWord(word);
        added();
    });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
}

} // namespace rte::ui
