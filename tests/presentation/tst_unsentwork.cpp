// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The rep's unsent work without a window: the draft and the outbox item go once Reply has a save, a
// save that can't reach Reply waits in the outbox, what the outbox sent is what the form holds, an
// item taken back asks first about the edit in the form, damaged files are reported once, and the
// folders follow the account; over the real sandbox on loopback.
#include "presentation/outboxsender.h"
#include "workspacefixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rte;
using presentation::UnsentWork;
using presentation::Workspace;
using presentation::test::WorkspaceFixture;

class TestUnsentWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void delivered_dropsTheDraft();
    void unreachableReply_putsTheSaveInTheOutbox();
    void newTaskQueuedThenSavedFromTheForm_isCreatedOnce();
    void sentFromTheOutbox_isWhatTheFormAndThePanelHold();
    void takingBackFromTheOutbox_asksFirstAboutTheEditInTheForm();
    void damagedDraft_isKeptAsideAndTheRepIsToldOnce();
    void noAccount_goesBackToTheFoldersTheStoresWereMadeWith();

private:
    UnsentWork *unsent() const { return m_f->workspace->unsent(); }

    std::unique_ptr<WorkspaceFixture> m_f;
};

void TestUnsentWork::init()
{
    m_f = std::make_unique<WorkspaceFixture>();
    QVERIFY(m_f->start());
}

void TestUnsentWork::cleanup()
{
    m_f.reset();
}

void TestUnsentWork::delivered_dropsTheDraft()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Agenda for Tuesday"));
    QVERIFY(m_f->drafts->load(5).has_value());
    QSignalSpy saved(m_f->workspace->editor(), &presentation::TaskEditorController::saved);
    m_f->workspace->save();
    QVERIFY(saved.wait(5000));
    QVERIFY(!m_f->drafts->load(5).has_value());
    QVERIFY(unsent()->unsentDrafts().isEmpty());
    QCOMPARE(m_f->subjectOnReply(5), QStringLiteral("Agenda for Tuesday"));
}

void TestUnsentWork::unreachableReply_putsTheSaveInTheOutbox()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Offline edit"));
    m_f->sandbox.reset(); // Reply is out of reach
    QSignalSpy notices(m_f->workspace.get(), &Workspace::notice);
    QSignalSpy failed(m_f->workspace->editor(), &presentation::TaskEditorController::saveFailed);
    m_f->workspace->save();
    QVERIFY(failed.wait(15000));
    QCOMPARE(m_f->outbox->count(), 1);
    QVERIFY(!notices.isEmpty());
    const auto notice = notices.last().first().value<presentation::Notice>();
    QCOMPARE(notice.tone, presentation::Notice::Tone::Warning);
    QVERIFY(notice.text.contains(QLatin1String("Not sent")));
    QVERIFY(notice.retryable);
    // The edit stays in the form and on disk.
    QCOMPARE(m_f->workspace->model()->subject(), QStringLiteral("Offline edit"));
    QVERIFY(m_f->drafts->load(5).has_value());
}

void TestUnsentWork::newTaskQueuedThenSavedFromTheForm_isCreatedOnce()
{
    QVERIFY(m_f->workspace->startNewTask());
    core::TaskEditorModel *model = m_f->workspace->model();
    model->setTaskType(core::TaskType::Call);
    model->setContactId(QStringLiteral("2001"));
    model->setBody(QStringLiteral("Ask about the pilot."));
    // Reply is busy: the create waits in the outbox (a 503 says nothing was created).
    m_f->sandbox->injectStatus(503, 3, -1, QStringLiteral("/v3/tasks"));
    QSignalSpy failed(m_f->workspace->editor(), &presentation::TaskEditorController::saveFailed);
    m_f->workspace->save();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_f->outbox->count(), 1);

    // Reply answers again and the rep saves from the form: one task, and the queued create goes.
    m_f->sandbox->clearFaults();
    m_f->sandbox->clearRequests();
    QSignalSpy created(m_f->workspace->editor(), &presentation::TaskEditorController::created);
    m_f->workspace->save();
    QVERIFY(created.wait(5000));
    QTRY_COMPARE(m_f->outbox->count(), 0); // the queued create is gone: nothing can post it again
    QCOMPARE(m_f->sandbox->requestsTo("POST", QStringLiteral("/v3/tasks")), 1);
}

void TestUnsentWork::sentFromTheOutbox_isWhatTheFormAndThePanelHold()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Sent later"));
    core::TaskEditorModel *model = m_f->workspace->model();
    unsent()->outbox()->enqueue(
        model->base(), model->edit(), unsent()->drafts()->currentKey(), QStringLiteral("offline"));
    QSignalSpy fromOutbox(unsent(), &UnsentWork::sentFromOutbox);
    QSignalSpy notices(m_f->workspace.get(), &Workspace::notice);
    unsent()->outbox()->sendNow();
    QVERIFY(fromOutbox.wait(5000));
    QCOMPARE(m_f->subjectOnReply(5), QStringLiteral("Sent later"));
    // The form's edit is now what Reply has: nothing is left unsaved, and the panel shows it.
    QVERIFY(!model->isDirty());
    QCOMPARE(model->subject(), QStringLiteral("Sent later"));
    QCOMPARE(
        m_f->workspace->serverTask().taskTemplate.value_or(core::TaskTemplate {}).subject.value_or(QString()),
        QStringLiteral("Sent later"));
    QVERIFY(!notices.isEmpty());
    QVERIFY(notices.last().first().value<presentation::Notice>().text.contains(QLatin1String("outbox")));
}

void TestUnsentWork::takingBackFromTheOutbox_asksFirstAboutTheEditInTheForm()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Typed in the form"));
    // Queued once opening task 5 is done: a task loaded sends what waits in the outbox.
    const std::optional<core::Task> base6 = m_f->fetchTask(6);
    QVERIFY(base6);
    const QString itemId = unsent()->outbox()->enqueue(*base6,
        WorkspaceFixture::withSubject(*base6, QStringLiteral("Waiting in Not sent")),
        store::Draft::keyForTask(6), QStringLiteral("offline"));

    // The rep keeps editing: the form stays on task 5 with what was typed.
    m_f->answer = Workspace::UnsavedChoice::Cancel;
    unsent()->takeBackFromOutbox(itemId);
    QCOMPARE(m_f->asked, 1);
    QCOMPARE(m_f->workspace->currentTaskId(), 5);
    QCOMPARE(m_f->workspace->model()->subject(), QStringLiteral("Typed in the form"));

    // The rep lets that edit go: the outbox's edit is in the form, on task 6, and still queued.
    m_f->answer = Workspace::UnsavedChoice::Discard;
    QSignalSpy current(m_f->workspace.get(), &Workspace::currentTaskChanged);
    unsent()->takeBackFromOutbox(itemId);
    QCOMPARE(m_f->asked, 2);
    QCOMPARE(m_f->workspace->currentTaskId(), 6);
    QCOMPARE(current.last().first().toLongLong(), 6);
    QCOMPARE(m_f->workspace->model()->taskId(), 6);
    QCOMPARE(m_f->workspace->model()->subject(), QStringLiteral("Waiting in Not sent"));
    QCOMPARE(m_f->outbox->count(), 1);
}

void TestUnsentWork::damagedDraft_isKeptAsideAndTheRepIsToldOnce()
{
    QDir().mkpath(m_f->drafts->directory());
    QFile broken(m_f->drafts->directory() + QStringLiteral("/task-5.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1, \"taskId\": 5, \"ba"); // cut off mid-write
    broken.close();
    QVERIFY(unsent()->unsentDrafts().isEmpty()); // the app starts: nothing to offer, nothing lost
    QSignalSpy notices(m_f->workspace.get(), &Workspace::notice);
    m_f->workspace->onConnected();
    QCOMPARE(notices.count(), 1);
    const auto notice = notices.first().first().value<presentation::Notice>();
    QVERIFY2(notice.text.contains(QLatin1String("kept in")), qPrintable(notice.text));
    QVERIFY(!QFile::exists(broken.fileName()));
    QVERIFY(!QDir(m_f->drafts->directory() + QStringLiteral("/damaged")).entryList(QDir::Files).isEmpty());
    m_f->workspace->onConnected();
    QCOMPARE(notices.count(), 1); // told once
}

void TestUnsentWork::noAccount_goesBackToTheFoldersTheStoresWereMadeWith()
{
    const QString madeWith = m_f->drafts->directory();
    const QString outboxMadeWith = m_f->outbox->directory();
    QTemporaryDir other;
    const QString otherDrafts = other.filePath(QStringLiteral("drafts"));
    m_f->workspace->useAccount(
        QStringLiteral("other"), otherDrafts, other.filePath(QStringLiteral("outbox")), false);
    QCOMPARE(m_f->drafts->directory(), otherDrafts);
    m_f->workspace->useAccount(QString(), otherDrafts, other.filePath(QStringLiteral("outbox")), false);
    QCOMPARE(m_f->drafts->directory(), madeWith);
    QCOMPARE(m_f->outbox->directory(), outboxMadeWith);
}

QTEST_MAIN(TestUnsentWork)
#include "tst_unsentwork.moc"
