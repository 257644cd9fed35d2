// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/bodyformat.h"
#include "core/bodypreview.h"

#include <QTest>

using rte::core::BodyPreview;

class TestBodyPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHtml_data();
    void fromHtml();
    void isBlank_data();
    void isBlank();
};

void TestBodyPreview::fromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("preview");

    QTest::newRow("paragraphs become words apart")
        << QStringLiteral("<p>Hi {{firstName}},</p><p>quick <b>question</b></p>") << 60
        << QStringLiteral("Hi {{firstName}}, quick question");
    QTest::newRow("list items and line breaks do not run together") << QStringLiteral(
        "<ul><li>one</li><li>two</li></ul>three<br>four") << 60 << QStringLiteral("one two three four");
    QTest::newRow("inline tags join without a space")
        << QStringLiteral("re<b>ad</b>y") << 60 << QStringLiteral("ready");
    QTest::newRow("common entities are decoded")
        << QStringLiteral("Tom &amp; Jerry &lt;3 &quot;ok&quot;&nbsp;now &#39;s&#x21;") << 60
        << QStringLiteral("Tom & Jerry <3 \"ok\" now 's!");
    QTest::newRow("unknown entities stay as written")
        << QStringLiteral("a &bogus; b") << 60 << QStringLiteral("a &bogus; b");
    QTest::newRow("style, head and script text is not body text")
        << QStringLiteral("<html><head><title>T</title><style>p { color: red; }</style></head>"
                          "<body><script>x()</script><p>Body</p></body></html>")
        << 60 << QStringLiteral("Body");
    QTest::newRow("whitespace collapses and the ends are trimmed")
        << QStringLiteral("  <p>\n  many\t\tspaces  </p>  ") << 60 << QStringLiteral("many spaces");
    QTest::newRow("cut at the length asked for")
        << QStringLiteral("<p>abcdefghij</p>") << 4 << QStringLiteral("abcd");
    QTest::newRow("a tag cut off ends the text")
        << QStringLiteral("text <a href=") << 60 << QStringLiteral("text");
    QTest::newRow("plain text passes through")
        << QStringLiteral("just words") << 60 << QStringLiteral("just words");
    QTest::newRow("empty") << QString() << 60 << QString();
}

void TestBodyPreview::fromHtml()
{
    QFETCH(QString, html);
    QFETCH(int, maxLength);
    QFETCH(QString, preview);
    QCOMPARE(BodyPreview::fromHtml(html, maxLength), preview);
}

// BodyFormat::isBlank reads through the preview: the validator's "the body says nothing" rule.
void TestBodyPreview::isBlank_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("blank");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("empty paragraphs and breaks") << QStringLiteral("<p>&nbsp;</p><p><br></p>") << true;
    QTest::newRow("only a style block") << QStringLiteral("<style>p { margin: 0 }</style><p> </p>") << true;
    QTest::newRow("one character") << QStringLiteral("<p><b>x</b></p>") << false;
    QTest::newRow("an entity") << QStringLiteral("<p>&amp;</p>") << false;
    QTest::newRow("a variable") << QStringLiteral("<p>{{firstName}}</p>") << false;
}

void TestBodyPreview::isBlank()
{
    QFETCH(QString, html);
    QFETCH(bool, blank);
    QCOMPARE(rte::core::BodyFormat::isBlank(html, false), blank);
}

QTEST_APPLESS_MAIN(TestBodyPreview)
#include "tst_bodypreview.moc"
