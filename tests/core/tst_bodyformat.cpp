// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/bodyformat.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace rte::core;

class TestBodyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactHtmlHasNoQtBoilerplate();
    void compactHtmlKeepsFormatting_data();
    void compactHtmlKeepsFormatting();
    void compactHtmlIsStable();
    void plainTextKeepsListsAndLinks();
    void plainTextBecomesParagraphs();
    void plainChannels_data();
    void plainChannels();
    void htmlIsBlankExactlyWhenTheDocumentShowsNoText_data();
    void htmlIsBlankExactlyWhenTheDocumentShowsNoText();
};

void TestBodyFormat::compactHtmlHasNoQtBoilerplate()
{
    QTextDocument document;
    document.setHtml(QStringLiteral("<p>Hello <b>Dana</b></p><ul><li>one</li><li>two</li></ul>"));
    const QString qtHtml = document.toHtml();
    QVERIFY(qtHtml.contains(QLatin1String("qrichtext"))); // what we must not send

    const QString html = BodyFormat::toCompactHtml(document);
    for (const char *banned : {"DOCTYPE", "<head", "<style", "qrichtext", "-qt-", "<html", "<body", "style="})
        QVERIFY2(!html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    QCOMPARE(html, QStringLiteral("<p>Hello <b>Dana</b></p><ul><li>one</li><li>two</li></ul>"));
}

void TestBodyFormat::compactHtmlKeepsFormatting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("italic") << QStringLiteral("<p><i>soon</i></p>") << QStringLiteral("<p><i>soon</i></p>");
    QTest::newRow("underline") << QStringLiteral("<p><u>now</u></p>") << QStringLiteral("<p><u>now</u></p>");
    QTest::newRow("numbered list") << QStringLiteral("<ol><li>a</li><li>b</li></ol>")
                                   << QStringLiteral("<ol><li>a</li><li>b</li></ol>");
    QTest::newRow("link") << QStringLiteral(
        "<p>See <a href=\"https://example.com/?a=1&amp;b=2\">this</a></p>")
                          << QStringLiteral(
                                 "<p>See <a href=\"https://example.com/?a=1&amp;b=2\">this</a></p>");
    QTest::newRow("escapes text") << QStringLiteral("<p>1 &lt; 2 &amp; 3</p>")
                                  << QStringLiteral("<p>1 &lt; 2 &amp; 3</p>");
    QTest::newRow("empty paragraph") << QStringLiteral("<p>a</p><p><br></p><p>b</p>")
                                     << QStringLiteral("<p>a</p><p><br></p><p>b</p>");
    QTest::newRow("line break") << QStringLiteral("<p>a<br>b</p>") << QStringLiteral("<p>a<br>b</p>");
    QTest::newRow("variables survive")
        << QStringLiteral("<p>Hi {{firstName}}</p>") << QStringLiteral("<p>Hi {{firstName}}</p>");
    QTest::newRow("styles dropped") << QStringLiteral(
        "<p style=\"color:red; -qt-block-indent:0\"><span style=\"font-size:20pt\">x</span></p>")
                                    << QStringLiteral("<p>x</p>");
    QTest::newRow("empty document") << QString() << QString();
}

void TestBodyFormat::compactHtmlKeepsFormatting()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(BodyFormat::compactHtml(input), expected);
}

void TestBodyFormat::compactHtmlIsStable()
{
    const QString html = QStringLiteral(
        "<p>Hi <b><i>there</i></b></p><ul><li><a href=\"https://x.example\">x</a></li></ul>");
    const QString once = BodyFormat::compactHtml(html);
    QCOMPARE(BodyFormat::compactHtml(once), once);
}

void TestBodyFormat::plainTextKeepsListsAndLinks()
{
    const QString html = QStringLiteral("<p>Hi <b>Dana</b>,</p><ul><li>pricing</li><li>demo</li></ul>"
                                        "<ol><li>first</li><li>second</li></ol>"
                                        "<p>Book <a href=\"https://cal.example/dana\">here</a></p>");
    QCOMPARE(BodyFormat::htmlToPlainText(html),
        QStringLiteral(
            "Hi Dana,\n• pricing\n• demo\n1. first\n2. second\nBook here (https://cal.example/dana)"));
    QVERIFY(!BodyFormat::htmlToPlainText(html).contains(QLatin1Char('<')));
}

void TestBodyFormat::plainTextBecomesParagraphs()
{
    QCOMPARE(BodyFormat::plainTextToHtml(QStringLiteral("Hi <Dana>\n\nBye")),
        QStringLiteral("<p>Hi &lt;Dana&gt;</p><p><br></p><p>Bye</p>"));
    QCOMPARE(BodyFormat::htmlToPlainText(BodyFormat::plainTextToHtml(QStringLiteral("a\nb & c"))),
        QStringLiteral("a\nb & c"));
}

void TestBodyFormat::plainChannels_data()
{
    QTest::addColumn<TaskType>("type");
    QTest::addColumn<bool>("plain");
    QTest::newRow("toDo") << TaskType::ToDo << false;
    QTest::newRow("call") << TaskType::Call << false;
    QTest::newRow("meeting") << TaskType::Meeting << false;
    QTest::newRow("manualEmail") << TaskType::ManualEmail << false;
    QTest::newRow("linkedIn") << TaskType::LinkedIn << true;
    QTest::newRow("sms") << TaskType::Sms << true;
    QTest::newRow("whatsApp") << TaskType::WhatsApp << true;
}

void TestBodyFormat::plainChannels()
{
    QFETCH(TaskType, type);
    QFETCH(bool, plain);
    QCOMPARE(BodyFormat::isPlainTextChannel(type), plain);
}

// isBlank answers most bodies without parsing them; whatever the shortcut, its answer is the
// document's: blank exactly when the document shows no text.
void TestBodyFormat::htmlIsBlankExactlyWhenTheDocumentShowsNoText_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("  \n ");
    QTest::newRow("empty paragraph") << QStringLiteral("<p></p>");
    QTest::newRow("nbsp and br") << QStringLiteral("<p>&nbsp;<br> </p>");
    QTest::newRow("entity") << QStringLiteral("<p>&amp;</p>");
    QTest::newRow("numeric entity") << QStringLiteral("<p>&#65;</p>");
    QTest::newRow("head only") << QStringLiteral(
        "<html><head><title>Title</title><style>p { color: red }</style></head><body><p></p></body></html>");
    QTest::newRow("comment") << QStringLiteral("<!-- a note --><p></p>");
    QTest::newRow("quoted >") << QStringLiteral("<p title=\"a>b\"></p>");
    QTest::newRow("single-quoted >") << QStringLiteral("<p title='a>b'>c</p>");
    QTest::newRow("image alt") << QStringLiteral("<img alt=\"photo\">");
    QTest::newRow("hidden by css") << QStringLiteral("<p style=\"display:none\">hidden</p>");
    QTest::newRow("script") << QStringLiteral("<script>var a = 1;</script>");
    QTest::newRow("word") << QStringLiteral("<p>Hi {{firstName}}</p>");
    QTest::newRow("bold digit") << QStringLiteral("<p><b>7</b></p>");
    QTest::newRow("after the head") << QStringLiteral(
        "<html><head><title>T</title></head><body>Hello</body></html>");
    QTest::newRow("unclosed tag") << QStringLiteral("<p title=\"x");
}

void TestBodyFormat::htmlIsBlankExactlyWhenTheDocumentShowsNoText()
{
    QFETCH(QString, html);
    QTextDocument document;
    document.setHtml(html);
    QCOMPARE(BodyFormat::isBlank(html, false), document.toPlainText().trimmed().isEmpty());
}

QTEST_MAIN(TestBodyFormat)
#include "tst_bodyformat.moc"
