// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "bodyeditor.h"
#include "presentation/spellchecker.h"
#include "presentation/translations.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextLayout>

using rte::ui::BodyEditor;

class TestBodyEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rte::presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void settingTheBody_isNotReportedAsAnEdit();
    void typingWithCtrlB_sendsCompactBoldHtml();
    void boldTurnedOnMidLine_staysOnAcrossSpacesUntilTurnedOff();
    void boldWithTheCursorInsideAWord_boldsThatWord();
    void listShortcut_makesABulletedList();
    void plainMode_countsCharactersAndSmsParts_data();
    void plainMode_countsCharactersAndSmsParts();
    void plainMode_neverProducesTags();
    void contextMenuOnAMisspelledWord_offersASuggestionThatReplacesIt();
};

void TestBodyEditor::settingTheBody_isNotReportedAsAnEdit()
{
    BodyEditor editor;
    QSignalSpy edited(&editor, &BodyEditor::edited);
    editor.setBody(QStringLiteral("<div>As <strong>it</strong> came</div>"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(editor.body(), QStringLiteral("<div>As <strong>it</strong> came</div>"));
}

void TestBodyEditor::typingWithCtrlB_sendsCompactBoldHtml()
{
    BodyEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edited(&editor, &BodyEditor::edited);
    editor.textEdit()->setFocus();
    QTest::keyClicks(editor.textEdit(), QStringLiteral("Hi "));
    QTest::keyClick(editor.textEdit(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("Dana"));
    QVERIFY(edited.count() > 0);
    QCOMPARE(editor.body(), QStringLiteral("<p>Hi <b>Dana</b></p>"));
}

void TestBodyEditor::boldTurnedOnMidLine_staysOnAcrossSpacesUntilTurnedOff()
{
    BodyEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.textEdit()->setFocus();
    QTest::keyClicks(editor.textEdit(), QStringLiteral("Hello "));
    QTest::keyClick(editor.textEdit(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("big bold words"));
    QTest::keyClick(editor.textEdit(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(editor.textEdit(), QStringLiteral(" end"));

    // Character by character in the document, so a space that lost its bold shows up by position.
    const QString text = editor.textEdit()->toPlainText();
    QCOMPARE(text, QStringLiteral("Hello big bold words end"));
    const int boldStart = int(text.indexOf(QLatin1String("big")));
    const int boldEnd = boldStart + int(QStringLiteral("big bold words").size());
    QTextCursor cursor(editor.textEdit()->document());
    for (int i = 0; i < text.size(); ++i) {
        cursor.setPosition(i + 1); // the format of the character before the position
        const bool bold = cursor.charFormat().fontWeight() >= QFont::Bold;
        QVERIFY2(bold == (i >= boldStart && i < boldEnd),
            qPrintable(QStringLiteral("character %1 ('%2') bold: %3").arg(i).arg(text.at(i)).arg(bold)));
    }
    QCOMPARE(editor.body(), QStringLiteral("<p>Hello <b>big bold words</b> end</p>"));
}

void TestBodyEditor::boldWithTheCursorInsideAWord_boldsThatWord()
{
    BodyEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.textEdit()->setFocus();
    QTest::keyClicks(editor.textEdit(), QStringLiteral("a quick note"));
    for (int i = 0; i < 7; ++i) // into "quick", between "qui" and "ck"
        QTest::keyClick(editor.textEdit(), Qt::Key_Left);
    QTest::keyClick(editor.textEdit(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(editor.body(), QStringLiteral("<p>a <b>quick</b> note</p>"));
}

void TestBodyEditor::listShortcut_makesABulletedList()
{
    BodyEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.textEdit()->setFocus();
    QTest::keyClick(editor.textEdit(), Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("one"));
    QTest::keyClick(editor.textEdit(), Qt::Key_Return);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("two"));
    QCOMPARE(editor.body(), QStringLiteral("<ul><li>one</li><li>two</li></ul>"));
}

void TestBodyEditor::plainMode_countsCharactersAndSmsParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("Hi Dana") << QStringLiteral("7 characters · 1 SMS part");
    QTest::newRow("160 GSM characters")
        << QString(160, QLatin1Char('a')) << QStringLiteral("160 characters · 1 SMS part");
    QTest::newRow("161 GSM characters")
        << QString(161, QLatin1Char('a'))
        << QStringLiteral("161 characters · 2 SMS parts\nThis SMS goes out as 2 parts; each is charged.");
    QTest::newRow("71 with an emoji-free non-GSM letter")
        << QString(70, QLatin1Char('a')) + QChar(0x0107)
        << QStringLiteral("71 characters · 2 SMS parts\nA special character (an accent or emoji outside the "
                          "SMS alphabet) makes each part hold 67 characters instead of 153.\nThis SMS goes "
                          "out as 2 parts; each is charged.");
    QTest::newRow("braces count two each")
        << QStringLiteral("{x}") << QStringLiteral("5 characters · 1 SMS part");
}

void TestBodyEditor::plainMode_countsCharactersAndSmsParts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    BodyEditor editor;
    editor.setPlainTextMode(true, true);
    editor.setBody(text);
    QCOMPARE(editor.characterCountText(), expected);
    QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("characterCount"))->text(), expected);
}

void TestBodyEditor::plainMode_neverProducesTags()
{
    BodyEditor editor;
    editor.setPlainTextMode(true, false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.textEdit()->setFocus();
    QTest::keyClick(editor.textEdit(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("See <b>this</b>"));
    QCOMPARE(editor.body(), QStringLiteral("See <b>this</b>")); // what was typed, literally, and nothing more
}

void TestBodyEditor::contextMenuOnAMisspelledWord_offersASuggestionThatReplacesIt()
{
    auto spell
        = std::make_shared<rte::presentation::SpellChecker>(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!spell->isAvailable())
        QSKIP("No English Hunspell dictionary installed (hunspell-en-us)");
    BodyEditor editor;
    editor.setPlainTextMode(true);
    editor.setSpellChecker(spell);
    editor.setBody(QStringLiteral("Hi {{firstName}}, we recieve it"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edited(&editor, &BodyEditor::edited);
    QTextEdit *edit = editor.textEdit();

    // The misspelled word is underlined; the variable is not.
    const QList<QTextLayout::FormatRange> formats = edit->document()->firstBlock().layout()->formats();
    const auto underlined
        = std::find_if(formats.cbegin(), formats.cend(), [](const QTextLayout::FormatRange &r) {
              return r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
          });
    QVERIFY(underlined != formats.cend());
    QCOMPARE(edit->toPlainText().mid(underlined->start, underlined->length), QStringLiteral("recieve"));

    const auto pointAt = [edit](int position) {
        QTextCursor cursor(edit->document());
        cursor.setPosition(position);
        return edit->cursorRect(cursor).center();
    };
    // On the variable: only the standard entries.
    std::unique_ptr<QMenu> plain(editor.createContextMenu(pointAt(6)));
    for (QAction *action : plain->actions())
        QVERIFY2(!action->text().contains(QLatin1String("dictionary")), qPrintable(action->text()));

    const int word = int(edit->toPlainText().indexOf(QLatin1String("recieve")));
    std::unique_ptr<QMenu> menu(editor.createContextMenu(pointAt(word + 3)));
    QAction *receive = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("receive"))
            receive = action;
    }
    QVERIFY(receive);
    QCOMPARE(menu->actions().first(), receive); // the suggestions come first
    receive->trigger();
    QCOMPARE(editor.body(), QStringLiteral("Hi {{firstName}}, we receive it"));
    QCOMPARE(edited.count(), 1);
}

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"
