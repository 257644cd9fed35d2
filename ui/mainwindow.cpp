#include "mainwindow.h"

#include "api/apierror.h"
#include "contactlookup.h"
#include "core/taskeditormodel.h"
#include "messagebanner.h"
#include "presentation/contactdirectory.h"
#include "presentation/draftkeeper.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "previewpanel.h"
#include "prompts.h"
#include "safetynet.h"
#include "taskcommands.h"
#include "taskdetailpanel.h"
#include "taskeditorview.h"
#include "tasklistview.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rte::ui {

using api::ApiError;
using Controller = presentation::TaskEditorController;

MainWindow::MainWindow(const Parts &parts, QWidget *parent)
    : QMainWindow(parent)
    , m_parts(parts)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_list(new TaskListView(parts.list, this))
    , m_editor(new TaskEditorView(parts.model, this))
    , m_side(new QTabWidget(this))
    , m_detail(new TaskDetailPanel(this))
    , m_preview(new PreviewPanel(parts.model, this))
    , m_commands(nullptr)
    , m_modeLabel(new QLabel(this))
    , m_waitLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::promptOpenTask);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newTask);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_editor);
    m_side->addTab(m_detail, tr("On the server"));
    m_side->addTab(m_preview, tr("Preview"));
    m_side->setAccessibleName(tr("Task details"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({440, 520, 320}); // the queue needs room for its columns
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_waitLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    m_waitLabel->setObjectName(QStringLiteral("rateLimitWait"));
    m_waitLabel->hide();

    m_prompts = std::make_unique<DialogPrompts>();
    m_commands = new TaskCommands(
        {this, m_prompts.get(), m_list, parts.list, parts.model, parts.editor, parts.actions, parts.team},
        this);
    connect(m_commands, &TaskCommands::report, this, &MainWindow::showReport);
    m_safetyNet = new SafetyNet({this, [this] { return m_prompts.get(); }, m_editor->banner(), statusBar(),
                                    parts.model, parts.editor, parts.drafts, parts.outbox,
                                    [this] {
                                        return settleUnsavedChanges();
                                    }},
        this);
    statusBar()->addPermanentWidget(m_safetyNet->outboxButton());
    connect(m_safetyNet, &SafetyNet::taskShown, this, &MainWindow::showTask);
    // Focus moving anywhere is a natural pause: what was typed goes to disk now.
    connect(qApp, &QApplication::focusChanged, this, [this] { m_parts.drafts->flush(); });
    createActions();
    connectEditor();

    connect(m_list, &TaskListView::openRequested, this, &MainWindow::openTask);
    connect(parts.list, &presentation::TaskListModel::loadFailed, this, [this](const ApiError &error) {
        statusBar()->showMessage(tr("The task list couldn't be loaded. %1").arg(error.message()));
    });
    m_contactLookup = new ContactLookup(parts.model, parts.contacts, m_editor, m_preview, this);

    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
    m_commands->setPrompts(m_prompts.get());
}

void MainWindow::showReport(const QString &text, bool ok)
{
    m_editor->banner()->showMessage(
        ok ? MessageBanner::Tone::Information : MessageBanner::Tone::Warning, text);
    statusBar()->showMessage(text, 8000);
}

void MainWindow::connectEditor()
{
    Controller *editor = m_parts.editor;
    connect(m_editor, &TaskEditorView::saveRequested, this, &MainWindow::save);
    connect(editor, &Controller::busyChanged, this, [this](bool busy) {
        m_editor->setBusy(busy);
        updateTitle();
    });
    connect(editor, &Controller::loading, this,
        [this](qint64 id) { statusBar()->showMessage(tr("Opening task %1…").arg(id)); });
    connect(editor, &Controller::saving, this, [this](qint64 id) {
        statusBar()->showMessage(id ? tr("Saving task %1…").arg(id) : tr("Creating the task…"));
    });
    connect(editor, &Controller::taskLoaded, this, [this](const core::Task &task) {
        m_editor->banner()->clear();
        showTask(task);
        if (task.sequenceStepId && task.sequenceStepDisplayName)
            m_parts.list->rememberStepName(*task.sequenceStepId, *task.sequenceStepDisplayName);
        statusBar()->showMessage(tr("Task %1 is open.").arg(task.id), 5000);
        if (const QString reason = m_parts.model->readOnlyReason(); !reason.isEmpty())
            m_editor->banner()->showMessage(MessageBanner::Tone::Information, reason, QString(), false);
    });
    connect(editor, &Controller::loadFailed, this, &MainWindow::onLoadFailed);
    connect(editor, &Controller::saved, this, &MainWindow::onSaved);
    connect(editor, &Controller::created, this, [this](const core::Task &) { m_parts.list->refresh(); });
    connect(editor, &Controller::saveFailed, this, &MainWindow::onSaveFailed);
    // A save that ends without the task saved (a conflict, a task gone, a refusal) does not close.
    connect(editor, &Controller::conflict, this, [this] { m_closeAfterSave = false; });
    connect(editor, &Controller::noLongerEditable, this, [this] { m_closeAfterSave = false; });
    connect(editor, &Controller::saveRefused, this, [this] {
        m_closeAfterSave = false;
        m_editor->banner()->showMessage(MessageBanner::Tone::Error,
            tr("Nothing was sent yet: some fields need a fix first. The messages "
               "next to them say what to change."));
        m_editor->focusFirstProblem();
    });
    connect(m_parts.model, &core::TaskEditorModel::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_editor->banner(), &MessageBanner::actionTriggered, this, [this] {
        // The banner's one button is "Try again" for every failure that can be retried.
        if (m_pendingOpen)
            m_parts.editor->open(m_pendingOpen);
        else
            save();
    });
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_modeLabel->setText(
        demo ? tr("Demo: practice server with sample tasks, nothing reaches Reply") : QString());
    updateTitle();
}

void MainWindow::loadList()
{
    // The filter the widgets show, from the first page, whether or not it changed.
    if (m_list->currentFilter() != m_parts.list->filter())
        m_list->applyFilter();
    else
        m_parts.list->refresh();
}

void MainWindow::updateTitle()
{
    const core::TaskEditorModel *model = m_parts.model;
    QString title;
    if (model->isNew())
        title = tr("New task[*]");
    else if (model->hasTask())
        title = tr("Task %1[*]").arg(model->taskId());
    if (m_demo)
        title += title.isEmpty() ? tr("Demo") : tr(" (demo)");
    setWindowTitle(title);
    setWindowModified(model->isDirty());
    if (m_saveAction)
        m_saveAction->setEnabled(model->hasTask() && model->isEditable());
    if (m_reloadAction)
        m_reloadAction->setEnabled(model->hasTask() && !model->isNew() && !m_parts.editor->isBusy());
}

void MainWindow::promptOpenTask()
{
    if (const auto id = m_prompts->taskId(this, m_parts.model->hasTask() ? m_parts.model->taskId() : 1))
        openTask(*id);
}

void MainWindow::openTask(qint64 id)
{
    if (id == m_parts.model->taskId() && m_parts.model->hasTask())
        return;
    if (!settleUnsavedChanges()) {
        m_list->showTask(m_parts.model->taskId()); // the selection goes back to the task still open
        return;
    }
    m_pendingOpen = id;
    m_parts.editor->open(id);
}

void MainWindow::newTask()
{
    if (!settleUnsavedChanges())
        return;
    m_parts.editor->cancel();
    m_parts.model->startNew(QDateTime::currentDateTimeUtc());
    m_stack->setCurrentWidget(m_editor);
    m_editor->banner()->clear();
    m_detail->clear();
    m_contactLookup->reset();
    updateTitle();
    m_editor->fieldWidget(core::TaskField::TaskType)->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::settleUnsavedChanges()
{
    if (m_parts.editor->isSaving()) {
        statusBar()->showMessage(
            tr("Still saving task %1: wait a moment, then try again.").arg(m_parts.model->taskId()), 5000);
        return false;
    }
    if (!m_parts.model->isDirty())
        return true;
    switch (m_prompts->unsavedChanges(this)) {
    case QMessageBox::Save:
        // Saving is asynchronous: stay on this task; the rep moves on once it is saved.
        save();
        return false;
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::save()
{
    m_pendingOpen = 0;
    if (!m_parts.model->hasTask())
        return;
    if (!m_parts.model->isDirty() && !m_parts.model->isNew()) {
        statusBar()->showMessage(tr("Nothing to save: the task is as Reply has it."), 4000);
        return;
    }
    m_parts.editor->save();
}

void MainWindow::onSaved(const core::Task &task)
{
    m_editor->banner()->clear();
    m_detail->showTask(task);
    m_parts.list->updateTask(task);
    statusBar()->showMessage(tr("Saved task %1 at %2.")
                                 .arg(task.id)
                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateTitle();
    // Close only once nothing is left to lose (the rep may have typed while it was saving).
    const bool closing = std::exchange(m_closeAfterSave, false);
    if (closing && !m_parts.model->isDirty())
        close();
}

void MainWindow::showError(const ApiError &error, const QString &prefix)
{
    m_editor->banner()->showMessage(MessageBanner::Tone::Error, prefix + QLatin1Char(' ') + error.message(),
        error.isTransient() ? tr("Try Again") : QString());
    if (error.kind() == ApiError::Kind::Unauthorized)
        Q_EMIT credentialsRejected();
}

void MainWindow::onLoadFailed(qint64 id, const ApiError &error)
{
    statusBar()->clearMessage();
    m_stack->setCurrentWidget(m_editor);
    showError(error, tr("Task %1 couldn't be opened.").arg(id));
    if (!error.isTransient())
        m_pendingOpen = 0;
}

void MainWindow::offerRecovery()
{
    m_safetyNet->offerRecovery();
}

// The form shows `task` now (loaded, recovered from a draft, or taken from the outbox): the panel,
// the list's selection, the contact and the title follow.
void MainWindow::showTask(const core::Task &task)
{
    m_stack->setCurrentWidget(m_editor);
    m_contactLookup->reset();
    if (task.id > 0) {
        m_detail->showTask(task);
        m_list->showTask(task.id);
    }
    updateTitle();
}

void MainWindow::onSaveFailed(const ApiError &error)
{
    m_closeAfterSave = false;
    statusBar()->clearMessage();
    if (m_safetyNet->takeOver(error)) {
        updateTitle();
        return;
    }
    showError(error, tr("Your changes were not saved."));
    m_editor->focusFirstProblem();
}

void MainWindow::resetForAccount(bool demo)
{
    m_parts.editor->cancel();
    m_parts.model->clear();
    m_parts.list->clear();
    m_parts.team->reset();
    m_parts.contacts->reset();
    m_stack->setCurrentWidget(m_welcome);
    m_editor->banner()->clear();
    m_detail->clear();
    setDemoMode(demo);
}

void MainWindow::showRateLimitWait(int secondsLeft)
{
    m_waitLabel->setVisible(secondsLeft > 0);
    m_waitLabel->setText(
        tr("Reply's request limit is reached: continuing in %n second(s).", nullptr, secondsLeft));
    m_waitLabel->setAccessibleName(m_waitLabel->text());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Whatever the answer below, the edit is on disk first: the draft outlives the question.
    m_parts.drafts->flush();
    if (!m_parts.model->isDirty()) {
        event->accept();
        return;
    }
    if (m_closeAfterSave) { // still saving: close once Reply has the changes
        event->ignore();
        return;
    }
    switch (m_prompts->unsavedChanges(this)) {
    case QMessageBox::Save:
        m_closeAfterSave = true;
        if (!m_parts.editor->save())
            m_closeAfterSave = false;
        event->ignore();
        return;
    case QMessageBox::Discard:
        event->accept();
        return;
    default:
        event->ignore();
        return;
    }
}

} // namespace rte::ui
