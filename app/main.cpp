// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The composition root: read the command line, build the objects, connect them, show the window.
#include "accountsui.h"
#include "api/replyclient.h"
#include "mainwindow.h"
#include "presentation/accountsession.h"
#include "presentation/accountswitcher.h"
#include "presentation/commandline.h"
#include "presentation/keystate.h"
#include "presentation/logsink.h"
#include "presentation/singleinstance.h"
#include "presentation/translations.h"
#include "presentation/workspace.h"
#include "readyreport.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "store/accountstore.h"
#include "store/credentialstore.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace rte;

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral(RTE_EXECUTABLE_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(RTE_VERSION));
}

// --help and --version are answered before any GUI object exists, so they work with no display
// (over SSH, from a run dialog): QApplication would abort there without a platform plugin.
presentation::CommandLineOptions readCommandLine(int argc, char *argv[])
{
    QCoreApplication console(argc, argv);
    setApplicationNames();
    presentation::Translations::install(&console, QLocale());
    return presentation::CommandLine::parseOrExit(QCoreApplication::arguments());
}

// The renders compiled in (resources/CMakeLists.txt): a desktop that knows the app id takes the
// installed icon from its theme anyway, and a theme lookup here cost start-up time for nothing.
QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 256})
        icon.addFile(QStringLiteral(":/icons/%1/" RTE_APP_ID ".png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    const presentation::CommandLineOptions options = readCommandLine(argc, argv);

    QApplication app(argc, argv);
    presentation::Translations::install(&app, QLocale());
    setApplicationNames();
    QApplication::setApplicationDisplayName(QObject::tr("Reply Task Editor"));
    QApplication::setDesktopFileName(QStringLiteral(RTE_APP_ID));
    QApplication::setWindowIcon(appIcon());

    // Every message, Qt's own included, goes through one redaction before it reaches a sink.
    presentation::LogSink::install(options.verbose);

    // One window per user: a second start hands its --task to the running one and exits.
    presentation::SingleInstance instance;
    const bool primary
        = instance.tryToBecomePrimary(presentation::SingleInstance::serverNameForCurrentUser());
    if (!primary && instance.sendToPrimary(app.arguments(), 2000))
        return 0;

    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    api::ReplyClient client;
    store::AccountStore accounts(configDir + QStringLiteral("/accounts.ini"), dataDir);
    store::CredentialStore credentials;
    presentation::AccountSession session(&client, &accounts, &credentials);
    session.keys()->setKeyFilePath(dataDir + QStringLiteral("/keys.json"));
    if (options.apiBase.isValid())
        session.setBaseUrlOverride(options.apiBase);
    // The practice server starts the first time the demo account is used, on a port the system picks;
    // with --demo at once, so that it is ready by the time the window asks it for anything.
    std::unique_ptr<sandbox::SandboxThread> sandbox;
    if (options.demo)
        sandbox = std::make_unique<sandbox::SandboxThread>();
    session.switcher()->setDemoServer(
        [&sandbox]() -> QUrl {
            if (!sandbox)
                sandbox = std::make_unique<sandbox::SandboxThread>();
            const QUrl url = sandbox->baseUrl();
            if (url.isEmpty())
                sandbox.reset(); // asked again next time
            return url;
        },
        sandbox::SandboxServer::demoApiKey());

    // Drafts and the outbox belong to one account; the workspace points them at the current one.
    store::DraftStore drafts(dataDir + QStringLiteral("/unsent/drafts"));
    store::Outbox outbox(dataDir + QStringLiteral("/unsent/outbox"));
    presentation::Workspace workspace(&client, &drafts, &outbox);
    workspace.setTaskToOpenAtStart(options.taskId);
    // The window's size and the list's columns, sort and filters, from the last run.
    QSettings windowSettings(configDir + QStringLiteral("/window.ini"), QSettings::IniFormat);
    ui::MainWindow window(&workspace);
    window.useSettings(&windowSettings);
    QObject::connect(&client, &api::ReplyClient::waitingChanged, &window, &ui::MainWindow::showRateLimitWait);
    ui::AccountsUi accountsUi(&window, &session);
    QObject::connect(&session, &presentation::AccountSession::accountChanged, &workspace,
        &presentation::Workspace::useAccount);
    QObject::connect(&session, &presentation::AccountSession::ready, &window, &ui::MainWindow::onConnected);
    QObject::connect(&instance, &presentation::SingleInstance::activationRequested, &window,
        [&window, &workspace](std::optional<qint64> taskId) {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
            if (taskId)
                workspace.requestTask(*taskId);
        });

    if (options.reportReady) {
        auto *ready = new ui::ReadyReport(&window);
        QObject::connect(
            &workspace, &presentation::Workspace::serverTaskChanged, ready, [ready](const core::Task &task) {
                if (task.id != 0)
                    ready->dataShown();
            });
    }

    window.show();
    if (options.demo)
        session.switcher()->openDemo();
    else
        session.start();
    return app.exec();
}
