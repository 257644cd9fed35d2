// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/tasklistmodel.h"

#include "api/replyclient.h"
#include "core/bodyformat.h"
#include "core/labels.h"
#include "core/relativedate.h"
#include "core/task.h"

#include <QLocale>

namespace rte::presentation {

using core::TaskListItem;

TaskListModel::TaskListModel(api::ReplyClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    // "Step 10" after "Step 9", and the rep's own alphabet.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void TaskListModel::setFilter(const core::TaskFilter &filter)
{
    m_filter = filter;
    refresh();
}

void TaskListModel::dropRequest()
{
    ++m_generation;
    if (!m_request)
        return;
    // Its late answer is stale (the generation changed); forget it now so a new page can start.
    api::ApiRequest *stale = m_request;
    m_request = nullptr;
    stale->abort();
    Q_EMIT loadingChanged(false);
}

void TaskListModel::refresh()
{
    dropRequest();
    beginResetModel();
    m_items.clear();
    m_skip = 0;
    m_hasMore = true;
    endResetModel();
    requestPage();
}

void TaskListModel::clear()
{
    dropRequest();
    beginResetModel();
    m_items.clear();
    m_stepNames.clear();
    m_content.clear();
    m_skip = 0;
    m_hasMore = false;
    m_useListEndpoint = false;
    endResetModel();
}

void TaskListModel::requestPage()
{
    if (m_request || !m_hasMore)
        return;
    const int generation = m_generation;
    api::ApiRequest *base = nullptr;
    const auto connectPage = [this, generation](auto *request) {
        using Request = std::remove_pointer_t<decltype(request)>;
        connect(request, &Request::succeeded, this,
            [this, generation](
                const QList<TaskListItem> &items, bool hasMore) { onPage(items, hasMore, generation); });
        return request;
    };
    if (m_useListEndpoint)
        base = connectPage(m_client->listTasks(PageSize, m_skip));
    else
        base = connectPage(m_client->filterTasks(m_filter, PageSize, m_skip));
    m_request = base;
    const bool viaFilter = !m_useListEndpoint;
    connect(base, &api::ApiRequest::failed, this, [this, generation, viaFilter](const api::ApiError &error) {
        if (generation != m_generation || error.kind() == api::ApiError::Kind::Cancelled)
            return;
        // An account or server without the filter endpoint: page through the plain list instead.
        const bool noRoute = error.httpStatus() == 404 && error.code().isEmpty();
        if (viaFilter && (noRoute || error.httpStatus() == 405)) {
            m_useListEndpoint = true;
            m_request = nullptr;
            requestPage();
            return;
        }
        Q_EMIT loadFailed(error);
    });
    connect(base, &api::ApiRequest::finished, this, [this, base] {
        if (m_request == base) {
            m_request = nullptr;
            Q_EMIT loadingChanged(false);
        }
    });
    Q_EMIT loadingChanged(true);
}

void TaskListModel::onPage(const QList<TaskListItem> &items, bool hasMore, int generation)
{
    if (generation != m_generation)
        return;
    m_skip += int(items.size());
    m_hasMore = hasMore && !items.isEmpty();
    QList<TaskListItem> accepted;
    for (const TaskListItem &item : items) {
        if ((!m_useListEndpoint || matchesLocally(item)) && rowOf(item.id) < 0)
            accepted.append(item);
    }
    // Each row lands where the order puts it, so a new page never scrambles what is shown.
    for (const TaskListItem &item : std::as_const(accepted))
        insertInOrder(item);
    Q_EMIT pageLoaded(int(accepted.size()), m_hasMore);
    // With the plain list a whole page may match nothing here; no row appears for the view to
    // scroll to, so the next page is asked for at once.
    if (accepted.isEmpty() && m_hasMore)
        QMetaObject::invokeMethod(this, &TaskListModel::requestPage, Qt::QueuedConnection);
}

bool TaskListModel::matchesLocally(const TaskListItem &item) const
{
    if (m_filter.taskType && item.taskType != *m_filter.taskType)
        return false;
    if (m_filter.status && item.status != *m_filter.status)
        return false;
    if (m_filter.overdue && item.isOverdue(m_now()) != *m_filter.overdue)
        return false;
    if (m_filter.from.isValid() && item.startAt < m_filter.from)
        return false;
    if (m_filter.to.isValid() && item.startAt > m_filter.to)
        return false;
    if (m_filter.contactId && item.contactId != m_filter.contactId)
        return false;
    if (m_filter.assignedUserId && item.assignedUserId != m_filter.assignedUserId)
        return false;
    return true;
}

int TaskListModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == taskId)
            return row;
    }
    return -1;
}

void TaskListModel::updateTask(const core::Task &task)
{
    // The rendered content when Reply sent it, else the template as it is kept.
    Content content;
    if (task.content) {
        content.subject = task.content->subject.value_or(QString());
        content.body = task.content->body;
    } else if (task.taskTemplate) {
        content.subject = task.taskTemplate->subject.value_or(QString());
        content.body = task.taskTemplate->body;
    }
    if (task.content || task.taskTemplate)
        m_content.insert(task.id, content);
    const int row = rowOf(task.id);
    if (row < 0)
        return;
    m_items[row].update(task);
    if (task.sequenceStepId && task.sequenceStepDisplayName)
        m_stepNames.insert(*task.sequenceStepId, *task.sequenceStepDisplayName);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    keepInOrder(row);
}

QString TaskListModel::bodyTextOf(qint64 taskId) const
{
    const auto content = m_content.constFind(taskId);
    if (content == m_content.cend())
        return QString();
    if (!content->bodyText)
        content->bodyText = core::BodyFormat::htmlToPlainText(content->body);
    return *content->bodyText;
}

void TaskListModel::removeTask(qint64 taskId)
{
    const int row = rowOf(taskId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void TaskListModel::rememberStepName(qint64 stepId, const QString &name)
{
    m_stepNames.insert(stepId, name);
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).sequenceStepId == stepId)
            Q_EMIT dataChanged(index(row, StepColumn), index(row, StepColumn));
    }
    if (m_sortColumn == StepColumn)
        sort(m_sortColumn, m_sortOrder);
}

QString TaskListModel::contactText(const TaskListItem &item) const
{
    if (!item.contactName.isEmpty())
        return item.contactName;
    return item.contactId ? tr("Contact %1").arg(*item.contactId) : tr("No contact");
}

QString TaskListModel::stepText(const TaskListItem &item) const
{
    if (!item.sequenceStepId)
        return QString();
    const QString name = m_stepNames.value(*item.sequenceStepId);
    return name.isEmpty() ? tr("Step %1").arg(*item.sequenceStepId) : name;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const TaskListItem &item = m_items.at(index.row());
    const QDateTime now = m_now();
    const bool overdue = item.isOverdue(now);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return core::Labels::taskType(item.taskType);
        case SubjectColumn:
            return subjectOf(item.id);
        case ContactColumn:
            return contactText(item);
        case StartColumn:
            return core::RelativeDate::compact(item.startAt, now, locale);
        case DueColumn:
            return core::RelativeDate::compact(item.dueTo, now, locale);
        case StatusColumn:
            return overdue ? tr("Overdue") : core::Labels::status(item.status);
        case StepColumn:
            return stepText(item);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        // The whole date where the cell shows a short one.
        if (index.column() == DueColumn && overdue)
            return tr("Overdue: was due %1").arg(core::RelativeDate::full(item.dueTo, locale));
        if (index.column() == DueColumn)
            return core::RelativeDate::full(item.dueTo, locale);
        if (index.column() == StartColumn)
            return core::RelativeDate::full(item.startAt, locale);
        return data(index, Qt::DisplayRole);
    case TaskIdRole:
        return item.id;
    case TaskTypeRole:
        return QVariant::fromValue(item.taskType);
    case StatusRole:
        return QVariant::fromValue(item.status);
    case OverdueRole:
        return overdue;
    case ContactIdRole:
        return item.contactId ? QVariant(*item.contactId) : QVariant();
    case SearchTextRole: {
        // What the row shows, the whole dates, and the subject and body where the detail was seen.
        const QString subject = subjectOf(item.id);
        QStringList words {QString::number(item.id), core::Labels::taskType(item.taskType), contactText(item),
            core::Labels::status(item.status), stepText(item),
            core::RelativeDate::compact(item.startAt, now, locale),
            core::RelativeDate::compact(item.dueTo, now, locale),
            core::RelativeDate::full(item.startAt, locale), core::RelativeDate::full(item.dueTo, locale),
            subject, bodyTextOf(item.id)};
        if (item.contactId)
            words.append(QString::number(*item.contactId));
        if (overdue)
            words.append(tr("Overdue"));
        return words.join(QLatin1Char(' '));
    }
    case ItemRole:
        return QVariant::fromValue(item);
    }
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case SubjectColumn:
        return tr("Subject");
    case ContactColumn:
        return tr("Contact");
    case StartColumn:
        return tr("Start");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case StepColumn:
        return tr("Sequence step");
    }
    return {};
}

bool TaskListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !isLoading();
}

void TaskListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(TaskTypeRole, "taskType");
    names.insert(StatusRole, "status");
    names.insert(OverdueRole, "overdue");
    names.insert(ContactIdRole, "contactId");
    return names;
}

} // namespace rte::presentation
