// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace rte::ui {

// Shown before any task is open: what to do, and the two ways to start.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested();
    void newRequested();
};

} // namespace rte::ui
