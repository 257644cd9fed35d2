// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/draftautosaver.h"
#include "store/draftstore.h"
#include "storetestdata.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rte;
using namespace rte::store;
using namespace std::chrono_literals;

namespace {

Draft draftWithBody(qint64 taskId, const QString &body)
{
    Draft draft;
    draft.taskId = taskId;
    draft.base = testdata::fullTask(taskId);
    draft.edit = testdata::editOf(draft.base, body);
    return draft;
}

} // namespace

class TestDraftAutosaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void defaults_loseAtMostASecond();
    void burstOfEdits_isCoalescedIntoOneWriteOfTheNewest_data();
    void burstOfEdits_isCoalescedIntoOneWriteOfTheNewest();
    void editsOfTwoTasks_areBothWritten();
    void flush_writesAtOnceAndStopsTheTimer();
    void continuousTyping_isStillSavedWithinMaxWait();
    void cancel_dropsThePendingWrite();
    void destroyingTheAutosaver_flushes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDraftAutosaver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDraftAutosaver::defaults_loseAtMostASecond()
{
    DraftStore store(m_dir->path());
    DraftAutosaver saver(&store);
    QCOMPARE(saver.delay(), 400ms);
    QVERIFY(saver.maxWait() <= 1000ms);
}

void TestDraftAutosaver::burstOfEdits_isCoalescedIntoOneWriteOfTheNewest_data()
{
    QTest::addColumn<int>("edits");
    QTest::newRow("one") << 1;
    QTest::newRow("a word") << 5;
    QTest::newRow("a sentence") << 40;
}

void TestDraftAutosaver::burstOfEdits_isCoalescedIntoOneWriteOfTheNewest()
{
    QFETCH(int, edits);

    // GIVEN an autosaver with a short delay
    DraftStore store(m_dir->path());
    DraftAutosaver saver(&store);
    saver.setDelay(50ms);
    saver.setMaxWait(10s);
    QSignalSpy writes(&store, &DraftStore::changed);
    QSignalSpy saved(&saver, &DraftAutosaver::saved);

    // WHEN the rep types a burst of keystrokes
    QString body;
    for (int i = 0; i < edits; ++i) {
        body += QLatin1Char('a' + i % 26);
        saver.schedule(draftWithBody(7, body));
    }
    QVERIFY(saver.hasPending());
    QCOMPARE(writes.count(), 0); // nothing is written while typing

    // THEN exactly one write happens, holding the newest text
    QVERIFY(saved.wait());
    QCOMPARE(writes.count(), 1);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("task-7"));
    QCOMPARE(store.load(7)->edit.body, body);
    QVERIFY(!saver.hasPending());
}

void TestDraftAutosaver::editsOfTwoTasks_areBothWritten()
{
    DraftStore store(m_dir->path());
    DraftAutosaver saver(&store);
    saver.setDelay(20ms);
    QSignalSpy saved(&saver, &DraftAutosaver::saved);

    saver.schedule(draftWithBody(7, QStringLiteral("seven")));
    saver.schedule(draftWithBody(8, QStringLiteral("eight")));

    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(store.load(7)->edit.body, QStringLiteral("seven"));
    QCOMPARE(store.load(8)->edit.body, QStringLiteral("eight"));
}

void TestDraftAutosaver::flush_writesAtOnceAndStopsTheTimer()
{
    DraftStore store(m_dir->path());
    DraftAutosaver saver(&store);
    saver.setDelay(20ms);
    QSignalSpy writes(&store, &DraftStore::changed);

    saver.schedule(draftWithBody(7, QStringLiteral("before focus-out")));
    QVERIFY(saver.flush());

    QCOMPARE(writes.count(), 1);
    QCOMPARE(store.load(7)->edit.body, QStringLiteral("before focus-out"));
    QVERIFY(!saver.hasPending());
    // The debounce timer must not write the same draft a second time.
    saver.schedule(draftWithBody(8, QStringLiteral("marker")));
    QTRY_COMPARE(writes.count(), 2);
    QVERIFY(store.load(8));
}

void TestDraftAutosaver::continuousTyping_isStillSavedWithinMaxWait()
{
    // GIVEN a debounce far longer than the cap
    DraftStore store(m_dir->path());
    DraftAutosaver saver(&store);
    saver.setDelay(5s);
    saver.setMaxWait(100ms);
    QSignalSpy saved(&saver, &DraftAutosaver::saved);

    // WHEN the rep never pauses: a keystroke every 10 ms
    int keystrokes = 0;
    QTimer typist;
    typist.setInterval(10ms);
    connect(&typist, &QTimer::timeout, &saver,
        [&] { saver.schedule(draftWithBody(7, QString(++keystrokes, QLatin1Char('k')))); });
    QElapsedTimer typing;
    typing.start();
    typist.start();

    // THEN a save happens anyway, long before the debounce delay, while typing goes on
    QVERIFY(saved.wait(3000));
    QVERIFY(typing.elapsed() < 3000);
    QVERIFY(keystrokes > 1); // the debounce was restarted, and still the cap held
    QVERIFY(store.load(7));
    typist.stop();
}

void TestDraftAutosaver::cancel_dropsThePendingWrite()
{
    DraftStore store(m_dir->path());
    DraftAutosaver saver(&store);
    saver.setDelay(20ms);
    QSignalSpy writes(&store, &DraftStore::changed);

    saver.schedule(draftWithBody(7, QStringLiteral("discarded")));
    saver.cancel(QStringLiteral("task-7"));
    QVERIFY(!saver.hasPending());
    saver.schedule(draftWithBody(8, QStringLiteral("marker")));

    QTRY_COMPARE(writes.count(), 1);
    QVERIFY(!store.load(7));
    QVERIFY(store.load(8));
}

void TestDraftAutosaver::destroyingTheAutosaver_flushes()
{
    DraftStore store(m_dir->path());
    {
        DraftAutosaver saver(&store);
        saver.setDelay(1h);
        saver.schedule(draftWithBody(7, QStringLiteral("quit")));
    }
    QCOMPARE(store.load(7)->edit.body, QStringLiteral("quit"));
}

QTEST_GUILESS_MAIN(TestDraftAutosaver)
#include "tst_draftautosaver.moc"
