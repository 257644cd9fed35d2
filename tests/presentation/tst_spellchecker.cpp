// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/spellchecker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rte::presentation;
using Range = SpellChecker::Range;
Q_DECLARE_METATYPE(Range)

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void misspellings_data();
    void misspellings();
    void misspelledWord_hasSuggestions();
    void addedWord_isNoLongerFlagged();
    void germanLocale_usesTheGermanDictionary();
    void noDictionary_isQuietlyOff();

private:
    std::unique_ptr<SpellChecker> m_english;
};

void TestSpellChecker::initTestCase()
{
    m_english = std::make_unique<SpellChecker>(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSpellChecker::misspellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Range>>("expected");
    const QList<Range> none;
    QTest::newRow("correct prose") << QStringLiteral("Thanks for the call, see you on Tuesday.") << none;
    QTest::newRow("a misspelled word is flagged")
        << QStringLiteral("Thanks for teh call") << QList<Range> {{11, 3}};
    QTest::newRow("two misspellings, in order")
        << QStringLiteral("Recieve the pricng") << QList<Range> {{0, 7}, {12, 6}};
    QTest::newRow("a variable is never flagged") << QStringLiteral("Hi {{firstName}}, {{ compnay }}") << none;
    QTest::newRow("an email address is never flagged")
        << QStringLiteral("Write to dnaa.smtih@exmaple.com today") << none;
    QTest::newRow("a web address is never flagged")
        << QStringLiteral("See https://exmaple.com/pricng?utm=abcxyz and www.zzqx.io") << none;
    QTest::newRow("numbers and codes are not words") << QStringLiteral("Q3 plan 2026 abc_12") << none;
    QTest::newRow("a misspelling beside a variable is still flagged")
        << QStringLiteral("{{firstName}} wrkd") << QList<Range> {{14, 4}};
}

void TestSpellChecker::misspellings()
{
    if (!m_english->isAvailable())
        QSKIP("No English Hunspell dictionary installed (hunspell-en-us)");
    QFETCH(QString, text);
    QFETCH(QList<Range>, expected);
    const QList<Range> found = m_english->misspellings(text);
    QCOMPARE(found.size(), expected.size());
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).start, expected.at(i).start);
        QCOMPARE(found.at(i).length, expected.at(i).length);
    }
}

void TestSpellChecker::misspelledWord_hasSuggestions()
{
    if (!m_english->isAvailable())
        QSKIP("No English Hunspell dictionary installed (hunspell-en-us)");
    QVERIFY(!m_english->isCorrect(QStringLiteral("recieve")));
    const QStringList suggestions = m_english->suggestions(QStringLiteral("recieve"));
    QVERIFY(!suggestions.isEmpty());
    QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(QLatin1Char(','))));
    const auto at = m_english->misspellingAt(QStringLiteral("We recieve it"), 5);
    QVERIFY(at);
    QCOMPARE(at->start, 3);
    QVERIFY(!m_english->misspellingAt(QStringLiteral("We recieve it"), 12));
}

void TestSpellChecker::addedWord_isNoLongerFlagged()
{
    SpellChecker checker(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!checker.isAvailable())
        QSKIP("No English Hunspell dictionary installed (hunspell-en-us)");
    QVERIFY(!checker.isCorrect(QStringLiteral("Zorblax")));
    checker.addWord(QStringLiteral("Zorblax"));
    QVERIFY(checker.isCorrect(QStringLiteral("Zorblax")));
}

void TestSpellChecker::germanLocale_usesTheGermanDictionary()
{
    // An Austrian rep gets the German dictionary when there is no de_AT.
    SpellChecker checker(QLocale(QLocale::German, QLocale::Austria));
    if (!checker.dictionaryName().startsWith(QLatin1String("de_")))
        QSKIP("No German Hunspell dictionary installed (hunspell-de-de)");
    QVERIFY(checker.isCorrect(QStringLiteral("Grüße")));
    QCOMPARE(checker.misspellings(QStringLiteral("Viele Grüße und Dnake")).size(), 1);
}

void TestSpellChecker::noDictionary_isQuietlyOff()
{
    QTemporaryDir empty;
    SpellChecker checker(QLocale(QLocale::English, QLocale::UnitedStates), {empty.path()});
    QVERIFY(!checker.isAvailable());
    QVERIFY(checker.dictionaryName().isEmpty());
    QVERIFY(checker.isCorrect(QStringLiteral("teh")));
    QVERIFY(checker.misspellings(QStringLiteral("teh pricng")).isEmpty());
    QVERIFY(checker.suggestions(QStringLiteral("teh")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
