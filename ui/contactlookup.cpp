// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "contactlookup.h"

#include "api/apierror.h"
#include "core/taskeditormodel.h"
#include "presentation/contactresolver.h"
#include "previewpanel.h"
#include "taskeditorview.h"

#include <QEvent>

namespace rte::ui {

ContactLookup::ContactLookup(core::TaskEditorModel *model, presentation::ContactDirectory *contacts,
    TaskEditorView *editor, PreviewPanel *preview, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_resolver(new presentation::ContactResolver(contacts, this))
    , m_editor(editor)
    , m_preview(preview)
    , m_field(editor->fieldWidget(core::TaskField::ContactId))
{
    // The model holds what the field shows, however it got there (typing, undo, a loaded task).
    connect(m_model, &core::TaskEditorModel::contactIdChanged, this,
        [this] { m_resolver->setText(m_model->contactId()); });
    connect(m_editor, &TaskEditorView::contactLookupRequested, m_resolver,
        &presentation::ContactResolver::lookUpNow);
    m_field->installEventFilter(this);

    connect(m_resolver, &presentation::ContactResolver::cleared, this, &ContactLookup::showNothing);
    connect(m_resolver, &presentation::ContactResolver::lookingUp, this, [this] {
        if (!m_opening)
            m_editor->setContactInfo(tr("Looking up the contact…"));
    });
    connect(m_resolver, &presentation::ContactResolver::found, this, &ContactLookup::onFound);
    connect(m_resolver, &presentation::ContactResolver::notFound, this, [this](const QString &message) {
        m_editor->setContactInfo(QString());
        m_model->setFieldMessage(core::TaskField::ContactId, message);
    });
    connect(m_resolver, &presentation::ContactResolver::failed, this, [this](const api::ApiError &error) {
        m_editor->setContactInfo(tr("The contact couldn't be looked up. %1").arg(error.message()));
    });
}

bool ContactLookup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::FocusOut)
        m_resolver->lookUpNow();
    return QObject::eventFilter(watched, event);
}

void ContactLookup::showNothing()
{
    m_editor->setContactInfo(QString());
    m_preview->setContact(std::nullopt);
    m_model->setContact(std::nullopt);
}

void ContactLookup::reset()
{
    // A task being opened shows its contact's name once known, without a flash of "Looking up".
    m_opening = true;
    m_resolver->reset(m_model->contactId());
    m_opening = false;
}

void ContactLookup::onFound(const core::Contact &contact)
{
    // An email address or a name is replaced by the id it stands for; the name confirms the person.
    if (m_model->contactId().trimmed() != QString::number(contact.id))
        m_model->setContactId(QString::number(contact.id));
    QString info = contact.fullName();
    if (!contact.company.isEmpty())
        info += QStringLiteral(" · ") + contact.company;
    m_editor->setContactInfo(info);
    m_preview->setContact(contact);
    m_model->setContact(contact);
}

} // namespace rte::ui
