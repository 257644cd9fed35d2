// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// A list of 10,000 tasks in the real window: loading every page as the rep gets them (scrolling to
// the end asks for the next one), scrolling end to end, and the heap each row costs. The anchor is
// the same rows, the same text in the same columns, in a plain QStandardItemModel shown in a
// QTreeView, measured in the same process and the same run.
#include "benchreport.h"
#include "sandbox/seedcontacts.h"
#include "tasklistview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonObject>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <malloc.h>

namespace {

using namespace rte;
using bench::median;

constexpr int kRows = 10000;

// Heap in use: the small blocks (uordblks) and the large ones glibc maps on their own (hblkhd). A
// 10,000-row list is one block of more than 128 KiB, which uordblks alone would not see.
double heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd);
}

// The open tasks the sandbox's demo data already lists (the list shows "New" tasks by default).
int demoOpenTasks(const testsupport::TestSandbox &sandbox)
{
    int open = 0;
    for (qint64 id = 1;; ++id) {
        const auto task = sandbox.task(id);
        if (!task)
            return open;
        if (task->value(QLatin1String("status")).toString() == QLatin1String("new"))
            ++open;
    }
}

// Open tasks like a busy rep's: every type, a contact on most, due over two months, a third from a
// sequence step.
void seed(testsupport::TestSandbox &sandbox, int count)
{
    static const char *const types[]
        = {"toDo", "call", "meeting", "linkedIn", "manualEmail", "sms", "whatsApp"};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        const QDateTime start = now.addSecs(qint64(i % 8640 - 4320) * 600);
        QJsonObject task {{QStringLiteral("taskType"), QLatin1String(types[i % 7])},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("startAt"), start.toString(Qt::ISODate)},
            {QStringLiteral("dueTo"), start.addSecs(1800).toString(Qt::ISODate)},
            {QStringLiteral("template"),
                QJsonObject {{QStringLiteral("subject"), QStringLiteral("Follow-up %1").arg(i)},
                    {QStringLiteral("body"), QStringLiteral("<p>Hi {{firstName}}, a short note.</p>")}}}};
        if (i % 10 != 0)
            task.insert(QStringLiteral("contactId"), sandbox::SeedContacts::FirstId + i % 60);
        if (i % 3 == 0) {
            task.insert(QStringLiteral("sequenceId"), 3001 + i % 5);
            task.insert(QStringLiteral("sequenceStepId"), 4001 + i % 6);
        }
        sandbox.insertTask(task);
    }
}

struct Scroll
{
    double worst = 0;
    double p99 = 0;
};

// Steps the view from top to bottom a page at a time; each frame is the scroll and a synchronous
// repaint of the viewport.
Scroll scrollEndToEnd(QAbstractItemView *view)
{
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    view->viewport()->repaint();
    QList<double> frames;
    QElapsedTimer timer;
    while (bar->value() < bar->maximum()) {
        timer.start();
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        frames.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    Scroll scroll;
    if (frames.isEmpty())
        return scroll;
    scroll.worst = frames.constLast();
    scroll.p99
        = frames.at(std::min<qsizetype>(frames.size() - 1, qsizetype(std::ceil(frames.size() * 0.99)) - 1));
    return scroll;
}

struct Run
{
    double loadMs = 0;
    double bytesPerRow = 0;
    Scroll scroll;
    int rows = 0;
    int pages = 0;
};

// The real window: the list asks the sandbox page by page while the view is scrolled to its end.
Run realRun(QList<QStringList> *texts)
{
    test::WindowFixture f;
    Run run;
    if (!f.start())
        return run;
    // Reply allows 100 requests a minute; 200 pages would wait minutes in the rate budget by design.
    f.sandbox->setRateLimit(0, 0);
    f.client->setRateLimits(0, 0);
    seed(*f.sandbox, kRows - demoOpenTasks(*f.sandbox));
    QTableView *view = f.window->listView()->view();
    QCoreApplication::processEvents();

    const double before = heapBytes();
    QElapsedTimer timer;
    timer.start();
    // An event loop on the model's signal, not QTest::qWaitFor: that one sleeps 10 ms between looks,
    // which would add up to two seconds over 200 pages that are none of the app's.
    const auto pageDone = [&f] {
        if (!f.list->isLoading())
            return true;
        QEventLoop loop;
        QObject::connect(f.list, &presentation::TaskListModel::loadingChanged, &loop, [&loop](bool loading) {
            if (!loading)
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        return !f.list->isLoading();
    };
    f.window->loadList();
    for (;;) {
        if (!pageDone())
            return run;
        ++run.pages;
        if (!f.list->hasMore())
            break;
        // As the rep's scrolling does: reaching the end of the view asks for the next page.
        if (!QTest::qWaitFor(
                [&] {
                    view->scrollToBottom();
                    return f.list->isLoading() || !f.list->hasMore();
                },
                10000))
            return run;
    }
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    run.loadMs = double(timer.nsecsElapsed()) / 1e6;
    run.rows = f.list->rowCount();
    f.sandbox->clearRequests(); // the sandbox shares the heap: its record of requests is not the list's
    run.bytesPerRow = (heapBytes() - before) / run.rows;

    run.scroll = scrollEndToEnd(view);
    if (texts && texts->isEmpty()) {
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells.append(model->index(row, column).data().toString());
            texts->append(cells);
        }
    }
    return run;
}

// The anchor: the same text appended a page at a time to a QStandardItemModel in a QTreeView of the
// same size, the event loop turning between pages as it does between the sandbox's answers.
Run anchorRun(const QList<QStringList> &texts, const QStringList &headers)
{
    Run run;
    QTreeView view;
    view.setRootIsDecorated(false);
    view.setUniformRowHeights(true);
    view.setAlternatingRowColors(true);
    view.resize(1400, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return run;
    QCoreApplication::processEvents();

    const double before = heapBytes();
    QElapsedTimer timer;
    timer.start();
    auto *model = new QStandardItemModel(0, int(headers.size()), &view);
    model->setHorizontalHeaderLabels(headers);
    view.setModel(model);
    for (qsizetype first = 0; first < texts.size(); first += presentation::TaskListModel::PageSize) {
        const qsizetype end = std::min(texts.size(), first + presentation::TaskListModel::PageSize);
        for (qsizetype row = first; row < end; ++row) {
            QList<QStandardItem *> items;
            for (const QString &text : texts.at(row))
                items.append(new QStandardItem(text));
            model->appendRow(items);
        }
        ++run.pages;
        view.scrollToBottom();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    run.loadMs = double(timer.nsecsElapsed()) / 1e6;
    run.rows = model->rowCount();
    run.bytesPerRow = (heapBytes() - before) / run.rows;
    run.scroll = scrollEndToEnd(&view);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    const bool offscreen = bench::preferOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    bench::Report report(QStringLiteral("bench_tasklist"));
    QList<QStringList> texts;
    QStringList headers;
    // A warm-up of each, not counted: fonts, icons, styles and the allocator's first arenas.
    const Run warm = realRun(&texts);
    if (warm.rows != kRows) {
        report.addNote(
            QStringLiteral("the list loaded %1 rows instead of %2; no figures").arg(warm.rows).arg(kRows));
        return report.print();
    }
    {
        presentation::TaskListModel names(nullptr);
        for (int column = 0; column < names.columnCount(); ++column)
            headers.append(names.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    anchorRun(texts, headers);

    QList<double> load, anchorLoad, worst, anchorWorst, p99, anchorP99, perRow, anchorPerRow;
    int pages = 0;
    for (int i = 0; i < bench::runCount(); ++i) {
        const Run real = realRun(nullptr);
        const Run anchor = anchorRun(texts, headers);
        pages = real.pages;
        load.append(real.loadMs);
        anchorLoad.append(anchor.loadMs);
        worst.append(real.scroll.worst);
        anchorWorst.append(anchor.scroll.worst);
        p99.append(real.scroll.p99);
        anchorP99.append(anchor.scroll.p99);
        perRow.append(real.bytesPerRow / 1024);
        anchorPerRow.append(anchor.bytesPerRow / 1024);
    }

    const QString anchorName = QStringLiteral("QStandardItemModel");
    bench::Figure loadFigure;
    loadFigure.name = QStringLiteral("10,000 tasks: load every page into the list");
    loadFigure.unit = QStringLiteral("ms");
    loadFigure.value = median(load);
    loadFigure.anchorName = anchorName;
    loadFigure.anchor = median(anchorLoad);
    report.add(loadFigure);
    const auto scrollFigure
        = [&](const QString &name, const QList<double> &real, const QList<double> &anchor) {
              bench::Figure figure = bench::absoluteGoal(
                  name, QStringLiteral("ms"), median(real), QStringLiteral("no frame over 16 ms"), 16, false);
              figure.anchorName = anchorName;
              figure.anchor = median(anchor);
              report.add(figure);
          };
    scrollFigure(QStringLiteral("10,000 tasks: scroll end to end, worst frame"), worst, anchorWorst);
    scrollFigure(QStringLiteral("10,000 tasks: scroll end to end, 99th percentile frame"), p99, anchorP99);
    bench::Figure memory = bench::absoluteGoal(QStringLiteral("10,000 tasks: heap per row"),
        QStringLiteral("KiB/row"), median(perRow), QStringLiteral("< 1 KiB a row"), 1.0);
    memory.anchorName = anchorName;
    memory.anchor = median(anchorPerRow);
    report.add(memory);

    report.addNote(
        QStringLiteral("the list is the real window's (TaskListModel behind its decorator and search "
                       "proxy in a QTableView); %1 pages of %2 over HTTP from the loopback sandbox "
                       "in the same process, rate limits off in client and sandbox; the load time "
                       "includes the sandbox answering")
            .arg(pages)
            .arg(presentation::TaskListModel::PageSize));
    report.addNote(
        QStringLiteral("anchor: the same %1 rows' text, appended a page at a time to a QStandardItemModel "
                       "in a QTreeView (uniform row heights, no root decoration) of the same size")
            .arg(kRows));
    report.addNote(QStringLiteral("a frame: one page of scroll bar and a synchronous viewport repaint"));
    report.addNote(
        QStringLiteral("heap: glibc mallinfo2 (uordblks + hblkhd) before and after loading, after a "
                       "warm-up; the sandbox's record of requests is cleared before reading"));
    if (offscreen)
        report.addNote(QStringLiteral("no DISPLAY: offscreen platform, frames painted into memory only"));
    return report.print();
}
