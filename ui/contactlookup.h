#pragma once

#include <QObject>

namespace rte::core {
class TaskEditorModel;
struct Contact;
} // namespace rte::core
namespace rte::presentation {
class ContactDirectory;
}

namespace rte::ui {

class PreviewPanel;
class TaskEditorView;

// Who the contact field stands for: an id or an email address typed by the rep becomes the
// contact's id and name under the field, and the preview renders with that contact's data.
class ContactLookup : public QObject
{
    Q_OBJECT
public:
    ContactLookup(core::TaskEditorModel *model, presentation::ContactDirectory *contacts,
        TaskEditorView *editor, PreviewPanel *preview, QObject *parent = nullptr);
    // Forgets the last contact (a new or another task is shown) and looks up the current one.
    void reset();

private:
    void lookUp(const QString &query);
    void onFound(const QString &query, const core::Contact &contact);
    bool isCurrent(const QString &query) const;

    core::TaskEditorModel *m_model;
    presentation::ContactDirectory *m_contacts;
    TaskEditorView *m_editor;
    PreviewPanel *m_preview;
};

} // namespace rte::ui
