// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// CheckedUpdate without a window: the task is read again and replaced only when nobody changed it,
// over the real sandbox on loopback.
#include "loopbackfixture.h"
#include "presentation/checkedupdate.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace rte;
using presentation::CheckedUpdate;
using presentation::test::LoopbackFixture;

namespace {

constexpr qint64 kTaskId = 5;

// Every signal of one update, so a test can say which ones came and which did not.
struct UpdateSpies
{
    explicit UpdateSpies(CheckedUpdate *update)
        : saved(update, &CheckedUpdate::saved)
        , conflict(update, &CheckedUpdate::conflict)
        , noLongerEditable(update, &CheckedUpdate::noLongerEditable)
        , failed(update, &CheckedUpdate::failed)
        , finished(update, &CheckedUpdate::finished)
    { }
    QSignalSpy saved;
    QSignalSpy conflict;
    QSignalSpy noLongerEditable;
    QSignalSpy failed;
    QSignalSpy finished;
};

} // namespace

class TestCheckedUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void givenAnUnchangedTask_whenUpdated_thenItIsReadAgainThenReplaced();
    void givenATaskChangedBehindTheClientsBack_whenUpdated_thenConflictAndNoPut();
    void givenATaskFinishedMeanwhile_whenUpdated_thenNoLongerEditableAndNoPut();
    void givenTheConnectionDropsOnTheCheck_whenUpdated_thenFailsTransientAndSendsNothing();
    void givenTheCheckUnderWay_whenAborted_thenNothingIsSent();
    void givenTheWriteUnderWay_whenAborted_thenTheWriteFinishesAndReports();

private:
    LoopbackFixture m_f;
    core::Task m_base;
    QString m_subjectBefore;
};

void TestCheckedUpdate::init()
{
    QVERIFY(m_f.start());
    const auto base = m_f.fetchTask(kTaskId);
    QVERIFY(base.has_value());
    QCOMPARE(base->status, core::TaskStatus::New);
    m_base = *base;
    m_subjectBefore = m_f.subjectOnReply(kTaskId);
}

void TestCheckedUpdate::cleanup()
{
    m_f.stop();
}

void TestCheckedUpdate::givenAnUnchangedTask_whenUpdated_thenItIsReadAgainThenReplaced()
{
    const QString subject = QStringLiteral("Checked, then sent");
    QPointer<CheckedUpdate> update
        = CheckedUpdate::start(m_f.client.get(), m_base, LoopbackFixture::withSubject(m_base, subject));
    QCOMPARE(update->taskId(), kTaskId);
    UpdateSpies spies(update);
    QVERIFY(spies.saved.wait(5000));

    const auto requests = m_f.sandbox->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/v3/tasks/5"));
    QCOMPARE(requests.at(1).method, QByteArray("PUT"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/v3/tasks/5"));
    QCOMPARE(m_f.subjectOnReply(kTaskId), subject);
    // What Reply answered, not what was sent, is what the caller gets.
    const auto saved = spies.saved.first().first().value<core::Task>();
    QCOMPARE(saved.id, kTaskId);
    QCOMPARE(saved.taskTemplate.value_or(core::TaskTemplate {}).subject.value_or(QString()), subject);
    QCOMPARE(spies.finished.count(), 1);
    QVERIFY(spies.conflict.isEmpty() && spies.noLongerEditable.isEmpty() && spies.failed.isEmpty());
    QTRY_VERIFY(update.isNull()); // it deletes itself after finished()
}

void TestCheckedUpdate::givenATaskChangedBehindTheClientsBack_whenUpdated_thenConflictAndNoPut()
{
    const QString theirDue = QStringLiteral("2031-01-01T10:00:00Z");
    m_f.sandbox->changeTaskBehindClientsBack(kTaskId, QJsonObject {{QLatin1String("dueTo"), theirDue}});
    auto *update = CheckedUpdate::start(
        m_f.client.get(), m_base, LoopbackFixture::withSubject(m_base, QStringLiteral("Mine")));
    UpdateSpies spies(update);
    QVERIFY(spies.conflict.wait(5000));

    // Theirs comes with the signal, so the caller can compare the two versions.
    const auto theirs = spies.conflict.first().first().value<core::Task>();
    QCOMPARE(theirs.dueTo, QDateTime::fromString(theirDue, Qt::ISODate));
    QCOMPARE(m_f.requestsTo("GET", QStringLiteral("/v3/tasks/5")), 1);
    QCOMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 0);
    QCOMPARE(m_f.subjectOnReply(kTaskId), m_subjectBefore);
    QCOMPARE(m_f.sandbox->task(kTaskId)->value(QLatin1String("dueTo")).toString(), theirDue);
    QCOMPARE(spies.finished.count(), 1);
    QVERIFY(spies.saved.isEmpty() && spies.noLongerEditable.isEmpty() && spies.failed.isEmpty());
}

void TestCheckedUpdate::givenATaskFinishedMeanwhile_whenUpdated_thenNoLongerEditableAndNoPut()
{
    m_f.sandbox->changeTaskBehindClientsBack(
        kTaskId, QJsonObject {{QLatin1String("status"), QStringLiteral("finished")}});
    auto *update = CheckedUpdate::start(
        m_f.client.get(), m_base, LoopbackFixture::withSubject(m_base, QStringLiteral("Too late")));
    UpdateSpies spies(update);
    QVERIFY(spies.noLongerEditable.wait(5000));

    QCOMPARE(spies.noLongerEditable.first().first().value<core::Task>().status, core::TaskStatus::Finished);
    QCOMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 0);
    QCOMPARE(m_f.subjectOnReply(kTaskId), m_subjectBefore);
    QCOMPARE(spies.finished.count(), 1);
    // Finished is its own answer, not a conflict to merge.
    QVERIFY(spies.saved.isEmpty() && spies.conflict.isEmpty() && spies.failed.isEmpty());
}

void TestCheckedUpdate::givenTheConnectionDropsOnTheCheck_whenUpdated_thenFailsTransientAndSendsNothing()
{
    // More drops than the client and QNetworkAccessManager together try again.
    m_f.sandbox->injectDropConnection(20, QStringLiteral("/v3/tasks/5"));
    auto *update = CheckedUpdate::start(
        m_f.client.get(), m_base, LoopbackFixture::withSubject(m_base, QStringLiteral("Never sent")));
    UpdateSpies spies(update);
    QVERIFY(spies.failed.wait(10000));

    const auto error = spies.failed.first().first().value<api::ApiError>();
    QVERIFY2(error.isTransient(), qPrintable(error.message()));
    QVERIFY(!error.isOutcomeUnknown());
    QVERIFY(!error.message().isEmpty());
    QVERIFY(m_f.requestsTo("GET", QStringLiteral("/v3/tasks/5")) >= 1);
    QCOMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 0);
    m_f.sandbox->clearFaults();
    QCOMPARE(m_f.subjectOnReply(kTaskId), m_subjectBefore);
    QCOMPARE(spies.finished.count(), 1);
    QVERIFY(spies.saved.isEmpty() && spies.conflict.isEmpty() && spies.noLongerEditable.isEmpty());
}

void TestCheckedUpdate::givenTheCheckUnderWay_whenAborted_thenNothingIsSent()
{
    // The sandbox has the GET and holds its answer back: the check is under way.
    m_f.sandbox->injectDelay(2000, 1, QStringLiteral("/v3/tasks/5"));
    QPointer<CheckedUpdate> update = CheckedUpdate::start(
        m_f.client.get(), m_base, LoopbackFixture::withSubject(m_base, QStringLiteral("Changed my mind")));
    UpdateSpies spies(update);
    QTRY_COMPARE(m_f.requestsTo("GET", QStringLiteral("/v3/tasks/5")), 1);
    QVERIFY(!update->isWriting());

    update->abort();
    QTRY_COMPARE(spies.finished.count(), 1);
    // Gone, with its aborted request: nothing is left that could send the PUT later.
    QTRY_VERIFY(update.isNull());
    QCOMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 0);
    QCOMPARE(m_f.subjectOnReply(kTaskId), m_subjectBefore);
    QVERIFY(spies.saved.isEmpty() && spies.conflict.isEmpty() && spies.noLongerEditable.isEmpty());
    QCOMPARE(spies.failed.count(), 1);
    QCOMPARE(spies.failed.first().first().value<api::ApiError>().kind(), api::ApiError::Kind::Cancelled);
}

void TestCheckedUpdate::givenTheWriteUnderWay_whenAborted_thenTheWriteFinishesAndReports()
{
    // The GET and the PUT are both answered late; the abort comes once the PUT has reached Reply.
    m_f.sandbox->injectDelay(200, 2, QStringLiteral("/v3/tasks/5"));
    const QString subject = QStringLiteral("Already on its way");
    auto *update
        = CheckedUpdate::start(m_f.client.get(), m_base, LoopbackFixture::withSubject(m_base, subject));
    UpdateSpies spies(update);
    QTRY_COMPARE(m_f.requestsTo("PUT", QStringLiteral("/v3/tasks/5")), 1);
    QVERIFY(update->isWriting());

    update->abort();
    QVERIFY(spies.saved.wait(5000));
    QCOMPARE(m_f.subjectOnReply(kTaskId), subject);
    QCOMPARE(spies.finished.count(), 1);
    QVERIFY(spies.failed.isEmpty());
}

QTEST_MAIN(TestCheckedUpdate)
#include "tst_checkedupdate.moc"
