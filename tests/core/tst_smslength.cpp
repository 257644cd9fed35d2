// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/smslength.h"

#include <QTest>

using namespace rte::core;

class TestSmsLength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measure_data();
    void measure();
};

void TestSmsLength::measure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm7");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("parts");

    const QString a = QStringLiteral("a");
    const QString smile = QString::fromUtf8("\xF0\x9F\x98\x80"); // 😀, a surrogate pair
    const QString zoe = QString::fromUtf8("Zo\xC3\xAB"); // Zoë
    const QString euro = QString::fromUtf8("\xE2\x82\xAC");

    QTest::newRow("empty is no part") << QString() << true << 0 << 0;
    QTest::newRow("one letter is one part") << a << true << 1 << 1;
    QTest::newRow("160 GSM characters fit one part") << a.repeated(160) << true << 160 << 1;
    QTest::newRow("161 GSM characters take two parts") << a.repeated(161) << true << 161 << 2;
    QTest::newRow("306 GSM characters fill two parts") << a.repeated(306) << true << 306 << 2;
    QTest::newRow("307 GSM characters take three parts") << a.repeated(307) << true << 307 << 3;
    QTest::newRow("459 GSM characters fill three parts") << a.repeated(459) << true << 459 << 3;
    QTest::newRow("1530 GSM characters fill ten parts") << a.repeated(1530) << true << 1530 << 10;
    QTest::newRow("1531 GSM characters take eleven parts") << a.repeated(1531) << true << 1531 << 11;
    QTest::newRow("an extension character counts two") << QStringLiteral("{") << true << 2 << 1;
    QTest::newRow("159 plus a brace is 161: two parts")
        << a.repeated(159) + QStringLiteral("}") << true << 161 << 2;
    QTest::newRow("158 plus a euro sign is 160: one part") << a.repeated(158) + euro << true << 160 << 1;
    QTest::newRow("every extension character counts two")
        << QStringLiteral("^{}\\[~]|") + euro + QStringLiteral("\f") << true << 20 << 1;
    QTest::newRow("accents in the GSM alphabet stay GSM-7") << QString::fromUtf8(
        "\xC3\xA9\xC3\xA8\xC3\xB9\xC3\xAC\xC3\xB2\xC3\x87\xC3\x98\xC3\xB8\xC3\x85\xC3\xA5"
        "\xC3\x84\xC3\x96\xC3\x91\xC3\x9C\xC2\xA7\xC2\xBF\xC3\xA4\xC3\xB6\xC3\xB1\xC3\xBC\xC3\xA0")
                                                            << true << 21 << 1;
    QTest::newRow("Zoë makes it UCS-2") << zoe << false << 3 << 1;
    QTest::newRow("a backtick is not GSM-7") << QStringLiteral("`") << false << 1 << 1;
    QTest::newRow("70 UCS-2 units fit one part") << zoe + a.repeated(67) << false << 70 << 1;
    QTest::newRow("71 UCS-2 units take two parts") << zoe + a.repeated(68) << false << 71 << 2;
    QTest::newRow("134 UCS-2 units fill two parts") << zoe + a.repeated(131) << false << 134 << 2;
    QTest::newRow("135 UCS-2 units take three parts") << zoe + a.repeated(132) << false << 135 << 3;
    QTest::newRow("an emoji is two UCS-2 units") << smile << false << 2 << 1;
    QTest::newRow("35 emoji fill one part") << smile.repeated(35) << false << 70 << 1;
    QTest::newRow("36 emoji take two parts") << smile.repeated(36) << false << 72 << 2;
    QTest::newRow("in UCS-2 a brace counts one") << zoe + QStringLiteral("{}") << false << 5 << 1;
}

void TestSmsLength::measure()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm7);
    QFETCH(int, units);
    QFETCH(int, parts);

    const SmsLength length = SmsLength::measure(text);
    QCOMPARE(length.encoding == SmsLength::Encoding::Gsm7, gsm7);
    QCOMPARE(SmsLength::isGsm7(text), gsm7);
    QCOMPARE(length.units, units);
    QCOMPARE(length.parts, parts);
}

QTEST_APPLESS_MAIN(TestSmsLength)
#include "tst_smslength.moc"
