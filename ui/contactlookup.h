// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace rte::core {
class TaskEditorModel;
struct Contact;
} // namespace rte::core
namespace rte::presentation {
class ContactDirectory;
class ContactResolver;
} // namespace rte::presentation

namespace rte::ui {

class PreviewPanel;
class TaskEditorView;

// Who the contact field stands for, as the rep sees it: the name under the field, the preview
// rendered with that contact's data. It forwards the field's text and the moment the rep leaves
// it (or presses Enter) to a presentation::ContactResolver, which decides what is looked up and
// when, and shows what comes back. An id, an email address or a name can be typed; the last two
// become the contact's id.
class ContactLookup : public QObject
{
    Q_OBJECT
public:
    ContactLookup(core::TaskEditorModel *model, presentation::ContactDirectory *contacts,
        TaskEditorView *editor, PreviewPanel *preview, QObject *parent = nullptr);
    // Forgets the last contact (a new or another task is shown) and looks up the current one.
    void reset();
    presentation::ContactResolver *resolver() const { return m_resolver; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFound(const core::Contact &contact);
    void showNothing();

    core::TaskEditorModel *m_model;
    presentation::ContactResolver *m_resolver;
    TaskEditorView *m_editor;
    PreviewPanel *m_preview;
    QObject *m_field;
    bool m_opening = false;
};

} // namespace rte::ui
