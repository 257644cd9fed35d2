#include "tasklistview.h"

#include "core/labels.h"
#include "presentation/tasklistmodel.h"
#include "tasklistdecorator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rte::ui {

using core::TaskStatus;
using core::TaskType;
using presentation::TaskListModel;

namespace {

enum When
{
    AnyTime,
    Today,
    ThisWeek,
    Custom
};

} // namespace

TaskListView::TaskListView(TaskListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_decorator(new TaskListDecorator(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_when(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_contact(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_statusLine(new QLabel(this))
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

    m_decorator->setSourceModel(m_model);
    m_proxy->setSourceModel(m_decorator);
    m_proxy->setFilterRole(TaskListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
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
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_statusLine->setWordWrap(true);
    m_statusLine->setObjectName(QStringLiteral("listStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLine);

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
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &TaskListView::updateStatus);
    connect(m_model, &TaskListModel::loadingChanged, this, &TaskListView::updateStatus);
    connect(m_model, &TaskListModel::pageLoaded, this, &TaskListView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TaskListView::updateStatus);
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
    case Today: {
        const core::TaskFilter today = core::TaskFilter::today(now);
        filter.from = today.from;
        filter.to = today.to;
        break;
    }
    case ThisWeek: {
        const core::TaskFilter week = core::TaskFilter::thisWeek(now, QLocale().firstDayOfWeek());
        filter.from = week.from;
        filter.to = week.to;
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
    QString text;
    if (!m_model->isStarted())
        text = tr("Your tasks appear here once Reply is connected.");
    else if (m_model->isLoading())
        text = tr("Loading tasks…");
    else if (m_model->rowCount() == 0)
        text = tr("No tasks match these filters.");
    else if (shown == 0)
        text = tr("None of the loaded tasks matches “%1”.").arg(m_search->text());
    else if (m_model->hasMore())
        text = tr("%n task(s) shown; scroll down for more.", nullptr, shown);
    else
        text = tr("%n task(s) shown.", nullptr, shown);
    m_statusLine->setText(text);
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

} // namespace rte::ui
