// The composition root: read the command line, build the objects, connect them, show the window.
#include "api/replyclient.h"
#include "core/taskeditormodel.h"
#include "mainwindow.h"
#include "presentation/commandline.h"
#include "presentation/contactdirectory.h"
#include "presentation/draftkeeper.h"
#include "presentation/outboxsender.h"
#include "presentation/taskactions.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "presentation/translations.h"
#include "sandbox/sandboxserver.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
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
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(RTE_APP_ID), QIcon(QStringLiteral(":/icons/" RTE_APP_ID ".svg"))));

    const presentation::CommandLineOptions options = presentation::CommandLine::parseOrExit(app.arguments());
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("rte.*.debug=true"));

    api::ReplyClient client;
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    if (options.demo) {
        sandbox = std::make_unique<sandbox::SandboxServer>();
        if (!sandbox->listen()) {
            fprintf(stderr, "%s\n",
                qPrintable(
                    QObject::tr("The demo server could not start on this computer's loopback address.")));
            return 1;
        }
        client.setBaseUrl(sandbox->baseUrl());
        client.setApiKey(sandbox::SandboxServer::demoApiKey());
    } else {
        client.setBaseUrl(options.apiBase.isValid() ? options.apiBase : api::ReplyClient::defaultBaseUrl());
        const QString key = qEnvironmentVariable("REPLY_API_KEY").trimmed();
        if (!key.isEmpty())
            client.setApiKey(key);
    }

    core::TaskEditorModel model;
    presentation::TaskEditorController controller(&client, &model);
    presentation::TaskListModel list(&client);
    presentation::TaskActions actions(&client);
    presentation::ContactDirectory contacts(&client);
    presentation::TeamDirectory team(&client);
    // Drafts and the outbox live per account in the app's data location; the demo has its own.
    const QString accountDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + (options.demo ? QStringLiteral("/accounts/demo") : QStringLiteral("/accounts/default"));
    store::DraftStore draftStore(accountDir + QStringLiteral("/drafts"));
    store::Outbox outbox(accountDir + QStringLiteral("/outbox"));
    presentation::DraftKeeper drafts(&model, &draftStore);
    presentation::OutboxSender outboxSender(&client, &outbox, &draftStore);
    ui::MainWindow window({&controller, &model, &list, &actions, &contacts, &team, &drafts, &outboxSender});
    window.setDemoMode(options.demo);
    QObject::connect(&client, &api::ReplyClient::waitingChanged, &window, &ui::MainWindow::showRateLimitWait);
    QObject::connect(&window, &ui::MainWindow::apiKeyEntered, &client,
        [&client, &controller, &window](const QString &key) {
            client.setApiKey(key);
            controller.reload();
            window.loadList();
        });
    window.show();

    if (!client.hasApiKey())
        window.askForApiKey();
    if (client.hasApiKey())
        window.loadList();
    window.offerRecovery();
    if (options.taskId)
        window.openTask(*options.taskId);
    if (client.hasApiKey())
        outboxSender.sendNow();
    return app.exec();
}
