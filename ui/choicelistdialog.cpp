// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "choicelistdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rte::ui {

ChoiceListDialog::ChoiceListDialog(const QString &title, const QString &intro, const QStringList &rows,
    const QStringList &actions, const QString &closeText, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    label->setBuddy(m_list);
    layout->addWidget(label);
    m_list->addItems(rows);
    m_list->setAccessibleName(title);
    m_list->setCurrentRow(0);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    for (int i = 0; i < actions.size(); ++i) {
        QPushButton *button = buttons->addButton(actions.at(i), QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, [this, i] {
            m_row = m_list->currentRow();
            m_choice = i;
            if (m_row >= 0)
                accept();
        });
        if (i == 0)
            button->setDefault(true);
    }
    QPushButton *close = buttons->addButton(closeText, QDialogButtonBox::RejectRole);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 360);
}

} // namespace rte::ui
