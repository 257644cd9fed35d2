// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The process is killed (SIGKILL) in the middle of typing; the next start finds the draft with
// everything the app had written before the kill. The child is this same program, started with
// --child: it builds the window against its own sandbox, types into it until it is killed, and says
// what it typed and when a draft reached the disk. No wall clock decides the verdict: the child's
// own "saved" report does (how late a draft may be written is DraftAutosaver's test, on a manual clock).
#include "../ui/windowfixture.h"
#include "bodyeditor.h"
#include "presentation/draftkeeper.h"
#include "store/draftautosaver.h"
#include "store/draftstore.h"
#include "taskeditorview.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>

using namespace rte;

namespace {

QString chunk(int n)
{
    return QStringLiteral("w%1 ").arg(n, 3, 10, QLatin1Char('0'));
}

int runChild(const QString &dataPath)
{
    test::WindowFixture f;
    f.dataPath = dataPath;
    if (!f.start())
        return 3;
    QSignalSpy loaded(f.editor, &presentation::TaskEditorController::taskLoaded);
    f.window->openTask(5);
    if (!loaded.wait(5000))
        return 4;
    auto *subject = qobject_cast<QLineEdit *>(f.window->editorView()->fieldWidget(core::TaskField::Subject));
    subject->setFocus();
    subject->selectAll();
    // Type a word every 100 ms, as a rep would, and say so; the parent kills us at some point.
    int n = 0;
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, [&] {
        QTest::keyClicks(subject, chunk(n));
        std::printf("typed %d\n", n);
        std::fflush(stdout);
        ++n;
    });
    // A draft reached the disk: it holds every word typed so far (words 0 .. n-1).
    QObject::connect(f.drafts->autosaver(), &store::DraftAutosaver::saved, [&] {
        std::printf("saved %d\n", n - 1);
        std::fflush(stdout);
    });
    typing.start(100);
    return QCoreApplication::exec();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileTyping_keepsEverythingWrittenBeforeTheKill();
};

void TestCrashRecovery::killedWhileTyping_keepsEverythingWrittenBeforeTheKill()
{
    QTemporaryDir data;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--child"), data.path()});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY(child.waitForStarted(5000));

    int typed = 0;
    int savedUpTo = -1;
    QElapsedTimer guard; // only a bound on a broken child, never part of the verdict
    guard.start();
    while ((typed < 25 || savedUpTo < 0) && guard.elapsed() < 60000) {
        QVERIFY2(child.state() == QProcess::Running, "the child stopped on its own");
        child.waitForReadyRead(1000);
        while (child.canReadLine()) {
            const QList<QByteArray> parts = child.readLine().trimmed().split(' ');
            if (parts.size() == 2 && parts.at(0) == "typed")
                typed = parts.at(1).toInt() + 1;
            else if (parts.size() == 2 && parts.at(0) == "saved")
                savedUpTo = parts.at(1).toInt();
        }
    }
    QVERIFY(typed >= 25);
    QVERIFY2(savedUpTo >= 0, "no draft was written while typing");
    child.kill(); // SIGKILL: no destructor, no flush, no goodbye
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The next start: the draft is there, made from task 5, with every word the app had written.
    store::DraftStore drafts(data.path() + QStringLiteral("/drafts"));
    const QList<store::Draft> all = drafts.all();
    QCOMPARE(all.size(), 1);
    const store::Draft draft = all.first();
    QCOMPARE(draft.taskId, 5);
    QCOMPARE(draft.base.id, 5);
    int kept = 0;
    for (int word = 0; word < typed; ++word) {
        const bool present = draft.edit.subject.contains(chunk(word));
        if (word <= savedUpTo)
            QVERIFY2(present,
                qPrintable(QStringLiteral("written before the kill, but lost: %1").arg(chunk(word))));
        kept += present ? 1 : 0;
    }
    qInfo("kept %d of the %d words the parent saw typed; the child reported words up to %d on disk", kept,
        typed, savedUpTo);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    presentation::Translations::install(&app, QLocale(QLocale::English));
    const QStringList args = app.arguments();
    const qsizetype child = args.indexOf(QStringLiteral("--child"));
    if (child >= 0 && child + 1 < args.size())
        return runChild(args.at(child + 1));
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
