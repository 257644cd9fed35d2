// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The list's order and columns: header and keyboard sorting, the order kept across pages and
// under a search, cells wide enough for what they hold, and what the list and the window keep
// between runs (columns, sort, filters, the window's size).
#include "tasklistview.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace rte;
using presentation::TaskListModel;

class TestTaskListLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init()
    {
        m_f = std::make_unique<test::WindowFixture>();
        QVERIFY(m_f->start());
    }
    void cleanup() { m_f.reset(); }

    void clickingAHeader_sortsByThatColumn_andAgainReverses();
    void sortBox_sortsFromTheKeyboard();
    void sortedAndSearched_theOpenTaskIsTheCurrentRow();
    void columns_showDatesAndStatusWhole();
    void columnsSortAndFilters_areKeptBetweenRuns();
    void windowSize_isKeptBetweenRuns();
    void savedSubject_showsInTheSubjectColumn_andIsFound();

private:
    void waitForList() { QVERIFY(m_f->loadListAndWait()); }
    QTableView *tree() const { return m_f->window->listView()->view(); }
    std::unique_ptr<test::WindowFixture> m_f;
};

void TestTaskListLayout::clickingAHeader_sortsByThatColumn_andAgainReverses()
{
    waitForList();
    QHeaderView *header = tree()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(TaskListModel::DueColumn)); // the default
    const auto clickHeader = [header](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickHeader(TaskListModel::StartColumn);
    QCOMPARE(m_f->list->sortColumn(), int(TaskListModel::StartColumn));
    const Qt::SortOrder first = m_f->list->sortOrder();
    const auto startOf = [this](int row) {
        return tree()
            ->model()
            ->index(row, 0)
            .data(TaskListModel::ItemRole)
            .value<core::TaskListItem>()
            .startAt;
    };
    for (int row = 1; row < tree()->model()->rowCount(); ++row)
        QVERIFY(first == Qt::AscendingOrder ? startOf(row - 1) <= startOf(row)
                                            : startOf(row - 1) >= startOf(row));
    clickHeader(TaskListModel::StartColumn);
    QVERIFY(m_f->list->sortOrder() != first);
    for (int row = 1; row < tree()->model()->rowCount(); ++row)
        QVERIFY(first == Qt::AscendingOrder ? startOf(row - 1) >= startOf(row)
                                            : startOf(row - 1) <= startOf(row));
    QCOMPARE(m_f->window->listView()->sortChoice()->currentText(),
        first == Qt::AscendingOrder ? QStringLiteral("Start, descending")
                                    : QStringLiteral("Start, ascending"));
    // The rows a later page brings join the order instead of piling up at the end.
    tree()->scrollToBottom();
    QTRY_VERIFY(m_f->list->rowCount() > TaskListModel::PageSize);
    QTRY_VERIFY(!m_f->list->isLoading());
    for (int row = 1; row < tree()->model()->rowCount(); ++row)
        QVERIFY(first == Qt::AscendingOrder ? startOf(row - 1) >= startOf(row)
                                            : startOf(row - 1) <= startOf(row));
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/filter")), 2); // sorting itself asks nothing
}

void TestTaskListLayout::sortBox_sortsFromTheKeyboard()
{
    waitForList();
    QComboBox *sort = m_f->window->listView()->sortChoice();
    QTest::keyClick(m_f->window, Qt::Key_M, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), sort);
    QCOMPARE(sort->currentText(), QStringLiteral("Due, ascending"));
    while (sort->currentText() != QLatin1String("Contact, ascending"))
        QTest::keyClick(sort, Qt::Key_Up);
    QCOMPARE(m_f->list->sortColumn(), int(TaskListModel::ContactColumn));
    QCOMPARE(tree()->horizontalHeader()->sortIndicatorSection(), int(TaskListModel::ContactColumn));
    QCOMPARE(tree()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QTest::keyClick(sort, Qt::Key_Down);
    QCOMPARE(m_f->list->sortOrder(), Qt::DescendingOrder);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < tree()->model()->rowCount(); ++row) {
        const QString above = tree()->model()->index(row - 1, TaskListModel::ContactColumn).data().toString();
        const QString below = tree()->model()->index(row, TaskListModel::ContactColumn).data().toString();
        QVERIFY2(collator.compare(above, below) >= 0, qPrintable(above + QLatin1String(" / ") + below));
    }
}

void TestTaskListLayout::sortedAndSearched_theOpenTaskIsTheCurrentRow()
{
    waitForList();
    m_f->list->sort(TaskListModel::ContactColumn, Qt::DescendingOrder);
    const core::TaskListItem wanted = m_f->list->item(m_f->list->rowCount() - 3);
    m_f->window->listView()->searchField()->setText(QString::number(wanted.id));
    QVERIFY(m_f->openAndWait(wanted.id));
    QTRY_COMPARE(tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), wanted.id);
    m_f->window->listView()->searchField()->clear();
    QVERIFY(m_f->openAndWait(m_f->list->item(5).id));
    QTRY_COMPARE(tree()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), m_f->list->item(5).id);
    QCOMPARE(tree()->currentIndex().row(), 5); // the model's order is the order shown
}

void TestTaskListLayout::columns_showDatesAndStatusWhole()
{
    waitForList();
    QHeaderView *header = tree()->horizontalHeader();
    QFont bold = tree()->font();
    bold.setBold(true);
    for (int row = 0; row < tree()->model()->rowCount(); ++row) {
        for (int column : {int(TaskListModel::StartColumn), int(TaskListModel::DueColumn),
                 int(TaskListModel::StatusColumn)}) {
            const QString text = tree()->model()->index(row, column).data().toString();
            QVERIFY2(
                !text.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))), qPrintable(text));
            QVERIFY2(
                QFontMetrics(bold).horizontalAdvance(text) < header->sectionSize(column), qPrintable(text));
        }
    }
    QCOMPARE(tree()->model()->headerData(TaskListModel::SubjectColumn, Qt::Horizontal).toString(),
        QStringLiteral("Subject"));
}

void TestTaskListLayout::columnsSortAndFilters_areKeptBetweenRuns()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    TaskListModel model(m_f->client.get());
    auto view = std::make_unique<ui::TaskListView>(&model);
    view->setSettings(&settings);
    view->resize(900, 600);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QHeaderView *header = view->view()->horizontalHeader();
    header->setSortIndicator(TaskListModel::ContactColumn, Qt::DescendingOrder);
    header->resizeSection(TaskListModel::SubjectColumn, 333);
    header->moveSection(header->visualIndex(TaskListModel::StepColumn), 0);
    view->typeFilter()->setCurrentIndex(view->typeFilter()->findText(QStringLiteral("Call")));
    view->whenFilter()->setCurrentIndex(view->whenFilter()->findText(QStringLiteral("Tomorrow")));
    view->overdueFilter()->setChecked(true);
    view.reset();
    QCOMPARE(settings.value(QStringLiteral("taskList/when")).toString(), QStringLiteral("tomorrow"));

    const int requestsBefore = int(m_f->sandbox->requests().size());
    TaskListModel again(m_f->client.get());
    ui::TaskListView restored(&again);
    restored.setSettings(&settings);
    QHeaderView *restoredHeader = restored.view()->horizontalHeader();
    QCOMPARE(restoredHeader->sectionSize(TaskListModel::SubjectColumn), 333);
    QCOMPARE(restoredHeader->visualIndex(TaskListModel::StepColumn), 0);
    QCOMPARE(restoredHeader->sortIndicatorSection(), int(TaskListModel::ContactColumn));
    QCOMPARE(restoredHeader->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again.sortColumn(), int(TaskListModel::ContactColumn));
    QCOMPARE(again.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(restored.typeFilter()->currentText(), QStringLiteral("Call"));
    QCOMPARE(restored.whenFilter()->currentText(), QStringLiteral("Tomorrow"));
    QVERIFY(restored.overdueFilter()->isChecked());
    QCOMPARE(restored.currentFilter().taskType, std::optional<core::TaskType>(core::TaskType::Call));
    QCOMPARE(restored.currentFilter().from, core::TaskFilter::tomorrow(again.now()).from);
    // Restoring asks Reply for nothing: the list loads once the account is connected.
    QVERIFY(!again.isStarted());
    QCOMPARE(int(m_f->sandbox->requests().size()), requestsBefore);
}

void TestTaskListLayout::windowSize_isKeptBetweenRuns()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    // The window writes to the settings as it goes: it goes first, also when a check fails.
    const auto windowFirst = qScopeGuard([this] { m_f.reset(); });
    m_f->window->useSettings(&settings);
    // A size the window can take on any test screen: no smaller than the window allows, and within
    // the screen, since Qt 6.8 fits a restored geometry into it (offscreen: 800x800 there).
    const QSize screen = m_f->window->screen()->availableGeometry().size();
    const QSize chosen = m_f->window->minimumSizeHint().expandedTo(QSize(600, 400)) + QSize(7, 9);
    if (chosen.width() > screen.width() || chosen.height() > screen.height())
        QSKIP("this screen is too small for the window's smallest size");
    m_f->window->resize(chosen);
    QVERIFY(m_f->window->close());
    QVERIFY(settings.contains(QStringLiteral("taskList/windowGeometry")));
    QVERIFY(settings.contains(QStringLiteral("taskList/columns")));

    m_f = std::make_unique<test::WindowFixture>();
    QVERIFY(m_f->start()); // opens at 1400x900, as every window test does
    m_f->window->useSettings(&settings);
    QTRY_COMPARE(m_f->window->size(), chosen);
}

void TestTaskListLayout::savedSubject_showsInTheSubjectColumn_andIsFound()
{
    waitForList();
    // The list endpoints carry no subject: the column fills in once a task's detail is known.
    int row = 0;
    while (m_f->list->item(row).taskType != core::TaskType::ManualEmail || !m_f->list->item(row).contactId)
        ++row;
    const qint64 id = m_f->list->item(row).id;
    QVERIFY(m_f->openAndWait(id));
    m_f->model->setSubject(QStringLiteral("Pilot pricing for the spring"));
    QSignalSpy saved(m_f->editor, &presentation::TaskEditorController::saved);
    QTest::keyClick(m_f->window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(5000));
    const int shown = m_f->list->rowOf(id);
    QCOMPARE(m_f->list->index(shown, TaskListModel::SubjectColumn).data().toString(),
        QStringLiteral("Pilot pricing for the spring"));
    m_f->window->listView()->searchField()->setText(QStringLiteral("spring pilot"));
    QCOMPARE(tree()->model()->rowCount(), 1);
    QCOMPARE(tree()->model()->index(0, 0).data(TaskListModel::TaskIdRole).toLongLong(), id);
}

QTEST_MAIN(TestTaskListLayout)
#include "tst_tasklistlayout.moc"
