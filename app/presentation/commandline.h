// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rte::presentation {

// What the rep asked for on the command line. The API key is deliberately not an option:
// command lines end up in shell history and in `ps` output.
struct CommandLineOptions
{
    std::optional<qint64> taskId;
    QUrl apiBase;
    bool demo = false;
    bool verbose = false;
    // Print "ready" once the window shows the task it was started for (the start-up benchmark).
    bool reportReady = false;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Parses the arguments; on --help, --version or an error it prints and exits, as QCommandLineParser does.
    static CommandLineOptions parseOrExit(const QStringList &arguments);
    // The same parse without side effects: the error text, or empty when the arguments are fine.
    static QString parse(const QStringList &arguments, CommandLineOptions *options);
};

} // namespace rte::presentation
