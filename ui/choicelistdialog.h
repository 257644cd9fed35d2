// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QListWidget;

namespace rte::ui {

// A list of items and a few buttons that act on the selected one (open, compare, discard…).
class ChoiceListDialog : public QDialog
{
    Q_OBJECT
public:
    ChoiceListDialog(const QString &title, const QString &intro, const QStringList &rows,
        const QStringList &actions, const QString &closeText, QWidget *parent = nullptr);
    int row() const { return m_row; }
    int choice() const { return m_choice; }

private:
    QListWidget *m_list;
    int m_row = -1;
    int m_choice = -1;
};

} // namespace rte::ui
