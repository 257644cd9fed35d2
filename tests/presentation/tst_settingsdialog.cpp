// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The Settings dialog driven from the keyboard against the sandbox: who the key is, a wrong key,
// a key that must choose a team, a certificate the system does not trust, and the first run.
#include "sessiontestsupport.h"
#include "settingsdialog.h"
#include "settingslink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>

using namespace rte;
using namespace rte::presentation::test;
using rte::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testConnection_showsWhoTheKeyIs_andNeverShowsTheKeyBack();
    void wrongKey_showsThe401Message();
    void teamRequired_fillsTheTeamPicker_andThePickedTeamWorks();
    void untrustedCertificate_namesHostAndFingerprint_andOffersTheCompanyCa();
    void firstRun_makesTheAccountFromTheForm();
    void everyField_hasALabelWithAMnemonicAndAnAccessibleName();
    void cancelAfterTest_leavesNoNewAccount_andTheLastOneCurrent();

private:
    // Opens the dialog on the fixture's account, types the key and presses Alt+T.
    std::unique_ptr<SettingsDialog> openAndTest(const QString &key, bool newAccount = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionFixture> m_f;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_f = std::make_unique<SessionFixture>(m_dir->path());
}

void TestSettingsDialog::cleanup()
{
    m_f.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::openAndTest(const QString &key, bool newAccount)
{
    if (!newAccount) {
        const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
        m_f->settle([&] { m_f->switcher->switchTo(id); });
    }
    auto dialog = std::make_unique<SettingsDialog>(newAccount);
    new ui::SettingsLink(dialog.get(), m_f->editor.get(), newAccount);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return dialog;
    dialog->keyEdit()->setFocus();
    QTest::keyClicks(dialog->keyEdit(), key);
    if (newAccount) {
        dialog->baseUrlEdit()->setFocus();
        QTest::keyClicks(dialog->baseUrlEdit(), m_f->sandbox.baseUrl().toString());
    }
    QSignalSpy tested(m_f->session->check(), &presentation::ConnectionCheck::tested);
    QTest::keyClick(dialog.get(), Qt::Key_T, Qt::AltModifier);
    (void)QTest::qWaitFor([&] { return !tested.isEmpty(); }, kWaitMs); // the caller checks the outcome
    return dialog;
}

void TestSettingsDialog::testConnection_showsWhoTheKeyIs_andNeverShowsTheKeyBack()
{
    QVERIFY(m_f->sandbox.listen());
    const auto dialog = openAndTest(sandbox::SandboxServer::demoApiKey());
    QVERIFY2(dialog->resultLabel()->text().startsWith(QLatin1String("Connected as Alex Morgan")),
        qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(dialog->authHeaderLabel()->text(), QStringLiteral("X-API-Key"));
    QVERIFY(dialog->keyEdit()->text().isEmpty());
    QVERIFY(!dialog->keyEdit()->placeholderText().contains(sandbox::SandboxServer::demoApiKey()));
    if (hasRealKeychain()) {
        QCOMPARE(dialog->keyEdit()->placeholderText(), QStringLiteral("Stored in the keychain"));
        QVERIFY(dialog->keyWarningLabel()->isHidden());
    } else {
        // No keychain: the key works for this session, and the warning says so and stays.
        QCOMPARE(dialog->keyEdit()->placeholderText(), QStringLiteral("Kept until you quit"));
        QVERIFY(dialog->keyWarningLabel()->isVisible());
        QVERIFY(dialog->keyWarningLabel()->text().contains(QLatin1String("only until you quit")));
    }
}

void TestSettingsDialog::wrongKey_showsThe401Message()
{
    QVERIFY(m_f->sandbox.listen());
    const auto dialog = openAndTest(QStringLiteral("not-the-key"));
    QCOMPARE(m_f->session->check()->lastTestError().kind(), api::ApiError::Kind::Unauthorized);
    QCOMPARE(dialog->resultLabel()->text(), m_f->session->check()->lastTestError().message());
    QVERIFY(dialog->resultLabel()->text().contains(QLatin1String("did not accept your API key")));
}

void TestSettingsDialog::teamRequired_fillsTheTeamPicker_andThePickedTeamWorks()
{
    m_f->sandbox.setRequiredTeam(QStringLiteral("42"));
    QVERIFY(m_f->sandbox.listen());
    const auto dialog = openAndTest(sandbox::SandboxServer::demoApiKey());
    QCOMPARE(dialog->teamBox()->count(), 2);
    QCOMPARE(dialog->teamBox()->itemData(1).toString(), QStringLiteral("777"));
    QVERIFY(dialog->teamBox()->itemText(1).contains(QLatin1String("Southwind Partners")));
    QTRY_VERIFY(dialog->teamBox()->hasFocus());
    QVERIFY(dialog->resultLabel()->text().contains(QLatin1String("Pick a team")));

    // The first team (42) is picked: the next test passes with X-TEAM-ID 42.
    QSignalSpy tested(m_f->session->check(), &presentation::ConnectionCheck::tested);
    QTest::keyClick(dialog.get(), Qt::Key_T, Qt::AltModifier);
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, kWaitMs));
    QVERIFY2(tested.constFirst().constFirst().toBool(), qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(m_f->switcher->current()->teamId, QStringLiteral("42"));
}

void TestSettingsDialog::untrustedCertificate_namesHostAndFingerprint_andOffersTheCompanyCa()
{
    const QString data = QStringLiteral(RTE_API_TEST_DATA);
    const auto read = [&data](const char *name) {
        QFile file(data + QLatin1Char('/') + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(read("server.pem")));
    tls.setPrivateKey(QSslKey(read("server.key"), QSsl::Ec));
    QVERIFY(m_f->sandbox.listenTls(tls));

    const auto dialog = openAndTest(sandbox::SandboxServer::demoApiKey());
    const api::ApiError error = m_f->session->check()->lastTestError();
    QCOMPARE(error.kind(), api::ApiError::Kind::Tls);
    const QString shown = dialog->resultLabel()->text();
    QVERIFY2(shown.contains(QLatin1String("127.0.0.1")), qPrintable(shown));
    QVERIFY2(shown.contains(error.certificateFingerprint()), qPrintable(shown));
    QVERIFY(!error.certificateFingerprint().isEmpty());
    for (const QString &tlsError : error.tlsErrors())
        QVERIFY2(shown.contains(tlsError), qPrintable(shown));
    QTRY_VERIFY(dialog->addCaButton()->hasFocus());
    // No way around the check exists in the form.
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        QVERIFY2(!button->text().contains(QLatin1String("gnore"), Qt::CaseInsensitive),
            qPrintable(button->text()));

    dialog->setFilePicker([&data](QWidget *) { return data + QStringLiteral("/ca.pem"); });
    QTest::keyClick(dialog->addCaButton(), Qt::Key_Space);
    QCOMPARE(dialog->caFileEdit()->text(), data + QStringLiteral("/ca.pem"));
    QSignalSpy tested(m_f->session->check(), &presentation::ConnectionCheck::tested);
    QTest::keyClick(dialog.get(), Qt::Key_T, Qt::AltModifier);
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, kWaitMs));
    QVERIFY2(tested.constFirst().constFirst().toBool(), qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(m_f->session->settingsFile()->current().caFile, data + QStringLiteral("/ca.pem"));
}

void TestSettingsDialog::firstRun_makesTheAccountFromTheForm()
{
    QVERIFY(m_f->sandbox.listen());
    QVERIFY(m_f->accounts->list().isEmpty());
    const auto dialog = openAndTest(sandbox::SandboxServer::demoApiKey(), true);
    QVERIFY2(dialog->resultLabel()->text().startsWith(QLatin1String("Connected as")),
        qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(m_f->accounts->list().size(), 1);
    QCOMPARE(m_f->accounts->currentId(), m_f->accounts->list().constFirst().id);
    QCOMPARE(m_f->accounts->list().constFirst().baseUrl, m_f->sandbox.baseUrl());
    QCOMPARE(filesContaining(m_dir->path(), sandbox::SandboxServer::demoApiKey()), QStringList());
}

void TestSettingsDialog::everyField_hasALabelWithAMnemonicAndAnAccessibleName()
{
    QVERIFY(m_f->sandbox.listen());
    SettingsDialog dialog(true);
    QList<QWidget *> fields;
    for (QWidget *w : dialog.findChildren<QLineEdit *>())
        if (!qobject_cast<QComboBox *>(w->parentWidget()) && !qobject_cast<QSpinBox *>(w->parentWidget()))
            fields.append(w);
    for (QWidget *w : dialog.findChildren<QComboBox *>())
        fields.append(w);
    for (QWidget *w : dialog.findChildren<QSpinBox *>())
        fields.append(w);
    QVERIFY(fields.size() >= 12);
    QList<QWidget *> buddies;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy()) {
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            buddies.append(label->buddy());
        }
    }
    for (QWidget *field : std::as_const(fields)) {
        QVERIFY2(buddies.contains(field), qPrintable(field->accessibleName()));
        QVERIFY(!field->accessibleName().isEmpty());
    }
    // Every button and check box of our own has a mnemonic (OK and Cancel are the style's).
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->text().isEmpty() || qobject_cast<QDialogButtonBox *>(button->parentWidget()))
            continue;
        QVERIFY2(button->text().contains(QLatin1Char('&')), qPrintable(button->text()));
    }
}

void TestSettingsDialog::cancelAfterTest_leavesNoNewAccount_andTheLastOneCurrent()
{
    QVERIFY(m_f->sandbox.listen());
    const QString first = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(first); });
    const auto dialog = openAndTest(sandbox::SandboxServer::demoApiKey(), true);
    QCOMPARE(m_f->accounts->list().size(), 2); // the test ran against the new account
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isHidden());
    QCOMPARE(m_f->accounts->list().size(), 1);
    QCOMPARE(m_f->accounts->currentId(), first);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
