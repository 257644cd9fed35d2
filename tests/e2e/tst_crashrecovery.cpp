// The process is killed (SIGKILL) in the middle of typing; the next start finds the draft, with at
// most the last second of typing missing. The child is this same program, started with --child:
// it builds the window against its own sandbox and types into it until it is killed.
#include "../ui/windowfixture.h"
#include "bodyeditor.h"
#include "store/draftstore.h"
#include "taskeditorview.h"

#include <QDateTime>
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
        std::printf("typed %d %lld\n", n, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
        ++n;
    });
    typing.start(100);
    return QCoreApplication::exec();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileTyping_losesAtMostTheLastSecond();
};

void TestCrashRecovery::killedWhileTyping_losesAtMostTheLastSecond()
{
    QTemporaryDir data;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--child"), data.path()});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY(child.waitForStarted(5000));

    QMap<int, qint64> typedAt;
    QElapsedTimer clock;
    clock.start();
    while (typedAt.size() < 25 && clock.elapsed() < 20000) {
        QVERIFY2(child.state() == QProcess::Running, "the child stopped on its own");
        child.waitForReadyRead(1000);
        while (child.canReadLine()) {
            const QList<QByteArray> parts = child.readLine().trimmed().split(' ');
            if (parts.size() == 3 && parts.at(0) == "typed")
                typedAt.insert(parts.at(1).toInt(), parts.at(2).toLongLong());
        }
    }
    QVERIFY(typedAt.size() >= 25);
    child.kill(); // SIGKILL: no destructor, no flush, no goodbye
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The next start: the draft is there, made from task 5, with everything typed up to a second before.
    store::DraftStore drafts(data.path() + QStringLiteral("/drafts"));
    const QList<store::Draft> all = drafts.all();
    QCOMPARE(all.size(), 1);
    const store::Draft draft = all.first();
    QCOMPARE(draft.taskId, 5);
    QCOMPARE(draft.base.id, 5);
    int kept = 0;
    for (auto it = typedAt.cbegin(); it != typedAt.cend(); ++it) {
        const bool present = draft.edit.subject.contains(chunk(it.key()));
        if (killedAt - it.value() > 1000)
            QVERIFY2(present,
                qPrintable(QStringLiteral("typed %1 ms before the kill, but lost: %2")
                               .arg(killedAt - it.value())
                               .arg(chunk(it.key()))));
        kept += present ? 1 : 0;
    }
    qInfo("kept %d of %d words typed; the last one %lld ms before the kill", kept, int(typedAt.size()),
        static_cast<long long>(killedAt - typedAt.last()));
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
