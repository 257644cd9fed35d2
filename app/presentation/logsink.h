// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace rte::presentation {

// Where every log line of the process goes: one Qt message handler for all categories, Qt's own
// included, that passes each message through core::Redaction::redact() before it reaches stderr
// or the optional log file. It also sets the filter: rte.* debug output only with --verbose or
// when QT_LOGGING_RULES asks for it (the environment's rules win over ours).
class LogSink
{
public:
    // Installs the handler (again: replaces the previous log file). logFile, when not empty, is
    // opened for appending and made readable by its owner only. False when the file cannot be
    // opened; stderr still gets every line then.
    static bool install(bool verbose, const QString &logFile = {});
    // Restores Qt's previous handler and closes the log file.
    static void uninstall();
    // The line as written: "<type> <category>: <redacted message>".
    static QString format(QtMsgType type, const char *category, const QString &message);
};

} // namespace rte::presentation
