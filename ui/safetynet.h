// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskedit.h"

#include <QObject>

#include <functional>

class QToolButton;
class QWidget;

namespace rte::presentation {
class Workspace;
}

namespace rte::ui {

class MessageBanner;
class Prompts;

// The safety net as the rep sees it: drafts offered back after a crash, the "Not sent" button with
// its count, and the compare view when someone else changed the task. What happens to drafts and
// saves is the workspace's UnsentWork's to decide; this class asks and shows.
class SafetyNet : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window;
        std::function<Prompts *()> prompts;
        MessageBanner *banner;
        presentation::Workspace *workspace;
    };
    explicit SafetyNet(const Parts &parts, QObject *parent = nullptr);

    // At start: unsent drafts from an earlier run, one question at a time.
    void offerRecovery();
    void showOutbox();
    QToolButton *outboxButton() const { return m_outboxButton; }

private:
    void onConflict(const core::Task &theirs, const core::Task &base, const core::TaskEdit &mine);
    void updateBadge(int count);

    Parts m_parts;
    QToolButton *m_outboxButton;
};

} // namespace rte::ui
