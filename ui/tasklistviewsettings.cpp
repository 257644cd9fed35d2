// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// TaskListView's memory between runs, apart from the widget's construction: what is kept, under
// which keys, and how an old or foreign value is ignored.
#include "core/taskcodec.h"
#include "presentation/tasklistmodel.h"
#include "tasklistview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonValue>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

namespace rte::ui {

using presentation::TaskListModel;

namespace {

const QString Group = QStringLiteral("taskList");
// Stored as words, not combo positions, so a reordered or extended combo still reads them; in the
// order of TaskListView::When.
const QStringList WhenKeys {QStringLiteral("any"), QStringLiteral("today"), QStringLiteral("tomorrow"),
    QStringLiteral("next7days"), QStringLiteral("thisWeek"), QStringLiteral("between")};

QString typeKey(const QVariant &data)
{
    return data.isValid() ? core::TaskCodec::toWire(data.value<core::TaskType>()) : QStringLiteral("all");
}

QString statusKey(const QVariant &data)
{
    return data.isValid() ? core::TaskCodec::toWire(data.value<core::TaskStatus>()) : QStringLiteral("any");
}

// Selects the entry whose key is stored; an unknown key leaves the combo as it is.
void selectByKey(QComboBox *combo, const QString &stored, QString (*keyOf)(const QVariant &))
{
    for (int i = 0; i < combo->count(); ++i) {
        if (keyOf(combo->itemData(i)) == stored) {
            combo->setCurrentIndex(i);
            return;
        }
    }
}

} // namespace

void TaskListView::saveSettings() const
{
    if (!m_settings)
        return;
    Q_ASSERT(WhenKeys.size() == WhenCount);
    m_settings->beginGroup(Group);
    m_settings->setValue(QStringLiteral("columns"), m_view->horizontalHeader()->saveState());
    m_settings->setValue(QStringLiteral("columnCount"), int(TaskListModel::ColumnCount));
    m_settings->setValue(QStringLiteral("sortColumn"), m_model->sortColumn());
    m_settings->setValue(QStringLiteral("sortOrder"),
        m_model->sortOrder() == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                   : QStringLiteral("descending"));
    m_settings->setValue(QStringLiteral("type"), typeKey(m_type->currentData()));
    m_settings->setValue(QStringLiteral("status"), statusKey(m_status->currentData()));
    m_settings->setValue(QStringLiteral("when"), WhenKeys.value(m_when->currentData().toInt()));
    m_settings->setValue(QStringLiteral("from"), m_from->date());
    m_settings->setValue(QStringLiteral("to"), m_to->date());
    m_settings->setValue(QStringLiteral("overdueOnly"), m_overdue->isChecked());
    m_settings->setValue(QStringLiteral("contactId"), m_contact->text().trimmed());
    m_settings->endGroup();
}

void TaskListView::restoreSettings()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(Group);
    // Restoring asks for nothing: the list is loaded once Reply is connected, with these filters.
    const QSignalBlocker type(m_type);
    const QSignalBlocker status(m_status);
    const QSignalBlocker when(m_when);
    const QSignalBlocker from(m_from);
    const QSignalBlocker to(m_to);
    const QSignalBlocker overdue(m_overdue);
    if (m_settings->contains(QStringLiteral("type")))
        selectByKey(m_type, m_settings->value(QStringLiteral("type")).toString(), typeKey);
    if (m_settings->contains(QStringLiteral("status")))
        selectByKey(m_status, m_settings->value(QStringLiteral("status")).toString(), statusKey);
    const int whenIndex = WhenKeys.indexOf(m_settings->value(QStringLiteral("when")).toString());
    if (whenIndex >= 0)
        m_when->setCurrentIndex(m_when->findData(whenIndex));
    for (auto [edit, key] :
        {std::pair {m_from, QStringLiteral("from")}, std::pair {m_to, QStringLiteral("to")}}) {
        const QDate date = m_settings->value(key).toDate();
        if (date.isValid())
            edit->setDate(date);
        edit->setVisible(m_when->currentData().toInt() == Custom);
    }
    m_overdue->setChecked(m_settings->value(QStringLiteral("overdueOnly")).toBool());
    m_contact->setText(m_settings->value(QStringLiteral("contactId")).toString());

    // Column state from another version (a column more or less) would put widths on the wrong
    // columns: it is dropped and the default widths stay.
    QHeaderView *header = m_view->horizontalHeader();
    if (m_settings->value(QStringLiteral("columnCount")).toInt() == TaskListModel::ColumnCount) {
        const QSignalBlocker blocker(header);
        header->restoreState(m_settings->value(QStringLiteral("columns")).toByteArray());
    }
    const int column = m_settings->value(QStringLiteral("sortColumn"), m_model->sortColumn()).toInt();
    const bool descending
        = m_settings->value(QStringLiteral("sortOrder")).toString() == QLatin1String("descending");
    m_settings->endGroup();
    if (column >= 0 && column < TaskListModel::ColumnCount)
        m_model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    showSort();
    updateStatus();
}

} // namespace rte::ui
