// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "core/labels.h"
#include "core/taskcomparison.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rte::ui {

using core::TaskComparison;
using core::TaskField;

namespace {

enum Side
{
    Theirs = 0,
    Mine = 1
};

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? CompareDialog::tr("(empty)") : text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setMaximumWidth(360);
    return label;
}

} // namespace

CompareDialog::CompareDialog(
    const core::TaskEdit &theirs, const core::TaskEdit &mine, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_theirs(theirs)
    , m_mine(mine)
{
    setWindowTitle(tr("Compare versions"));
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    auto *grid = new QWidget(area);
    auto *table = new QGridLayout(grid);
    table->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Field")), grid), 0, 0);
    table->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("In Reply now")), grid), 0, 1);
    table->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Yours")), grid), 0, 2);
    int row = 1;
    for (TaskField field : TaskComparison::differingFields(theirs, mine)) {
        const QString name = core::Labels::field(field);
        auto *group = new QButtonGroup(this);
        auto *takeTheirs = new QRadioButton(TaskComparison::displayValue(theirs, field).left(80), grid);
        auto *takeMine = new QRadioButton(TaskComparison::displayValue(mine, field).left(80), grid);
        takeTheirs->setAccessibleName(tr("%1: keep the version in Reply").arg(name));
        takeMine->setAccessibleName(tr("%1: keep yours").arg(name));
        group->addButton(takeTheirs, Theirs);
        group->addButton(takeMine, Mine);
        takeMine->setChecked(true);
        m_choices.insert(field, group);
        table->addWidget(new QLabel(name, grid), row, 0, Qt::AlignTop);
        auto *theirCell = new QVBoxLayout;
        theirCell->addWidget(takeTheirs);
        theirCell->addWidget(valueLabel(TaskComparison::displayValue(theirs, field), grid));
        auto *mineCell = new QVBoxLayout;
        mineCell->addWidget(takeMine);
        mineCell->addWidget(valueLabel(TaskComparison::displayValue(mine, field), grid));
        table->addLayout(theirCell, row, 1);
        table->addLayout(mineCell, row, 2);
        ++row;
    }
    if (row == 1)
        table->addWidget(
            new QLabel(tr("Your edit and the version in Reply hold the same values."), grid), 1, 0, 1, 3);
    area->setWidget(grid);
    layout->addWidget(area, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *mineAll = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::ActionRole);
    QPushButton *theirsAll = buttons->addButton(tr("Take &Theirs"), QDialogButtonBox::ActionRole);
    QPushButton *apply = buttons->addButton(tr("&Use These Choices"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    connect(mineAll, &QPushButton::clicked, this, [this] {
        chooseAll(true);
        accept();
    });
    connect(theirsAll, &QPushButton::clicked, this, [this] {
        chooseAll(false);
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

void CompareDialog::chooseAll(bool mine)
{
    for (QButtonGroup *group : std::as_const(m_choices))
        group->button(mine ? Mine : Theirs)->setChecked(true);
}

QList<TaskField> CompareDialog::fieldsFromMine() const
{
    QList<TaskField> fields;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->checkedId() == Mine)
            fields.append(it.key());
    }
    return fields;
}

core::TaskEdit CompareDialog::merged() const
{
    return TaskComparison::merge(m_theirs, m_mine, fieldsFromMine());
}

} // namespace rte::ui
