// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "readyreport.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace rte::ui {

ReadyReport::ReadyReport(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    watch(window);
}

void ReadyReport::watch(QWidget *widget)
{
    // The native window may not exist yet: the widget's Show event says when it does.
    widget->installEventFilter(this);
    if (widget->windowHandle())
        widget->windowHandle()->installEventFilter(this);
}

void ReadyReport::dataShown()
{
    m_dataShown = true;
    reportIfExposed();
}

bool ReadyReport::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->windowHandle())
            widget->windowHandle()->installEventFilter(this);
        break;
    case QEvent::WindowBlocked:
        if (watched == m_window)
            QMetaObject::invokeMethod(this, &ReadyReport::watchModalDialog, Qt::QueuedConnection);
        break;
    case QEvent::Expose:
        // After the expose event is handled, so that the window is painted once it is mapped.
        QMetaObject::invokeMethod(this, &ReadyReport::reportIfExposed, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return false;
}

void ReadyReport::watchModalDialog()
{
    QWidget *dialog = QApplication::activeModalWidget();
    if (m_reported || !dialog || dialog == m_window)
        return;
    m_dialog = dialog;
    watch(dialog);
    reportIfExposed();
}

void ReadyReport::reportIfExposed()
{
    QWidget *shown = m_dialog ? m_dialog.data() : (m_dataShown ? m_window.data() : nullptr);
    if (m_reported || !shown || !shown->windowHandle() || !shown->windowHandle()->isExposed())
        return;
    m_reported = true;
    // A synchronous paint of the whole window with its data, flushed to the screen.
    shown->repaint();
    std::fputs(m_dialog ? "ready question\n" : "ready\n", stdout);
    std::fflush(stdout);
}

} // namespace rte::ui
