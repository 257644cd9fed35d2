// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace rte::presentation {

// One window per user: the first start of the app listens on a local socket, a second start hands
// its `--task ID` to the first one and exits, so a link or a menu entry never opens a second window
// that would edit the same task beside the first.
//
// The wire format is one JSON object per line, versioned so that an older and a newer build of the
// app can tell they do not understand each other rather than guess:
//   second -> primary   {"v":1,"cmd":"activate","task":42}     ("task" left out when none was given)
//   primary -> second   {"v":1,"ok":true}
// Only the task id ever crosses, and the desktop's activation token (see below): never an API key,
// a base URL or any other argument.
//
// On Wayland a window may only take the focus with a token from the compositor. The desktop hands
// one to the start it launches, in XDG_ACTIVATION_TOKEN; with a primary running, that is the
// second start, which never shows a window. So the second start sends its token along
// ({"v":1,"cmd":"activate","task":42,"token":"..."}; a primary that does not know the field
// ignores it) and the primary puts it where Qt's Wayland plugin takes it from the next time a
// window asks to be activated. Elsewhere (X11) the token is simply not used.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr int ProtocolVersion = 1;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket name for this app and this user: the app id and a hash of the user, so that two
    // people logged in on one computer each get their own primary instance.
    static QString serverNameForCurrentUser();

    // Listens on serverName unless a live primary already answers there. A socket file left behind
    // by a crashed instance is removed, but only after connecting to it failed. Returns true when
    // this object is now the primary.
    bool tryToBecomePrimary(const QString &serverName);
    bool isPrimary() const;

    // In the second instance: sends the `--task ID` found in arguments (the whole command line, as
    // QCoreApplication::arguments() gives it) to the primary and waits up to timeoutMs for its
    // acknowledgement. Runs a local event loop rather than blocking, so a primary in the same thread
    // (as in a test) still answers. Returns true when the primary took the request over.
    bool sendToPrimary(const QStringList &arguments, int timeoutMs);

    // The protocol, exposed for tests. decodeRequest() returns nothing for a line it must refuse; a
    // request without a task decodes to an empty inner optional.
    static QByteArray encodeRequest(std::optional<qint64> taskId, const QString &activationToken = {});
    static std::optional<std::optional<qint64>> decodeRequest(const QByteArray &line);
    // The activation token in a request line; empty when there is none or it does not look like one.
    static QString decodeActivationToken(const QByteArray &line);

Q_SIGNALS:
    // On the primary: another start of the app asked to be shown, with the task it was given.
    void activationRequested(std::optional<qint64> taskId);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);
    bool isAnswered(const QString &serverName, int timeoutMs) const;

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace rte::presentation
