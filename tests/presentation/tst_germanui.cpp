// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The German catalogue as a rep in Germany sees it: plural forms in real widgets, labels with their
// mnemonics, and dates and times in the German order.
#include "../ui/mnemonics.h"
#include "../ui/windowfixture.h"
#include "api/replyclient.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/translations.h"
#include "sandbox/sandboxserver.h"
#include "tasklistview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace rte;
using presentation::TaskListModel;

class TestGermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void pluralForms_data();
    void pluralForms();
    void taskListStatus_saysAufgabeForOne_andAufgabenForMany();
    void filterLabels_areGerman_withTheirMnemonics();
    void everyAltShortcutInTheGermanWindowIsUnique();
    void dates_areWrittenTheGermanWay();

private:
    QString translate(const char *context, const char *source, int n = -1) const
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
};

void TestGermanUi::initTestCase()
{
    // The tests run under LANG=C; a German rep's system locale is what the app would get instead.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    presentation::Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(translate("rte::ui::TaskListView", "Tasks"), QStringLiteral("Aufgaben"));
}

void TestGermanUi::pluralForms_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QByteArray list("rte::ui::TaskListView");
    const QByteArray body("rte::ui::BodyEditor");
    const QByteArray actions("rte::presentation::TaskActions");
    QTest::newRow("list, 1") << list << QByteArray("%n task(s) shown.") << 1
                             << QStringLiteral("1 Aufgabe angezeigt.");
    QTest::newRow("list, 2") << list << QByteArray("%n task(s) shown.") << 2
                             << QStringLiteral("2 Aufgaben angezeigt.");
    QTest::newRow("list, 0") << list << QByteArray("%n task(s) shown.") << 0
                             << QStringLiteral("0 Aufgaben angezeigt.");
    QTest::newRow("list with more, 1")
        << list << QByteArray("%n task(s) shown; scroll down for more.") << 1
        << QStringLiteral("1 Aufgabe angezeigt; für weitere nach unten scrollen.");
    QTest::newRow("SMS parts, 1") << body << QByteArray("%n SMS part(s)") << 1
                                  << QStringLiteral("1 SMS-Teil");
    QTest::newRow("SMS parts, 3") << body << QByteArray("%n SMS part(s)") << 3
                                  << QStringLiteral("3 SMS-Teile");
    QTest::newRow("characters, 1") << body << QByteArray("%n character(s)") << 1
                                   << QStringLiteral("1 Zeichen");
    QTest::newRow("characters, 160") << body << QByteArray("%n character(s)") << 160
                                     << QStringLiteral("160 Zeichen");
    QTest::newRow("more failed, 1") << actions << QByteArray("%n more could not be changed.") << 1
                                    << QStringLiteral("1 weitere konnte nicht geändert werden.");
    QTest::newRow("more failed, 4") << actions << QByteArray("%n more could not be changed.") << 4
                                    << QStringLiteral("4 weitere konnten nicht geändert werden.");
}

void TestGermanUi::pluralForms()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(translate(context.constData(), source.constData(), n), expected);
}

void TestGermanUi::taskListStatus_saysAufgabeForOne_andAufgabenForMany()
{
    sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    api::ReplyClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox::SandboxServer::demoApiKey());
    TaskListModel model(&client);
    ui::TaskListView view(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QSignalSpy page(&model, &TaskListModel::pageLoaded);
    view.applyFilter();
    if (!model.isLoading())
        model.refresh();
    QVERIFY(page.wait(5000));
    QTRY_VERIFY(!model.isLoading());

    auto *status = view.findChild<QLabel *>(QStringLiteral("listStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(
        QRegularExpression(QStringLiteral("^\\d+ Aufgaben angezeigt")).match(status->text()).hasMatch(),
        qPrintable(status->text()));

    // The search box narrows the loaded rows to exactly the first one: its own search text names it.
    const QString only = model.index(0, 0).data(TaskListModel::SearchTextRole).toString();
    view.searchField()->setText(only);
    QCOMPARE(view.view()->model()->rowCount(), 1);
    QVERIFY2(status->text().startsWith(QLatin1String("1 Aufgabe angezeigt")), qPrintable(status->text()));

    view.searchField()->setText(QStringLiteral("zzzz-nothing"));
    QCOMPARE(status->text(), QStringLiteral("Keine der geladenen Aufgaben passt zu „zzzz-nothing“."));
}

void TestGermanUi::filterLabels_areGerman_withTheirMnemonics()
{
    api::ReplyClient client;
    TaskListModel model(&client);
    ui::TaskListView view(&model);
    QStringList captions;
    const auto labels = view.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy())
            captions.append(label->text());
    }
    for (const char *expected : {"T&yp", "Stat&us", "&Wann", "Kontakt-I&D", "Su&chen"})
        QVERIFY2(captions.contains(QString::fromUtf8(expected)), qPrintable(captions.join(QLatin1Char('|'))));
    QCOMPARE(view.typeFilter()->accessibleName(), QStringLiteral("Typ"));
    QCOMPARE(view.overdueFilter()->text(), QStringLiteral("Nu&r überfällige"));
}

void TestGermanUi::everyAltShortcutInTheGermanWindowIsUnique()
{
    test::WindowFixture f;
    QVERIFY(f.start());
    ui::MainWindow *window = f.window;
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Aufgabe"));

    // Alt+letter must reach exactly one place: the menu bar, the list's filters and the form (or the
    // welcome page in its place) share a window. Each state is checked, and so is their union, so the
    // welcome page's buttons don't take a letter the form uses either.
    using Owners = QMap<QChar, QStringList>;
    Owners everywhere;
    const auto collectState = [window, &everywhere]() {
        Owners owners;
        const auto collect = [&owners, &everywhere](const QString &text, const QString &what) {
            for (int i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('&') && text.at(i + 1) != QLatin1Char('&')) {
                    const QChar letter = text.at(i + 1).toLower();
                    const QString owner = what + QLatin1String(": ") + text;
                    owners[letter].append(owner);
                    if (!everywhere[letter].contains(owner))
                        everywhere[letter].append(owner);
                    return;
                }
            }
        };
        const auto menus = window->menuBar()->actions();
        for (const QAction *menu : menus)
            collect(menu->text(), QStringLiteral("menu"));
        const auto labels = window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() && label->isVisibleTo(window))
                collect(label->text(), QStringLiteral("label"));
        }
        const auto buttons = window->findChildren<QAbstractButton *>();
        for (const QAbstractButton *button : buttons) {
            if (button->isVisibleTo(window))
                collect(button->text(), QStringLiteral("button"));
        }
        return owners;
    };
    const auto verifyUnique = [](const Owners &owners) {
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() != 1)
                return it.value().join(QLatin1String(" | "));
        }
        return QString();
    };

    // The welcome page, before any task is open.
    const Owners welcome = collectState();
    QCOMPARE(welcome.value(QLatin1Char('n')), QStringList {QStringLiteral("button: &Neue Aufgabe")});
    QString clash = verifyUnique(welcome);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));

    // A task from the sandbox open in the form.
    QSignalSpy loaded(f.editor, &presentation::TaskEditorController::taskLoaded);
    window->openTask(5);
    QVERIFY(loaded.wait(5000));
    const Owners form = collectState();
    QVERIFY(form.size() > 15);
    clash = verifyUnique(form);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));

    clash = verifyUnique(everywhere);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));

    // Each menu is a scope of its own: its items' letters must not clash either.
    const auto menus = test::menuMnemonics(window->menuBar());
    QVERIFY(menus.size() >= 3);
    for (auto it = menus.cbegin(); it != menus.cend(); ++it) {
        clash = test::firstClash(it.value());
        QVERIFY2(clash.isEmpty(), qPrintable(it.key() + QLatin1String(" menu: ") + clash));
    }
}

void TestGermanUi::dates_areWrittenTheGermanWay()
{
    const QLocale german;
    QCOMPARE(german.language(), QLocale::German);
    const QDate date(2026, 3, 7);
    QCOMPARE(german.toString(date, QLocale::ShortFormat), QStringLiteral("07.03.26"));
    QCOMPARE(german.toString(date, QLocale::LongFormat), QStringLiteral("Samstag, 7. März 2026"));
    QCOMPARE(german.toString(QTime(14, 5), QLocale::ShortFormat), QStringLiteral("14:05"));
    QCOMPARE(german.toString(QDateTime(date, QTime(14, 5)), QLocale::ShortFormat),
        QStringLiteral("07.03.26 14:05"));
    QCOMPARE(german.toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(german.dayName(1), QStringLiteral("Montag"));
}

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
