// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/singleinstance.h"

#include "presentation/commandline.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rte::presentation {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "rte.instance")

// A request is one short line; anything longer is not ours and is dropped unread.
constexpr qint64 MaxLineLength = 1024;
// How long the primary keeps a connection that never sends its line.
constexpr int IdleConnectionMs = 5000;
// How long a start waits for another start that is deciding at the same moment.
constexpr int DecisionLockMs = 3000;
// A live primary accepts a local connection at once; this only bounds a wedged one.
constexpr int ProbeTimeoutMs = 1000;

const QLatin1String VersionKey("v");
const QLatin1String CommandKey("cmd");
const QLatin1String TaskKey("task");
const QLatin1String OkKey("ok");
const QLatin1String TokenKey("token");
// The variable the desktop launches an app with and Qt's Wayland plugin reads (Qt 6.4 and 6.8 alike).
const char ActivationTokenVariable[] = "XDG_ACTIVATION_TOKEN";
// Compositors' tokens are short printable ASCII (KWin "kwin-12", Mutter "<name>_TIME<n>").
constexpr int MaxTokenLength = 256;
const QLatin1String ActivateCommand("activate");

QString lockFilePath(const QString &serverName)
{
    // QLocalServer puts a relative name in the temporary directory; the lock sits beside it.
    const QString path = QDir::isAbsolutePath(serverName) ? serverName : QDir::temp().filePath(serverName);
    return path + QLatin1String(".lock");
}

QByteArray encodeAnswer(bool ok)
{
    const QJsonObject answer {{VersionKey, SingleInstance::ProtocolVersion}, {OkKey, ok}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
}

bool isPositiveAnswer(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    const QJsonObject answer = document.object();
    return answer.value(VersionKey).toInteger(-1) == SingleInstance::ProtocolVersion
        && answer.value(OkKey).toBool(false);
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameForCurrentUser()
{
    QString user;
#ifdef Q_OS_UNIX
    // The account, not $USER: a start from a desktop menu and one from a shell must find each other
    // even when one of them has no or another $USER.
    const uid_t uid = ::getuid();
    if (const passwd *entry = ::getpwuid(uid))
        user = QString::fromLocal8Bit(entry->pw_name);
    user += QLatin1Char(':') + QString::number(uid);
#else
    user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::homePath();
#endif
    // Hashed so that the socket name in the shared temporary directory does not show who is logged in.
    const QByteArray hash = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral(RTE_APP_ID "-") + QString::fromLatin1(hash.left(16));
}

bool SingleInstance::tryToBecomePrimary(const QString &serverName)
{
    if (m_server)
        return true;
    m_serverName = serverName;

    // Two starts at the same moment (a double click) would both see no primary and both listen;
    // the lock makes the look and the listen one step. QLockFile takes over a lock whose owner died.
    // Without the lock (a read-only temporary directory) the look-then-listen below still works
    // for every start that is not a photo finish.
    QLockFile lock(lockFilePath(serverName));
    if (!lock.tryLock(DecisionLockMs))
        qCWarning(lcInstance) << "deciding without the instance lock:" << int(lock.error());

    if (isAnswered(serverName, ProbeTimeoutMs)) {
        qCDebug(lcInstance) << "another instance is running";
        return false;
    }

    auto server = std::make_unique<QLocalServer>(this);
    // Only this user may connect: another account on the computer must not open tasks in our window.
    server->setSocketOptions(QLocalServer::UserAccessOption);
    bool listening = server->listen(serverName);
    if (!listening && server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on the name above, so the socket file is what a crashed instance left.
        qCDebug(lcInstance) << "removing a stale instance socket";
        QLocalServer::removeServer(serverName);
        listening = server->listen(serverName);
    }
    if (!listening) {
        qCWarning(lcInstance) << "cannot listen for other instances:" << server->errorString();
        return false;
    }
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

bool SingleInstance::isPrimary() const
{
    return m_server != nullptr;
}

bool SingleInstance::isAnswered(const QString &serverName, int timeoutMs) const
{
    QLocalSocket probe;
    probe.connectToServer(serverName);
    const bool answered = probe.waitForConnected(timeoutMs);
    probe.abort();
    return answered;
}

bool SingleInstance::sendToPrimary(const QStringList &arguments, int timeoutMs)
{
    if (m_server || m_serverName.isEmpty())
        return false;

    // Only the task travels, taken from the same parse the app itself uses.
    CommandLineOptions options;
    const std::optional<qint64> taskId
        = CommandLine::parse(arguments, &options).isEmpty() ? options.taskId : std::nullopt;

    QLocalSocket socket;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool finished = false;
    bool accepted = false;
    const auto finish = [&](bool ok) {
        if (finished)
            return;
        finished = true;
        accepted = ok;
        loop.quit();
    };
    const auto readAnswer = [&] {
        if (socket.canReadLine())
            finish(isPositiveAnswer(socket.readLine(MaxLineLength)));
        else if (socket.bytesAvailable() > MaxLineLength)
            finish(false);
    };
    const QString token = qEnvironmentVariable(ActivationTokenVariable);
    connect(&socket, &QLocalSocket::connected, &loop, [&] { socket.write(encodeRequest(taskId, token)); });
    connect(&socket, &QLocalSocket::readyRead, &loop, readAnswer);
    connect(&socket, &QLocalSocket::disconnected, &loop, [&] {
        readAnswer();
        finish(false);
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, [&](QLocalSocket::LocalSocketError error) {
        if (error == QLocalSocket::PeerClosedError)
            readAnswer();
        finish(false);
    });
    connect(&deadline, &QTimer::timeout, &loop, [&] { finish(false); });

    deadline.start(timeoutMs);
    socket.connectToServer(m_serverName);
    // Not blocking waits: a primary in this same thread must get to run to answer.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    socket.abort();
    qCDebug(lcInstance) << (accepted ? "handed over to the running instance"
                                     : "the running instance did not answer");
    return accepted;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A connection that says nothing (an instance probing, or something else) is dropped.
        QTimer::singleShot(IdleConnectionMs, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxLineLength)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(MaxLineLength);
    const std::optional<std::optional<qint64>> request = decodeRequest(line);
    // Answer first: what the activation does next may open a dialog and keep this thread busy longer
    // than the other start waits.
    socket->write(encodeAnswer(request.has_value()));
    socket->flush();
    socket->disconnectFromServer();
    if (!request) {
        qCWarning(lcInstance) << "ignored a request another instance sent in an unknown form";
        return;
    }
    qCDebug(lcInstance) << "activation requested" << (*request ? "with a task" : "without a task");
    // Queued, so that whatever the activation does (a question about unsaved changes runs its own
    // event loop) happens with no socket of ours on the stack.
    QMetaObject::invokeMethod(
        this,
        [this, task = *request, token = decodeActivationToken(line)] {
            // Set right before the window is raised: the Wayland plugin uses the token for the next
            // activation and clears it. A request without a token leaves any earlier one alone.
            if (!token.isEmpty())
                qputenv(ActivationTokenVariable, token.toLatin1());
            Q_EMIT activationRequested(task);
        },
        Qt::QueuedConnection);
}

QByteArray SingleInstance::encodeRequest(std::optional<qint64> taskId, const QString &activationToken)
{
    QJsonObject request {{VersionKey, ProtocolVersion}, {CommandKey, ActivateCommand}};
    if (taskId)
        request.insert(TaskKey, *taskId);
    if (!activationToken.isEmpty())
        request.insert(TokenKey, activationToken);
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<std::optional<qint64>> SingleInstance::decodeRequest(const QByteArray &line)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject request = document.object();
    if (request.value(VersionKey).toInteger(-1) != ProtocolVersion
        || request.value(CommandKey).toString() != ActivateCommand)
        return std::nullopt;
    if (!request.contains(TaskKey))
        return std::optional<std::optional<qint64>>(std::in_place, std::nullopt);
    const QJsonValue task = request.value(TaskKey);
    const qint64 id = task.toInteger(0);
    if (!task.isDouble() || id <= 0 || double(id) != task.toDouble())
        return std::nullopt;
    return std::optional<qint64>(id);
}

QString SingleInstance::decodeActivationToken(const QByteArray &line)
{
    if (!decodeRequest(line))
        return {};
    const QString token = QJsonDocument::fromJson(line.trimmed()).object().value(TokenKey).toString();
    // It ends up in the environment: nothing but a short run of printable ASCII is taken.
    if (token.size() > MaxTokenLength)
        return {};
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return {};
    }
    return token;
}

} // namespace rte::presentation
