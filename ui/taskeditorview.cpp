// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "taskeditorview.h"

#include "bodyeditor.h"
#include "core/contact.h"
#include "core/labels.h"
#include "core/smslength.h"
#include "core/taskeditormodel.h"
#include "core/taskrules.h"
#include "core/templatevariables.h"
#include "datetimefield.h"
#include "fieldmessage.h"
#include "messagebanner.h"
#include "presentation/spellchecker.h"
#include "spellmenu.h"
#include "variablehighlighter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace rte::ui {

using core::LinkedInTaskType;
using core::TaskField;
using core::TaskType;

TaskEditorView::TaskEditorView(core::TaskEditorModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new MessageBanner(this))
    , m_type(new QComboBox(this))
    , m_linkedIn(new QComboBox(this))
    , m_contact(new QLineEdit(this))
    , m_start(new DateTimeField(this))
    , m_due(new DateTimeField(this))
    , m_subject(new QLineEdit(this))
    , m_body(new BodyEditor(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_contactInfo(new QLabel(this))
    , m_variables(new QToolButton(this))
{
    for (TaskType type : {TaskType::ToDo, TaskType::Call, TaskType::Meeting, TaskType::LinkedIn,
             TaskType::ManualEmail, TaskType::Sms, TaskType::WhatsApp})
        m_type->addItem(core::Labels::taskType(type), QVariant::fromValue(type));
    for (LinkedInTaskType type : {LinkedInTaskType::Message, LinkedInTaskType::Connect,
             LinkedInTaskType::InMail, LinkedInTaskType::ViewProfile})
        m_linkedIn->addItem(core::Labels::linkedInTaskType(type), QVariant::fromValue(type));
    m_contact->setPlaceholderText(tr("The contact's number, such as 1234"));
    m_contact->setClearButtonEnabled(true);
    m_subject->setPlaceholderText(tr("Optional; may use {{firstName}} and other variables"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setToolTip(tr("Send your changes to Reply (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setDefault(false);

    m_contactInfo->setObjectName(QStringLiteral("contactInfo"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_variables->setObjectName(QStringLiteral("insertVariableButton"));
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_contactInfo->setWordWrap(true);
    m_contactInfo->hide();
    m_subject->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_subject, &QLineEdit::customContextMenuRequested, this, &TaskEditorView::showSubjectMenu);
    m_variables->setText(tr("Insert &Variable"));
    m_variables->setToolTip(tr("Insert a contact field, such as {{firstName}}, where you are typing"));
    m_variables->setPopupMode(QToolButton::InstantPopup);
    m_variables->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *variableMenu = new QMenu(m_variables);
    for (const QString &name : core::Contact::variableNames()) {
        variableMenu->addAction(
            core::TemplateVariables::placeholder(name), this, [this, name] { insertVariable(name); });
    }
    m_variables->setMenu(variableMenu);
    m_subject->installEventFilter(this);
    m_body->textEdit()->installEventFilter(this);
    connect(m_subject, &QLineEdit::textChanged, this,
        [this] { VariableHighlighter::highlight(m_subject, m_spell.get()); });
    connect(m_contact, &QLineEdit::returnPressed, this, [this] {
        if (!m_contact->text().trimmed().isEmpty())
            Q_EMIT contactLookupRequested(m_contact->text().trimmed());
    });

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addRow(form, tr("Tas&k type"), m_type, TaskField::TaskType);
    addRow(form, tr("&LinkedIn action"), m_linkedIn, TaskField::LinkedInTaskType);
    addRow(form, tr("&Contact ID"), m_contact, TaskField::ContactId);
    addRow(form, tr("Sta&rt"), m_start, TaskField::StartAt);
    addRow(form, tr("&Due"), m_due, TaskField::DueTo);
    addRow(form, tr("Su&bject"), m_subject, TaskField::Subject);
    addRow(form, tr("Bod&y"), m_body, TaskField::Body);
    m_body->textEdit()->setAccessibleName(tr("Body"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_variables);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    // What the rep does goes to the model; only user actions, never our own syncing.
    connect(m_type, &QComboBox::activated, this,
        [this](int index) { m_model->setTaskType(m_type->itemData(index).value<TaskType>()); });
    connect(m_linkedIn, &QComboBox::activated, this, [this](int index) {
        m_model->setLinkedInTaskType(m_linkedIn->itemData(index).value<LinkedInTaskType>());
    });
    connect(m_contact, &QLineEdit::textEdited, m_model, &core::TaskEditorModel::setContactId);
    connect(m_subject, &QLineEdit::textEdited, m_model, &core::TaskEditorModel::setSubject);
    connect(m_start, &DateTimeField::dateTimeEdited, m_model, &core::TaskEditorModel::setStartAt);
    connect(m_due, &DateTimeField::dateTimeEdited, m_model, &core::TaskEditorModel::setDueTo);
    connect(m_body, &BodyEditor::edited, m_model, &core::TaskEditorModel::setBody);
    connect(m_save, &QPushButton::clicked, this, &TaskEditorView::saveRequested);

    // What the model says comes back to the widgets.
    connect(m_model, &core::TaskEditorModel::loaded, this, &TaskEditorView::syncFromModel);
    connect(m_model, &core::TaskEditorModel::taskTypeChanged, this, &TaskEditorView::syncFromModel);
    connect(m_model, &core::TaskEditorModel::linkedInTaskTypeChanged, this, &TaskEditorView::syncFromModel);
    connect(m_model, &core::TaskEditorModel::contactIdChanged, this, &TaskEditorView::syncFromModel);
    connect(m_model, &core::TaskEditorModel::startAtChanged, this, &TaskEditorView::syncFromModel);
    connect(m_model, &core::TaskEditorModel::dueToChanged, this, &TaskEditorView::syncFromModel);
    connect(m_model, &core::TaskEditorModel::subjectChanged, this, &TaskEditorView::syncFromModel);
    connect(m_model, &core::TaskEditorModel::bodyChanged, this, &TaskEditorView::syncBody);
    connect(m_model, &core::TaskEditorModel::contactChanged, this, &TaskEditorView::syncBody);
    connect(m_model, &core::TaskEditorModel::messagesChanged, this, &TaskEditorView::syncMessages);
    connect(m_model, &core::TaskEditorModel::dirtyChanged, this, &TaskEditorView::syncEnabled);
    connect(m_model, &core::TaskEditorModel::bodyConverted, this,
        [this](const QString &notice) { m_banner->showMessage(MessageBanner::Tone::Information, notice); });

    setTabOrder(m_type, m_linkedIn);
    setTabOrder(m_linkedIn, m_contact);
    setTabOrder(m_contact, m_start);
    setTabOrder(m_start, m_due);
    setTabOrder(m_due, m_subject);
    setTabOrder(m_subject, m_body->textEdit());
    setTabOrder(m_body->textEdit(), m_variables);
    setTabOrder(m_variables, m_save);
    syncFromModel();
}

void TaskEditorView::addRow(QFormLayout *form, const QString &label, QWidget *field, TaskField key)
{
    // Names a test (or an accessibility tool) can find: the wire name of the field, such as
    // "contactIdField" and "contactIdMessage".
    QString name = QString::fromLatin1(QMetaEnum::fromType<TaskField>().valueToKey(int(key)));
    name[0] = name[0].toLower();
    // A compound field (the body, a date) is reached and named through the widget that takes the keys.
    QWidget *input = key == TaskField::Body ? m_body->textEdit()
        : field->focusProxy()               ? field->focusProxy()
                                            : field;
    input->setObjectName(name + QLatin1String("Field"));
    auto *message = new FieldMessage(input, this);
    message->setObjectName(name + QLatin1String("Message"));
    m_messages.insert(key, message);

    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    if (key == TaskField::ContactId)
        column->addWidget(m_contactInfo);
    column->addWidget(message);

    auto *caption = new QLabel(label, this);
    caption->setBuddy(input);
    form->addRow(caption, cell);
    if (key == TaskField::Subject)
        m_subjectRow = cell;
    // The accessible name is the label without its mnemonic marker.
    QString accessibleName = label;
    accessibleName.remove(QLatin1Char('&'));
    field->setAccessibleName(accessibleName);
    input->setAccessibleName(accessibleName);
}

QWidget *TaskEditorView::fieldWidget(TaskField field) const
{
    switch (field) {
    case TaskField::TaskType:
        return m_type;
    case TaskField::LinkedInTaskType:
        return m_linkedIn;
    case TaskField::ContactId:
        return m_contact;
    case TaskField::StartAt:
        return m_start->lineEdit();
    case TaskField::DueTo:
        return m_due->lineEdit();
    case TaskField::Subject:
        return m_subject;
    case TaskField::Body:
        return m_body->textEdit();
    case TaskField::Form:
        break;
    }
    return m_save;
}

QString TaskEditorView::fieldMessage(TaskField field) const
{
    if (field == TaskField::Form)
        return m_banner->text();
    const FieldMessage *message = m_messages.value(field);
    return message ? message->message() : QString();
}

void TaskEditorView::syncFromModel()
{
    const int typeIndex = m_type->findData(QVariant::fromValue(m_model->taskType()));
    m_type->setCurrentIndex(typeIndex);
    const int linkedInIndex = m_linkedIn->findData(QVariant::fromValue(m_model->linkedInTaskType()));
    m_linkedIn->setCurrentIndex(linkedInIndex);
    if (m_contact->text() != m_model->contactId())
        m_contact->setText(m_model->contactId());
    if (m_start->dateTime() != m_model->startAt())
        m_start->setDateTime(m_model->startAt());
    if (m_due->dateTime() != m_model->dueTo())
        m_due->setDateTime(m_model->dueTo());
    if (m_subject->text() != m_model->subject())
        m_subject->setText(m_model->subject());
    // SMS and WhatsApp carry no subject: the row (label, field and message) goes away.
    m_form->setRowVisible(m_subjectRow, core::TaskRules::carriesSubject(m_model->taskType()));
    syncBody();
    syncEnabled();
    syncMessages();
}

void TaskEditorView::syncBody()
{
    m_body->setPlainTextMode(m_model->isPlainTextBody(), m_model->taskType() == TaskType::Sms);
    m_body->setBody(m_model->body());
    // The SMS count measures the message the phone gets; without the contact, the typed variables.
    const QString body = m_model->body();
    const bool estimate = !m_model->contact() && !core::TemplateVariables::find(body).isEmpty();
    m_body->setCountedText(core::SmsLength::renderedBody(body, m_model->contact()), estimate);
}

void TaskEditorView::syncEnabled()
{
    const bool has = m_model->hasTask();
    const bool editable = m_model->isEditable() && !m_busy;
    const bool typeAndContact = m_model->canChangeTypeAndContact() && !m_busy;
    m_type->setEnabled(typeAndContact);
    m_contact->setReadOnly(!typeAndContact);
    m_linkedIn->setEnabled(editable && m_model->taskType() == TaskType::LinkedIn);
    m_start->setReadOnly(!editable);
    m_due->setReadOnly(!editable);
    m_subject->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_save->setEnabled(has && editable && (m_model->isDirty() || m_model->isNew()));
    m_variables->setEnabled(editable);
    if (m_model->base().isSequenceCreated() && m_model->isEditable()) {
        const QString why = tr("A sequence created this task, so its type and contact can't change.");
        m_type->setToolTip(why);
        m_contact->setToolTip(why);
    }
}

void TaskEditorView::syncMessages()
{
    const core::FieldMessages messages = m_model->messages();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.value()->setMessage(messages.value(it.key()));
    const QString form = messages.value(TaskField::Form);
    if (!form.isEmpty())
        m_banner->showMessage(
            m_model->isEditable() ? MessageBanner::Tone::Error : MessageBanner::Tone::Information, form,
            QString(), m_model->isEditable());
    else if (!m_shownFormMessage.isEmpty() && m_banner->text() == m_shownFormMessage)
        m_banner->clear(); // the problem it described is gone; other notices stay until closed
    m_shownFormMessage = form;
}

void TaskEditorView::setContactInfo(const QString &text)
{
    m_contactInfo->setText(text);
    m_contactInfo->setVisible(!text.isEmpty());
    m_contact->setAccessibleDescription(text.isEmpty() ? fieldMessage(TaskField::ContactId) : text);
}

QString TaskEditorView::contactInfo() const
{
    return m_contactInfo->text();
}

bool TaskEditorView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body->textEdit())) {
        m_lastTextField = static_cast<QWidget *>(watched);
        startSpelling();
    }
    return QWidget::eventFilter(watched, event);
}

void TaskEditorView::insertVariable(const QString &name)
{
    const QString placeholder = core::TemplateVariables::placeholder(name);
    // A hidden subject (SMS, WhatsApp) is never where the rep is typing.
    if (m_lastTextField == m_subject && !m_subject->isHidden()) {
        if (m_subject->isReadOnly())
            return;
        m_subject->insert(placeholder);
        m_model->setSubject(m_subject->text()); // insert() is not a textEdited() from the rep
        m_subject->setFocus();
    } else {
        if (m_body->textEdit()->isReadOnly())
            return;
        m_body->textEdit()->insertPlainText(placeholder);
        m_body->textEdit()->setFocus();
    }
}

void TaskEditorView::showSubjectMenu(const QPoint &position)
{
    QMenu *menu = createSubjectContextMenu(position);
    menu->exec(m_subject->mapToGlobal(position));
    delete menu;
}

void TaskEditorView::startSpelling()
{
    if (std::exchange(m_spellingStarted, true))
        return;
    // Spelling in the rep's language (en_US when there is no dictionary for it); off without any.
    // The dictionary is read the first time the rep goes into a text field, not at start: it costs
    // about 6 MiB and 25 ms, which a rep who only reads or reschedules never needs to pay.
    presentation::SpellChecker::whenLoaded(
        QLocale(), this, [this](std::shared_ptr<presentation::SpellChecker> spell) {
            m_spell = std::move(spell);
            m_body->setSpellChecker(m_spell);
            VariableHighlighter::highlight(m_subject, m_spell.get());
        });
}

QMenu *TaskEditorView::createSubjectContextMenu(const QPoint &position)
{
    QMenu *menu = m_subject->createStandardContextMenu();
    startSpelling();
    if (!m_subject->isReadOnly()) {
        SpellMenu::addSuggestions(
            menu, m_spell.get(), m_subject->text(), m_subject->cursorPositionAt(position),
            [this](const presentation::SpellChecker::Range &range, const QString &word) {
                m_subject->setSelection(range.start, range.length);
                m_subject->insert(word);
                m_model->setSubject(m_subject->text()); // insert() is not a textEdited() from the rep
            },
            [this] { VariableHighlighter::highlight(m_subject, m_spell.get()); });
    }
    return menu;
}

void TaskEditorView::setBusy(bool busy)
{
    m_busy = busy;
    syncEnabled();
}

void TaskEditorView::focusFirstProblem()
{
    const core::FieldMessages messages = m_model->messages();
    for (TaskField field : {TaskField::TaskType, TaskField::LinkedInTaskType, TaskField::ContactId,
             TaskField::StartAt, TaskField::DueTo, TaskField::Subject, TaskField::Body}) {
        if (messages.contains(field)) {
            fieldWidget(field)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace rte::ui
