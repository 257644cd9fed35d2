// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/contact.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

namespace rte::core {
class TaskEditorModel;
}

namespace rte::ui {

// What the prospect will read: the subject and body as typed, with {{variables}} filled from the
// contact's data. Unknown variables stay visible so the rep can fix them.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(core::TaskEditorModel *model, QWidget *parent = nullptr);
    void setContact(const std::optional<core::Contact> &contact);
    QString renderedSubject() const;
    QString renderedBody() const; // plain words, for tests and screen readers

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Rendering a body costs as much as parsing it again (a long email: a tenth of a second and
    // more per keystroke), so a hidden preview (another tab is in front) only notes that it is
    // stale and renders when shown or asked.
    void refresh();
    void renderIfStale() const;

    core::TaskEditorModel *m_model;
    std::optional<core::Contact> m_contact;
    QLabel *m_contactLine;
    QLabel *m_subject;
    QTextBrowser *m_body;
    mutable bool m_stale = true;
};

} // namespace rte::ui
