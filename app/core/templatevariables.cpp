// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/templatevariables.h"

#include <QRegularExpression>

namespace rte::core {

namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*\\}\\}"));
    return re;
}

} // namespace

QList<TemplateVariables::Match> TemplateVariables::find(const QString &text)
{
    QList<Match> matches;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        matches.append({int(m.capturedStart()), int(m.capturedLength()), m.captured(1)});
    }
    return matches;
}

QString TemplateVariables::render(const QString &text, const Contact &contact, bool htmlEscape)
{
    QString result;
    int last = 0;
    for (const Match &match : find(text)) {
        result += text.mid(last, match.start - last);
        const std::optional<QString> value = contact.variable(match.name);
        result
            += value ? (htmlEscape ? value->toHtmlEscaped() : *value) : text.mid(match.start, match.length);
        last = match.start + match.length;
    }
    result += text.mid(last);
    return result;
}

} // namespace rte::core
