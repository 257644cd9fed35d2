// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tasksearchproxy.h"

#include "presentation/tasklistmodel.h"

#include <QRegularExpression>

namespace rte::ui {

TaskSearchProxy::TaskSearchProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(presentation::TaskListModel::SearchTextRole);
    setFilterKeyColumn(0);
}

void TaskSearchProxy::setSearchText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "dana call" finds Dana's call: one look-ahead per word, anywhere in the row.
    QString pattern = QStringLiteral("^");
    for (const QString &word : words)
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    m_searching = !words.isEmpty();
    setFilterRegularExpression(QRegularExpression(pattern,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption
            | QRegularExpression::UseUnicodePropertiesOption));
}

bool TaskSearchProxy::canFetchMore(const QModelIndex &parent) const
{
    return !m_searching && QSortFilterProxyModel::canFetchMore(parent);
}

} // namespace rte::ui
