// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// LogSink: every message, from any category (Qt's own too), is redacted before it is written, and
// rte.* debug output is on only with --verbose.
#include "core/redaction.h"
#include "presentation/accountlogging.h"
#include "presentation/logsink.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rte;
using namespace rte::presentation;

namespace {
Q_LOGGING_CATEGORY(lcForeign, "qt.network.ssl.test") // stands in for a category of Qt's own
const QString kKey = QStringLiteral("logsink-KEY-0c4e2a");
} // namespace

class TestLogSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void everyMessage_isRedactedBeforeItIsWritten();
    void logFile_isReadableByItsOwnerOnly();
    void verbose_turnsRteDebugOnAndOff();
    void format_namesTypeAndCategory();

private:
    QString readLog() const;
    QTemporaryDir m_dir;
    QString m_log;
};

void TestLogSink::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(QStringLiteral("rte.log"));
    core::Redaction::registerSecret(kKey);
}

void TestLogSink::cleanup()
{
    LogSink::uninstall();
}

QString TestLogSink::readLog() const
{
    QFile file(m_log);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

void TestLogSink::everyMessage_isRedactedBeforeItIsWritten()
{
    QVERIFY(LogSink::install(true, m_log));
    qCWarning(presentation::lcAccount).noquote() << "key" << kKey;
    qCDebug(presentation::lcAccount).noquote() << "X-API-Key: unregistered-9f"
                                               << "Authorization: Bearer tok-77";
    qCWarning(lcForeign).noquote() << "peer" << QStringLiteral("jane.doe@example.com") << "+44 20 7946 0958";
    qWarning().noquote() << QStringLiteral("{\"deliveryInfo\":{\"email\":\"x@example.net\"}}");
    qInfo("%s", qPrintable(kKey)); // printf style goes through the same handler
    LogSink::uninstall();

    const QString log = readLog();
    for (const QString &secret : {kKey, QStringLiteral("unregistered-9f"), QStringLiteral("tok-77"),
             QStringLiteral("jane.doe"), QStringLiteral("7946"), QStringLiteral("x@example.net")})
        QVERIFY2(!log.contains(secret), qPrintable(log));
    QCOMPARE(log.count(QLatin1Char('\n')), 5);
    QVERIFY2(log.contains(QLatin1String("warning rte.account: key [redacted]")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("qt.network.ssl.test")), qPrintable(log));
}

void TestLogSink::logFile_isReadableByItsOwnerOnly()
{
    QVERIFY(LogSink::install(false, m_log));
    qWarning("one line");
    struct stat info
    { };
    QCOMPARE(stat(QFile::encodeName(m_log).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), 0600);
    QVERIFY(!LogSink::install(false, m_dir.filePath(QStringLiteral("missing/folder/rte.log"))));
}

void TestLogSink::verbose_turnsRteDebugOnAndOff()
{
    LogSink::install(false);
    QVERIFY(!presentation::lcAccount().isDebugEnabled());
    QVERIFY(presentation::lcAccount().isWarningEnabled());
    LogSink::install(true);
    QVERIFY(presentation::lcAccount().isDebugEnabled());
}

void TestLogSink::format_namesTypeAndCategory()
{
    QCOMPARE(LogSink::format(QtCriticalMsg, "rte.api", QStringLiteral("x-api-key=abc")),
        QStringLiteral("critical rte.api: x-api-key: [redacted]"));
    QCOMPARE(LogSink::format(QtDebugMsg, nullptr, QStringLiteral("plain")),
        QStringLiteral("debug default: plain"));
}

int main(int argc, char *argv[])
{
    // The environment's rules win over LogSink's; this test checks LogSink's own.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestLogSink test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logsink.moc"
