// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;
class QLocale;

namespace rte::presentation {

// Loads the app's translations for the rep's locale, with English plural forms underneath, and
// Qt's own translations so standard dialogs speak the same language.
class Translations
{
public:
    static void install(QCoreApplication *app, const QLocale &locale);
};

} // namespace rte::presentation
