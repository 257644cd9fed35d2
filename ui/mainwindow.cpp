#include "mainwindow.h"

#include "api/apierror.h"
#include "core/taskeditormodel.h"
#include "messagebanner.h"
#include "presentation/taskeditorcontroller.h"
#include "taskdetailpanel.h"
#include "taskeditorview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace rte::ui {

using api::ApiError;

MainWindow::MainWindow(
    presentation::TaskEditorController *controller, core::TaskEditorModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new QWidget(this))
    , m_editor(new TaskEditorView(model, this))
    , m_detail(new TaskDetailPanel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_prompt = [](QWidget *owner) {
        return QMessageBox::question(owner, tr("Unsaved changes"),
            tr("This task has changes that are not saved on Reply yet. Save them first?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    // The page shown before any task is open: one obvious thing to do.
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    auto *welcomeText = new QLabel(tr("Open a task to edit it. You need its ID, the number at the end of the "
                                      "task's address in Reply."),
        m_welcome);
    welcomeText->setWordWrap(true);
    welcomeText->setAlignment(Qt::AlignCenter);
    welcomeText->setObjectName(QStringLiteral("welcomeText"));
    auto *openButton = new QPushButton(tr("&Open task…"), m_welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch(1);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::promptOpenTask);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(splitter);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_modeLabel);

    createActions();

    connect(m_editor, &TaskEditorView::saveRequested, this, &MainWindow::save);
    connect(m_controller, &presentation::TaskEditorController::busyChanged, this, [this](bool busy) {
        m_editor->setBusy(busy);
        m_reloadAction->setEnabled(!busy && m_model->hasTask());
        if (busy)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            QApplication::restoreOverrideCursor();
    });
    connect(m_controller, &presentation::TaskEditorController::loading, this,
        [this](qint64 id) { statusBar()->showMessage(tr("Opening task %1…").arg(id)); });
    connect(m_controller, &presentation::TaskEditorController::saving, this,
        [this](qint64 id) { statusBar()->showMessage(tr("Saving task %1…").arg(id)); });
    connect(
        m_controller, &presentation::TaskEditorController::taskLoaded, this, [this](const core::Task &task) {
            m_stack->setCurrentIndex(1);
            m_editor->banner()->clear();
            m_detail->showTask(task);
            statusBar()->showMessage(tr("Task %1 is open.").arg(task.id), 5000);
            updateTitle();
            if (const QString reason = m_model->readOnlyReason(); !reason.isEmpty())
                m_editor->banner()->showMessage(MessageBanner::Tone::Information, reason, QString(), false);
            m_editor->fieldWidget(core::TaskField::TaskType)->setFocus(Qt::OtherFocusReason);
        });
    connect(m_controller, &presentation::TaskEditorController::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_controller, &presentation::TaskEditorController::saved, this, &MainWindow::onSaved);
    connect(m_controller, &presentation::TaskEditorController::saveFailed, this, &MainWindow::onSaveFailed);
    connect(m_controller, &presentation::TaskEditorController::saveRefused, this, [this] {
        m_editor->banner()->showMessage(MessageBanner::Tone::Error,
            tr("Nothing was sent yet: some fields need a fix first. The messages "
               "next to them say what to change."));
        m_editor->focusFirstProblem();
    });
    connect(m_model, &core::TaskEditorModel::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_editor->banner(), &MessageBanner::actionTriggered, this, [this] {
        // The banner's one button is "Try again" for every failure that can be retried.
        if (m_pendingOpen)
            m_controller->open(m_pendingOpen);
        else
            save();
    });

    resize(1100, 720);
    updateTitle();
}

void MainWindow::createActions()
{
    QMenu *taskMenu = menuBar()->addMenu(tr("&Task"));
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_openAction = taskMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Task…"),
        this, &MainWindow::promptOpenTask);
    m_openAction->setShortcut(QKeySequence::Open);
    m_reloadAction = taskMenu->addAction(
        QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload From Reply"), this, [this] {
            if (settleUnsavedChanges())
                m_controller->reload();
        });
    m_reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reloadAction->setEnabled(false);
    m_saveAction = taskMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    taskMenu->addSeparator();
    QAction *keyAction = taskMenu->addAction(tr("Enter API &Key…"), this, &MainWindow::askForApiKey);
    keyAction->setObjectName(QStringLiteral("enterApiKey"));
    taskMenu->addSeparator();
    QAction *quit = taskMenu->addAction(
        QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Reply Task Editor"), this, [this] {
        QMessageBox::about(this, tr("About Reply Task Editor"),
            tr("<p><b>Reply Task Editor</b> %1</p><p>Open, edit and save your Reply.io tasks, and "
               "see at once what the server made of them.</p>")
                .arg(QApplication::applicationVersion()));
    });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    toolBar->addAction(m_openAction);
    toolBar->addAction(m_reloadAction);
    toolBar->addAction(m_saveAction);
    for (QAction *action : {m_openAction, m_reloadAction, m_saveAction})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_modeLabel->setText(
        demo ? tr("Demo: practice server with sample tasks, nothing reaches Reply") : QString());
    if (demo) {
        if (auto *text = m_welcome->findChild<QLabel *>(QStringLiteral("welcomeText")))
            text->setText(
                tr("This is the demo: a practice server on this computer with sample tasks. Nothing "
                   "you do here reaches Reply.\nOpen task 1 to 10, or 42, to try it."));
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_model->hasTask())
        title = tr("Task %1[*]").arg(m_model->taskId());
    if (m_demo)
        title += title.isEmpty() ? tr("Demo") : tr(" (demo)");
    setWindowTitle(title);
    setWindowModified(m_model->isDirty());
    m_saveAction->setEnabled(m_model->hasTask() && m_model->isEditable());
}

void MainWindow::promptOpenTask()
{
    bool ok = false;
    const int id = QInputDialog::getInt(this, tr("Open task"), tr("Task ID:"),
        m_model->hasTask() ? int(m_model->taskId()) : 1, 1, 2147483647, 1, &ok);
    if (ok)
        openTask(id);
}

void MainWindow::openTask(qint64 id)
{
    if (!settleUnsavedChanges())
        return;
    m_pendingOpen = id;
    m_controller->open(id);
}

bool MainWindow::settleUnsavedChanges()
{
    if (!m_model->isDirty())
        return true;
    switch (m_prompt(this)) {
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
    if (!m_model->hasTask())
        return;
    if (!m_model->isDirty() && !m_closeAfterSave) {
        statusBar()->showMessage(tr("Nothing to save: the task is as Reply has it."), 4000);
        return;
    }
    m_controller->save();
}

void MainWindow::onSaved(const core::Task &task)
{
    m_editor->banner()->clear();
    m_detail->showTask(task);
    statusBar()->showMessage(tr("Saved task %1 at %2.")
                                 .arg(task.id)
                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateTitle();
    if (m_closeAfterSave)
        close();
}

void MainWindow::showError(const ApiError &error, const QString &prefix)
{
    const bool retry = error.isTransient();
    const bool unauthorized = error.kind() == ApiError::Kind::Unauthorized;
    m_editor->banner()->showMessage(MessageBanner::Tone::Error, prefix + QLatin1Char(' ') + error.message(),
        retry ? tr("Try again") : QString());
    if (unauthorized)
        askForApiKey();
}

void MainWindow::onLoadFailed(qint64 id, const ApiError &error)
{
    statusBar()->clearMessage();
    m_stack->setCurrentIndex(1);
    showError(error, tr("Task %1 couldn't be opened.").arg(id));
    if (!error.isTransient())
        m_pendingOpen = 0;
}

void MainWindow::onSaveFailed(const ApiError &error)
{
    m_closeAfterSave = false;
    statusBar()->clearMessage();
    showError(error, tr("Your changes were not saved; they are still in the form."));
    m_editor->focusFirstProblem();
}

bool MainWindow::askForApiKey()
{
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("Reply API key"),
        tr("Paste your Reply API key. You find it in Reply under Settings → "
           "API Key. It is kept in memory only until you quit."),
        QLineEdit::Password, QString(), &ok)
                            .trimmed();
    if (!ok || key.isEmpty())
        return false;
    Q_EMIT apiKeyEntered(key);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_model->isDirty()) {
        event->accept();
        return;
    }
    if (m_closeAfterSave) { // still saving: close once Reply has the changes
        event->ignore();
        return;
    }
    switch (m_prompt(this)) {
    case QMessageBox::Save:
        m_closeAfterSave = true;
        if (!m_controller->save())
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
