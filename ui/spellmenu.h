// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/spellchecker.h"

#include <functional>

class QMenu;

namespace rte::ui {

// The spelling part of a text field's context menu: suggestions for the misspelled word under the
// click, and "Add to dictionary". The body and the subject use the same one.
class SpellMenu
{
public:
    using Replace = std::function<void(const presentation::SpellChecker::Range &, const QString &)>;
    // Puts the entries at the top of `menu` when `position` in `text` is in a misspelled word.
    // `replace` swaps the word for a suggestion; `added` runs after the word joined the dictionary.
    static void addSuggestions(QMenu *menu, presentation::SpellChecker *spell, const QString &text,
        int position, const Replace &replace, const std::function<void()> &added);
};

} // namespace rte::ui
