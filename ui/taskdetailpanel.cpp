// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "taskdetailpanel.h"

#include "core/bodyformat.h"
#include "core/labels.h"
#include "readonlytext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rte::ui {

using core::Labels;

namespace {

struct Row
{
    const char *key;
    const char *label;
};

// Keys are the wire names, so a row is easy to find from the API documentation.
constexpr Row kRows[] = {
    {"id", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Task ID")},
    {"taskType", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Type")},
    {"status", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Status")},
    {"linkedInTaskType", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "LinkedIn action")},
    {"contactId", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Contact ID")},
    {"assignedUserId", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Assigned to user")},
    {"creationSource", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Origin")},
    {"sequenceId", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Sequence")},
    {"sequenceStepId", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Sequence step")},
    {"sequenceStepDisplayName", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Step name")},
    {"createdAt", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Created")},
    {"startAt", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Starts")},
    {"dueTo", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Due")},
    {"finishedAt", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Finished")},
    {"isScheduled", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Scheduled")},
    {"isFailed", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Failed")},
    {"email", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Email")},
    {"phoneNumber", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Phone")},
    {"linkedInUrl", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "LinkedIn profile")},
    {"template.subject", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Subject (template)")},
    {"template.body", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Body (template)")},
    {"template.attachmentIdList", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Attachments")},
    {"content.subject", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Subject as sent")},
    {"content.body", QT_TRANSLATE_NOOP("rte::ui::TaskDetailPanel", "Body as sent")},
};

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QString orNone(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : TaskDetailPanel::tr("None");
}

QString yesNo(bool value)
{
    return value ? TaskDetailPanel::tr("Yes") : TaskDetailPanel::tr("No");
}

} // namespace

TaskDetailPanel::TaskDetailPanel(QWidget *parent)
    : QScrollArea(parent)
    , m_form(new QFormLayout)
    , m_placeholder(new QLabel(tr("The task as Reply has it appears here once it is open."), this))
{
    setWidgetResizable(true);
    setAccessibleName(tr("Task as saved on the server"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("On the server")), content);
    heading->setAccessibleName(tr("On the server"));
    m_placeholder->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(heading);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_form);
    layout->addStretch(1);

    for (const Row &row : kRows) {
        // Read-only text is no Tab stop (the form's fields are); a screen reader finds each value
        // by its accessible name and its caption, which is its buddy.
        auto *value = new ReadOnlyText(content);
        value->setObjectName(QLatin1String(row.key));
        const QString label = tr(row.label);
        auto *caption = new QLabel(label, content);
        caption->setBuddy(value);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_form->addRow(caption, value);
        m_values.insert(QLatin1String(row.key), value);
    }
    setWidget(content);
    clear();
}

QString TaskDetailPanel::formatDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return tr("Not set");
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local, QLocale::ShortFormat) + QLatin1Char(' ') + local.timeZoneAbbreviation();
}

void TaskDetailPanel::setRow(const QString &key, const QString &text, Qt::TextFormat format)
{
    ReadOnlyText *value = m_values.value(key);
    if (!value)
        return;
    value->setToolTip(QString());
    if (!value->setContent(text, format))
        return;
    // Screen readers read the plain words, not the markup: the document shown has them already,
    // parsing the HTML again would double the cost of a long body.
    value->setAccessibleName(
        format == Qt::PlainText ? text : core::BodyFormat::toPlainText(*value->document()));
}

// A teammate by name where the team list knows them; the id stays within reach.
void TaskDetailPanel::setUserRow(const QString &key, const std::optional<qint64> &userId)
{
    const QString name = userId ? m_userNames.value(*userId) : QString();
    if (name.isEmpty()) {
        setRow(key, orNone(userId));
        return;
    }
    setRow(key, name);
    const QString withId = tr("%1 (user ID %2)").arg(name).arg(*userId);
    m_values.value(key)->setToolTip(withId);
    m_values.value(key)->setAccessibleName(withId);
}

void TaskDetailPanel::setUserNames(const QHash<qint64, QString> &names)
{
    m_userNames = names;
    if (m_task)
        showTask(*m_task);
}

void TaskDetailPanel::clear()
{
    m_task.reset();
    for (ReadOnlyText *value : std::as_const(m_values)) {
        value->clear();
        value->setToolTip(QString());
        value->setAccessibleName(QString());
    }
    m_placeholder->show();
    for (int i = 0; i < m_form->rowCount(); ++i)
        m_form->setRowVisible(i, false);
}

QString TaskDetailPanel::rowText(const QString &key) const
{
    const ReadOnlyText *value = m_values.value(key);
    return value ? value->toPlainText() : QString();
}

void TaskDetailPanel::showTask(const core::Task &task)
{
    m_task = task; // kept to show again when the teammates' names arrive
    m_placeholder->hide();
    for (int i = 0; i < m_form->rowCount(); ++i)
        m_form->setRowVisible(i, true);

    setRow(QStringLiteral("id"), QString::number(task.id));
    setRow(QStringLiteral("taskType"), Labels::taskType(task.taskType));
    setRow(QStringLiteral("status"), Labels::status(task.status));
    setRow(QStringLiteral("linkedInTaskType"), Labels::linkedInTaskType(task.linkedInTaskType));
    setRow(QStringLiteral("contactId"), orNone(task.contactId));
    setUserRow(QStringLiteral("assignedUserId"), task.assignedUserId);
    setRow(QStringLiteral("creationSource"), Labels::creationSource(task.creationSource));
    setRow(QStringLiteral("sequenceId"), orNone(task.sequenceId));
    setRow(QStringLiteral("sequenceStepId"), orNone(task.sequenceStepId));
    setRow(QStringLiteral("sequenceStepDisplayName"), task.sequenceStepDisplayName.value_or(tr("None")));
    setRow(QStringLiteral("createdAt"), formatDateTime(task.createdAt));
    setRow(QStringLiteral("startAt"), formatDateTime(task.startAt));
    setRow(QStringLiteral("dueTo"), formatDateTime(task.dueTo));
    setRow(QStringLiteral("finishedAt"),
        task.finishedAt.isValid() ? formatDateTime(task.finishedAt) : tr("Not yet"));
    setRow(QStringLiteral("isScheduled"), yesNo(task.isScheduled));
    setRow(QStringLiteral("isFailed"), yesNo(task.isFailed));

    const core::DeliveryInfo delivery = task.deliveryInfo.value_or(core::DeliveryInfo {});
    const auto linkRow
        = [this](const QString &key, const std::optional<QString> &value, const QString &scheme) {
              if (value && !value->isEmpty()) {
                  QString text = *value;
                  setRow(key, link(scheme + QString(text).remove(QLatin1Char(' ')), text), Qt::RichText);
                  m_values.value(key)->setAccessibleName(text);
              } else {
                  setRow(key, tr("None"));
              }
          };
    linkRow(QStringLiteral("email"), delivery.email, QStringLiteral("mailto:"));
    linkRow(QStringLiteral("phoneNumber"), delivery.phoneNumber, QStringLiteral("tel:"));
    linkRow(QStringLiteral("linkedInUrl"), delivery.linkedInUrl, QString());

    const bool plain = core::BodyFormat::isPlainTextChannel(task.taskType);
    const auto bodyRow = [this, plain](const QString &key, const QString &body) {
        if (body.isEmpty())
            setRow(key, tr("Empty"));
        else
            setRow(key, body, plain ? Qt::PlainText : Qt::RichText);
    };
    if (task.taskTemplate) {
        setRow(QStringLiteral("template.subject"), task.taskTemplate->subject.value_or(tr("None")));
        bodyRow(QStringLiteral("template.body"), task.taskTemplate->body);
        QStringList ids;
        for (qint64 id : task.taskTemplate->attachmentIdList.value_or(QList<qint64> {}))
            ids.append(QString::number(id));
        setRow(QStringLiteral("template.attachmentIdList"),
            ids.isEmpty() ? tr("None") : ids.join(QLatin1String(", ")));
    } else {
        setRow(QStringLiteral("template.subject"), tr("None"));
        setRow(QStringLiteral("template.body"), tr("None"));
        setRow(QStringLiteral("template.attachmentIdList"), tr("None"));
    }
    if (task.content) {
        setRow(QStringLiteral("content.subject"), task.content->subject.value_or(tr("None")));
        bodyRow(QStringLiteral("content.body"), task.content->body);
    } else {
        setRow(QStringLiteral("content.subject"), QString());
        setRow(QStringLiteral("content.body"), QString());
    }
    // Rendered content only comes with GET ?includeContent=true (not with a save's answer): hide the
    // rows rather than show a blank or the text of an earlier answer.
    for (const char *key : {"content.subject", "content.body"})
        m_form->setRowVisible(m_values.value(QLatin1String(key)), task.content.has_value());
}

} // namespace rte::ui
