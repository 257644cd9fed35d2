// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The outbox ("Not sent") without a window: what is queued stays on disk, goes out when Reply answers,
// and waits for the rep when a teammate changed the task, over the real sandbox on loopback.
#include "loopbackfixture.h"
#include "presentation/outboxsender.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rte;
using presentation::OutboxSender;
using presentation::test::LoopbackFixture;

class TestOutboxSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void givenAnEdit_whenEnqueued_thenItIsOnDiskForTheNextStart();
    void givenAQueuedEdit_whenSentNow_thenReplyHasItAndItsDraftGoes();
    void givenANewerDraft_whenTheQueuedEditIsSent_thenTheDraftStays();
    void givenATaskChangedBehindTheApp_whenSent_thenItWaitsForTheRep();
    void givenAQueuedEdit_whenDropped_thenItIsGoneAndNothingIsSent();
    void givenQueuedEditsForTwoTasks_whenOneTaskIsForgotten_thenOnlyItsItemGoes();
    void givenADroppedConnection_whenSent_thenTheItemWaitsForTheNextRound();

private:
    // The task as loaded, with a new subject, queued as a save that did not get through.
    QString enqueueSubject(qint64 taskId, const QString &subject);
    void saveDraft(qint64 taskId, const core::TaskEdit &edit);

    LoopbackFixture m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::DraftStore> m_drafts;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
};

void TestOutboxSender::init()
{
    QVERIFY(m_f.start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<store::DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_outbox = std::make_unique<store::Outbox>(m_dir->filePath(QStringLiteral("outbox")));
    m_sender = std::make_unique<OutboxSender>(m_f.client.get(), m_outbox.get(), m_drafts.get());
}

void TestOutboxSender::cleanup()
{
    m_sender.reset();
    m_outbox.reset();
    m_drafts.reset();
    m_dir.reset();
    m_f.stop();
}

QString TestOutboxSender::enqueueSubject(qint64 taskId, const QString &subject)
{
    const auto base = m_f.fetchTask(taskId);
    if (!base)
        return QString();
    return m_sender->enqueue(*base, LoopbackFixture::withSubject(*base, subject), QString(),
        QStringLiteral("Reply could not be reached."));
}

void TestOutboxSender::saveDraft(qint64 taskId, const core::TaskEdit &edit)
{
    store::Draft draft;
    draft.taskId = taskId;
    draft.base = m_outbox->itemForTask(store::Draft::keyForTask(taskId))->base;
    draft.edit = edit;
    QVERIFY(m_drafts->save(draft));
}

void TestOutboxSender::givenAnEdit_whenEnqueued_thenItIsOnDiskForTheNextStart()
{
    QSignalSpy count(m_sender.get(), &OutboxSender::countChanged);
    const QString id = enqueueSubject(5, QStringLiteral("Kept for later"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sender->count(), 1);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.first().first().toInt(), 1);
    QCOMPARE(m_f.sandbox->requests().size(), 0); // queuing sends nothing

    // What the next start of the app finds in the same folder.
    const store::Outbox reread(m_outbox->directory());
    QCOMPARE(reread.count(), 1);
    const store::OutboxItem item = reread.items().first();
    QCOMPARE(item.id, id);
    QCOMPARE(item.taskId, 5);
    QCOMPARE(item.edit.subject, QStringLiteral("Kept for later"));
    QCOMPARE(item.lastError, QStringLiteral("Reply could not be reached."));
}

void TestOutboxSender::givenAQueuedEdit_whenSentNow_thenReplyHasItAndItsDraftGoes()
{
    const QString subject = QStringLiteral("Sent from the outbox");
    QVERIFY(!enqueueSubject(5, subject).isEmpty());
    const store::OutboxItem item = m_sender->items().first();
    saveDraft(5, item.edit);

    QSignalSpy sent(m_sender.get(), &OutboxSender::sent);
    m_sender->sendNow();
    QVERIFY(m_sender->isSending());
    QVERIFY(sent.wait(5000));

    QCOMPARE(m_f.subjectOnReply(5), subject);
    QCOMPARE(sent.first().first().value<core::Task>().id, 5);
    QCOMPARE(sent.first().at(1).value<core::TaskEdit>(), item.edit);
    QCOMPARE(m_sender->count(), 0);
    QCOMPARE(store::Outbox(m_outbox->directory()).count(), 0);
    QVERIFY(!m_drafts->load(5).has_value());
    // Read again first, then replaced: the same check as the form's save.
    QCOMPARE(m_f.requestsTo("GET", QStringLiteral("/v3/tasks/5")), 1);
    QCOMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 1);
}

void TestOutboxSender::givenANewerDraft_whenTheQueuedEditIsSent_thenTheDraftStays()
{
    QVERIFY(!enqueueSubject(5, QStringLiteral("Queued version")).isEmpty());
    core::TaskEdit newer = m_sender->items().first().edit;
    newer.subject = QStringLiteral("Typed after queuing");
    saveDraft(5, newer);

    QSignalSpy sent(m_sender.get(), &OutboxSender::sent);
    m_sender->sendNow();
    QVERIFY(sent.wait(5000));
    QCOMPARE(m_f.subjectOnReply(5), QStringLiteral("Queued version"));
    QCOMPARE(m_sender->count(), 0);
    const auto draft = m_drafts->load(5);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->edit.subject, QStringLiteral("Typed after queuing"));
}

void TestOutboxSender::givenATaskChangedBehindTheApp_whenSent_thenItWaitsForTheRep()
{
    const QString id = enqueueSubject(5, QStringLiteral("Would overwrite theirs"));
    QVERIFY(!id.isEmpty());
    const QString subjectBefore = m_f.subjectOnReply(5);
    const QString theirDue = QStringLiteral("2031-01-01T10:00:00Z");
    m_f.sandbox->changeTaskBehindClientsBack(5, QJsonObject {{QLatin1String("dueTo"), theirDue}});

    QSignalSpy attention(m_sender.get(), &OutboxSender::attentionNeeded);
    QSignalSpy sent(m_sender.get(), &OutboxSender::sent);
    m_sender->sendNow();
    QVERIFY(attention.wait(5000));
    QCOMPARE(attention.first().at(0).toString(), id);
    QVERIFY(attention.first().at(1).toString().contains(QLatin1String("compare")));
    QVERIFY(m_sender->needsAttention(id));
    QCOMPARE(m_sender->count(), 1);
    QVERIFY(sent.isEmpty());
    QCOMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 0);
    QCOMPARE(m_f.sandbox->task(5)->value(QLatin1String("dueTo")).toString(), theirDue);
    QCOMPARE(m_f.subjectOnReply(5), subjectBefore);
    QTRY_VERIFY(!m_sender->isSending());

    // The next round leaves it alone: it waits for the rep, not for Reply.
    m_f.sandbox->clearRequests();
    m_sender->sendNow();
    QVERIFY(!m_sender->isSending());
    QCOMPARE(m_f.sandbox->requests().size(), 0);
    QCOMPARE(m_sender->count(), 1);
}

void TestOutboxSender::givenAQueuedEdit_whenDropped_thenItIsGoneAndNothingIsSent()
{
    const QString id = enqueueSubject(5, QStringLiteral("Thrown away"));
    QVERIFY(!id.isEmpty());
    const QString subjectBefore = m_f.subjectOnReply(5);
    QSignalSpy count(m_sender.get(), &OutboxSender::countChanged);
    m_sender->drop(id);
    QCOMPARE(m_sender->count(), 0);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.first().first().toInt(), 0);
    QCOMPARE(store::Outbox(m_outbox->directory()).count(), 0);

    m_sender->sendNow();
    QVERIFY(!m_sender->isSending());
    QCOMPARE(m_f.sandbox->requests().size(), 0);
    QCOMPARE(m_f.subjectOnReply(5), subjectBefore);
}

void TestOutboxSender::givenQueuedEditsForTwoTasks_whenOneTaskIsForgotten_thenOnlyItsItemGoes()
{
    QVERIFY(!enqueueSubject(5, QStringLiteral("Five")).isEmpty());
    const QString six = enqueueSubject(6, QStringLiteral("Six"));
    QVERIFY(!six.isEmpty());
    QCOMPARE(m_sender->count(), 2);

    m_sender->forgetTask(5);
    QCOMPARE(m_sender->count(), 1);
    QCOMPARE(m_sender->items().first().id, six);
    QCOMPARE(m_sender->items().first().taskId, 6);
    m_sender->forgetTask(0); // a task not created yet has no item by id
    QCOMPARE(m_sender->count(), 1);
    const store::Outbox reread(m_outbox->directory());
    QCOMPARE(reread.count(), 1);
    QCOMPARE(reread.items().first().id, six);
}

void TestOutboxSender::givenADroppedConnection_whenSent_thenTheItemWaitsForTheNextRound()
{
    const QString subject = QStringLiteral("Through on the second round");
    const QString id = enqueueSubject(5, subject);
    QVERIFY(!id.isEmpty());
    const QString subjectBefore = m_f.subjectOnReply(5);
    // More drops than the client and QNetworkAccessManager together try again.
    m_f.sandbox->injectDropConnection(20, QStringLiteral("/v3/tasks/5"));

    QSignalSpy attention(m_sender.get(), &OutboxSender::attentionNeeded);
    QSignalSpy sent(m_sender.get(), &OutboxSender::sent);
    m_sender->sendNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_sender->items().first().attempts, 1, 10000);
    QTRY_VERIFY(!m_sender->isSending());
    QCOMPARE(m_sender->count(), 1);
    QVERIFY(!m_sender->items().first().lastError.isEmpty());
    QVERIFY(!m_sender->needsAttention(id)); // Reply's trouble, not the rep's
    QVERIFY(attention.isEmpty() && sent.isEmpty());
    QCOMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 0);
    QCOMPARE(m_f.subjectOnReply(5), subjectBefore);
    QCOMPARE(store::Outbox(m_outbox->directory()).items().first().attempts, 1);

    // Reply answers again: the next round, on the sender's own timer, gets it through.
    m_f.sandbox->clearFaults();
    m_sender->setRetryInterval(50);
    QVERIFY(sent.wait(5000));
    QCOMPARE(m_f.subjectOnReply(5), subject);
    QCOMPARE(m_sender->count(), 0);
    QVERIFY(attention.isEmpty());
}

QTEST_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
