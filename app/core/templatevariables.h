// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/contact.h"

#include <QList>
#include <QString>

namespace rte::core {

// The {{variables}} Reply fills from the contact: where they are in a text, and what the text
// reads like for one contact.
class TemplateVariables
{
public:
    struct Match
    {
        int start = 0;
        int length = 0;
        QString name;
    };
    static QList<Match> find(const QString &text);
    // Known variables take the contact's value; unknown ones stay as written so the rep sees them.
    // With htmlEscape the values are escaped, for a body that is an HTML fragment.
    static QString render(const QString &text, const Contact &contact, bool htmlEscape = false);
    static QString placeholder(const QString &name)
    {
        return QLatin1String("{{") + name + QLatin1String("}}");
    }
};

} // namespace rte::core
