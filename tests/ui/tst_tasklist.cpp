// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The task list beside the editor, driven from the keyboard against the sandbox.
#include "messagebanner.h"
#include "taskeditorview.h"
#include "tasklistview.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace rte;
using presentation::TaskListModel;

class TestTaskList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup() { m_f.reset(); }

    void firstPageOnly_thenPagesAsTheRepScrolls();
    void typeFilter_asksTheServerAndShowsOnlyThatType();
    void overdueFilter_marksEveryRowOverdue();
    void searchBox_narrowsTheLoadedRows();
    void selectingARow_opensTheTask();
    void switchingRowsWithUnsavedEdit_asksFirst();
    void discardWhenSwitchingRows_deletesTheDraft();
    void deleteThenNextRowThenReassign_actsOnTheRowShown();
    void f5_refreshesTheList();
    void taskOpenedBeforeTheListLoads_isSelectedWhenItsPageArrives();
    void taskNotInTheList_leavesNoRowSelected();
    void filterEndpointMissing_fallsBackToTheList();

    void dayFilters_askTheServerForThoseDays_data();
    void dayFilters_askTheServerForThoseDays();
    void scrollHint_onlyWithSomethingToScroll_elseLoadMore();

private:
    void waitForList();
    QLabel *statusLine() const
    {
        return m_f->window->listView()->findChild<QLabel *>(QStringLiteral("listStatus"));
    }

    QTableView *tree() const { return m_f->window->listView()->view(); }
    std::unique_ptr<test::WindowFixture> m_f;
};

void TestTaskList::init()
{
    m_f = std::make_unique<test::WindowFixture>();
    QVERIFY(m_f->start());
}

void TestTaskList::waitForList()
{
    QVERIFY(m_f->loadListAndWait());
}

void TestTaskList::firstPageOnly_thenPagesAsTheRepScrolls()
{
    waitForList();
    // Let the view settle; it must not pull further pages on its own while the first fills it.
    QTest::qWait(0);
    QTRY_VERIFY(!m_f->list->isLoading());
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/filter")), 1);
    QCOMPARE(m_f->list->rowCount(), TaskListModel::PageSize);
    const auto first = m_f->lastRequest("POST", QStringLiteral("/v3/tasks/filter"));
    QCOMPARE(first.query.queryItemValue(QStringLiteral("top")), QStringLiteral("50"));
    QCOMPARE(first.query.queryItemValue(QStringLiteral("skip")), QStringLiteral("0"));
    QCOMPARE(QJsonDocument::fromJson(first.body).object().value(QLatin1String("status")).toString(),
        QStringLiteral("new"));

    // Scrolling to the bottom brings the next page each time, until there is no more.
    int pages = 1;
    while (m_f->list->hasMore()) {
        const int before = m_f->list->rowCount();
        tree()->scrollToBottom();
        QTRY_VERIFY(m_f->list->rowCount() > before || !m_f->list->hasMore());
        QTRY_VERIFY(!m_f->list->isLoading());
        ++pages;
        QVERIFY(pages < 20);
    }
    QVERIFY(pages > 2);
    const auto last = m_f->lastRequest("POST", QStringLiteral("/v3/tasks/filter"));
    QCOMPARE(
        last.query.queryItemValue(QStringLiteral("skip")).toInt(), (pages - 1) * TaskListModel::PageSize);
    QVERIFY(m_f->window->listView()
                ->findChild<QLabel *>(QStringLiteral("listStatus"))
                ->text()
                .endsWith(QLatin1String("tasks shown.")));
}

void TestTaskList::typeFilter_asksTheServerAndShowsOnlyThatType()
{
    waitForList();
    QComboBox *type = m_f->window->listView()->typeFilter();
    type->setFocus();
    QSignalSpy page(m_f->list, &TaskListModel::pageLoaded);
    while (type->currentText() != QLatin1String("Call"))
        QTest::keyClick(type, Qt::Key_Down);
    QVERIFY(page.wait(5000));
    const auto request = m_f->lastRequest("POST", QStringLiteral("/v3/tasks/filter"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QLatin1String("taskType")).toString(),
        QStringLiteral("call"));
    QVERIFY(m_f->list->rowCount() > 0);
    for (int row = 0; row < m_f->list->rowCount(); ++row)
        QCOMPARE(m_f->list->item(row).taskType, core::TaskType::Call);
}

void TestTaskList::overdueFilter_marksEveryRowOverdue()
{
    waitForList();
    QSignalSpy page(m_f->list, &TaskListModel::pageLoaded);
    m_f->window->listView()->overdueFilter()->click();
    QVERIFY(page.wait(5000));
    QVERIFY(m_f->list->rowCount() > 0);
    for (int row = 0; row < m_f->list->rowCount(); ++row) {
        const QModelIndex index = m_f->list->index(row, TaskListModel::StatusColumn);
        QVERIFY(index.data(TaskListModel::OverdueRole).toBool());
        QCOMPARE(index.data().toString(), QStringLiteral("Overdue"));
    }
    // The view shows the overdue rows in the error colour.
    const QModelIndex shown = tree()->model()->index(0, TaskListModel::DueColumn);
    QCOMPARE(shown.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc0, 0x1c, 0x28));
}

void TestTaskList::searchBox_narrowsTheLoadedRows()
{
    waitForList();
    const QString name = m_f->list->item(3).contactName;
    QVERIFY(!name.isEmpty());
    QLineEdit *search = m_f->window->listView()->searchField();
    search->setFocus();
    QTest::keyClicks(search, name);
    QVERIFY(tree()->model()->rowCount() >= 1);
    QVERIFY(tree()->model()->rowCount() < m_f->list->rowCount());
    for (int row = 0; row < tree()->model()->rowCount(); ++row)
        QVERIFY(tree()->model()->index(row, TaskListModel::ContactColumn).data().toString().contains(name));
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/filter")), 1); // narrowing asks nothing
}

void TestTaskList::selectingARow_opensTheTask()
{
    waitForList();
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Home);
    QTest::keyClick(tree(), Qt::Key_Down);
    const qint64 expected = tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong();
    QTRY_COMPARE(m_f->model->taskId(), expected);
    const auto get = m_f->lastRequest("GET", QStringLiteral("/v3/tasks/"));
    QCOMPARE(get.path, QStringLiteral("/v3/tasks/%1").arg(expected));
    QCOMPARE(get.query.queryItemValue(QStringLiteral("includeContent")), QStringLiteral("true"));
}

void TestTaskList::switchingRowsWithUnsavedEdit_asksFirst()
{
    waitForList();
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Home);
    const qint64 first = tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong();
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_COMPARE(m_f->model->taskId(), first);
    m_f->model->setSubject(QStringLiteral("Typed and not saved"));

    m_f->prompts->unsaved = QMessageBox::Cancel;
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Down);
    QTest::keyClick(tree(), Qt::Key_Return);
    QCOMPARE(m_f->prompts->asked, 1);
    QCOMPARE(m_f->model->taskId(), first);
    QCOMPARE(m_f->model->subject(), QStringLiteral("Typed and not saved"));
    QCOMPARE(tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), first);
}

void TestTaskList::discardWhenSwitchingRows_deletesTheDraft()
{
    waitForList();
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Home);
    const qint64 first = tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong();
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_COMPARE(m_f->model->taskId(), first);
    m_f->model->setSubject(QStringLiteral("Not wanted after all"));
    QVERIFY(m_f->drafts->flush());
    QVERIFY(m_f->draftStore->load(first).has_value());

    m_f->prompts->unsaved = QMessageBox::Discard;
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Down);
    QTest::keyClick(tree(), Qt::Key_Return);
    const qint64 second = tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong();
    QTRY_COMPARE(m_f->model->taskId(), second);
    QCOMPARE(m_f->prompts->asked, 1);
    // Discarded is gone: nothing for the next start to offer back.
    QVERIFY(!m_f->draftStore->load(first).has_value());
    QVERIFY(m_f->draftStore->all().isEmpty());
}

void TestTaskList::deleteThenNextRowThenReassign_actsOnTheRowShown()
{
    waitForList();
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Home);
    const qint64 deleted = tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong();
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_COMPARE(m_f->model->taskId(), deleted);
    const qint64 next = m_f->list->item(1).id;

    QSignalSpy finished(m_f->actions, &presentation::TaskActions::finished);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Delete);
    QVERIFY(finished.wait(5000));
    QVERIFY(m_f->prompts->lastTasks.contains(QStringLiteral("(task %1)").arg(deleted)));
    // The next row is current in the list and open in the form: they show the same task.
    QTRY_COMPARE(m_f->model->taskId(), next);
    QCOMPARE(tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), next);

    // The rep clicks that row and reassigns: the task shown moves, the deleted one is untouched.
    const QRect rect = tree()->visualRect(tree()->currentIndex());
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    const qint64 ownerOfDeleted
        = m_f->sandbox->task(deleted)->value(QLatin1String("assignedUserId")).toInteger();
    m_f->prompts->reassignAnswer = 1002;
    QSignalSpy reassigned(m_f->actions, &presentation::TaskActions::finished);
    QTest::keyClick(m_f->window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reassigned.wait(5000));
    QVERIFY(m_f->prompts->lastTasks.contains(QStringLiteral("(task %1)").arg(next)));
    QVERIFY(!m_f->prompts->lastTasks.contains(QStringLiteral("(task %1)").arg(deleted)));
    QCOMPARE(m_f->sandbox->task(next)->value(QLatin1String("assignedUserId")).toInteger(), 1002);
    QCOMPARE(m_f->sandbox->task(deleted)->value(QLatin1String("assignedUserId")).toInteger(), ownerOfDeleted);
    QCOMPARE(m_f->model->base().assignedUserId, std::optional<qint64>(1002));
}

void TestTaskList::taskOpenedBeforeTheListLoads_isSelectedWhenItsPageArrives()
{
    QVERIFY(m_f->openAndWait(5)); // as --task 5 does at start
    waitForList();
    QVERIFY(m_f->list->rowOf(5) >= 0);
    QTRY_COMPARE(tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), 5);
    QCOMPARE(m_f->window->listView()->selectedItems().size(), 1);
}

void TestTaskList::taskNotInTheList_leavesNoRowSelected()
{
    waitForList();
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Home);
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(m_f->model->hasTask());
    QVERIFY(tree()->currentIndex().isValid());
    // A finished task is not in the list of open ones: no row may pretend to be it.
    qint64 finished = 0;
    for (qint64 id = 1; id < 400 && !finished; ++id) {
        const auto task = m_f->sandbox->task(id);
        if (task && task->value(QLatin1String("status")).toString() == QLatin1String("finished"))
            finished = id;
    }
    QVERIFY(finished > 0);
    QCOMPARE(m_f->list->rowOf(finished), -1);
    QVERIFY(m_f->openAndWait(finished));
    QVERIFY(!tree()->currentIndex().isValid());
    QVERIFY(m_f->window->listView()->selectedItems().isEmpty());
}

void TestTaskList::f5_refreshesTheList()
{
    waitForList();
    QSignalSpy page(m_f->list, &TaskListModel::pageLoaded);
    QTest::keyClick(m_f->window, Qt::Key_F5);
    QVERIFY(page.wait(5000));
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/filter")), 2);
}

void TestTaskList::filterEndpointMissing_fallsBackToTheList()
{
    m_f->sandbox->injectStatus(404, 1, -1, QStringLiteral("/v3/tasks/filter"));
    waitForList();
    QVERIFY(m_f->list->usesListFallback());
    QCOMPARE(m_f->requestsTo("GET", QStringLiteral("/v3/tasks")), 1);
    // The default filter (open tasks) is applied to the plain list here.
    QVERIFY(m_f->list->rowCount() > 0);
    for (int row = 0; row < m_f->list->rowCount(); ++row)
        QCOMPARE(m_f->list->item(row).status, core::TaskStatus::New);
}

void TestTaskList::dayFilters_askTheServerForThoseDays_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<int>("days");
    QTest::newRow("tomorrow") << QStringLiteral("Tomorrow") << 1 << 1;
    QTest::newRow("next 7 days") << QStringLiteral("Next 7 days") << 0 << 7;
}

void TestTaskList::dayFilters_askTheServerForThoseDays()
{
    QFETCH(QString, choice);
    QFETCH(int, firstDay);
    QFETCH(int, days);
    waitForList();
    QComboBox *when = m_f->window->listView()->whenFilter();
    QTest::keyClick(m_f->window, Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), when);
    QSignalSpy page(m_f->list, &TaskListModel::pageLoaded);
    while (when->currentText() != choice)
        QTest::keyClick(when, Qt::Key_Down);
    QVERIFY(page.wait(5000));
    const core::TaskFilter expected = core::TaskFilter::days(m_f->list->now(), firstDay, days);
    const QJsonObject body
        = QJsonDocument::fromJson(m_f->lastRequest("POST", QStringLiteral("/v3/tasks/filter")).body).object();
    QCOMPARE(body.value(QLatin1String("from")), expected.toJson().value(QLatin1String("from")));
    QCOMPARE(body.value(QLatin1String("to")), expected.toJson().value(QLatin1String("to")));
    for (int row = 0; row < m_f->list->rowCount(); ++row) {
        const QDateTime start = m_f->list->item(row).startAt;
        QVERIFY(start >= expected.from && start <= expected.to);
    }
}

void TestTaskList::scrollHint_onlyWithSomethingToScroll_elseLoadMore()
{
    waitForList();
    QPushButton *loadMore = m_f->window->listView()->loadMoreButton();
    // A full page in a 900-pixel window: there is something to scroll to.
    QTRY_VERIFY(tree()->verticalScrollBar()->maximum() > 0);
    QVERIFY2(statusLine()->text().endsWith(QLatin1String("scroll down for more.")),
        qPrintable(statusLine()->text()));
    QVERIFY(!loadMore->isVisibleTo(m_f->window));

    // A search leaves a few rows and nothing to scroll: no "scroll down", and nothing loads by
    // itself; the button asks for the next page.
    const QString name = m_f->list->item(3).contactName;
    m_f->window->listView()->searchField()->setText(name);
    QTRY_COMPARE(tree()->verticalScrollBar()->maximum(), 0);
    QVERIFY2(!statusLine()->text().contains(QLatin1String("scroll")), qPrintable(statusLine()->text()));
    QVERIFY(loadMore->isVisibleTo(m_f->window));
    QTest::qWait(0); // the view's own fetch-more is a zero timer: let it run if it would
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/filter")), 1);
    QSignalSpy page(m_f->list, &TaskListModel::pageLoaded);
    QTest::mouseClick(loadMore, Qt::LeftButton);
    QVERIFY(page.wait(5000));
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/filter")), 2);
    QCOMPARE(m_f->list->rowCount(), 2 * TaskListModel::PageSize);

    // With the search cleared the rows fill the view again and scrolling brings the rest.
    m_f->window->listView()->searchField()->clear();
    QTRY_VERIFY(tree()->verticalScrollBar()->maximum() > 0);
    QTRY_VERIFY(!loadMore->isVisibleTo(m_f->window));
}

QTEST_MAIN(TestTaskList)
#include "tst_tasklist.moc"
