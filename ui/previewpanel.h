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

private:
    void refresh();

    core::TaskEditorModel *m_model;
    std::optional<core::Contact> m_contact;
    QLabel *m_contactLine;
    QLabel *m_subject;
    QTextBrowser *m_body;
};

} // namespace rte::ui
