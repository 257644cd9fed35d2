// What the list and the window keep between runs: columns, sort, filters and the window's size.
#include "tasklistview.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

using namespace rte;
using presentation::TaskListModel;

class TestTaskListSettings : public QObject
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

    void columnsSortAndFilters_areKeptBetweenRuns();
    void windowSize_isKeptBetweenRuns();

private:
    void waitForList() { QVERIFY(m_f->loadListAndWait()); }
    QTableView *tree() const { return m_f->window->listView()->view(); }
    std::unique_ptr<test::WindowFixture> m_f;
};

void TestTaskListSettings::columnsSortAndFilters_areKeptBetweenRuns()
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

void TestTaskListSettings::windowSize_isKeptBetweenRuns()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    m_f->window->useSettings(&settings);
    m_f->window->resize(1111, 777);
    QVERIFY(m_f->window->close());
    QVERIFY(settings.contains(QStringLiteral("taskList/windowGeometry")));
    QVERIFY(settings.contains(QStringLiteral("taskList/columns")));

    m_f = std::make_unique<test::WindowFixture>();
    QVERIFY(m_f->start()); // opens at 1400x900, as every window test does
    m_f->window->useSettings(&settings);
    QTRY_COMPARE(m_f->window->size(), QSize(1111, 777));
    m_f.reset(); // the window writes to the settings as it goes: they must outlive it
}

QTEST_MAIN(TestTaskListSettings)
#include "tst_tasklistsettings.moc"
