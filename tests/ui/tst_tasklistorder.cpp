// The list's order and columns: header and keyboard sorting, the order kept across pages and
// under a search, and cells wide enough for what they hold.
#include "tasklistview.h"
#include "windowfixture.h"

#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>

using namespace rte;
using presentation::TaskListModel;

class TestTaskListOrder : public QObject
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

private:
    void waitForList() { QVERIFY(m_f->loadListAndWait()); }
    QTableView *tree() const { return m_f->window->listView()->view(); }
    std::unique_ptr<test::WindowFixture> m_f;
};

void TestTaskListOrder::clickingAHeader_sortsByThatColumn_andAgainReverses()
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

void TestTaskListOrder::sortBox_sortsFromTheKeyboard()
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

void TestTaskListOrder::sortedAndSearched_theOpenTaskIsTheCurrentRow()
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

void TestTaskListOrder::columns_showDatesAndStatusWhole()
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

QTEST_MAIN(TestTaskListOrder)
#include "tst_tasklistorder.moc"
