// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/commandline.h"

#include <QCommandLineParser>

namespace rte::presentation {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption task {
        QStringLiteral("task"), CommandLine::tr("Open the task with this ID."), CommandLine::tr("ID")};
    QCommandLineOption apiBase {QStringLiteral("api-base"),
        CommandLine::tr("Talk to this Reply API address instead of https://api.reply.io."),
        CommandLine::tr("URL")};
    QCommandLineOption demo {QStringLiteral("demo"),
        CommandLine::tr("Try the app against a built-in practice server with sample tasks. "
                        "No account or network is needed.")};
    QCommandLineOption verbose {QStringLiteral("verbose"),
        CommandLine::tr("Print what the app does, without keys or personal data.")};
    // For the benchmarks, not for reps: hidden from --help, so not translated either.
    QCommandLineOption reportReady {QStringLiteral("report-ready"), QString()};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLine::tr("Open, edit and save your Reply.io tasks, and see what the server made of them.\n"
                            "The API key is read from the REPLY_API_KEY environment variable or asked for "
                            "in the window; it is never accepted on the command line."));
        parser.addHelpOption();
        parser.addVersionOption();
        reportReady.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({task, apiBase, demo, verbose, reportReady});
    }

    QString fill(CommandLineOptions *options) const
    {
        if (parser.isSet(task)) {
            bool ok = false;
            const qint64 id = parser.value(task).toLongLong(&ok);
            if (!ok || id <= 0)
                return CommandLine::tr(
                    "--task needs a task ID, a whole number above zero, such as --task 42.");
            options->taskId = id;
        }
        if (parser.isSet(apiBase)) {
            const QUrl url(parser.value(apiBase), QUrl::StrictMode);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                || url.host().isEmpty())
                return CommandLine::tr("--api-base needs a web address such as https://api.reply.io.");
            options->apiBase = url;
        }
        options->demo = parser.isSet(demo);
        options->verbose = parser.isSet(verbose);
        options->reportReady = parser.isSet(reportReady);
        if (options->demo && options->apiBase.isValid())
            return CommandLine::tr(
                "--demo uses the built-in practice server, so it can't be combined with --api-base.");
        return QString();
    }
};

} // namespace

CommandLineOptions CommandLine::parseOrExit(const QStringList &arguments)
{
    Parser p;
    p.parser.process(arguments);
    CommandLineOptions options;
    const QString error = p.fill(&options);
    if (!error.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(error));
        ::exit(2);
    }
    return options;
}

QString CommandLine::parse(const QStringList &arguments, CommandLineOptions *options)
{
    Parser p;
    if (!p.parser.parse(arguments))
        return p.parser.errorText();
    return p.fill(options);
}

} // namespace rte::presentation
