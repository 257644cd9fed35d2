// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "contactlookup.h"
#include "core/taskeditormodel.h"
#include "messagebanner.h"
#include "presentation/actioncoordinator.h"
#include "presentation/draftkeeper.h"
#include "presentation/notice.h"
#include "presentation/rescheduler.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "presentation/unsentwork.h"
#include "presentation/workspace.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rte::ui {

using Controller = presentation::TaskEditorController;
using presentation::Notice;
using presentation::Workspace;

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_list(new TaskListView(workspace->list(), this))
    , m_editor(new TaskEditorView(workspace->model(), this))
    , m_side(new QTabWidget(this))
    , m_detail(new TaskDetailPanel(this))
    , m_preview(new PreviewPanel(workspace->model(), this))
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
    workspace->setUnsavedChangesHandler([this] {
        switch (m_prompts->unsavedChanges(this)) {
        case QMessageBox::Save:
            return Workspace::UnsavedChoice::Save;
        case QMessageBox::Discard:
            return Workspace::UnsavedChoice::Discard;
        default:
            return Workspace::UnsavedChoice::Cancel;
        }
    });
    m_commands = new TaskCommands({this, m_prompts.get(), m_list, workspace}, this);
    connect(m_commands, &TaskCommands::refused, this, &MainWindow::showNotice);
    m_safetyNet
        = new SafetyNet({this, [this] { return m_prompts.get(); }, m_editor->banner(), workspace}, this);
    statusBar()->addPermanentWidget(m_safetyNet->outboxButton());
    // Focus moving anywhere is a natural pause: what was typed goes to disk now.
    connect(qApp, &QApplication::focusChanged, this, [this] { m_workspace->unsent()->drafts()->flush(); });
    createActions();
    connectEditor();

    // The list and the form show the same task: the rep's choice goes to the workspace, and the
    // list selects whatever the workspace says is current.
    connect(m_list, &TaskListView::openRequested, workspace, &Workspace::requestTask);
    connect(workspace, &Workspace::currentTaskChanged, m_list, &TaskListView::showTask);
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<qint64> ids;
        const QList<core::TaskListItem> items = m_list->selectedItems();
        for (const core::TaskListItem &item : items)
            ids.append(item.id);
        m_workspace->coordinator()->setSelection(ids);
    });
    connect(workspace, &Workspace::serverTaskChanged, this, [this](const core::Task &task) {
        m_detail->setUserNames(m_workspace->team()->userNames());
        if (task.id > 0)
            m_detail->showTask(task);
        else
            m_detail->clear();
    });
    connect(workspace, &Workspace::formReplaced, this, &MainWindow::onFormReplaced);
    connect(workspace->team(), &presentation::TeamDirectory::ready, m_detail,
        [this] { m_detail->setUserNames(m_workspace->team()->userNames()); });
    connect(workspace, &Workspace::notice, this, &MainWindow::showNotice);
    connect(workspace, &Workspace::closeReady, this, &QWidget::close);
    connect(workspace, &Workspace::demoChanged, this, &MainWindow::setDemoMode);
    // A bulk move shows its progress and can be stopped; its report may undo it.
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("rescheduleProgress"));
    progress->setAccessibleName(tr("Rescheduling tasks"));
    progress->setMaximumWidth(220);
    progress->hide();
    auto *stop = new QPushButton(tr("Stop Moving"), this);
    stop->setObjectName(QStringLiteral("rescheduleStop"));
    stop->hide();
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(stop);
    presentation::ActionCoordinator *actions = workspace->coordinator();
    connect(stop, &QPushButton::clicked, actions->rescheduler(), &presentation::Rescheduler::cancel);
    connect(actions->rescheduler(), &presentation::Rescheduler::progress, this,
        [progress, stop](int done, int total) {
            progress->setRange(0, total);
            progress->setValue(done);
            progress->setFormat(tr("Moved %1 of %2").arg(done).arg(total));
            progress->setVisible(done < total);
            stop->setVisible(done < total);
        });
    connect(actions, &presentation::ActionCoordinator::rescheduleReported, this,
        [this, progress, stop](const QString &summary, const QStringList &lines, bool canUndo) {
            progress->hide();
            stop->hide();
            statusBar()->showMessage(summary, 15000);
            if (m_prompts->rescheduleReport(this, summary, lines, canUndo))
                m_workspace->coordinator()->undoReschedule();
        });
    m_contactLookup = new ContactLookup(workspace->model(), workspace->contacts(), m_editor, m_preview, this);

    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // QWidget's own destructor moves the focus and so emits focusChanged after this class is gone:
    // the lambda above must not run on a half-destroyed window (UBSan: not a MainWindow any more).
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
    m_commands->setPrompts(m_prompts.get());
}

// The one place that decides how an outcome looks: the banner above the form for what concerns
// the task, the status line for passing news.
void MainWindow::showNotice(const Notice &notice)
{
    if (notice.place == Notice::Place::Form) {
        const auto tone = notice.tone == Notice::Tone::Error ? MessageBanner::Tone::Error
            : notice.tone == Notice::Tone::Warning           ? MessageBanner::Tone::Warning
                                                             : MessageBanner::Tone::Information;
        m_stack->setCurrentWidget(m_editor);
        m_editor->banner()->showMessage(tone, notice.text, notice.retryable ? tr("Try Again") : QString());
    }
    statusBar()->showMessage(notice.text, notice.tone == Notice::Tone::Information ? 8000 : 15000);
    if (notice.credentialsRejected)
        Q_EMIT credentialsRejected();
    updateTitle();
}

void MainWindow::connectEditor()
{
    Controller *editor = m_workspace->editor();
    connect(m_editor, &TaskEditorView::saveRequested, m_workspace, &Workspace::save);
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
        statusBar()->showMessage(tr("Task %1 is open.").arg(task.id), 5000);
        if (const QString reason = m_workspace->model()->readOnlyReason(); !reason.isEmpty())
            m_editor->banner()->showMessage(MessageBanner::Tone::Information, reason, QString(), false);
    });
    connect(editor, &Controller::saved, this, [this] {
        m_editor->banner()->clear();
        updateTitle();
    });
    connect(editor, &Controller::saveRefused, m_editor, &TaskEditorView::focusFirstProblem);
    connect(editor, &Controller::saveFailed, m_editor, &TaskEditorView::focusFirstProblem);
    connect(m_workspace->model(), &core::TaskEditorModel::dirtyChanged, this, &MainWindow::updateTitle);
    // The banner's one button is "Try again" for every failure that can be retried.
    connect(m_editor->banner(), &MessageBanner::actionTriggered, m_workspace, &Workspace::retry);
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
    if (m_list->currentFilter() != m_workspace->list()->filter())
        m_list->applyFilter();
    else
        m_workspace->list()->refresh();
}

void MainWindow::updateTitle()
{
    const core::TaskEditorModel *model = m_workspace->model();
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
        m_reloadAction->setEnabled(model->hasTask() && !model->isNew() && !m_workspace->editor()->isBusy());
}

void MainWindow::promptOpenTask()
{
    const core::TaskEditorModel *model = m_workspace->model();
    if (const auto id = m_prompts->taskId(this, model->hasTask() ? model->taskId() : 1))
        openTask(*id);
}

void MainWindow::openTask(qint64 id)
{
    m_workspace->requestTask(id);
}

bool MainWindow::settleUnsavedChanges()
{
    return m_workspace->settleUnsavedChanges();
}

void MainWindow::newTask()
{
    if (m_workspace->startNewTask())
        m_editor->fieldWidget(core::TaskField::TaskType)->setFocus(Qt::OtherFocusReason);
}

// The form shows another task, a draft or a new one: the banner, the contact and the title follow.
void MainWindow::onFormReplaced()
{
    const core::TaskEditorModel *model = m_workspace->model();
    m_stack->setCurrentWidget(model->hasTask() ? static_cast<QWidget *>(m_editor) : m_welcome);
    m_editor->banner()->clear();
    m_contactLookup->reset();
    updateTitle();
}

void MainWindow::offerRecovery()
{
    m_safetyNet->offerRecovery();
}

void MainWindow::onConnected()
{
    if (!std::exchange(m_recoveryOffered, true))
        offerRecovery();
    // The task the rep asked for (--task, a link) is asked for before the list: Reply answers in
    // order, and the list follows the current task whenever its rows arrive.
    m_workspace->onConnected();
    loadList();
}

void MainWindow::showRateLimitWait(int secondsLeft)
{
    m_waitLabel->setVisible(secondsLeft > 0);
    m_waitLabel->setText(
        tr("Reply's request limit is reached: continuing in %n second(s).", nullptr, secondsLeft));
    m_waitLabel->setAccessibleName(m_waitLabel->text());
}

void MainWindow::useSettings(QSettings *settings)
{
    m_settings = settings;
    if (settings)
        restoreGeometry(settings->value(QStringLiteral("taskList/windowGeometry")).toByteArray());
    m_list->setSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    switch (m_workspace->requestClose()) {
    case Workspace::CloseVerdict::Close:
        if (m_settings) {
            m_settings->setValue(QStringLiteral("taskList/windowGeometry"), saveGeometry());
            m_list->saveSettings();
        }
        event->accept();
        return;
    case Workspace::CloseVerdict::Wait:
    case Workspace::CloseVerdict::Stay:
        event->ignore();
        return;
    }
}

} // namespace rte::ui
