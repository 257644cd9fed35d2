// The composition root: read the command line, build the objects, connect them, show the window.
#include "accountsui.h"
#include "api/replyclient.h"
#include "mainwindow.h"
#include "presentation/accountsession.h"
#include "presentation/accountswitcher.h"
#include "presentation/commandline.h"
#include "presentation/keystate.h"
#include "presentation/logsink.h"
#include "presentation/outboxsender.h"
#include "presentation/singleinstance.h"
#include "presentation/translations.h"
#include "sandbox/sandboxserver.h"
#include "store/accountstore.h"
#include "store/credentialstore.h"
#include "workspace.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>

#include <memory>

using namespace rte;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    presentation::Translations::install(&app, QLocale());
    QApplication::setApplicationName(QStringLiteral(RTE_EXECUTABLE_NAME));
    QApplication::setApplicationDisplayName(QObject::tr("Reply Task Editor"));
    QApplication::setApplicationVersion(QStringLiteral(RTE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(RTE_APP_ID));
    QIcon icon(QStringLiteral(":/icons/" RTE_APP_ID ".svg"));
    icon.addFile(QStringLiteral(":/icons/" RTE_APP_ID ".png"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(RTE_APP_ID), icon));

    const presentation::CommandLineOptions options = presentation::CommandLine::parseOrExit(app.arguments());
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
    // The practice server starts the first time the demo account is used, on a port the system picks.
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    session.switcher()->setDemoServer(
        [&sandbox]() -> QUrl {
            if (!sandbox) {
                sandbox = std::make_unique<sandbox::SandboxServer>();
                if (!sandbox->listen()) {
                    sandbox.reset();
                    return {};
                }
            }
            return sandbox->baseUrl();
        },
        sandbox::SandboxServer::demoApiKey());

    // Drafts and the outbox belong to one account; they follow the account the rep works in.
    const QString unsentDrafts = dataDir + QStringLiteral("/unsent/drafts");
    const QString unsentOutbox = dataDir + QStringLiteral("/unsent/outbox");
    ui::Workspace workspace(&client, unsentDrafts, unsentOutbox);
    ui::MainWindow &window = *workspace.window();
    ui::AccountsUi accountsUi(&window, &session, &accounts);
    QObject::connect(&session, &presentation::AccountSession::accountChanged, &window,
        [&](const QString &id, const QString &drafts, const QString &outbox, bool demo) {
            // No account any more (a first account was cancelled): back to the folders of none.
            workspace.switchAccount(
                id.isEmpty() ? unsentDrafts : drafts, id.isEmpty() ? unsentOutbox : outbox, demo);
        });
    bool offered = false;
    QObject::connect(&session, &presentation::AccountSession::ready, &window, [&] {
        window.loadList();
        workspace.outboxSender()->sendNow();
        if (!std::exchange(offered, true)) {
            window.offerRecovery();
            if (options.taskId)
                window.openTask(*options.taskId);
        }
    });
    QObject::connect(&instance, &presentation::SingleInstance::activationRequested, &window,
        [&window](std::optional<qint64> taskId) {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
            if (taskId)
                window.openTask(*taskId);
        });

    window.show();
    if (options.demo)
        session.switcher()->openDemo();
    else
        session.start();
    return app.exec();
}
