// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// One window per user: a second start hands its task to the first and goes away.
#include "presentation/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using rte::presentation::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void firstStart_becomesPrimary_secondDoesNot();
    void secondStart_handsItsTaskToThePrimary_data();
    void secondStart_handsItsTaskToThePrimary();
    void secondStart_sendsOnlyTheTask_neverAKeyOrAddress();
    void secondStart_sendsItsActivationToken();
    void primary_setsTheTokenItGot_beforeItAsksForTheWindow();
    void noPrimary_sendFails_withinTheTimeout();
    void staleSocketFromACrash_isReplaced();
    void primaryGone_nameIsFreeAgain();
    void primary_refusesALineItCannotRead_andStaysQuiet();
    void silentPrimary_sendTimesOut();
    void requestLines_data();
    void requestLines();
    void activationTokens_data();
    void activationTokens();
    void serverName_isPerUser_andHidesTheUserName();

private:
    void sendToFakePrimary(const QStringList &arguments, QByteArray *received);

    QString m_name;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    // A fresh directory per test gives every test its own socket name, and removes what it leaves.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = m_dir->filePath(QStringLiteral("instance"));
    // A test run from a Wayland session's terminal must not send that session's token along.
    qunsetenv("XDG_ACTIVATION_TOKEN");
}

void TestSingleInstance::firstStart_becomesPrimary_secondDoesNot()
{
    SingleInstance first;
    SingleInstance second;
    QVERIFY(first.tryToBecomePrimary(m_name));
    QVERIFY(first.isPrimary());
    QVERIFY(!second.tryToBecomePrimary(m_name));
    QVERIFY(!second.isPrimary());
    // The probe of the second start is not mistaken for an activation.
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QTest::qWait(0);
    QCOMPARE(activated.count(), 0);
}

void TestSingleInstance::secondStart_handsItsTaskToThePrimary_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<std::optional<qint64>>("task");
    const QString app = QStringLiteral("reply-task-editor");
    QTest::newRow("--task 5") << QStringList {app, QStringLiteral("--task"), QStringLiteral("5")}
                              << std::optional<qint64>(5);
    QTest::newRow("--task=42") << QStringList {app, QStringLiteral("--task=42")} << std::optional<qint64>(42);
    QTest::newRow("among other options") << QStringList {app, QStringLiteral("--demo"),
        QStringLiteral("--task"), QStringLiteral("7"), QStringLiteral("--verbose")}
                                         << std::optional<qint64>(7);
    QTest::newRow("no task") << QStringList {app} << std::optional<qint64>();
    QTest::newRow("a bad task is not forwarded")
        << QStringList {app, QStringLiteral("--task"), QStringLiteral("abc")} << std::optional<qint64>();
}

void TestSingleInstance::secondStart_handsItsTaskToThePrimary()
{
    QFETCH(QStringList, arguments);
    QFETCH(std::optional<qint64>, task);
    SingleInstance primary;
    SingleInstance second;
    QVERIFY(primary.tryToBecomePrimary(m_name));
    QVERIFY(!second.tryToBecomePrimary(m_name));
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);

    QVERIFY(second.sendToPrimary(arguments, 5000));

    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<std::optional<qint64>>(), task);
}

void TestSingleInstance::sendToFakePrimary(const QStringList &arguments, QByteArray *received)
{
    // A bare server stands in for the primary, to see the exact bytes a second start sends.
    QLocalServer fake;
    QVERIFY(fake.listen(m_name));
    SingleInstance second;
    QVERIFY(!second.tryToBecomePrimary(m_name));
    QTRY_VERIFY(fake.hasPendingConnections()); // the probe
    delete fake.nextPendingConnection();

    connect(&fake, &QLocalServer::newConnection, this, [&fake, received] {
        QLocalSocket *socket = fake.nextPendingConnection();
        connect(socket, &QLocalSocket::readyRead, socket, [received, socket] {
            *received += socket->readAll();
            if (received->endsWith('\n'))
                socket->write(R"({"v":1,"ok":true})"
                              "\n");
        });
    });
    QVERIFY(second.sendToPrimary(arguments, 5000));
}

void TestSingleInstance::secondStart_sendsOnlyTheTask_neverAKeyOrAddress()
{
    const QStringList arguments {QStringLiteral("reply-task-editor"), QStringLiteral("--api-base"),
        QStringLiteral("https://user:sentinel-secret@example.invalid"), QStringLiteral("--task"),
        QStringLiteral("9")};
    QByteArray received;
    sendToFakePrimary(arguments, &received);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(received, SingleInstance::encodeRequest(9));
    QCOMPARE(received,
        QByteArray(R"({"cmd":"activate","task":9,"v":1})"
                   "\n"));
    QVERIFY(!received.contains("sentinel"));
    QVERIFY(!received.contains("example"));
}

void TestSingleInstance::secondStart_sendsItsActivationToken()
{
    // What a desktop sets for the app it launches on Wayland.
    qputenv("XDG_ACTIVATION_TOKEN", "kwin-4711");
    QByteArray received;
    sendToFakePrimary({QStringLiteral("reply-task-editor"), QStringLiteral("--task=9")}, &received);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(received,
        QByteArray(R"({"cmd":"activate","task":9,"token":"kwin-4711","v":1})"
                   "\n"));
}

void TestSingleInstance::primary_setsTheTokenItGot_beforeItAsksForTheWindow()
{
    SingleInstance primary;
    QVERIFY(primary.tryToBecomePrimary(m_name));
    QString tokenAtActivation;
    int activations = 0;
    connect(&primary, &SingleInstance::activationRequested, this, [&] {
        tokenAtActivation = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
        ++activations;
    });

    QLocalSocket client;
    client.connectToServer(m_name);
    QVERIFY(client.waitForConnected(1000));
    client.write(R"({"v":1,"cmd":"activate","task":5,"token":"kwin-4711"})"
                 "\n");

    // Qt's Wayland plugin takes the token from there when the window asks to be activated.
    QTRY_COMPARE(activations, 1);
    QCOMPARE(tokenAtActivation, QStringLiteral("kwin-4711"));
}

void TestSingleInstance::noPrimary_sendFails_withinTheTimeout()
{
    auto primary = std::make_unique<SingleInstance>();
    QVERIFY(primary->tryToBecomePrimary(m_name));
    SingleInstance second;
    QVERIFY(!second.tryToBecomePrimary(m_name));
    // The primary quits between the look and the hand-over: the second start learns it at once and
    // can open its own window.
    primary.reset();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!second.sendToPrimary({QStringLiteral("reply-task-editor"), QStringLiteral("--task=5")}, 5000));
    QVERIFY(timer.elapsed() < 2000);

    SingleInstance neverLooked;
    QVERIFY(!neverLooked.sendToPrimary({QStringLiteral("reply-task-editor")}, 5000));
}

void TestSingleInstance::staleSocketFromACrash_isReplaced()
{
#ifdef Q_OS_UNIX
    // What a crashed instance leaves: a socket file that nobody listens on any more.
    const QByteArray path = QFile::encodeName(m_name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(m_name));
    QLocalSocket probe;
    probe.connectToServer(m_name);
    QVERIFY(!probe.waitForConnected(1000));

    SingleInstance restarted;
    QVERIFY(restarted.tryToBecomePrimary(m_name));

    // ...and it is a real primary now: the next start hands over to it.
    SingleInstance second;
    QVERIFY(!second.tryToBecomePrimary(m_name));
    QSignalSpy activated(&restarted, &SingleInstance::activationRequested);
    QVERIFY(second.sendToPrimary({QStringLiteral("reply-task-editor"), QStringLiteral("--task=3")}, 5000));
    QTRY_COMPARE(activated.count(), 1);
#else
    QSKIP("stale socket files are a Unix matter");
#endif
}

void TestSingleInstance::primaryGone_nameIsFreeAgain()
{
    {
        SingleInstance primary;
        QVERIFY(primary.tryToBecomePrimary(m_name));
    }
    SingleInstance next;
    QVERIFY(next.tryToBecomePrimary(m_name));
}

void TestSingleInstance::primary_refusesALineItCannotRead_andStaysQuiet()
{
    SingleInstance primary;
    QVERIFY(primary.tryToBecomePrimary(m_name));
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);

    QLocalSocket client;
    client.connectToServer(m_name);
    QVERIFY(client.waitForConnected(1000));
    client.write(R"({"v":2,"cmd":"activate","task":5})"
                 "\n");
    QSignalSpy answered(&client, &QLocalSocket::readyRead);
    QVERIFY(answered.wait(5000));
    QTRY_VERIFY(client.canReadLine());
    QCOMPARE(client.readLine().trimmed(), QByteArray(R"({"ok":false,"v":1})"));
    QCOMPARE(activated.count(), 0);
}

void TestSingleInstance::silentPrimary_sendTimesOut()
{
    // Something listens but never answers (a wedged primary): the second start gives up in time,
    // and then opens its own window rather than nothing at all.
    QLocalServer silent;
    QVERIFY(silent.listen(m_name));
    SingleInstance second;
    QVERIFY(!second.tryToBecomePrimary(m_name));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!second.sendToPrimary({QStringLiteral("reply-task-editor"), QStringLiteral("--task=1")}, 300));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(timer.elapsed() < 3000);
}

void TestSingleInstance::requestLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<std::optional<qint64>>("task");
    const std::optional<qint64> none;
    QTest::newRow("with task") << QByteArray(R"({"v":1,"cmd":"activate","task":12})") << true
                               << std::optional<qint64>(12);
    QTest::newRow("without task") << QByteArray(R"({"v":1,"cmd":"activate"})") << true << none;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"v":1,"cmd":"activate","task":8,"later":"x"})") << true << std::optional<qint64>(8);
    QTest::newRow("large id") << QByteArray(R"({"v":1,"cmd":"activate","task":9007199254740991})") << true
                              << std::optional<qint64>(Q_INT64_C(9007199254740991));
    QTest::newRow("newer version") << QByteArray(R"({"v":2,"cmd":"activate","task":12})") << false << none;
    QTest::newRow("no version") << QByteArray(R"({"cmd":"activate","task":12})") << false << none;
    QTest::newRow("other command") << QByteArray(R"({"v":1,"cmd":"quit"})") << false << none;
    QTest::newRow("task zero") << QByteArray(R"({"v":1,"cmd":"activate","task":0})") << false << none;
    QTest::newRow("negative task") << QByteArray(R"({"v":1,"cmd":"activate","task":-4})") << false << none;
    QTest::newRow("fractional task") << QByteArray(R"({"v":1,"cmd":"activate","task":4.5})") << false << none;
    QTest::newRow("task as text") << QByteArray(R"({"v":1,"cmd":"activate","task":"4"})") << false << none;
    QTest::newRow("array") << QByteArray(R"([1,"activate"])") << false << none;
    QTest::newRow("not JSON") << QByteArray("--task 5") << false << none;
    QTest::newRow("empty") << QByteArray() << false << none;
}

void TestSingleInstance::requestLines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, accepted);
    QFETCH(std::optional<qint64>, task);
    const auto request = SingleInstance::decodeRequest(line);
    QCOMPARE(request.has_value(), accepted);
    if (request)
        QCOMPARE(*request, task);
    // What a second start encodes, the primary decodes.
    if (accepted)
        QCOMPARE(SingleInstance::decodeRequest(SingleInstance::encodeRequest(task)), request);
}

void TestSingleInstance::activationTokens_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("token");
    QTest::newRow("KWin") << QByteArray(R"({"v":1,"cmd":"activate","token":"kwin-12"})")
                          << QStringLiteral("kwin-12");
    QTest::newRow("Mutter, with a task")
        << QByteArray(R"({"v":1,"cmd":"activate","task":5,"token":"gnome-shell/reply_TIME1234"})")
        << QStringLiteral("gnome-shell/reply_TIME1234");
    QTest::newRow("none") << QByteArray(R"({"v":1,"cmd":"activate","task":5})") << QString();
    QTest::newRow("refused request") << QByteArray(R"({"v":2,"cmd":"activate","token":"kwin-12"})")
                                     << QString();
    QTest::newRow("not text") << QByteArray(R"({"v":1,"cmd":"activate","token":12})") << QString();
    QTest::newRow("space") << QByteArray(R"({"v":1,"cmd":"activate","token":"a b"})") << QString();
    QTest::newRow("newline") << QByteArray(R"({"v":1,"cmd":"activate","token":"a\nb"})") << QString();
    QTest::newRow("not ASCII") << QByteArray(R"({"v":1,"cmd":"activate","token":"k\u00e4se"})") << QString();
    QTest::newRow("too long") << QByteArray(R"({"v":1,"cmd":"activate","token":")" + QByteArray(257, 'x')
        + R"("})") << QString();
}

void TestSingleInstance::activationTokens()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, token);
    QCOMPARE(SingleInstance::decodeActivationToken(line), token);
    if (!token.isEmpty())
        QCOMPARE(SingleInstance::decodeActivationToken(SingleInstance::encodeRequest(5, token)), token);
}

void TestSingleInstance::serverName_isPerUser_andHidesTheUserName()
{
    const QString name = SingleInstance::serverNameForCurrentUser();
    QVERIFY(name.startsWith(QStringLiteral(RTE_APP_ID "-")));
    QCOMPARE(name, SingleInstance::serverNameForCurrentUser());
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty())
        QVERIFY(!name.contains(user));
    // Short enough for a Unix socket path (108 bytes) in any usual temporary directory.
    QVERIFY(QDir::temp().filePath(name).size() < 90);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
