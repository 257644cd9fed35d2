// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/logsink.h"

#include "core/redaction.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRecursiveMutex>

#include <cstdio>
#include <memory>

namespace rte::presentation {

namespace {

struct SinkState
{
    // Recursive: a warning raised while writing (by QFile, say) comes back into the handler.
    QRecursiveMutex mutex;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

SinkState &state()
{
    static SinkState sink;
    return sink;
}

QLatin1String typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("log");
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Redacted before anything is written anywhere: a fatal message ends the process right after.
    const QByteArray line = LogSink::format(type, context.category, message).toLocal8Bit() + '\n';
    {
        SinkState &sink = state();
        QMutexLocker locker(&sink.mutex);
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
        if (sink.file) {
            sink.file->write(line);
            sink.file->flush();
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString LogSink::format(QtMsgType type, const char *category, const QString &message)
{
    const QString name = category && *category ? QString::fromLatin1(category) : QStringLiteral("default");
    return typeName(type) + QLatin1Char(' ') + name + QLatin1String(": ") + core::Redaction::redact(message);
}

bool LogSink::install(bool verbose, const QString &logFile)
{
    // Our rules go in through the API; QT_LOGGING_RULES is applied after them and so still wins.
    QLoggingCategory::setFilterRules(
        verbose ? QStringLiteral("rte.*.debug=true") : QStringLiteral("rte.*.debug=false"));
    SinkState &sink = state();
    bool opened = true;
    {
        QMutexLocker locker(&sink.mutex);
        sink.file.reset();
        if (!logFile.isEmpty()) {
            auto file = std::make_unique<QFile>(logFile);
            // Owner-only before the first line: even redacted logs show which tasks the rep works.
            const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            opened = file->open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly)
                && file->setPermissions(ownerOnly);
            if (opened)
                sink.file = std::move(file);
        }
        if (!sink.installed) {
            sink.previous = qInstallMessageHandler(handle);
            sink.installed = true;
        }
    }
    return opened;
}

void LogSink::uninstall()
{
    SinkState &sink = state();
    QMutexLocker locker(&sink.mutex);
    if (sink.installed) {
        qInstallMessageHandler(sink.previous);
        sink.installed = false;
        sink.previous = nullptr;
    }
    sink.file.reset();
}

} // namespace rte::presentation
