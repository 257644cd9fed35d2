// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <optional>

namespace rte::core {

// The word grammar behind DatePhrase::parse (forms and rules are documented there). A result may be
// in any time spec; DatePhrase hands it out in UTC.
class DatePhraseParser
{
public:
    static std::optional<QDateTime> parse(
        const QString &text, const QDateTime &now, const QLocale &locale, const QTimeZone &zone);
};

} // namespace rte::core
