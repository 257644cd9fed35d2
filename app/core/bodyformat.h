// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

class QTextDocument;

namespace rte::core {

// The task body on the wire: a compact HTML fragment for email-like channels, plain text for
// channels that cannot show markup, so that no tag ever reaches a prospect's phone.
class BodyFormat
{
public:
    static bool isPlainTextChannel(TaskType type);

    // <p>, <b>, <i>, <u>, <a href>, <ul>/<ol><li> and <br> only: no DOCTYPE, head, style block,
    // qrichtext marker or -qt- styles, whatever QTextDocument::toHtml() would have written.
    static QString toCompactHtml(const QTextDocument &document);
    static QString compactHtml(const QString &html);

    // Lists keep a bullet or number and links keep their address, so nothing the rep wrote is lost.
    static QString toPlainText(const QTextDocument &document);
    static QString htmlToPlainText(const QString &html);
    static QString plainTextToHtml(const QString &text);

    static bool isBlank(const QString &body, bool plainText);
};

} // namespace rte::core
