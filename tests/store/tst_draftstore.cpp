// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/draftstore.h"
#include "storetestdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace rte;
using namespace rte::store;

namespace {

Draft draftFor(const core::Task &task, const QString &body)
{
    Draft draft;
    draft.taskId = task.id;
    draft.base = task;
    draft.edit = testdata::editOf(task, body);
    draft.savedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0, 0, 123), Qt::UTC);
    return draft;
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Lowers the largest file this process may write, so that a real write fails half-way.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    bool isActive() const { return m_active; }

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void savedDraft_roundTripsEveryTaskField();
    void savedDraft_leavesOnlyTheDraftFileBehind();
    void savingAgain_replacesTheDraftAtomically();
    void failedWrite_keepsThePreviousDraftAndLeavesNoTemporaryFile();
    void draftOfANewTask_isKeptUnderItsOwnKey();
    void invalidKey_isRefused();
    void savingWithoutTimestamp_usesTheInjectedClock();
    void corruptFile_isSkippedAndReported_data();
    void corruptFile_isSkippedAndReported();
    void damagedDraftOpened_isSetAsideAndANewSaveKeepsBoth();
    void removeIfMatches_removesOnlyTheAcceptedEdit_data();
    void removeIfMatches_removesOnlyTheAcceptedEdit();
    void remove_forgetsTheDraftAndSignals();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDraftStore::savedDraft_roundTripsEveryTaskField()
{
    // GIVEN a draft of a task with every field set
    DraftStore store(m_dir->path());
    const Draft draft = draftFor(testdata::fullTask(), QStringLiteral("<p>Edited ✓</p>"));
    QSignalSpy changed(&store, &DraftStore::changed);

    // WHEN it is saved and read back by another store on the same folder
    QVERIFY2(store.save(draft), qPrintable(store.lastError()));
    const std::optional<Draft> loaded = DraftStore(m_dir->path()).load(draft.taskId);

    // THEN nothing is lost but the prospect's delivery address and rendered text, which stay off the disk
    QVERIFY(loaded);
    QFile file(QDir(m_dir->path()).filePath(QStringLiteral("task-4242.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("person@example.invalid"));
    QVERIFY(!bytes.contains("+10000000000"));
    QCOMPARE(loaded->key, QStringLiteral("task-4242"));
    QCOMPARE(loaded->taskId, draft.taskId);
    QCOMPARE(loaded->savedAt, draft.savedAt);
    QVERIFY(loaded->base == testdata::withoutPersonalData(draft.base));
    QVERIFY(loaded->edit == draft.edit);
    QCOMPARE(changed.count(), 1);
}

void TestDraftStore::savedDraft_leavesOnlyTheDraftFileBehind()
{
    DraftStore store(m_dir->path());
    QVERIFY(store.save(draftFor(testdata::fullTask(7), QStringLiteral("a"))));
    QCOMPARE(testdata::entries(m_dir->path()), QStringList {QStringLiteral("task-7.json")});
}

void TestDraftStore::savingAgain_replacesTheDraftAtomically()
{
    DraftStore store(m_dir->path());
    const core::Task task = testdata::fullTask(7);
    QVERIFY(store.save(draftFor(task, QStringLiteral("first"))));
    QVERIFY(store.save(draftFor(task, QStringLiteral("second"))));

    QCOMPARE(store.load(7)->edit.body, QStringLiteral("second"));
    QCOMPARE(testdata::entries(m_dir->path()), QStringList {QStringLiteral("task-7.json")});
}

void TestDraftStore::failedWrite_keepsThePreviousDraftAndLeavesNoTemporaryFile()
{
    // GIVEN a small draft on disk
    DraftStore store(m_dir->path());
    const core::Task task = testdata::fullTask(7);
    QVERIFY(store.save(draftFor(task, QStringLiteral("kept"))));
    const qint64 previousSize = QFileInfo(m_dir->filePath(QStringLiteral("task-7.json"))).size();
    QSignalSpy changed(&store, &DraftStore::changed);

    // WHEN a much larger draft is written while the disk "fills up" half-way
    bool saved = true;
    {
        FileSizeLimit limit(rlim_t(previousSize + 512));
        if (!limit.isActive())
            QSKIP("cannot lower RLIMIT_FSIZE here");
        saved = store.save(draftFor(task, QString(64 * 1024, QLatin1Char('x'))));
    }

    // THEN the save fails with a reason, the previous draft is intact, and no temporary file is left
    QVERIFY(!saved);
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.load(7)->edit.body, QStringLiteral("kept"));
    QCOMPARE(testdata::entries(m_dir->path()), QStringList {QStringLiteral("task-7.json")});
}

void TestDraftStore::draftOfANewTask_isKeptUnderItsOwnKey()
{
    DraftStore store(m_dir->path());
    core::Task task = testdata::fullTask(0);
    Draft draft = draftFor(task, QStringLiteral("new task"));
    draft.key = Draft::newTaskKey();
    QVERIFY(Draft::isValidKey(draft.key));
    QVERIFY(draft.key.startsWith(QLatin1String("new-")));
    QVERIFY(Draft::newTaskKey() != draft.key);

    QVERIFY2(store.save(draft), qPrintable(store.lastError()));
    const std::optional<Draft> loaded = store.load(draft.key);
    QVERIFY(loaded);
    QCOMPARE(loaded->taskId, qint64(0));
    Draft expected = draft;
    expected.base = testdata::withoutPersonalData(draft.base);
    QVERIFY(*loaded == expected);
    QCOMPARE(store.all().size(), 1);
}

void TestDraftStore::invalidKey_isRefused()
{
    DraftStore store(m_dir->path());
    Draft draft = draftFor(testdata::fullTask(0), QStringLiteral("x")); // no id, no key
    QVERIFY(!store.save(draft));
    QVERIFY(!store.lastError().isEmpty());
    draft.key = QStringLiteral("../escape");
    QVERIFY(!store.save(draft));
    QVERIFY(!store.load(QStringLiteral("../escape")));
    QVERIFY(testdata::entries(m_dir->path()).isEmpty());
}

void TestDraftStore::savingWithoutTimestamp_usesTheInjectedClock()
{
    DraftStore store(m_dir->path());
    const QDateTime now(QDate(2026, 11, 29), QTime(13, 14, 15, 16), Qt::UTC);
    store.setClock([now] { return now; });
    Draft draft = draftFor(testdata::fullTask(7), QStringLiteral("x"));
    draft.savedAt = QDateTime();
    QVERIFY(store.save(draft));
    QCOMPARE(store.load(7)->savedAt, now);
}

void TestDraftStore::corruptFile_isSkippedAndReported_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QStringLiteral("task-8.json") << QByteArray();
    QTest::newRow("truncated") << QStringLiteral("task-8.json")
                               << QByteArray(R"({"format": 1, "key": "task-8", "ba)");
    QTest::newRow("binary") << QStringLiteral("task-8.json") << QByteArray("\x00\xff\xfe garbage", 12);
    QTest::newRow("array") << QStringLiteral("task-8.json") << QByteArray("[1, 2, 3]");
    QTest::newRow("newer format")
        << QStringLiteral("task-8.json")
        << QByteArray(R"({"format": 99, "key": "task-8", "taskId": "8", "base": {}, "edit": {}})");
    QTest::newRow("missing edit") << QStringLiteral(
        "task-8.json") << QByteArray(R"({"format": 1, "key": "task-8", "taskId": "8", "base": {}})");
    QTest::newRow("other task's draft")
        << QStringLiteral("task-8.json")
        << QByteArray(R"({"format": 1, "key": "task-9", "taskId": "9", "base": {}, "edit": {}})");
    QTest::newRow("foreign name") << QStringLiteral("notes.json") << QByteArray("{}");
}

void TestDraftStore::corruptFile_isSkippedAndReported()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);

    // GIVEN a good draft and a bad file beside it
    DraftStore store(m_dir->path());
    store.setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(3, 30, 5), Qt::UTC); });
    QVERIFY(store.save(draftFor(testdata::fullTask(7), QStringLiteral("good"))));
    writeRaw(m_dir->filePath(fileName), bytes);
    QSignalSpy setAside(&store, &DraftStore::fileSetAside);

    // WHEN every draft is listed
    QList<DraftStore::Problem> problems;
    const QList<Draft> drafts = store.all(&problems);

    // THEN the good one is there and the bad one is reported
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().edit.body, QStringLiteral("good"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().fileName, fileName);
    QVERIFY(!problems.first().reason.isEmpty());
    if (fileName == QLatin1String("notes.json")) {
        // Not named like a draft, so not ours: left where it is, untouched.
        QVERIFY(problems.first().keptAt.isEmpty());
        QVERIFY(QFile::exists(m_dir->filePath(fileName)));
        QVERIFY(setAside.isEmpty());
        return;
    }
    // ... and set aside, byte for byte, into damaged/ with the time in its name: never deleted, and no
    // later save of task 8 can overwrite it.
    const QString keptAt = m_dir->filePath(QStringLiteral("damaged/task-8.20261206T033005Z.json"));
    QCOMPARE(problems.first().keptAt, keptAt);
    QVERIFY(!QFile::exists(m_dir->filePath(fileName)));
    QFile kept(keptAt);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
    QCOMPARE(setAside.size(), 1);
    QCOMPARE(store.setAsideFiles().size(), 1);
    QCOMPARE(store.setAsideFiles().first().keptAt, keptAt);
    // Listing again finds nothing wrong: the store goes on with the rest.
    problems.clear();
    QCOMPARE(store.all(&problems).size(), 1);
    QVERIFY(problems.isEmpty());
}

void TestDraftStore::damagedDraftOpened_isSetAsideAndANewSaveKeepsBoth()
{
    DraftStore store(m_dir->path());
    store.setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(3, 30, 5), Qt::UTC); });
    const QByteArray truncated(R"({"format": 1, "key": "task-8", "taskId": "8", "base": {"id": 8}, "ed)");
    writeRaw(m_dir->filePath(QStringLiteral("task-8.json")), truncated);

    // Opening task 8 reads its draft: unreadable, so reported and set aside.
    QVERIFY(!store.load(8));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.setAsideFiles().size(), 1);

    // The rep types on: the new draft is written, and the damaged one is still there beside it.
    QVERIFY(store.save(draftFor(testdata::fullTask(8), QStringLiteral("typed again"))));
    QCOMPARE(store.load(8)->edit.body, QStringLiteral("typed again"));
    QFile kept(store.setAsideFiles().first().keptAt);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), truncated);

    // The same file going bad again within the second gets a name of its own.
    writeRaw(m_dir->filePath(QStringLiteral("task-8.json")), "{");
    QVERIFY(!store.load(8));
    QCOMPARE(store.setAsideFiles().size(), 2);
    QVERIFY(store.setAsideFiles().last().keptAt.endsWith(QLatin1String("task-8.20261206T033005Z-2.json")));
}

void TestDraftStore::removeIfMatches_removesOnlyTheAcceptedEdit_data()
{
    QTest::addColumn<QString>("storedBody");
    QTest::addColumn<QString>("sentBody");
    QTest::addColumn<bool>("removed");

    QTest::newRow("server has what is stored") << QStringLiteral("sent") << QStringLiteral("sent") << true;
    QTest::newRow("rep typed on after the send")
        << QStringLiteral("sent and more") << QStringLiteral("sent") << false;
    QTest::newRow("only whitespace differs") << QStringLiteral("sent ") << QStringLiteral("sent") << false;
}

void TestDraftStore::removeIfMatches_removesOnlyTheAcceptedEdit()
{
    QFETCH(QString, storedBody);
    QFETCH(QString, sentBody);
    QFETCH(bool, removed);

    DraftStore store(m_dir->path());
    const core::Task task = testdata::fullTask(7);
    QVERIFY(store.save(draftFor(task, storedBody)));
    QSignalSpy changed(&store, &DraftStore::changed);

    QCOMPARE(store.removeIfMatches(task.id, testdata::editOf(task, sentBody)), removed);

    QCOMPARE(store.load(task.id).has_value(), !removed);
    QCOMPARE(changed.count(), removed ? 1 : 0);
    if (!removed)
        QCOMPARE(store.load(task.id)->edit.body, storedBody);
}

void TestDraftStore::remove_forgetsTheDraftAndSignals()
{
    DraftStore store(m_dir->path());
    QVERIFY(store.save(draftFor(testdata::fullTask(7), QStringLiteral("x"))));
    QSignalSpy changed(&store, &DraftStore::changed);

    QVERIFY(store.remove(7));
    QVERIFY(!store.load(7));
    QVERIFY(store.lastError().isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.remove(7)); // nothing left is what was asked for
    QCOMPARE(changed.count(), 1);
    QVERIFY(testdata::entries(m_dir->path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
