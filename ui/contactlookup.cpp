#include "contactlookup.h"

#include "api/apierror.h"
#include "core/taskeditormodel.h"
#include "presentation/contactdirectory.h"
#include "previewpanel.h"
#include "taskeditorview.h"

namespace rte::ui {

ContactLookup::ContactLookup(core::TaskEditorModel *model, presentation::ContactDirectory *contacts,
    TaskEditorView *editor, PreviewPanel *preview, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_contacts(contacts)
    , m_editor(editor)
    , m_preview(preview)
{
    connect(m_editor, &TaskEditorView::contactLookupRequested, this, &ContactLookup::lookUp);
    connect(m_contacts, &presentation::ContactDirectory::found, this, &ContactLookup::onFound);
    connect(m_contacts, &presentation::ContactDirectory::notFound, this,
        [this](const QString &query, const QString &message) {
            if (isCurrent(query)) {
                m_editor->setContactInfo(QString());
                m_model->setFieldMessage(core::TaskField::ContactId, message);
            }
        });
    connect(m_contacts, &presentation::ContactDirectory::failed, this,
        [this](const QString &query, const api::ApiError &error) {
            if (isCurrent(query))
                m_editor->setContactInfo(tr("The contact couldn't be looked up. %1").arg(error.message()));
        });
}

bool ContactLookup::isCurrent(const QString &query) const
{
    // An answer about a contact the rep has since replaced goes nowhere.
    return query.trimmed() == m_model->contactId().trimmed();
}

void ContactLookup::reset()
{
    m_preview->setContact(std::nullopt);
    m_editor->setContactInfo(QString());
    if (!m_model->contactId().trimmed().isEmpty())
        m_contacts->lookUp(m_model->contactId().trimmed());
}

void ContactLookup::lookUp(const QString &query)
{
    m_editor->setContactInfo(tr("Looking up the contact…"));
    m_contacts->lookUp(query);
}

void ContactLookup::onFound(const QString &query, const core::Contact &contact)
{
    if (!isCurrent(query))
        return;
    // An email address is replaced by the id it stands for; the name confirms it is the right person.
    if (m_model->contactId().trimmed() != QString::number(contact.id))
        m_model->setContactId(QString::number(contact.id));
    QString info = contact.fullName();
    if (!contact.company.isEmpty())
        info += QStringLiteral(" · ") + contact.company;
    m_editor->setContactInfo(info);
    m_preview->setContact(contact);
}

} // namespace rte::ui
