// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// What the API tests expect of every message for the rep, kept apart from apitestsupport.h so the
// tests without a sandbox (tst_apierror) can use it too.

#include <QRegularExpression>
#include <QString>

namespace rte::api::test {

// A sentence for a person: no placeholders, markup, JSON or Qt identifiers.
inline bool isPlainWords(const QString &text)
{
    static const QRegularExpression technical(QStringLiteral("%\\d|%n|[{}<>]|::|QNetwork|Error\\b"));
    return text.size() > 10 && text.contains(QLatin1Char(' ')) && !technical.match(text).hasMatch();
}

// The api layer says what happened to the request; what that means for a form, an edit or a save is
// the caller's to add (issue 16): an error while loading a list must not talk about "your changes".
inline bool speaksOfTheEditor(const QString &text)
{
    static const QRegularExpression editor(QStringLiteral("\\b(form|forms|change|changes|changed|edit|edits|"
                                                          "edited|editing|save|saved|saving)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return editor.match(text).hasMatch();
}

} // namespace rte::api::test
