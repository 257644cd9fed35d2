// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tasklistview.h"

#include "core/labels.h"
#include "core/relativedate.h"
#include "presentation/tasklistmodel.h"
#include "tasklistdecorator.h"
#include "tasksearchproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rte::ui {

using core::TaskStatus;
using core::TaskType;
using presentation::TaskListModel;

namespace { } // namespace

TaskListView::TaskListView(TaskListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_decorator(new TaskListDecorator(this))
    , m_proxy(new TaskSearchProxy(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_when(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_contact(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_statusLine(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load more tasks"), this))
    , m_openTimer(new QTimer(this))
{
    m_type->addItem(tr("All types"));
    for (TaskType type : {TaskType::ToDo, TaskType::Call, TaskType::Meeting, TaskType::LinkedIn,
             TaskType::ManualEmail, TaskType::Sms, TaskType::WhatsApp})
        m_type->addItem(core::Labels::taskType(type), QVariant::fromValue(type));
    m_status->addItem(core::Labels::status(TaskStatus::New), QVariant::fromValue(TaskStatus::New));
    m_status->addItem(tr("Any status"));
    for (TaskStatus status :
        {TaskStatus::Finished, TaskStatus::SequenceDetached, TaskStatus::Cancelled, TaskStatus::Archived})
        m_status->addItem(core::Labels::status(status), QVariant::fromValue(status));
    m_when->addItem(tr("Any time"), AnyTime);
    m_when->addItem(tr("Today"), Today);
    m_when->addItem(tr("Tomorrow"), Tomorrow);
    m_when->addItem(tr("Next 7 days"), NextSevenDays);
    m_when->addItem(tr("This week"), ThisWeek);
    m_when->addItem(tr("Between…"), Custom);
    const QDate today = m_model->now().toLocalTime().date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("Starting from"));
    m_to->setAccessibleName(tr("Starting until"));
    m_contact->setPlaceholderText(tr("Any contact"));
    m_contact->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search the loaded tasks"));
    m_search->setToolTip(tr("Finds the words in the tasks loaded so far: type, contact, dates, status, "
                            "step, and the subject and text of the tasks you have opened."));
    // The header sorts with the mouse; this box sorts from the keyboard and says what the order is.
    for (int column = 0; column < TaskListModel::ColumnCount; ++column) {
        const QString name = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_sort->addItem(
            tr("%1, ascending").arg(name), QVariant::fromValue(QPair<int, int>(column, Qt::AscendingOrder)));
        m_sort->addItem(tr("%1, descending").arg(name),
            QVariant::fromValue(QPair<int, int>(column, Qt::DescendingOrder)));
    }
    m_search->setClearButtonEnabled(true);

    auto *filters = new QFormLayout;
    filters->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addFilter = [this, filters](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        filters->addRow(caption, field);
        QString name = label;
        field->setAccessibleName(name.remove(QLatin1Char('&')));
    };
    addFilter(tr("Ty&pe"), m_type);
    addFilter(tr("Stat&us"), m_status);
    addFilter(tr("&When"), m_when);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(m_to);
    filters->addRow(range);
    addFilter(tr("Co&ntact ID"), m_contact);
    filters->addRow(m_overdue);
    addFilter(tr("&Find"), m_search);
    // M: the letters of "Sort by" are taken in English and German windows alike.
    addFilter(tr("Sort by colu&mn"), m_sort);

    m_decorator->setSourceModel(m_model);
    m_proxy->setSourceModel(m_decorator);
    m_view->setModel(m_proxy);
    // A table, not a tree: QTreeView fetches more on every layout of its root, which would pull the
    // whole account page by page; a table fetches only as the rep scrolls to the end.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Tasks"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    // Not setSortingEnabled: that would sort the proxy by display text; the model sorts by value.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    setDefaultColumnWidths();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_model->sort(column, order);
        showSort();
    });
    connect(m_sort, &QComboBox::activated, this, [this] {
        const auto choice = m_sort->currentData().value<QPair<int, int>>();
        m_model->sort(choice.first, Qt::SortOrder(choice.second));
        showSort();
    });
    showSort();

    m_statusLine->setWordWrap(true);
    m_statusLine->setObjectName(QStringLiteral("listStatus"));
    m_loadMore->setObjectName(QStringLiteral("loadMore"));
    m_loadMore->setVisible(false);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_statusLine, 1);
    footer->addWidget(m_loadMore);
    layout->addLayout(footer);

    m_openTimer->setSingleShot(true);
    m_openTimer->setInterval(300);
    connect(m_openTimer, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const qint64 id = current.data(TaskListModel::TaskIdRole).toLongLong();
        if (id > 0 && id != m_shownTaskId && m_view->selectionModel()->selectedRows().size() <= 1)
            Q_EMIT openRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_following)
            m_openTimer->start();
    });
    // A page that arrives after the task was opened (at start, after a refresh) selects its row.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { QTimer::singleShot(0, this, [this] { follow(false); }); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { follow(false); });
    // Enter or a double click opens at once.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_openTimer->stop();
        const qint64 id = index.data(TaskListModel::TaskIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openRequested(id);
    });

    connect(m_type, &QComboBox::currentIndexChanged, this, &TaskListView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TaskListView::applyFilter);
    connect(m_when, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_when->currentData().toInt() == Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &TaskListView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &TaskListView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &TaskListView::applyFilter);
    connect(m_contact, &QLineEdit::editingFinished, this, &TaskListView::applyFilter);
    // Neither list endpoint searches text (the filter body has no such field), so the search stays
    // with what is loaded; "Load more tasks" widens it a page at a time.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateStatus();
    });
    connect(m_model, &TaskListModel::loadingChanged, this, &TaskListView::updateStatus);
    connect(m_model, &TaskListModel::pageLoaded, this, &TaskListView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TaskListView::updateStatus);
    // Whether there is anything to scroll to changes with the rows shown and the view's height.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &TaskListView::updateStatus);
    // Rows removed under the cursor move it; that is not the rep choosing another task.
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_openTimer, &QTimer::stop, Qt::QueuedConnection);
    updateStatus();
}

core::TaskFilter TaskListView::currentFilter() const
{
    core::TaskFilter filter;
    if (m_type->currentData().isValid())
        filter.taskType = m_type->currentData().value<TaskType>();
    if (m_status->currentData().isValid())
        filter.status = m_status->currentData().value<TaskStatus>();
    if (m_overdue->isChecked())
        filter.overdue = true;
    const QDateTime now = m_model->now();
    switch (m_when->currentData().toInt()) {
    case Today:
    case Tomorrow:
    case NextSevenDays:
    case ThisWeek: {
        const int when = m_when->currentData().toInt();
        const core::TaskFilter range = when == Today ? core::TaskFilter::today(now)
            : when == Tomorrow                       ? core::TaskFilter::tomorrow(now)
            : when == NextSevenDays                  ? core::TaskFilter::nextSevenDays(now)
                                    : core::TaskFilter::thisWeek(now, QLocale().firstDayOfWeek());
        filter.from = range.from;
        filter.to = range.to;
        break;
    }
    case Custom:
        filter.from = QDateTime(m_from->date(), QTime(0, 0), Qt::LocalTime).toUTC();
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::LocalTime).toUTC().addSecs(-1);
        break;
    default:
        break;
    }
    bool isNumber = false;
    const qint64 contact = m_contact->text().trimmed().toLongLong(&isNumber);
    if (isNumber && contact > 0)
        filter.contactId = contact;
    return filter;
}

void TaskListView::applyFilter()
{
    const core::TaskFilter filter = currentFilter();
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

void TaskListView::updateStatus()
{
    const int shown = m_proxy->rowCount();
    // Without a search the view pages in as the rep scrolls, and by itself while it is not full:
    // "scroll down" is said only where there is something to scroll to. During a search the
    // next page comes from the button (see TaskSearchProxy), shown whenever Reply has more; the
    // button itself says that there is more.
    const bool scrollable = m_view->verticalScrollBar()->maximum() > 0;
    const bool more = m_model->isStarted() && !m_model->isLoading() && m_model->hasMore();
    const bool offerMore = more && (m_proxy->isSearching() || !scrollable);
    QString text;
    if (!m_model->isStarted())
        text = tr("Your tasks appear here once Reply is connected.");
    else if (m_model->isLoading())
        text = tr("Loading tasks…");
    else if (m_model->rowCount() == 0)
        text = tr("No tasks match these filters.");
    else if (shown == 0)
        text = tr("None of the loaded tasks matches “%1”.").arg(m_search->text());
    else if (m_model->hasMore() && scrollable && !m_proxy->isSearching())
        text = tr("%n task(s) shown; scroll down for more.", nullptr, shown);
    else
        text = tr("%n task(s) shown.", nullptr, shown);
    m_statusLine->setText(text);
    // Last: showing or hiding the button resizes the view, which may call this again at once with
    // the new scroll range; that inner call's words must be the ones that stay.
    m_loadMore->setVisible(offerMore);
}

QList<core::TaskListItem> TaskListView::selectedItems() const
{
    QList<core::TaskListItem> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        items.append(row.data(TaskListModel::ItemRole).value<core::TaskListItem>());
    return items;
}

void TaskListView::showTask(qint64 taskId)
{
    m_shownTaskId = taskId;
    follow(true);
}

void TaskListView::follow(bool clearWhenMissing)
{
    const qint64 taskId = m_shownTaskId;
    const int row = taskId > 0 ? m_model->rowOf(taskId) : -1;
    const QModelIndex index = row < 0
        ? QModelIndex()
        : m_proxy->mapFromSource(m_decorator->mapFromSource(m_model->index(row, 0)));
    // Following the workspace is not the rep choosing a row: nothing opens. The selection signals
    // still go out, so the workspace knows what is selected.
    const QScopedValueRollback<bool> following(m_following, true);
    if (!index.isValid()) {
        // The task shown is not in the list (filtered out, not loaded yet): no row pretends to be it.
        if (clearWhenMissing
            && (m_view->currentIndex().isValid() || m_view->selectionModel()->hasSelection()))
            m_view->selectionModel()->clear();
        return;
    }
    if (m_view->currentIndex().row() != index.row() || m_view->selectionModel()->selectedRows().size() != 1) {
        m_view->setCurrentIndex(index);
        m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
}

void TaskListView::showSort()
{
    const int column = m_model->sortColumn();
    const Qt::SortOrder order = m_model->sortOrder();
    QHeaderView *header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() != column || header->sortIndicatorOrder() != order) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(column, order);
    }
    m_sort->setCurrentIndex(m_sort->findData(QVariant::fromValue(QPair<int, int>(column, order))));
}

void TaskListView::setDefaultColumnWidths()
{
    // Wide enough for what the cells hold: the longest status (bold when overdue) and a compact
    // date; the rest of the pane goes to the sequence step at the end.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics plain = m_view->fontMetrics();
    const QFontMetrics strong(bold);
    const int padding = 3 * plain.averageCharWidth() + 12;
    QHeaderView *header = m_view->horizontalHeader();
    // Room for the caption and the sort arrow.
    const auto atLeastHeader = [this, &plain, padding](int column, int width) {
        const QString caption = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        return qMax(width, plain.horizontalAdvance(caption) + padding + 16);
    };
    int status = strong.horizontalAdvance(TaskListModel::tr("Overdue"));
    for (TaskStatus value : {TaskStatus::New, TaskStatus::Finished, TaskStatus::SequenceDetached,
             TaskStatus::Cancelled, TaskStatus::Archived})
        status = qMax(status, strong.horizontalAdvance(core::Labels::status(value)));
    header->resizeSection(
        TaskListModel::StatusColumn, atLeastHeader(TaskListModel::StatusColumn, status + padding));
    // A long compact date: a weekday (or "Yesterday") with a time, or a date with its year.
    const QLocale locale;
    const QDateTime now = m_model->now();
    int date = 0;
    for (int day = -8; day <= 8; ++day)
        date
            = qMax(date, plain.horizontalAdvance(core::RelativeDate::compact(now.addDays(day), now, locale)));
    date = qMax(
        date, plain.horizontalAdvance(core::RelativeDate::dayAndMonth(QDate(2026, 9, 30), locale, true)));
    for (int column : {TaskListModel::StartColumn, TaskListModel::DueColumn})
        header->resizeSection(column, atLeastHeader(column, date + padding));
    header->resizeSection(TaskListModel::TypeColumn,
        atLeastHeader(TaskListModel::TypeColumn,
            plain.horizontalAdvance(core::Labels::taskType(TaskType::ManualEmail)) + padding + 16));
    header->resizeSection(TaskListModel::SubjectColumn, 16 * plain.averageCharWidth());
    header->resizeSection(TaskListModel::ContactColumn, 14 * plain.averageCharWidth());
}

TaskListView::~TaskListView()
{
    saveSettings();
}

void TaskListView::setSettings(QSettings *settings)
{
    m_settings = settings;
    restoreSettings();
}

} // namespace rte::ui
