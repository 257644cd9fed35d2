// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/draft.h"
#include "store/outbox.h"
#include "storetestdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rte;
using namespace rte::store;

namespace {

OutboxItem itemFor(qint64 taskId, const QString &body)
{
    OutboxItem item;
    item.taskId = taskId;
    item.base = testdata::fullTask(taskId);
    item.edit = testdata::editOf(item.base, body);
    return item;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void enqueue_assignsIdAndTimeAndCounts();
    void items_surviveARestart();
    void secondItemForTheSameTask_replacesTheFirst_data();
    void secondItemForTheSameTask_replacesTheFirst();
    void update_recordsAttemptsAndReasonOnDisk();
    void update_ofAnUnknownItem_fails();
    void remove_deletesTheFileAndCounts();
    void unreadableFile_isSetAsideAndTheRestLoads_data();
    void unreadableFile_isSetAsideAndTheRestLoads();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOutbox::enqueue_assignsIdAndTimeAndCounts()
{
    Outbox outbox(m_dir->path());
    const QDateTime now(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
    outbox.setClock([now] { return now; });
    QSignalSpy counts(&outbox, &Outbox::countChanged);

    const QString id = outbox.enqueue(itemFor(7, QStringLiteral("not sent")));

    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(outbox.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.first().first().toInt(), 1);
    QCOMPARE(outbox.items().first().queuedAt, now);
    QCOMPARE(outbox.items().first().taskKey(), QStringLiteral("task-7"));
    QCOMPARE(testdata::entries(m_dir->path()), QStringList {id + QStringLiteral(".json")});
}

void TestOutbox::items_surviveARestart()
{
    // GIVEN two items queued, one for a task that is not on the server yet
    QList<OutboxItem> before;
    {
        Outbox outbox(m_dir->path());
        QVERIFY(!outbox.enqueue(itemFor(7, QStringLiteral("seven"))).isEmpty());
        OutboxItem created = itemFor(0, QStringLiteral("new one"));
        created.draftKey = Draft::newTaskKey();
        created.attempts = 2;
        created.lastError = QStringLiteral("The server could not be reached.");
        // Queued a moment later: items come back oldest first, and two in the same millisecond
        // would have no order to keep.
        created.queuedAt = outbox.items().first().queuedAt.addSecs(1);
        QVERIFY(!outbox.enqueue(created).isEmpty());
        before = outbox.items();
        for (OutboxItem &item : before)
            item.base = testdata::withoutPersonalData(item.base);
    }

    // WHEN the app starts again on the same folder
    Outbox restarted(m_dir->path());

    // THEN every item is back with every field
    QCOMPARE(restarted.count(), 2);
    QVERIFY(restarted.items() == before);
    QVERIFY(restarted.unreadableFiles().isEmpty());
}

void TestOutbox::secondItemForTheSameTask_replacesTheFirst_data()
{
    QTest::addColumn<qint64>("taskId");
    QTest::addColumn<bool>("newTask");
    QTest::newRow("task on the server") << qint64(7) << false;
    QTest::newRow("task not created yet") << qint64(0) << true;
}

void TestOutbox::secondItemForTheSameTask_replacesTheFirst()
{
    QFETCH(qint64, taskId);
    QFETCH(bool, newTask);

    Outbox outbox(m_dir->path());
    const QString key = newTask ? Draft::newTaskKey() : QString();
    OutboxItem first = itemFor(taskId, QStringLiteral("first"));
    first.draftKey = key;
    first.attempts = 3;
    const QString firstId = outbox.enqueue(first);
    QVERIFY(!outbox.enqueue(itemFor(99, QStringLiteral("other task"))).isEmpty());
    QSignalSpy counts(&outbox, &Outbox::countChanged);
    QSignalSpy changed(&outbox, &Outbox::changed);

    OutboxItem second = itemFor(taskId, QStringLiteral("second"));
    second.draftKey = key;
    const QString secondId = outbox.enqueue(second);

    QCOMPARE(secondId, firstId); // the same file, replaced atomically
    QCOMPARE(outbox.count(), 2);
    QCOMPARE(counts.count(), 0);
    QCOMPARE(changed.count(), 1);
    const OutboxItem stored = *outbox.item(firstId);
    QCOMPARE(stored.edit.body, QStringLiteral("second"));
    QCOMPARE(stored.attempts, 0);
    QCOMPARE(testdata::entries(m_dir->path()).size(), 2);

    Outbox restarted(m_dir->path());
    QCOMPARE(restarted.count(), 2);
    QCOMPARE(restarted.item(firstId)->edit.body, QStringLiteral("second"));
}

void TestOutbox::update_recordsAttemptsAndReasonOnDisk()
{
    Outbox outbox(m_dir->path());
    const QString id = outbox.enqueue(itemFor(7, QStringLiteral("x")));
    OutboxItem item = *outbox.item(id);
    item.attempts = 4;
    item.lastError = QStringLiteral("The server is busy. It will be tried again.");
    QSignalSpy changed(&outbox, &Outbox::changed);

    QVERIFY(outbox.update(item));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(Outbox(m_dir->path()).item(id)->attempts, 4);
    QCOMPARE(Outbox(m_dir->path()).item(id)->lastError, item.lastError);
}

void TestOutbox::update_ofAnUnknownItem_fails()
{
    Outbox outbox(m_dir->path());
    OutboxItem stray = itemFor(7, QStringLiteral("x"));
    stray.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(!outbox.update(stray));
    QVERIFY(!outbox.lastError().isEmpty());
    QCOMPARE(outbox.count(), 0);
    QVERIFY(testdata::entries(m_dir->path()).isEmpty());
}

void TestOutbox::remove_deletesTheFileAndCounts()
{
    Outbox outbox(m_dir->path());
    const QString id = outbox.enqueue(itemFor(7, QStringLiteral("x")));
    QSignalSpy counts(&outbox, &Outbox::countChanged);

    QVERIFY(outbox.remove(id));

    QCOMPARE(outbox.count(), 0);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.first().first().toInt(), 0);
    QVERIFY(testdata::entries(m_dir->path()).isEmpty());
    QCOMPARE(Outbox(m_dir->path()).count(), 0);
}

void TestOutbox::unreadableFile_isSetAsideAndTheRestLoads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated") << QByteArray("{\"format\": 1, \"id\": ");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("future format") << QByteArray(
        R"({"format": 2, "id": "%ID%", "taskId": "8", "base": {}, "edit": {}, "queue": []})");
    QTest::newRow("no longer parses: no edit")
        << QByteArray(R"({"format": 1, "id": "%ID%", "taskId": "8", "base": {}})");
    QTest::newRow("no longer parses: edit is text")
        << QByteArray(R"({"format": 1, "id": "%ID%", "taskId": "8", "base": {}, "edit": "<p>hi</p>"})");
    QTest::newRow("another item's id inside") << QByteArray(
        R"({"format": 1, "id": "00000000-0000-0000-0000-000000000001", "taskId": "8", "base": {}, "edit": {}})");
}

void TestOutbox::unreadableFile_isSetAsideAndTheRestLoads()
{
    QFETCH(QByteArray, bytes);
    {
        Outbox outbox(m_dir->path());
        QVERIFY(!outbox.enqueue(itemFor(7, QStringLiteral("good"))).isEmpty());
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString bad = id + QStringLiteral(".json");
    QFile file(m_dir->filePath(bad));
    QVERIFY(file.open(QIODevice::WriteOnly));
    bytes.replace("%ID%", id.toLatin1());
    file.write(bytes);
    file.close();

    Outbox outbox(m_dir->path());

    // The good item still goes out; the bad file is reported and kept, byte for byte, in damaged/.
    QCOMPARE(outbox.count(), 1);
    QCOMPARE(outbox.unreadableFiles(), QStringList {bad});
    const DamagedFile damaged = outbox.setAsideFiles().constFirst();
    QVERIFY(!damaged.reason.isEmpty());
    QVERIFY(damaged.keptAt.startsWith(m_dir->filePath(QStringLiteral("damaged/")) + id + QLatin1Char('.')));
    QVERIFY(!QFile::exists(m_dir->filePath(bad)));
    QFile kept(damaged.keptAt);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
    // A restart does not trip over it again.
    QVERIFY(Outbox(m_dir->path()).setAsideFiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
