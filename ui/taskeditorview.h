// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QMenu;
class QLabel;
class QPushButton;
class QToolButton;

namespace rte::core {
class TaskEditorModel;
}

namespace rte::presentation {
class SpellChecker;
}

namespace rte::ui {

class BodyEditor;
class DateTimeField;
class FieldMessage;
class MessageBanner;

// The form. It mirrors the model, pushes what the rep types into it, and shows the model's
// messages next to the fields they concern. It holds no state the model lacks.
class TaskEditorView : public QWidget
{
    Q_OBJECT
public:
    explicit TaskEditorView(core::TaskEditorModel *model, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    QPushButton *saveButton() const { return m_save; }
    BodyEditor *bodyEditor() const { return m_body; }
    QWidget *fieldWidget(core::TaskField field) const;
    QString fieldMessage(core::TaskField field) const;
    void setBusy(bool busy);
    // Who the contact id stands for (or that a look-up is under way), under the field.
    void setContactInfo(const QString &text);
    QString contactInfo() const;
    // Puts {{name}} where the rep was typing: the subject or the body.
    void insertVariable(const QString &name);
    // The subject's context menu for a point in it, with spelling suggestions; the caller owns it.
    QMenu *createSubjectContextMenu(const QPoint &position);
    // Moves the keyboard focus to the first field that has a problem.
    void focusFirstProblem();

Q_SIGNALS:
    void saveRequested();
    // The rep pressed Enter on a contact id or an email address.
    void contactLookupRequested(const QString &query);

private:
    void addRow(QFormLayout *form, const QString &label, QWidget *field, core::TaskField key);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void syncFromModel();
    void syncBody();
    void syncMessages();
    void syncEnabled();
    void showSubjectMenu(const QPoint &position);
    void startSpelling();

    core::TaskEditorModel *m_model;
    MessageBanner *m_banner;
    QComboBox *m_type;
    QComboBox *m_linkedIn;
    QLineEdit *m_contact;
    DateTimeField *m_start;
    DateTimeField *m_due;
    QLineEdit *m_subject;
    BodyEditor *m_body;
    QPushButton *m_save;
    QLabel *m_contactInfo;
    QToolButton *m_variables;
    QWidget *m_lastTextField = nullptr;
    QHash<core::TaskField, FieldMessage *> m_messages;
    QFormLayout *m_form = nullptr;
    QWidget *m_subjectRow = nullptr;
    QString m_shownFormMessage;
    bool m_busy = false;
    std::shared_ptr<presentation::SpellChecker> m_spell; // none until the rep first goes into a text field
    bool m_spellingStarted = false;
};

} // namespace rte::ui
