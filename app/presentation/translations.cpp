// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rte::presentation {

void Translations::install(QCoreApplication *app, const QLocale &locale)
{
    // English source strings need their plural forms ("1 character") from a translation too; it goes
    // in first so that the rep's language, installed later, takes precedence.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/reply-task-editor_en.qm")))
        QCoreApplication::installTranslator(english);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("reply-task-editor"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && own->language() != QLatin1String("en"))
        QCoreApplication::installTranslator(own);
}

} // namespace rte::presentation
