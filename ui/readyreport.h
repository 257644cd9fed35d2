// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace rte::ui {

// Says "ready" on standard output once a window is on screen showing the data it was started for:
// the start-up benchmark's finish line (--report-ready). The app and the bare anchor window use this
// same class, so both are measured to the same point: mapped, data in the widgets, painted.
// When a question opens in front of the window first (unsent drafts from an earlier run), that
// question, painted with what it lists, is what the rep sees first, and "ready" follows it.
class ReadyReport : public QObject
{
    Q_OBJECT
public:
    explicit ReadyReport(QWidget *window);

    // The data is in the widgets; "ready" follows as soon as the window is exposed and painted.
    void dataShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QWidget *widget);
    void watchModalDialog();
    void reportIfExposed();

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_dialog;
    bool m_dataShown = false;
    bool m_reported = false;
};

} // namespace rte::ui
