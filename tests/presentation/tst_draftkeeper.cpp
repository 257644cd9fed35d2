// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// DraftKeeper without a window: what the rep types is kept on disk as a draft, and goes only when it
// says nothing any more or Reply has exactly that edit. Tasks come from the real sandbox on loopback.
#include "api/createtaskrequest.h"
#include "api/updatetaskrequest.h"
#include "core/taskcomparison.h"
#include "core/taskeditormodel.h"
#include "loopbackfixture.h"
#include "presentation/draftkeeper.h"
#include "store/draftautosaver.h"
#include "store/draftstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rte;
using presentation::DraftKeeper;
using presentation::test::LoopbackFixture;

namespace {

constexpr qint64 kTaskId = 5;

} // namespace

class TestDraftKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void givenAnOpenTask_whenTheRepTypes_thenFlushWritesTheDraft();
    void givenAnOpenTask_whenTheRepPauses_thenTheDraftIsWrittenOnItsOwn();
    void givenADraftWrittenThisSession_whenTheEditGoesBackToReplysCopy_thenTheDraftGoes();
    void givenADraftFromAnEarlierSession_whenTheTaskOpensUnchanged_thenTheDraftStays();
    void givenTheSentEdit_whenDelivered_thenTheDraftGoes();
    void givenANewerEditTypedWhileSending_whenDelivered_thenTheDraftStaysWithTheNewerEdit();
    void givenANewTaskCreatedWhileTheRepTypesOn_whenDelivered_thenTheNewerEditStaysUnderTheCreatedTask();
    void givenADraft_whenDiscarded_thenItIsGoneAndAPendingWriteToo();
    void givenADraftOfAnOpenTask_whenRestored_thenTheFormHasTheEditUnderTheDraftsKey();
    void givenADraftOfANewTask_whenRestored_thenTheFormKeepsTheDraftsKey();
    void givenTwoNewTasks_whenStartedOneAfterTheOther_thenEachHasItsOwnKey();

private:
    void openTask(qint64 id);
    void deliver(qint64 id, const core::TaskEdit &sent);
    core::Task create(const core::TaskEdit &sent);
    void typeIntoNewTask(const QString &body);
    // A draft of the task on disk, as an earlier session left it: Reply's copy with another subject.
    std::optional<store::Draft> saveDraftOfSubject(const QString &subject);

    LoopbackFixture m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::DraftStore> m_store;
    std::unique_ptr<core::TaskEditorModel> m_model;
    std::unique_ptr<DraftKeeper> m_keeper;
};

void TestDraftKeeper::init()
{
    QVERIFY(m_f.start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<store::DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_model = std::make_unique<core::TaskEditorModel>();
    m_keeper = std::make_unique<DraftKeeper>(m_model.get(), m_store.get());
}

void TestDraftKeeper::cleanup()
{
    m_keeper.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
    m_f.stop();
}

void TestDraftKeeper::openTask(qint64 id)
{
    const auto task = m_f.fetchTask(id);
    QVERIFY(task.has_value());
    m_model->load(*task);
    QVERIFY(!m_model->isDirty());
}

// Reply takes `sent` for the task, and the form hears of it as the controller tells it.
void TestDraftKeeper::deliver(qint64 id, const core::TaskEdit &sent)
{
    core::Task saved;
    auto *request = m_f.client->updateTask(id, sent.toRequestJson());
    connect(request, &api::UpdateTaskRequest::succeeded, this,
        [&saved](const core::Task &task) { saved = task; });
    QSignalSpy finished(request, &api::ApiRequest::finished);
    if (!finished.wait(5000))
        QTest::qFail("Reply did not answer", __FILE__, __LINE__);
    m_model->acceptSaved(saved, sent);
    m_keeper->onDelivered(id, sent, saved);
}

core::Task TestDraftKeeper::create(const core::TaskEdit &sent)
{
    core::Task created;
    auto *request = m_f.client->createTask(sent.toRequestJson());
    connect(request, &api::CreateTaskRequest::succeeded, this,
        [&created](const core::Task &task) { created = task; });
    QSignalSpy finished(request, &api::ApiRequest::finished);
    if (!finished.wait(5000))
        QTest::qFail("Reply did not answer", __FILE__, __LINE__);
    return created;
}

void TestDraftKeeper::typeIntoNewTask(const QString &body)
{
    m_model->startNew(QDateTime::currentDateTimeUtc());
    m_model->setTaskType(core::TaskType::Call);
    m_model->setContactId(QStringLiteral("2010"));
    m_model->setBody(body);
}

std::optional<store::Draft> TestDraftKeeper::saveDraftOfSubject(const QString &subject)
{
    const auto task = m_f.fetchTask(kTaskId);
    if (!task)
        return std::nullopt;
    store::Draft draft;
    draft.taskId = kTaskId;
    draft.base = *task;
    draft.edit = core::TaskEdit::fromTask(*task);
    draft.edit.subject = subject;
    if (!m_store->save(draft))
        return std::nullopt;
    return draft;
}

void TestDraftKeeper::givenAnOpenTask_whenTheRepTypes_thenFlushWritesTheDraft()
{
    openTask(kTaskId);
    QCOMPARE(m_keeper->currentKey(), QStringLiteral("task-5"));
    m_model->setSubject(QStringLiteral("Typed, not saved"));
    QVERIFY(!m_store->load(kTaskId).has_value()); // the pause in typing has not come yet

    QVERIFY(m_keeper->flush());
    const auto draft = m_store->load(kTaskId);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->effectiveKey(), QStringLiteral("task-5"));
    QCOMPARE(draft->taskId, kTaskId);
    QCOMPARE(draft->edit, m_model->edit());
    // The snapshot it was edited from travels with it, for the check before a later save, but
    // without the prospect's address and the rendered text.
    QCOMPARE(draft->base.id, kTaskId);
    QVERIFY(!core::TaskComparison::changedBehindTheEdit(draft->base, m_model->base()));
    QVERIFY(!draft->base.deliveryInfo.has_value());
    QVERIFY(!draft->base.content.has_value());
    QCOMPARE(m_keeper->drafts().size(), 1);
}

void TestDraftKeeper::givenAnOpenTask_whenTheRepPauses_thenTheDraftIsWrittenOnItsOwn()
{
    m_keeper->autosaver()->setDelay(std::chrono::milliseconds(10));
    openTask(kTaskId);
    m_model->setSubject(QStringLiteral("Written in the pause"));
    QTRY_VERIFY(m_store->load(kTaskId).has_value());
    QCOMPARE(m_store->load(kTaskId)->edit.subject, QStringLiteral("Written in the pause"));
}

void TestDraftKeeper::givenADraftWrittenThisSession_whenTheEditGoesBackToReplysCopy_thenTheDraftGoes()
{
    openTask(kTaskId);
    const QString original = m_model->subject();
    m_model->setSubject(QStringLiteral("Second thoughts"));
    QVERIFY(m_keeper->flush());
    QVERIFY(m_store->load(kTaskId).has_value());

    m_model->setSubject(original);
    QVERIFY(!m_model->isDirty());
    QVERIFY(!m_store->load(kTaskId).has_value());
    QVERIFY(m_keeper->flush());
    QVERIFY(m_keeper->drafts().isEmpty());
}

void TestDraftKeeper::givenADraftFromAnEarlierSession_whenTheTaskOpensUnchanged_thenTheDraftStays()
{
    const auto earlier = saveDraftOfSubject(QStringLiteral("From before the crash"));
    QVERIFY(earlier.has_value());

    // Opening the task as Reply has it is no reason to throw the rep's earlier work away.
    m_model->load(earlier->base);
    QVERIFY(m_keeper->flush());
    const auto kept = m_store->load(kTaskId);
    QVERIFY(kept.has_value());
    QCOMPARE(kept->edit.subject, QStringLiteral("From before the crash"));
}

void TestDraftKeeper::givenTheSentEdit_whenDelivered_thenTheDraftGoes()
{
    openTask(kTaskId);
    m_model->setSubject(QStringLiteral("Delivered as typed"));
    QVERIFY(m_keeper->flush());
    const core::TaskEdit sent = m_model->edit();

    deliver(kTaskId, sent);
    QCOMPARE(m_f.subjectOnReply(kTaskId), QStringLiteral("Delivered as typed"));
    QVERIFY(!m_model->isDirty());
    QVERIFY(m_keeper->flush());
    QVERIFY(!m_store->load(kTaskId).has_value());
}

void TestDraftKeeper::givenANewerEditTypedWhileSending_whenDelivered_thenTheDraftStaysWithTheNewerEdit()
{
    openTask(kTaskId);
    m_model->setSubject(QStringLiteral("What was sent"));
    QVERIFY(m_keeper->flush());
    const core::TaskEdit sent = m_model->edit();
    // Typed while the request was under way, and not written yet when the answer comes.
    m_model->setSubject(QStringLiteral("What was typed meanwhile"));

    deliver(kTaskId, sent);
    QCOMPARE(m_f.subjectOnReply(kTaskId), QStringLiteral("What was sent"));
    QVERIFY(m_model->isDirty());
    QVERIFY(m_keeper->flush());
    const auto draft = m_store->load(kTaskId);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->edit.subject, QStringLiteral("What was typed meanwhile"));
}

void TestDraftKeeper::
    givenANewTaskCreatedWhileTheRepTypesOn_whenDelivered_thenTheNewerEditStaysUnderTheCreatedTask()
{
    typeIntoNewTask(QStringLiteral("Ask about the pilot."));
    const QString newKey = m_keeper->currentKey();
    QVERIFY(m_keeper->flush());
    QVERIFY(m_store->load(newKey).has_value());
    const core::TaskEdit sent = m_model->edit();
    const core::Task created = create(sent);
    QVERIFY(created.id > 0);
    m_model->setBody(QStringLiteral("Ask about the pilot, and the price."));

    m_model->acceptSaved(created, sent);
    m_keeper->onDelivered(0, sent, created);
    QVERIFY(m_keeper->flush());
    QCOMPARE(m_keeper->currentKey(), store::Draft::keyForTask(created.id));
    const auto draft = m_store->load(created.id);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->edit.body, QStringLiteral("Ask about the pilot, and the price."));
    // The task exists now: a "new" draft left behind would create it a second time after a restart.
    QVERIFY(!m_store->load(newKey).has_value());
    QCOMPARE(m_keeper->drafts().size(), 1);
}

void TestDraftKeeper::givenADraft_whenDiscarded_thenItIsGoneAndAPendingWriteToo()
{
    openTask(kTaskId);
    m_model->setSubject(QStringLiteral("Not wanted"));
    QVERIFY(m_keeper->flush());
    m_model->setSubject(QStringLiteral("Not wanted either")); // pending, not written yet

    m_keeper->discard(QStringLiteral("task-5"));
    QVERIFY(!m_store->load(kTaskId).has_value());
    QVERIFY(m_keeper->flush());
    QVERIFY(!m_store->load(kTaskId).has_value());
    QVERIFY(m_keeper->drafts().isEmpty());
}

void TestDraftKeeper::givenADraftOfAnOpenTask_whenRestored_thenTheFormHasTheEditUnderTheDraftsKey()
{
    const auto draft = saveDraftOfSubject(QStringLiteral("Restored after a crash"));
    QVERIFY(draft.has_value());

    m_keeper->restore(*draft);
    QCOMPARE(m_model->taskId(), kTaskId);
    QCOMPARE(m_model->subject(), QStringLiteral("Restored after a crash"));
    QVERIFY(m_model->isDirty());
    QCOMPARE(m_keeper->currentKey(), QStringLiteral("task-5"));
    QVERIFY(m_keeper->flush());
    QCOMPARE(m_keeper->drafts().size(), 1);

    // Restored counts as this session's: going back to Reply's copy takes it away.
    m_model->setSubject(draft->base.taskTemplate.value_or(core::TaskTemplate {}).subject.value_or(QString()));
    QVERIFY(!m_model->isDirty());
    QVERIFY(!m_store->load(kTaskId).has_value());
}

void TestDraftKeeper::givenADraftOfANewTask_whenRestored_thenTheFormKeepsTheDraftsKey()
{
    typeIntoNewTask(QStringLiteral("Typed before the crash."));
    store::Draft draft;
    draft.key = store::Draft::newTaskKey();
    draft.base = m_model->base();
    draft.edit = m_model->edit();
    QVERIFY(m_store->save(draft));
    m_model->clear();

    m_keeper->restore(draft);
    QVERIFY(m_model->isNew());
    QCOMPARE(m_model->body(), QStringLiteral("Typed before the crash."));
    QCOMPARE(m_keeper->currentKey(), draft.key);
    m_model->setBody(QStringLiteral("Typed before the crash, and after."));
    QVERIFY(m_keeper->flush());
    const QList<store::Draft> drafts = m_keeper->drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().effectiveKey(), draft.key);
    QCOMPARE(drafts.first().edit.body, QStringLiteral("Typed before the crash, and after."));
}

void TestDraftKeeper::givenTwoNewTasks_whenStartedOneAfterTheOther_thenEachHasItsOwnKey()
{
    m_model->startNew(QDateTime::currentDateTimeUtc());
    const QString first = m_keeper->currentKey();
    QVERIFY(first.startsWith(QLatin1String("new-")));
    QVERIFY(store::Draft::isValidKey(first));

    // The Workspace settles the first form before it starts another: here it was left untouched.
    typeIntoNewTask(QStringLiteral("The second new task."));
    const QString second = m_keeper->currentKey();
    QVERIFY(second.startsWith(QLatin1String("new-")));
    QVERIFY(second != first);
    QVERIFY(m_keeper->flush());
    const QList<store::Draft> drafts = m_keeper->drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().effectiveKey(), second);
    QCOMPARE(drafts.first().taskId, 0);
    QCOMPARE(drafts.first().edit.body, QStringLiteral("The second new task."));
}

QTEST_MAIN(TestDraftKeeper)
#include "tst_draftkeeper.moc"
