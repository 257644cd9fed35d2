// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QJsonObject;

namespace rte::sandbox {

// Resolves {{variable}} placeholders from a contact, the way includeContent=true does.
class TemplateRenderer
{
public:
    // Known variables render to the contact's value (empty when it has none, or without a contact);
    // unknown ones stay as written so a typo is visible in the rendered text instead of vanishing.
    static QString render(const QString &text, const QJsonObject &contact);
};

} // namespace rte::sandbox
