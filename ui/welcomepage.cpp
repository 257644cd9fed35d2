// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rte::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *text
        = new QLabel(tr("Pick a task from the list, or open one by its ID: the number at the end of the "
                        "task's address in Reply."),
            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setObjectName(QStringLiteral("welcomeText"));
    auto *open = new QPushButton(tr("&Open Task…"), this);
    auto *create = new QPushButton(tr("&New Task"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
}

} // namespace rte::ui
