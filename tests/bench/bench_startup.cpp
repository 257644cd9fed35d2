// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Start-up as a rep meets it: the app's binary started with --demo --task 5 until its window is
// mapped and painted with the task (the app prints "ready", see ui/readyreport.h), its PSS then,
// and the same start with 100 drafts and 100 outbox items on disk. The anchor is a bare Qt Widgets
// window with the same kinds of widgets, started and measured the same way in the same run. Each
// run gets fresh folders; the three kinds of start take turns, so that drift hits all of them alike.
#include "benchreport.h"
#include "store/accountstore.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace rte;

namespace {

struct Start
{
    double readyMs = 0;
    double pssMiB = 0;
    double cpuMs = 0; // the main thread's time on a CPU: less noisy than the wall clock on a busy machine
    bool question = false; // the first thing shown was a question in front of the window
};

// Proportional set size: shared pages count by the share this process has of them, which is the
// honest figure for a process whose Qt libraries other programs also map.
double pssMiB(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double mainThreadCpuMs(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/schedstat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(0).toDouble() / 1e6;
}

// Folders of a returning rep: the demo account exists and is current, optionally with unsent work.
class Home
{
public:
    explicit Home(int unsentItems)
    {
        const QString config = m_dir.filePath(QStringLiteral("config/reply-task-editor"));
        const QString data = m_dir.filePath(QStringLiteral("data/reply-task-editor"));
        QDir().mkpath(config);
        store::AccountStore accounts(config + QStringLiteral("/accounts.ini"), data);
        store::Account demo;
        demo.name = QStringLiteral("Demo");
        demo.demo = true;
        const QString id = accounts.add(demo);
        accounts.setCurrent(id);
        store::DraftStore drafts(accounts.draftsDirectory(id));
        store::Outbox outbox(accounts.outboxDirectory(id));
        for (int i = 0; i < unsentItems; ++i) {
            drafts.save(draft(100000 + i));
            store::OutboxItem item;
            item.taskId = 200000 + i;
            item.base = task(item.taskId);
            item.edit = core::TaskEdit::fromTask(item.base);
            item.edit.subject = QStringLiteral("Edited subject %1").arg(i);
            item.lastError = QStringLiteral("Reply did not answer.");
            outbox.enqueue(item);
        }
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        // The single-instance socket lives in the temporary folder: a private one, so that a
        // running copy of the app is never asked to open the task instead.
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        env.remove(QStringLiteral("REPLY_API_KEY"));
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

private:
    static core::Task task(qint64 id)
    {
        core::Task t;
        t.id = id;
        t.contactId = 2005;
        t.taskType = core::TaskType::ManualEmail;
        t.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        t.startAt = t.createdAt.addDays(4);
        t.dueTo = t.startAt.addSecs(3600);
        QString body;
        for (int p = 0; p < 8; ++p)
            body += QStringLiteral("<p>Hi {{firstName}}, paragraph %1 about <b>{{company}}</b> and "
                                   "<a href=\"https://example.com/%1\">a link</a>.</p>")
                        .arg(p);
        t.taskTemplate = core::TaskTemplate {body, QStringLiteral("Quick question %1").arg(id), std::nullopt};
        return t;
    }

    static store::Draft draft(qint64 id)
    {
        store::Draft d;
        d.taskId = id;
        d.base = task(id);
        d.edit = core::TaskEdit::fromTask(d.base);
        d.edit.subject = QStringLiteral("Unsent subject %1").arg(id);
        return d;
    }

    QTemporaryDir m_dir;
};

std::optional<Start> startOnce(const QString &program, const QStringList &arguments, const Home &home)
{
    QProcess process;
    process.setProcessEnvironment(home.environment());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    std::optional<Start> start;
    while (!start && clock.elapsed() < 30000 && process.state() == QProcess::Running) {
        if (!process.canReadLine() && !process.waitForReadyRead(1000))
            continue;
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith("ready")) {
                start = Start {clock.nsecsElapsed() / 1e6, pssMiB(process.processId()),
                    mainThreadCpuMs(process.processId()), line.endsWith("question")};
                break;
            }
        }
    }
    process.kill();
    process.waitForFinished(10000);
    return start;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("rte.*=false")); // the folders it prepares, 200 lines a run
    const QString appBinary = QStringLiteral(RTE_BENCH_APP);
    const QString anchorBinary = QStringLiteral(RTE_BENCH_ANCHOR);
    const QStringList appArguments {QStringLiteral("--demo"), QStringLiteral("--task"), QStringLiteral("5"),
        QStringLiteral("--report-ready")};
    constexpr int Unsent = 100;

    QList<double> anchorMs, anchorPss, appMs, appPss, unsentMs, anchorCpu, appCpu;
    bool question = false;
    // One start of each kind first, not counted: the libraries and files come into the page cache.
    for (int run = -1; run < bench::runCount(); ++run) {
        const std::optional<Start> anchor = startOnce(anchorBinary, {}, Home(0));
        const std::optional<Start> plain = startOnce(appBinary, appArguments, Home(0));
        const std::optional<Start> unsent = startOnce(appBinary, appArguments, Home(Unsent));
        if (!anchor || !plain || !unsent) {
            std::fprintf(stderr, "bench_startup: a start did not report ready within 30 s\n");
            return 1;
        }
        if (run < 0)
            continue;
        anchorMs.append(anchor->readyMs);
        anchorPss.append(anchor->pssMiB);
        appMs.append(plain->readyMs);
        appPss.append(plain->pssMiB);
        unsentMs.append(unsent->readyMs);
        anchorCpu.append(anchor->cpuMs);
        appCpu.append(plain->cpuMs);
        question = question || unsent->question;
    }

    bench::Report report(QStringLiteral("Start-up and memory (bench_startup)"));
    const QString bare = QStringLiteral("bare Qt window");
    report.add(bench::ratioGoal(QStringLiteral("start to a window with a task loaded (--demo)"),
        QStringLiteral("ms"), bench::median(appMs), bare, bench::median(anchorMs), 1.3));
    report.add(bench::ratioGoal(QStringLiteral("PSS after the task is loaded"), QStringLiteral("MiB"),
        bench::median(appPss), bare, bench::median(anchorPss), 1.5));
    report.add(bench::ratioGoal(QStringLiteral("cold start, 100 drafts + 100 outbox items on disk"),
        QStringLiteral("ms"), bench::median(unsentMs), QStringLiteral("start with none"),
        bench::median(appMs), 1.2));
    report.addNote(QStringLiteral("main thread on a CPU until ready: app %1 ms, bare window %2 ms")
                       .arg(bench::median(appCpu), 0, 'f', 1)
                       .arg(bench::median(anchorCpu), 0, 'f', 1));
    if (question)
        report.addNote(
            QStringLiteral("with unsent drafts on disk the first screen is the question about them "
                           "(listing all of them) in front of the window; ready is when it is painted"));
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        report.addNote(QStringLiteral("no display: offscreen, so mapping is not part of these figures"));
    return report.print();
}
