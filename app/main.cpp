// The composition root: read the command line, build the objects, connect them, show the window.
#include "accountsui.h"
#include "api/replyclient.h"
#include "core/taskeditormodel.h"
#include "mainwindow.h"
#include "presentation/accountsession.h"
#include "presentation/commandline.h"
#include "presentation/contactdirectory.h"
#include "presentation/draftkeeper.h"
#include "presentation/logsink.h"
#include "presentation/outboxsender.h"
#include "presentation/singleinstance.h"
#include "presentation/taskactions.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "presentation/translations.h"
#include "sandbox/sandboxserver.h"
#include "store/accountstore.h"
#include "store/credentialstore.h"
#include "store/draftstore.h"
#include "store/outbox.h"

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
    session.setKeyFilePath(dataDir + QStringLiteral("/keys.json"));
    if (options.apiBase.isValid())
        session.setBaseUrlOverride(options.apiBase);
    // The practice server starts the first time the demo account is used, on a port the system picks.
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    session.setDemoServer(
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

    core::TaskEditorModel model;
    presentation::TaskEditorController controller(&client, &model);
    presentation::TaskListModel list(&client);
    presentation::TaskActions actions(&client);
    presentation::ContactDirectory contacts(&client);
    presentation::TeamDirectory team(&client);
    // Drafts and the outbox belong to one account; they follow the account the rep works in.
    store::DraftStore draftStore(dataDir + QStringLiteral("/unsent/drafts"));
    store::Outbox outbox(dataDir + QStringLiteral("/unsent/outbox"));
    presentation::DraftKeeper drafts(&model, &draftStore);
    presentation::OutboxSender outboxSender(&client, &outbox, &draftStore);
    ui::MainWindow window({&controller, &model, &list, &actions, &contacts, &team, &drafts, &outboxSender});
    ui::AccountsUi accountsUi(&window, &session, &accounts);

    QObject::connect(&client, &api::ReplyClient::waitingChanged, &window, &ui::MainWindow::showRateLimitWait);
    QObject::connect(&session, &presentation::AccountSession::accountChanged, &window, [&] {
        drafts.flush();
        const QString id = session.accountId();
        draftStore.setDirectory(accounts.draftsDirectory(id));
        outbox.setDirectory(accounts.outboxDirectory(id));
        const auto account = accounts.account(id);
        window.resetForAccount(account && account->demo);
    });
    bool offered = false;
    QObject::connect(&session, &presentation::AccountSession::ready, &window, [&] {
        window.loadList();
        outboxSender.sendNow();
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
        session.openDemo();
    else
        session.start();
    return app.exec();
}
