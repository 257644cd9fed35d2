// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The list model's order, dates and known content, over the sandbox.
#include "api/replyclient.h"
#include "core/relativedate.h"
#include "core/task.h"
#include "core/taskcodec.h"
#include "presentation/tasklistmodel.h"
#include "sandbox/sandboxserver.h"
#include "support/testsandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace rte;
using core::TaskListItem;
using presentation::TaskListModel;

class TestTaskListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultOrder_isOverdueFirstThenDue_andNewPagesLandInPlace();
    void sortingByStart_ordersByTheDateNotItsText();
    void sortingDescending_keepsMissingDatesLast();
    void sortingKeepsPersistentIndexesOnTheirTask();
    void subjectAndBody_knownOnceTheDetailIsSeen_areShownAndSearched();
    void updatedDueTime_movesTheRowToItsPlace();
    void dates_areCompactInTheCell_andWholeInTooltipAndAccessibleText();

private:
    void loadPage();
    void verifyOrdered(int column, Qt::SortOrder order) const;
    core::Task detailOf(qint64 id) const;

    std::unique_ptr<testsupport::TestSandbox> m_sandbox;
    std::unique_ptr<api::ReplyClient> m_client;
    std::unique_ptr<TaskListModel> m_model;
};

void TestTaskListModel::init()
{
    m_sandbox = std::make_unique<testsupport::TestSandbox>();
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<api::ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(sandbox::SandboxServer::demoApiKey());
    m_model = std::make_unique<TaskListModel>(m_client.get());
}

void TestTaskListModel::cleanup()
{
    m_model.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestTaskListModel::loadPage()
{
    QSignalSpy page(m_model.get(), &TaskListModel::pageLoaded);
    if (m_model->isStarted())
        m_model->fetchMore({});
    else
        m_model->setFilter({}); // every task: open, finished, with and without dates
    QVERIFY(page.wait(5000));
    QTRY_VERIFY(!m_model->isLoading());
}

// Every neighbouring pair is in order (the model's own tie-break aside).
void TestTaskListModel::verifyOrdered(int column, Qt::SortOrder order) const
{
    const QDateTime now = m_model->now();
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const TaskListItem a = m_model->item(row - 1);
        const TaskListItem b = m_model->item(row);
        const QString where
            = QStringLiteral("rows %1 and %2 (tasks %3, %4)").arg(row - 1).arg(row).arg(a.id).arg(b.id);
        if (column == TaskListModel::DueColumn && order == Qt::AscendingOrder) {
            QVERIFY2(a.isOverdue(now) || !b.isOverdue(now), qPrintable(where));
            if (a.isOverdue(now) == b.isOverdue(now) && a.dueTo.isValid() && b.dueTo.isValid())
                QVERIFY2(a.dueTo <= b.dueTo, qPrintable(where));
            if (a.isOverdue(now) == b.isOverdue(now))
                QVERIFY2(a.dueTo.isValid() || !b.dueTo.isValid(), qPrintable(where));
        } else if (column == TaskListModel::StartColumn) {
            if (a.startAt.isValid() && b.startAt.isValid())
                QVERIFY2(order == Qt::AscendingOrder ? a.startAt <= b.startAt : a.startAt >= b.startAt,
                    qPrintable(where));
            QVERIFY2(a.startAt.isValid() || !b.startAt.isValid(), qPrintable(where));
        }
    }
}

core::Task TestTaskListModel::detailOf(qint64 id) const
{
    const auto json = m_sandbox->task(id);
    return json ? core::TaskCodec::taskFromJson(*json) : core::Task {};
}

void TestTaskListModel::defaultOrder_isOverdueFirstThenDue_andNewPagesLandInPlace()
{
    QCOMPARE(m_model->sortColumn(), int(TaskListModel::DueColumn));
    QCOMPARE(m_model->sortOrder(), Qt::AscendingOrder);
    loadPage();
    QVERIFY(m_model->hasMore());
    QVERIFY(m_model->index(0, 0).data(TaskListModel::OverdueRole).toBool());
    verifyOrdered(TaskListModel::DueColumn, Qt::AscendingOrder);
    loadPage();
    QCOMPARE(m_model->rowCount(), 2 * TaskListModel::PageSize);
    verifyOrdered(TaskListModel::DueColumn, Qt::AscendingOrder);
}

void TestTaskListModel::sortingByStart_ordersByTheDateNotItsText()
{
    loadPage();
    m_model->sort(TaskListModel::StartColumn, Qt::AscendingOrder);
    verifyOrdered(TaskListModel::StartColumn, Qt::AscendingOrder);
    // Display text ("Today 09:00", "Mon 14:00", "3 Dec") would not sort like this.
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        texts.append(m_model->index(row, TaskListModel::StartColumn).data().toString());
    QStringList sortedTexts = texts;
    sortedTexts.sort();
    QVERIFY(texts != sortedTexts);
    // And a page loaded later joins that order, not the end.
    loadPage();
    verifyOrdered(TaskListModel::StartColumn, Qt::AscendingOrder);
}

void TestTaskListModel::sortingDescending_keepsMissingDatesLast()
{
    loadPage();
    m_model->sort(TaskListModel::StartColumn, Qt::DescendingOrder);
    verifyOrdered(TaskListModel::StartColumn, Qt::DescendingOrder);
}

void TestTaskListModel::sortingKeepsPersistentIndexesOnTheirTask()
{
    loadPage();
    const QPersistentModelIndex kept(m_model->index(7, TaskListModel::ContactColumn));
    const qint64 id = kept.data(TaskListModel::TaskIdRole).toLongLong();
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(TaskListModel::ContactColumn, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(TaskListModel::TaskIdRole).toLongLong(), id);
    QCOMPARE(kept.column(), int(TaskListModel::ContactColumn));
}

void TestTaskListModel::subjectAndBody_knownOnceTheDetailIsSeen_areShownAndSearched()
{
    loadPage();
    // The list endpoints carry no subject: the column is empty until the detail is seen.
    const qint64 id = m_model->item(4).id;
    QVERIFY(m_model->index(4, TaskListModel::SubjectColumn).data().toString().isEmpty());
    core::Task task = detailOf(id);
    QVERIFY(task.id == id);
    task.taskTemplate = core::TaskTemplate {QStringLiteral("<p>Ask about the <b>pilot</b> budget</p>"),
        QStringLiteral("Quarterly review"), std::nullopt};
    task.content.reset();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateTask(task);
    QVERIFY(changed.count() >= 1);
    const int row = m_model->rowOf(id);
    QCOMPARE(m_model->index(row, TaskListModel::SubjectColumn).data().toString(),
        QStringLiteral("Quarterly review"));
    const QString search = m_model->index(row, 0).data(TaskListModel::SearchTextRole).toString();
    QVERIFY2(search.contains(QLatin1String("Quarterly review")), qPrintable(search));
    QVERIFY2(search.contains(QLatin1String("pilot budget")), qPrintable(search)); // the body, as plain text
    QVERIFY(!search.contains(QLatin1String("<b>")));
    // Sorting by subject puts the one known subject first.
    m_model->sort(TaskListModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->item(0).id, id);
}

void TestTaskListModel::updatedDueTime_movesTheRowToItsPlace()
{
    loadPage();
    const int last = m_model->rowCount() - 1;
    core::Task task = detailOf(m_model->item(last).id);
    // Due long ago and still open: overdue, so it belongs at the very top.
    task.dueTo = m_model->item(0).dueTo.addDays(-30);
    task.startAt = task.dueTo.addSecs(-3600);
    task.status = core::TaskStatus::New;
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    m_model->updateTask(task);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->item(0).id, task.id);
    verifyOrdered(TaskListModel::DueColumn, Qt::AscendingOrder);
}

void TestTaskListModel::dates_areCompactInTheCell_andWholeInTooltipAndAccessibleText()
{
    loadPage();
    const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::LocalTime).toUTC();
    m_model->setClock([now] { return now; });
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TaskListItem item = m_model->item(row);
        const QModelIndex due = m_model->index(row, TaskListModel::DueColumn);
        QCOMPARE(due.data().toString(), core::RelativeDate::compact(item.dueTo, now, QLocale()));
        const QString full = core::RelativeDate::full(item.dueTo, QLocale());
        QVERIFY2(due.data(Qt::ToolTipRole).toString().endsWith(full),
            qPrintable(due.data(Qt::ToolTipRole).toString()));
        QCOMPARE(due.data(Qt::AccessibleTextRole), due.data(Qt::ToolTipRole));
        const QModelIndex start = m_model->index(row, TaskListModel::StartColumn);
        QCOMPARE(
            start.data(Qt::AccessibleTextRole).toString(), core::RelativeDate::full(item.startAt, QLocale()));
    }
}

QTEST_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
