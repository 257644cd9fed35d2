// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/taskfilter.h"
#include "core/tasklistitem.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

namespace rte::core {
struct Task;
}
namespace rte::api {
class ApiRequest;
class ReplyClient;
} // namespace rte::api

namespace rte::presentation {

// The rep's task queue, page by page as the view scrolls (canFetchMore/fetchMore with top/skip and
// hasMore); it never asks for the whole account up front. It asks POST /v3/tasks/filter and falls
// back to GET /v3/tasks (filtering the page here) where the filter endpoint does not exist.
// Neither endpoint sorts, so the model keeps its rows in the chosen order itself (by real values:
// dates as dates, names by the locale's collation) and puts every row of a new page in its place.
// Its row order is the order the rep sees, so "the next row" means the same thing everywhere.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Column
    {
        // What a rep acts on first comes first, for a narrow pane: who, when due, in what state.
        TypeColumn,
        ContactColumn,
        DueColumn,
        StatusColumn,
        SubjectColumn,
        StartColumn,
        StepColumn,
        ColumnCount
    };
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        TaskTypeRole,
        StatusRole,
        OverdueRole,
        ContactIdRole,
        SearchTextRole,
        ItemRole,
    };
    static constexpr int PageSize = 50;

    explicit TaskListModel(api::ReplyClient *client, QObject *parent = nullptr);

    void setFilter(const core::TaskFilter &filter);
    core::TaskFilter filter() const { return m_filter; }
    // Starts over from the first page, keeping the filter.
    void refresh();
    // Empties the list and asks nothing (another account, before it is connected).
    void clear();
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // The time the list is judged by (overdue, today, this week, "Today 14:30"): the injected
    // clock, in UTC. The view's date filters read it too.
    QDateTime now() const { return m_now(); }

    // Due time ascending is the default: overdue tasks first, then what falls due soonest.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    bool isLoading() const { return !m_request.isNull(); }
    // Whether a list was asked for at all (there is nothing to ask before Reply is connected).
    bool isStarted() const { return m_generation > 0; }
    bool hasMore() const { return m_hasMore; }
    bool usesListFallback() const { return m_useListEndpoint; }
    int rowOf(qint64 taskId) const;
    core::TaskListItem item(int row) const { return m_items.value(row); }

    // Keeps a row in step with a task's detail (as saved, sent or read): the list endpoints carry
    // no subject or body, so these are known only for tasks whose detail was seen.
    void updateTask(const core::Task &task);
    void removeTask(qint64 taskId);
    // Step names only come with a task's detail; the list remembers the ones it has seen.
    void rememberStepName(qint64 stepId, const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const rte::api::ApiError &error);
    void pageLoaded(int rows, bool hasMore);

private:
    struct Content
    {
        QString subject;
        QString body; // as Reply has it
        // The body's plain words, for the search: made on the first search that reads them, since
        // parsing a long email on every save or open would cost more than any search.
        mutable std::optional<QString> bodyText;
    };

    void requestPage();
    void insertInOrder(const core::TaskListItem &item);
    void keepInOrder(int row);
    bool lessThan(const core::TaskListItem &a, const core::TaskListItem &b) const;
    int compareBy(int column, const core::TaskListItem &a, const core::TaskListItem &b) const;
    QString contactText(const core::TaskListItem &item) const;
    QString subjectOf(qint64 taskId) const { return m_content.value(taskId).subject; }
    QString bodyTextOf(qint64 taskId) const;
    void dropRequest();
    void onPage(const QList<core::TaskListItem> &items, bool hasMore, int generation);
    bool matchesLocally(const core::TaskListItem &item) const;
    QString stepText(const core::TaskListItem &item) const;

    api::ReplyClient *m_client;
    core::TaskFilter m_filter;
    QList<core::TaskListItem> m_items;
    QHash<qint64, QString> m_stepNames;
    QHash<qint64, Content> m_content;
    QCollator m_collator;
    int m_sortColumn = DueColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QPointer<api::ApiRequest> m_request;
    std::function<QDateTime()> m_now;
    int m_skip = 0; // rows asked for so far; with the fallback this differs from m_items.size()
    int m_generation = 0; // a refresh makes answers to older pages stale
    bool m_hasMore = false; // nothing to fetch until a filter is set: views ask early
    bool m_useListEndpoint = false;
};

} // namespace rte::presentation
