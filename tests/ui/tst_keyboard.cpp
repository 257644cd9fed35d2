// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The window from the keyboard and with a screen reader: Tab reaches only what can change, every
// combo box is named for its label, and each Alt+letter has one owner (the window, and each menu).
#include "mnemonics.h"
#include "taskeditorview.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTextEdit>

using namespace rte;

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup() { m_f.reset(); }

    void tab_stopsOnlyOnWhatTheRepCanChange();
    void everyComboBox_isNamedForItsLabel();
    void everyAltLetter_hasOneOwner_inTheWindowAndInEachMenu();

private:
    std::unique_ptr<test::WindowFixture> m_f;
};

void TestKeyboard::init()
{
    m_f = std::make_unique<test::WindowFixture>();
    QVERIFY(m_f->start());
    QVERIFY(m_f->openAndWait(5));
}

void TestKeyboard::tab_stopsOnlyOnWhatTheRepCanChange()
{
    // Walk the Tab chain once around, as a rep pressing Tab would.
    QWidget *start = m_f->window->editorView()->fieldWidget(core::TaskField::Subject);
    start->setFocus();
    QStringList readOnlyStops;
    int stops = 0;
    for (QWidget *w = start->nextInFocusChain(); w && w != start; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(m_f->window) || !w->isEnabled())
            continue;
        ++stops;
        const auto *line = qobject_cast<const QLineEdit *>(w);
        const auto *text = qobject_cast<const QTextEdit *>(w);
        const bool readOnly = qobject_cast<const QLabel *>(w) || (line && line->isReadOnly())
            || (text && text->isReadOnly() && !w->inherits("QTextBrowser"));
        if (readOnly || w->inherits("rte::ui::ReadOnlyText"))
            readOnlyStops.append(w->accessibleName().isEmpty() ? QLatin1String(w->metaObject()->className())
                                                               : w->accessibleName());
    }
    QVERIFY2(readOnlyStops.isEmpty(), qPrintable(readOnlyStops.join(QLatin1String(", "))));
    qInfo("%d Tab stops in the window with a task open", stops);
}

void TestKeyboard::everyComboBox_isNamedForItsLabel()
{
    const auto combos = m_f->window->findChildren<QComboBox *>();
    QVERIFY(combos.size() >= 4);
    for (const QComboBox *combo : combos) {
        if (!combo->isVisibleTo(m_f->window))
            continue;
        QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(combo->objectName()));
        QVERIFY2(combo->accessibleName() != combo->currentText() || combo->currentText().isEmpty(),
            qPrintable(combo->accessibleName()));
    }
}

void TestKeyboard::everyAltLetter_hasOneOwner_inTheWindowAndInEachMenu()
{
    const test::MnemonicOwners window = test::windowMnemonics(m_f->window, m_f->window->menuBar());
    QVERIFY(window.size() > 15);
    QString clash = test::firstClash(window);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    const auto menus = test::menuMnemonics(m_f->window->menuBar());
    QVERIFY(menus.size() >= 3);
    for (auto it = menus.cbegin(); it != menus.cend(); ++it) {
        clash = test::firstClash(it.value());
        QVERIFY2(clash.isEmpty(), qPrintable(it.key() + QLatin1String(" menu: ") + clash));
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
