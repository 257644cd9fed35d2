// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The contact field's look-up without a widget: what is asked and when, what is dropped, over real
// HTTP against the loopback sandbox.
#include "api/replyclient.h"
#include "presentation/contactdirectory.h"
#include "presentation/contactresolver.h"
#include "support/testsandbox.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using rte::core::Contact;
using rte::presentation::ContactDirectory;
using rte::presentation::ContactResolver;
using rte::sandbox::SandboxServer;
using rte::testsupport::TestSandbox;

namespace {

// Seeded contacts (app/sandbox/seedcontacts.cpp) that these tests name.
constexpr qint64 Olivia = 2001; // Olivia Bennett
constexpr qint64 Mateo = 2002;

QStringList g_log;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

// Every message of ours, whatever QT_LOGGING_RULES says (the test environment turns debug off).
void everyMessageOfOurs(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "rte.", 4) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

} // namespace

class TestContactResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typingThenPausing_looksUpOnceForTheLastText();
    void lookUpNow_asksAtOnceAndNotTwice();
    void changingTheText_clearsTheContactBeforeAnyAnswer();
    void clearingTheText_clearsAndAsksNothing();
    void lateAnswerForAnOlderId_neverOverwritesTheCurrentOne();
    void idThatReplacesTheFoundAddress_keepsTheContact();
    void query_findsTheContact_data();
    void query_findsTheContact();
    void query_explainsWhatToDo_data();
    void query_explainsWhatToDo();
    void severalNames_areListedWithTheirIds();
    void reset_forgetsTheOldTaskAndLooksUpAtOnce();
    void foundContactsEmailAndPhone_neverReachTheLog();

private:
    Contact lookUpDirectly(qint64 id);
    int contactRequests() const;

    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<rte::api::ReplyClient> m_client;
    std::unique_ptr<ContactDirectory> m_directory;
    std::unique_ptr<ContactResolver> m_resolver;
};

void TestContactResolver::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<rte::api::ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(SandboxServer::demoApiKey());
    m_directory = std::make_unique<ContactDirectory>(m_client.get());
    m_resolver = std::make_unique<ContactResolver>(m_directory.get());
}

void TestContactResolver::cleanup()
{
    m_resolver.reset();
    m_directory.reset();
    m_client.reset();
    m_sandbox.reset();
}

// A second directory, so the one under test has nothing in memory.
Contact TestContactResolver::lookUpDirectly(qint64 id)
{
    ContactDirectory other(m_client.get());
    QSignalSpy found(&other, &ContactDirectory::found);
    other.lookUp(QString::number(id));
    if (!found.wait())
        return {};
    return found.first().at(1).value<Contact>();
}

int TestContactResolver::contactRequests() const
{
    int count = 0;
    for (const auto &request : m_sandbox->requests())
        count += request.path.startsWith(QLatin1String("/v3/contacts")) ? 1 : 0;
    return count;
}

void TestContactResolver::typingThenPausing_looksUpOnceForTheLastText()
{
    m_resolver->setTypingPause(50);
    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    for (const QString &typed :
        {QStringLiteral("2"), QStringLiteral("20"), QStringLiteral("200"), QStringLiteral("2001")}) {
        m_resolver->setText(typed);
        QVERIFY(m_resolver->isWaiting());
        QVERIFY(!m_resolver->isLookingUp());
    }
    QVERIFY(found.wait());
    QCOMPARE(found.first().at(0).value<Contact>().id, Olivia);
    QCOMPARE(contactRequests(), 1);
    QCOMPARE(m_sandbox->requests().constLast().path, QStringLiteral("/v3/contacts/2001"));
}

void TestContactResolver::lookUpNow_asksAtOnceAndNotTwice()
{
    m_resolver->setTypingPause(60 * 60 * 1000); // the pause never ends within the test
    QSignalSpy lookingUp(m_resolver.get(), &ContactResolver::lookingUp);
    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    m_resolver->setText(QStringLiteral("2001"));
    QCOMPARE(lookingUp.count(), 0);
    m_resolver->lookUpNow(); // the rep left the field
    QVERIFY(!m_resolver->isWaiting());
    QCOMPARE(lookingUp.count(), 1);
    m_resolver->lookUpNow(); // Enter while it is on its way
    QVERIFY(found.wait());
    m_resolver->lookUpNow(); // and again once it is known
    QCOMPARE(lookingUp.count(), 1);
    QCOMPARE(found.count(), 1);
    QCOMPARE(contactRequests(), 1);
}

void TestContactResolver::changingTheText_clearsTheContactBeforeAnyAnswer()
{
    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    m_resolver->setText(QStringLiteral("2001"));
    m_resolver->lookUpNow();
    QVERIFY(found.wait());
    QVERIFY(m_resolver->contact());

    QSignalSpy cleared(m_resolver.get(), &ContactResolver::cleared);
    m_resolver->setText(QStringLiteral("2002"));
    QCOMPARE(cleared.count(), 1); // at once, not when the answer comes
    QVERIFY(!m_resolver->contact());
    // Spaces around the same id change nothing.
    m_resolver->setText(QStringLiteral(" 2002 "));
    QCOMPARE(cleared.count(), 1);
}

void TestContactResolver::clearingTheText_clearsAndAsksNothing()
{
    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    m_resolver->setText(QStringLiteral("2001"));
    m_resolver->lookUpNow();
    QVERIFY(found.wait());
    const int asked = contactRequests();

    QSignalSpy cleared(m_resolver.get(), &ContactResolver::cleared);
    QSignalSpy lookingUp(m_resolver.get(), &ContactResolver::lookingUp);
    m_resolver->setText(QString());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!m_resolver->isWaiting());
    m_resolver->lookUpNow();
    QCOMPARE(lookingUp.count(), 0);
    QCOMPARE(contactRequests(), asked);
}

void TestContactResolver::lateAnswerForAnOlderId_neverOverwritesTheCurrentOne()
{
    m_sandbox->injectDelay(400, 1, QStringLiteral("/v3/contacts/2001"));
    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    QSignalSpy directoryFound(m_directory.get(), &ContactDirectory::found);
    m_resolver->setText(QStringLiteral("2001"));
    m_resolver->lookUpNow();
    m_resolver->setText(QStringLiteral("2002"));
    m_resolver->lookUpNow();

    QVERIFY(found.wait());
    QCOMPARE(found.first().at(0).value<Contact>().id, Mateo);
    // Wait for the slow answer about 2001 to arrive too: it must change nothing.
    QTRY_COMPARE(directoryFound.count(), 2);
    QCOMPARE(directoryFound.last().at(0).toString(), QStringLiteral("2001"));
    QCOMPARE(found.count(), 1);
    QCOMPARE(m_resolver->contact()->id, Mateo);
}

void TestContactResolver::idThatReplacesTheFoundAddress_keepsTheContact()
{
    const Contact olivia = lookUpDirectly(Olivia);
    QVERIFY(!olivia.email.isEmpty());
    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    m_resolver->setText(olivia.email);
    m_resolver->lookUpNow();
    QVERIFY(found.wait());

    // The window puts the id into the field: still Olivia, no second look-up, nothing cleared.
    QSignalSpy cleared(m_resolver.get(), &ContactResolver::cleared);
    QSignalSpy lookingUp(m_resolver.get(), &ContactResolver::lookingUp);
    m_resolver->setText(QString::number(Olivia));
    QCOMPARE(cleared.count(), 0);
    QVERIFY(!m_resolver->isWaiting());
    QCOMPARE(m_resolver->contact()->id, Olivia);
    m_resolver->lookUpNow();
    QCOMPARE(lookingUp.count(), 0);
}

void TestContactResolver::query_findsTheContact_data()
{
    QTest::addColumn<QString>("field"); // "id", "email", "name", "lowercase name", "last name"

    QTest::newRow("id") << QStringLiteral("id");
    QTest::newRow("email") << QStringLiteral("email");
    QTest::newRow("full name") << QStringLiteral("name");
    QTest::newRow("name in lower case") << QStringLiteral("lowercase name");
    QTest::newRow("last name alone") << QStringLiteral("last name");
}

void TestContactResolver::query_findsTheContact()
{
    QFETCH(QString, field);
    const Contact hannah = lookUpDirectly(2003); // Hannah Schmidt, the only Schmidt
    QCOMPARE(hannah.lastName, QStringLiteral("Schmidt"));
    QString query = QString::number(hannah.id);
    if (field == QLatin1String("email"))
        query = hannah.email;
    else if (field == QLatin1String("name"))
        query = hannah.fullName();
    else if (field == QLatin1String("lowercase name"))
        query = hannah.fullName().toLower();
    else if (field == QLatin1String("last name"))
        query = hannah.lastName;

    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    QSignalSpy notFound(m_resolver.get(), &ContactResolver::notFound);
    m_resolver->setText(query);
    m_resolver->lookUpNow();
    QTRY_COMPARE(found.count() + notFound.count(), 1);
    QCOMPARE(notFound.count(), 0);
    QCOMPARE(found.first().at(0).value<Contact>().id, hannah.id);
}

void TestContactResolver::query_explainsWhatToDo_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown id") << QStringLiteral("999999") << QStringLiteral("no contact with ID 999999");
    QTest::newRow("unknown address") << QStringLiteral("nobody@nowhere.example")
                                     << QStringLiteral("No contact has this email address");
    QTest::newRow("unknown name") << QStringLiteral("Zebulon Quixote")
                                  << QStringLiteral("No contact is called");
    QTest::newRow("one letter") << QStringLiteral("x") << QStringLiteral("Type the contact's ID");
}

void TestContactResolver::query_explainsWhatToDo()
{
    QFETCH(QString, query);
    QFETCH(QString, says);
    QSignalSpy notFound(m_resolver.get(), &ContactResolver::notFound);
    m_resolver->setText(query);
    m_resolver->lookUpNow();
    QTRY_COMPARE(notFound.count(), 1);
    QVERIFY2(notFound.first().at(0).toString().contains(says, Qt::CaseInsensitive),
        qPrintable(notFound.first().at(0).toString()));
    QVERIFY(!m_resolver->contact());
}

void TestContactResolver::severalNames_areListedWithTheirIds()
{
    QSignalSpy notFound(m_resolver.get(), &ContactResolver::notFound);
    m_resolver->setText(QStringLiteral("an")); // in many seeded names
    m_resolver->lookUpNow();
    QTRY_COMPARE(notFound.count(), 1);
    const QString message = notFound.first().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("(ID 20")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Type")), qPrintable(message));
    const auto last = m_sandbox->requests().constLast(); // a copy: requests() returns a temporary list
    QCOMPARE(last.method, QByteArray("POST"));
    QCOMPARE(last.path, QStringLiteral("/v3/contacts/filter"));
}

void TestContactResolver::reset_forgetsTheOldTaskAndLooksUpAtOnce()
{
    QSignalSpy found(m_resolver.get(), &ContactResolver::found);
    m_resolver->setText(QStringLiteral("2001"));
    QVERIFY(m_resolver->isWaiting());
    QSignalSpy cleared(m_resolver.get(), &ContactResolver::cleared);
    m_resolver->reset(QStringLiteral("2002"));
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!m_resolver->isWaiting());
    QVERIFY(m_resolver->isLookingUp());
    QVERIFY(found.wait());
    QCOMPARE(found.first().at(0).value<Contact>().id, Mateo);
}

void TestContactResolver::foundContactsEmailAndPhone_neverReachTheLog()
{
    const Contact olivia = lookUpDirectly(Olivia);
    QVERIFY(!olivia.email.isEmpty());
    QVERIFY(!olivia.phone.isEmpty());
    g_previousFilter = QLoggingCategory::installFilter(everyMessageOfOurs);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    for (const QString &query : {QString::number(Olivia), olivia.email, olivia.fullName()}) {
        ContactResolver resolver(m_directory.get());
        QSignalSpy found(&resolver, &ContactResolver::found);
        m_directory->reset(); // ask the server every time
        resolver.setText(query);
        resolver.lookUpNow();
        QTRY_COMPARE(found.count(), 1);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(g_previousFilter);
    // The look-ups were logged, so the checks below mean something.
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("/v3/contacts/filter")), qPrintable(all));
    QVERIFY(!all.contains(olivia.email, Qt::CaseInsensitive));
    QVERIFY(!all.contains(olivia.phone));
    QVERIFY(!all.contains(QString(olivia.phone).remove(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestContactResolver)
#include "tst_contactresolver.moc"
