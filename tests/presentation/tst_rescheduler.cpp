// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Bulk reschedule over the real sandbox: 250 overdue tasks, a 429 in the middle, a teammate's
// change, a task the rep did not choose, cancel and undo.
#include "api/replyclient.h"
#include "core/rescheduleplan.h"
#include "core/taskcodec.h"
#include "presentation/rescheduler.h"
#include "presentation/translations.h"
#include "support/testsandbox.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace rte;
using presentation::Rescheduler;

class TestRescheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup();

    void twoHundredFiftyOverdue_withA429InTheMiddle_allMoveButTheOneChanged_thenUndo();
    void cancel_stopsBeforeTheNextTask_andSaysWhichWereNotTried();

private:
    // Overdue tasks of the test's own, as the rep's list shows them.
    QList<core::TaskListItem> insertOverdue(int count);
    core::TaskListItem seenOnReply(qint64 id) const;

    std::unique_ptr<testsupport::TestSandbox> m_sandbox;
    std::unique_ptr<api::ReplyClient> m_client;
    const QTimeZone m_zone {QByteArrayLiteral("Europe/Berlin")};
};

void TestRescheduler::init()
{
    m_sandbox = std::make_unique<testsupport::TestSandbox>();
    QVERIFY(m_sandbox->listen());
    m_sandbox->setRateLimit(100000, 100000); // Reply's own limit is the client's budget's job here
    m_client = std::make_unique<api::ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(sandbox::SandboxServer::demoApiKey());
    m_client->setTimeout(5000);
    m_client->setRetryPolicy(3, 20, 100);
    m_client->setRateLimits(0, 0);
}

void TestRescheduler::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

core::TaskListItem TestRescheduler::seenOnReply(qint64 id) const
{
    const core::Task task = core::TaskCodec::taskFromJson(*m_sandbox->task(id));
    core::TaskListItem item;
    item.update(task);
    return item;
}

QList<core::TaskListItem> TestRescheduler::insertOverdue(int count)
{
    QJsonObject model = *m_sandbox->task(2); // an open call of the seed
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    QList<core::TaskListItem> items;
    for (int i = 0; i < count; ++i) {
        QJsonObject task = model;
        task.remove(QStringLiteral("id"));
        task.insert(QStringLiteral("startAt"), yesterday.addSecs(-3600 - i * 60).toString(Qt::ISODate));
        task.insert(QStringLiteral("dueTo"), yesterday.addSecs(-i * 60).toString(Qt::ISODate));
        items.append(seenOnReply(m_sandbox->insertTask(task)));
    }
    return items;
}

void TestRescheduler::twoHundredFiftyOverdue_withA429InTheMiddle_allMoveButTheOneChanged_thenUndo()
{
    const QList<core::TaskListItem> overdue = insertOverdue(251);
    const QList<core::TaskListItem> chosen = overdue.mid(0, 250);
    const core::TaskListItem notChosen = overdue.last();
    // A teammate moves one of them after the rep's list was loaded.
    const qint64 changed = chosen.at(17).id;
    m_sandbox->changeTaskBehindClientsBack(changed,
        QJsonObject {
            {QStringLiteral("dueTo"), QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)}});
    const QJsonObject changedBefore = *m_sandbox->task(changed);

    QList<core::ReschedulePlan::Times> times;
    for (const core::TaskListItem &item : chosen)
        times.append({item.startAt, item.dueTo});
    const QList<core::ReschedulePlan::Times> plan = core::ReschedulePlan::spread(
        times, QDate::currentDate().addDays(1), 3, QTime(9, 0), QTime(17, 0), m_zone);
    QCOMPARE(plan.size(), 250);
    QList<Rescheduler::Move> moves;
    for (int i = 0; i < chosen.size(); ++i)
        moves.append({chosen.at(i), plan.at(i).startAt, plan.at(i).dueTo});

    Rescheduler rescheduler(m_client.get());
    QSignalSpy finished(&rescheduler, &Rescheduler::finished);
    // Halfway, Reply says "too many requests" once: the run waits and goes on, nothing fails.
    connect(&rescheduler, &Rescheduler::progress, this, [this](int done) {
        if (done == 125)
            m_sandbox->injectStatus(429, 1, 1, QStringLiteral("/v3/tasks/"));
    });
    m_sandbox->clearRequests();
    rescheduler.start(moves);
    QVERIFY(finished.wait(120000));
    const auto report = finished.first().first().value<QList<Rescheduler::Line>>();
    QCOMPARE(report.size(), 250);
    // A read for each, a write for each that moved, and the one request the 429 turned away, again.
    QCOMPARE(m_sandbox->requests().size(), 250 + 249 + 1);
    int moved = 0;
    for (const Rescheduler::Line &line : report) {
        if (line.taskId == changed) {
            QCOMPARE(line.result, Rescheduler::Result::Skipped);
            QVERIFY(!line.message.isEmpty());
            continue;
        }
        QVERIFY2(line.result == Rescheduler::Result::Moved, qPrintable(line.message));
        ++moved;
        const core::TaskListItem now = seenOnReply(line.taskId);
        QCOMPARE(now.startAt, line.move.startAt);
        QCOMPARE(now.dueTo, line.move.dueTo);
    }
    QCOMPARE(moved, 249);
    QVERIFY(Rescheduler::summary(report).contains(QLatin1String("Moved 249 tasks.")));
    // Nothing the rep did not choose is touched: the teammate's task and the task not chosen.
    QCOMPARE(*m_sandbox->task(changed), changedBefore);
    QCOMPARE(seenOnReply(notChosen.id).dueTo, notChosen.dueTo);

    // Undo as one step: every moved task goes back where it was.
    QSignalSpy undone(&rescheduler, &Rescheduler::finished);
    rescheduler.start(Rescheduler::undoOf(report));
    QVERIFY(undone.wait(120000));
    for (const core::TaskListItem &item : chosen) {
        if (item.id == changed)
            continue;
        QCOMPARE(seenOnReply(item.id).startAt, item.startAt);
        QCOMPARE(seenOnReply(item.id).dueTo, item.dueTo);
    }
}

void TestRescheduler::cancel_stopsBeforeTheNextTask_andSaysWhichWereNotTried()
{
    const QList<core::TaskListItem> overdue = insertOverdue(30);
    QList<Rescheduler::Move> moves;
    for (const core::TaskListItem &item : overdue)
        moves.append({item, item.startAt.addDays(7), item.dueTo.addDays(7)});
    Rescheduler rescheduler(m_client.get());
    QSignalSpy finished(&rescheduler, &Rescheduler::finished);
    connect(&rescheduler, &Rescheduler::progress, &rescheduler, [&rescheduler](int done) {
        if (done == 5)
            rescheduler.cancel();
    });
    rescheduler.start(moves);
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<QList<Rescheduler::Line>>();
    QCOMPARE(report.size(), 30);
    int notTried = 0;
    for (const Rescheduler::Line &line : report) {
        if (line.result == Rescheduler::Result::NotTried) {
            ++notTried;
            QCOMPARE(seenOnReply(line.taskId).dueTo, line.move.seen.dueTo); // untouched
        }
    }
    QVERIFY(notTried >= 24);
    QVERIFY(Rescheduler::summary(report).contains(QLatin1String("not tried")));
}

QTEST_MAIN(TestRescheduler)
#include "tst_rescheduler.moc"
