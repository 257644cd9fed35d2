// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The contact field as the rep uses it: type an id, Tab away, see who it is; change it, and the old
// name goes at once. The form, the preview and the look-up over the loopback sandbox, no window.
#include "api/replyclient.h"
#include "contactlookup.h"
#include "core/taskeditormodel.h"
#include "presentation/contactdirectory.h"
#include "presentation/translations.h"
#include "previewpanel.h"
#include "sandbox/sandboxserver.h"
#include "taskeditorview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using rte::core::TaskField;
using rte::sandbox::SandboxServer;

class TestContactLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rte::presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup();

    void typingAnIdAndTabbingAway_showsTheName();
    void changingTheId_removesTheOldNameAtOnce();
    void clearingTheField_removesTheName();
    void typingANameAndPausing_putsTheIdInTheField();

private:
    QLineEdit *field() const;
    QString nameOf(qint64 id);
    void typeIdAndTabAway(const QString &text);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<rte::api::ReplyClient> m_client;
    std::unique_ptr<rte::presentation::ContactDirectory> m_contacts;
    std::unique_ptr<rte::core::TaskEditorModel> m_model;
    std::unique_ptr<QWidget> m_window;
    rte::ui::TaskEditorView *m_editor = nullptr;
    rte::ui::ContactLookup *m_lookup = nullptr;
};

void TestContactLookup::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<rte::api::ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(SandboxServer::demoApiKey());
    m_contacts = std::make_unique<rte::presentation::ContactDirectory>(m_client.get());
    m_model = std::make_unique<rte::core::TaskEditorModel>();
    m_model->startNew(QDateTime::currentDateTimeUtc());

    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_editor = new rte::ui::TaskEditorView(m_model.get(), m_window.get());
    auto *preview = new rte::ui::PreviewPanel(m_model.get(), m_window.get());
    layout->addWidget(m_editor);
    layout->addWidget(preview);
    m_lookup = new rte::ui::ContactLookup(m_model.get(), m_contacts.get(), m_editor, preview, m_window.get());
    m_lookup->reset();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestContactLookup::cleanup()
{
    m_window.reset();
    m_model.reset();
    m_contacts.reset();
    m_client.reset();
    m_sandbox.reset();
}

QLineEdit *TestContactLookup::field() const
{
    return qobject_cast<QLineEdit *>(m_editor->fieldWidget(TaskField::ContactId));
}

// Asked beside the form, so the test does not depend on the seed's spelling.
QString TestContactLookup::nameOf(qint64 id)
{
    rte::presentation::ContactDirectory other(m_client.get());
    QSignalSpy found(&other, &rte::presentation::ContactDirectory::found);
    other.lookUp(QString::number(id));
    if (!found.wait())
        return QStringLiteral("(contact %1 not found)").arg(id);
    return found.first().at(1).value<rte::core::Contact>().fullName();
}

void TestContactLookup::typeIdAndTabAway(const QString &text)
{
    field()->setFocus();
    QTRY_VERIFY(field()->hasFocus());
    field()->selectAll();
    QTest::keyClicks(field(), text);
    QTest::keyClick(field(), Qt::Key_Tab);
    QVERIFY(!field()->hasFocus());
}

void TestContactLookup::typingAnIdAndTabbingAway_showsTheName()
{
    const QString olivia = nameOf(2001);
    typeIdAndTabAway(QStringLiteral("2001"));
    QCOMPARE(m_model->contactId(), QStringLiteral("2001"));
    QTRY_VERIFY2(m_editor->contactInfo().startsWith(olivia), qPrintable(m_editor->contactInfo()));
}

void TestContactLookup::changingTheId_removesTheOldNameAtOnce()
{
    const QString olivia = nameOf(2001);
    const QString mateo = nameOf(2002);
    typeIdAndTabAway(QStringLiteral("2001"));
    QTRY_VERIFY(m_editor->contactInfo().startsWith(olivia));

    field()->setFocus();
    QTRY_VERIFY(field()->hasFocus());
    QTest::keyClick(field(), Qt::Key_Backspace); // "200": no longer Olivia
    QVERIFY2(!m_editor->contactInfo().contains(olivia), qPrintable(m_editor->contactInfo()));
    QTest::keyClick(field(), Qt::Key_2);
    QCOMPARE(field()->text(), QStringLiteral("2002"));
    QVERIFY(!m_editor->contactInfo().contains(olivia));
    QTest::keyClick(field(), Qt::Key_Tab);
    QTRY_VERIFY2(m_editor->contactInfo().startsWith(mateo), qPrintable(m_editor->contactInfo()));
}

void TestContactLookup::clearingTheField_removesTheName()
{
    const QString olivia = nameOf(2001);
    typeIdAndTabAway(QStringLiteral("2001"));
    QTRY_VERIFY(m_editor->contactInfo().startsWith(olivia));

    field()->setFocus();
    QTRY_VERIFY(field()->hasFocus());
    field()->selectAll();
    QTest::keyClick(field(), Qt::Key_Delete);
    QCOMPARE(m_model->contactId(), QString());
    QCOMPARE(m_editor->contactInfo(), QString());
    QTest::keyClick(field(), Qt::Key_Tab);
    QCOMPARE(m_editor->contactInfo(), QString());
}

void TestContactLookup::typingANameAndPausing_putsTheIdInTheField()
{
    const QString hannah = nameOf(2003); // the only Schmidt in the seed
    field()->setFocus();
    QTRY_VERIFY(field()->hasFocus());
    QTest::keyClicks(field(), hannah);
    // No Enter, no Tab: the pause after typing is enough.
    QTRY_COMPARE(field()->text(), QStringLiteral("2003"));
    QVERIFY(m_editor->contactInfo().startsWith(hannah));
    QVERIFY(m_editor->fieldMessage(TaskField::ContactId).isEmpty());
}

QTEST_MAIN(TestContactLookup)
#include "tst_contactlookup.moc"
