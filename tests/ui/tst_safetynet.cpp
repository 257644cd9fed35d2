// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Never lose an edit: drafts on disk, the outbox, the conflict check and visible retries, with
// the sandbox cut off, failing and changed behind the app's back.
#include "bodyeditor.h"
#include "core/taskcodec.h"
#include "messagebanner.h"
#include "safetynet.h"
#include "store/draftautosaver.h"
#include "taskeditorview.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolButton>

using namespace rte;
using core::TaskField;
using Controller = presentation::TaskEditorController;

class TestSafetyNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup() { m_f.reset(); }

    void typing_writesADraftThatGoesOnlyAfterTheServerHasIt();
    void refusedSave_keepsTheDraft();
    void unreachableServer_putsTheSaveInTheOutboxAndSendsItLater();
    void outboxSurvivesARestart();
    void outboxItemChangedBehindTheApp_waitsForTheRep();
    void changedBehindTheApp_showsTheCompareViewAndMergesFieldByField();
    void changedBehindTheApp_declinedCompare_sendsNothing();
    void completedMeanwhile_saysSoAndKeepsTheDraft();
    void retries_areVisible();
    void undo_survivesASave();
    void closingWithUnsentChanges_asksAndTheDraftOutlivesTheAnswer();
    void startWithDrafts_offersThemBack();
    void switchingAccount_keepsEachAccountsDraftsApart();

private:
    QLineEdit *subject() const
    {
        return qobject_cast<QLineEdit *>(m_f->window->editorView()->fieldWidget(TaskField::Subject));
    }
    void typeSubject(const QString &text);
    QString banner() const { return m_f->window->editorView()->banner()->text(); }
    std::unique_ptr<test::WindowFixture> m_f;
};

void TestSafetyNet::init()
{
    m_f = std::make_unique<test::WindowFixture>();
    QVERIFY(m_f->start());
    m_f->drafts->autosaver()->setDelay(std::chrono::milliseconds(50));
}

void TestSafetyNet::typeSubject(const QString &text)
{
    subject()->setFocus();
    subject()->selectAll();
    QTest::keyClicks(subject(), text);
}

void TestSafetyNet::typing_writesADraftThatGoesOnlyAfterTheServerHasIt()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Draft me"));
    QTRY_VERIFY(m_f->draftStore->load(5).has_value());
    QCOMPARE(m_f->draftStore->load(5)->edit.subject, QStringLiteral("Draft me"));
    QCOMPARE(m_f->draftStore->load(5)->base.id, 5); // stored with the snapshot it was edited from

    QSignalSpy saved(m_f->editor, &Controller::saved);
    m_f->window->saveAction()->trigger();
    QVERIFY(saved.wait(5000));
    QVERIFY(!m_f->draftStore->load(5).has_value());
}

void TestSafetyNet::refusedSave_keepsTheDraft()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Refused"));
    m_f->sandbox->injectStatus(400, 1, -1, QStringLiteral("/v3/tasks/5"));
    QSignalSpy failed(m_f->editor, &Controller::saveFailed);
    m_f->window->saveAction()->trigger();
    QVERIFY(failed.wait(5000));
    QTRY_VERIFY(m_f->draftStore->load(5).has_value());
    QCOMPARE(m_f->draftStore->load(5)->edit.subject, QStringLiteral("Refused"));
}

void TestSafetyNet::unreachableServer_putsTheSaveInTheOutboxAndSendsItLater()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Sent from the outbox"));
    m_f->sandbox->injectStatus(503, 3, -1, QStringLiteral("/v3/tasks/5"));
    QSignalSpy failed(m_f->editor, &Controller::saveFailed);
    m_f->window->saveAction()->trigger();
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_f->outboxSender->count(), 1);
    QToolButton *badge = m_f->window->safetyNet()->outboxButton();
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Not sent: 1"));
    QVERIFY2(banner().contains(QLatin1String("Not sent")), qPrintable(banner()));
    QCOMPARE(subject()->text(), QStringLiteral("Sent from the outbox")); // still in the form

    // Reply answers again: the outbox sends on its own, after reading the task again.
    QSignalSpy sent(m_f->outboxSender, &presentation::OutboxSender::sent);
    m_f->outboxSender->sendNow();
    QVERIFY(sent.wait(5000));
    QCOMPARE(m_f->outboxSender->count(), 0);
    QVERIFY(!badge->isVisible());
    QCOMPARE(m_f->sandbox->task(5)
                 ->value(QLatin1String("template"))
                 .toObject()
                 .value(QLatin1String("subject"))
                 .toString(),
        QStringLiteral("Sent from the outbox"));
}

void TestSafetyNet::outboxSurvivesARestart()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Survives"));
    m_f->sandbox->injectStatus(503, 3, -1, QStringLiteral("/v3/tasks/5"));
    QSignalSpy failed(m_f->editor, &Controller::saveFailed);
    m_f->window->saveAction()->trigger();
    QVERIFY(failed.wait(10000));
    store::Outbox reopened(m_f->dataDir.filePath(QStringLiteral("outbox")));
    QCOMPARE(reopened.count(), 1);
    QCOMPARE(reopened.items().first().edit.subject, QStringLiteral("Survives"));
    QCOMPARE(reopened.items().first().taskId, 5);
}

void TestSafetyNet::outboxItemChangedBehindTheApp_waitsForTheRep()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Queued"));
    m_f->sandbox->injectStatus(503, 3, -1, QStringLiteral("/v3/tasks/5"));
    QSignalSpy failed(m_f->editor, &Controller::saveFailed);
    m_f->window->saveAction()->trigger();
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_f->outboxSender->count(), 1);
    // A teammate changes the task before the outbox gets through: nothing is overwritten.
    m_f->sandbox->changeTaskBehindClientsBack(
        5, QJsonObject {{QLatin1String("dueTo"), QStringLiteral("2031-01-01T10:00:00Z")}});
    QSignalSpy attention(m_f->outboxSender, &presentation::OutboxSender::attentionNeeded);
    m_f->outboxSender->sendNow();
    QVERIFY(attention.wait(5000));
    QVERIFY(attention.first().at(1).toString().contains(QLatin1String("compare")));
    QCOMPARE(m_f->outboxSender->count(), 1);
    QCOMPARE(m_f->requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 0);
    QVERIFY(m_f->outboxSender->needsAttention(m_f->outboxSender->items().first().id));
}

void TestSafetyNet::changedBehindTheApp_showsTheCompareViewAndMergesFieldByField()
{
    QVERIFY(m_f->openAndWait(4));
    typeSubject(QStringLiteral("Mine"));
    const QString theirBody = QStringLiteral("Their new body");
    m_f->sandbox->changeTaskBehindClientsBack(4,
        QJsonObject {{QLatin1String("template"),
            QJsonObject {
                {QLatin1String("body"), theirBody}, {QLatin1String("subject"), QStringLiteral("Theirs")}}}});
    m_f->prompts->conflictKeepMine = QList<TaskField> {TaskField::Subject};
    QSignalSpy saved(m_f->editor, &Controller::saved);
    m_f->window->saveAction()->trigger();
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_f->prompts->conflicts, 1);
    const QJsonObject templ = m_f->sandbox->task(4)->value(QLatin1String("template")).toObject();
    QCOMPARE(templ.value(QLatin1String("subject")).toString(), QStringLiteral("Mine"));
    QCOMPARE(templ.value(QLatin1String("body")).toString(), theirBody);
}

void TestSafetyNet::changedBehindTheApp_declinedCompare_sendsNothing()
{
    QVERIFY(m_f->openAndWait(4));
    typeSubject(QStringLiteral("Mine"));
    m_f->sandbox->changeTaskBehindClientsBack(
        4, QJsonObject {{QLatin1String("dueTo"), QStringLiteral("2031-01-01T10:00:00Z")}});
    m_f->prompts->conflictKeepMine = std::nullopt;
    QSignalSpy conflict(m_f->editor, &Controller::conflict);
    m_f->window->saveAction()->trigger();
    QVERIFY(conflict.wait(5000));
    QCOMPARE(m_f->requestsTo("PUT", QStringLiteral("/v3/tasks/4")), 0);
    QCOMPARE(subject()->text(), QStringLiteral("Mine"));
    QVERIFY(banner().contains(QLatin1String("Nothing was sent")));
}

void TestSafetyNet::completedMeanwhile_saysSoAndKeepsTheDraft()
{
    QVERIFY(m_f->openAndWait(4));
    typeSubject(QStringLiteral("Too late"));
    m_f->sandbox->changeTaskBehindClientsBack(
        4, QJsonObject {{QLatin1String("status"), QStringLiteral("finished")}});
    QSignalSpy gone(m_f->editor, &Controller::noLongerEditable);
    m_f->window->saveAction()->trigger();
    QVERIFY(gone.wait(5000));
    QCOMPARE(m_f->requestsTo("PUT", QStringLiteral("/v3/tasks/4")), 0);
    QVERIFY2(banner().contains(QLatin1String("finished")), qPrintable(banner()));
    QVERIFY(banner().contains(QLatin1String("draft")));
    QTRY_VERIFY(m_f->draftStore->load(4).has_value());
    QCOMPARE(m_f->draftStore->load(4)->edit.subject, QStringLiteral("Too late"));
}

void TestSafetyNet::retries_areVisible()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Eventually"));
    m_f->sandbox->injectStatus(503, 1, 1, QStringLiteral("/v3/tasks/5"));
    QSignalSpy retrying(m_f->editor, &Controller::retrying);
    QSignalSpy saved(m_f->editor, &Controller::saved);
    m_f->window->saveAction()->trigger();
    QVERIFY(retrying.wait(5000));
    QVERIFY(m_f->window->statusBar()->currentMessage().contains(QLatin1String("retrying in 1 second")));
    QVERIFY(saved.wait(5000));
}

void TestSafetyNet::undo_survivesASave()
{
    QVERIFY(m_f->openAndWait(5));
    const QString original = subject()->text();
    typeSubject(QStringLiteral("Undo me"));
    auto *body = m_f->window->editorView()->bodyEditor()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" PS"));
    QSignalSpy saved(m_f->editor, &Controller::saved);
    m_f->window->saveAction()->trigger();
    QVERIFY(saved.wait(5000));

    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!body->toPlainText().endsWith(QLatin1String(" PS")));
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(body->toPlainText().endsWith(QLatin1String(" PS")));

    subject()->setFocus();
    QTest::keyClick(subject(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(subject()->text(), original);
    QCOMPARE(m_f->model->subject(), original);
    QVERIFY(m_f->model->isDirty()); // the undo is an edit like any other

    // The task type has no undo of its own: the form's history (Edit → Undo) covers it, after a save too.
    auto *type = qobject_cast<QComboBox *>(m_f->window->editorView()->fieldWidget(TaskField::TaskType));
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Up);
    const QString changed = type->currentText();
    QSignalSpy savedAgain(m_f->editor, &Controller::saved);
    m_f->window->saveAction()->trigger();
    QVERIFY(savedAgain.wait(5000));
    QTest::keyClick(type, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(type->currentText() != changed);
    QTest::keyClick(type, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(type->currentText(), changed);
}

void TestSafetyNet::closingWithUnsentChanges_asksAndTheDraftOutlivesTheAnswer()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Closing"));
    m_f->prompts->unsaved = QMessageBox::Discard;
    m_f->window->close();
    QCOMPARE(m_f->prompts->asked, 1);
    QVERIFY(m_f->draftStore->load(5).has_value());
    QCOMPARE(m_f->draftStore->load(5)->edit.subject, QStringLiteral("Closing"));
}

void TestSafetyNet::startWithDrafts_offersThemBack()
{
    // What an earlier run left behind: a draft for task 6, written by another store on the same folder.
    const auto json = *m_f->sandbox->task(6);
    store::Draft draft;
    draft.taskId = 6;
    draft.base = core::TaskCodec::taskFromJson(json);
    draft.edit = core::TaskEdit::fromTask(draft.base);
    draft.edit.body = QStringLiteral("Typed before the crash");
    QVERIFY(store::DraftStore(m_f->dataDir.filePath(QStringLiteral("drafts"))).save(draft));

    m_f->prompts->recoveryAnswers = {{store::Draft::keyForTask(6), ui::Prompts::RecoveryChoice::Open}};
    m_f->window->offerRecovery();
    QCOMPARE(m_f->prompts->offeredDrafts.size(), 1);
    QCOMPARE(m_f->model->taskId(), 6);
    QCOMPARE(m_f->model->body(), QStringLiteral("Typed before the crash"));
    QVERIFY(m_f->model->isDirty());
    QVERIFY(m_f->window->editorView()->bodyEditor()->textEdit()->toPlainText().contains(
        QLatin1String("Typed before the crash")));

    // Discarding removes it for good.
    m_f->prompts->recoveryAnswers = {{store::Draft::keyForTask(6), ui::Prompts::RecoveryChoice::Discard}};
    m_f->window->offerRecovery();
    QVERIFY(!m_f->draftStore->load(6).has_value());
}

void TestSafetyNet::switchingAccount_keepsEachAccountsDraftsApart()
{
    QVERIFY(m_f->openAndWait(5));
    typeSubject(QStringLiteral("Account A's edit"));
    QTRY_VERIFY(m_f->draftStore->load(5).has_value());
    const qint64 contactId = m_f->model->contactId().toLongLong();
    QTRY_VERIFY(m_f->contacts->cached(contactId).has_value());

    QTemporaryDir other;
    m_f->workspace->useAccount(QStringLiteral("other"), other.filePath(QStringLiteral("drafts")),
        other.filePath(QStringLiteral("outbox")), false);
    // Nothing of account A is left on screen or in memory...
    QVERIFY(!m_f->model->hasTask());
    QCOMPARE(m_f->list->rowCount(), 0);
    QVERIFY(!m_f->contacts->cached(contactId).has_value());
    QVERIFY(m_f->draftStore->all().isEmpty());
    // ...and A's draft waits in A's folder, with what was typed.
    store::DraftStore accountA(m_f->dataPath + QStringLiteral("/drafts"));
    QVERIFY(accountA.load(5).has_value());
    QCOMPARE(accountA.load(5)->edit.subject, QStringLiteral("Account A's edit"));
}

QTEST_MAIN(TestSafetyNet)
#include "tst_safetynet.moc"
