// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// A body's HTML, as the server or a paste hands it, to compact HTML and to plain text.
#include "core/bodyformat.h"

#include <QGuiApplication>
#include <QTextDocument>

#include <cstdlib>

using rte::core::BodyFormat;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QTextDocument needs fonts, so a GUI application, without a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString compact = BodyFormat::compactHtml(html);
    const QString plain = BodyFormat::htmlToPlainText(html);
    // What goes to a phone never carries a tag the compact form still had.
    if (plain.contains(QLatin1String("<p>")) && !html.contains(QLatin1String("&lt;p&gt;"))
        && !html.contains(QLatin1String("<p>")))
        std::abort();
    (void)BodyFormat::plainTextToHtml(plain);
    (void)BodyFormat::isBlank(compact, false);
    (void)BodyFormat::isBlank(plain, true);
    QTextDocument document;
    document.setHtml(compact);
    (void)BodyFormat::toCompactHtml(document);
    return 0;
}
