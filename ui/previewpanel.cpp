// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "previewpanel.h"

#include "core/bodyformat.h"
#include "core/taskeditormodel.h"
#include "core/templatevariables.h"

#include <QFormLayout>
#include <QLabel>
#include <QTextBrowser>

namespace rte::ui {

PreviewPanel::PreviewPanel(core::TaskEditorModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_contactLine(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    m_contactLine->setWordWrap(true);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_subject->setFocusPolicy(Qt::TabFocus);
    m_body->setOpenLinks(false);
    m_body->setAccessibleName(tr("Body preview"));
    auto *layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addRow(m_contactLine);
    auto *subjectLabel = new QLabel(tr("Subject"), this);
    subjectLabel->setBuddy(m_subject);
    layout->addRow(subjectLabel, m_subject);
    auto *bodyLabel = new QLabel(tr("Body"), this);
    bodyLabel->setBuddy(m_body);
    layout->addRow(bodyLabel, m_body);

    for (auto signal : {&core::TaskEditorModel::subjectChanged, &core::TaskEditorModel::bodyChanged,
             &core::TaskEditorModel::taskTypeChanged, &core::TaskEditorModel::loaded})
        connect(m_model, signal, this, &PreviewPanel::refresh);
    refresh();
}

void PreviewPanel::setContact(const std::optional<core::Contact> &contact)
{
    m_contact = contact;
    refresh();
}

QString PreviewPanel::renderedSubject() const
{
    renderIfStale();
    return m_subject->text();
}

QString PreviewPanel::renderedBody() const
{
    renderIfStale();
    return m_body->toPlainText();
}

void PreviewPanel::refresh()
{
    m_stale = true;
    if (isVisible())
        renderIfStale();
}

void PreviewPanel::showEvent(QShowEvent *event)
{
    renderIfStale();
    QWidget::showEvent(event);
}

void PreviewPanel::renderIfStale() const
{
    if (!m_stale)
        return;
    m_stale = false;
    const core::Contact contact = m_contact.value_or(core::Contact {});
    if (m_contact)
        m_contactLine->setText(tr("As %1 will read it.").arg(contact.fullName()));
    else
        m_contactLine->setText(tr("No contact is known yet: variables are shown as they are written."));
    const QString subject = m_model->subject();
    m_subject->setText(
        subject.isEmpty() ? tr("(no subject)") : core::TemplateVariables::render(subject, contact));
    // Rendering a plain-text body as HTML would swallow what looks like a tag; show it as the phone would.
    const QString body
        = core::TemplateVariables::render(m_model->body(), contact, !m_model->isPlainTextBody());
    if (m_model->isPlainTextBody())
        m_body->setPlainText(body);
    else
        m_body->setHtml(body);
}

} // namespace rte::ui
