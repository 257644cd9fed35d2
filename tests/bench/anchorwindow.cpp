// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The anchor for the start-up and memory figures: a bare Qt Widgets window with the kinds and number
// of widgets the app's window has (menus, a tool bar, a filtered list of 50 rows, the form with its
// pickers and rich-text body, the side panel with about twenty fields), filled with one task's data,
// and nothing else: no network, no sandbox, no settings. It reports "ready" the way the app does.
#include "readyreport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const char *const Body
    = "<p>Hi {{firstName}},</p><p>I came across <b>{{company}}</b> and wanted to share how "
      "teams like yours cut follow-up time in half:</p><ul><li>Shared task queues</li>"
      "<li>Automatic reminders</li></ul><p>Worth a 15-minute call next week? Here is my "
      "<a href=\"https://calendar.example.com/alex\">calendar</a>.</p><p>Best,<br>Alex</p>";

QComboBox *combo(const QStringList &items)
{
    auto *box = new QComboBox;
    box->addItems(items);
    return box;
}

QWidget *listSide()
{
    auto *side = new QWidget;
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Type"), combo({QStringLiteral("All types"), QStringLiteral("Call")}));
    form->addRow(QStringLiteral("Stat&us"), combo({QStringLiteral("Open"), QStringLiteral("Done")}));
    form->addRow(QStringLiteral("&When"), combo({QStringLiteral("Any time"), QStringLiteral("Today")}));
    auto *contact = new QLineEdit;
    contact->setPlaceholderText(QStringLiteral("Any contact"));
    form->addRow(QStringLiteral("&Contact ID"), contact);
    form->addRow(new QCheckBox(QStringLiteral("&Overdue only")));
    auto *find = new QLineEdit;
    find->setPlaceholderText(QStringLiteral("Search the loaded tasks"));
    form->addRow(QStringLiteral("&Find"), find);
    form->addRow(QStringLiteral("&Sort by column"), combo({QStringLiteral("Due, ascending")}));

    auto *model = new QStandardItemModel(0, 4, side);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Type"), QStringLiteral("Contact"), QStringLiteral("Due"), QStringLiteral("Status")});
    const QStringList types {QStringLiteral("Call"), QStringLiteral("To-do"), QStringLiteral("Manual email"),
        QStringLiteral("LinkedIn"), QStringLiteral("Meeting"), QStringLiteral("SMS"),
        QStringLiteral("WhatsApp")};
    for (int row = 0; row < 50; ++row) {
        model->appendRow({new QStandardItem(types.at(row % types.size())),
            new QStandardItem(QStringLiteral("Contact %1").arg(row)),
            new QStandardItem(QStringLiteral("Today %1:00").arg(row % 24)),
            new QStandardItem(QStringLiteral("Open"))});
    }
    auto *view = new QTreeView;
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(true);
    view->setModel(model);
    view->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(side);
    layout->addLayout(form);
    layout->addWidget(view, 1);
    layout->addWidget(new QLabel(QStringLiteral("50 tasks shown; scroll down for more.")));
    return side;
}

QWidget *formSide()
{
    auto *side = new QWidget;
    auto *form = new QFormLayout;
    auto *type = combo({QStringLiteral("To-do"), QStringLiteral("Call"), QStringLiteral("Manual email")});
    type->setCurrentIndex(2);
    form->addRow(QStringLiteral("Tas&k type"), type);
    auto *linkedIn = combo({});
    linkedIn->setEnabled(false);
    form->addRow(QStringLiteral("&LinkedIn action"), linkedIn);
    auto *contact = new QLineEdit(QStringLiteral("2005"));
    contact->setClearButtonEnabled(true);
    form->addRow(QStringLiteral("C&ontact ID"), contact);
    form->addRow(QString(), new QLabel(QStringLiteral("Amara Okafor · Lagos Fintech Hub")));
    for (const QString &label : {QStringLiteral("St&art"), QStringLiteral("D&ue")}) {
        auto *row = new QHBoxLayout;
        auto *edit = new QDateTimeEdit(QDateTime::currentDateTime());
        edit->setCalendarPopup(true);
        row->addWidget(edit, 1);
        auto *presets = new QToolButton;
        presets->setText(QStringLiteral("Presets"));
        presets->setPopupMode(QToolButton::InstantPopup);
        row->addWidget(presets);
        row->addWidget(new QLabel(QStringLiteral("Etc/UTC (UTC)")));
        form->addRow(label, row);
    }
    form->addRow(
        QStringLiteral("Su&bject"), new QLineEdit(QStringLiteral("Quick question about {{company}}")));
    auto *formatting = new QToolBar;
    for (const QString &name : {QStringLiteral("Bold"), QStringLiteral("Italic"), QStringLiteral("Underline"),
             QStringLiteral("Bulleted list"), QStringLiteral("Numbered list"), QStringLiteral("Link")})
        formatting->addAction(name);
    form->addRow(QStringLiteral("Bod&y"), formatting);
    auto *body = new QTextEdit;
    body->setHtml(QString::fromUtf8(Body));
    form->addRow(body);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QPushButton(QStringLiteral("Insert &Variable")));
    buttons->addStretch();
    buttons->addWidget(new QPushButton(QStringLiteral("&Save")));
    auto *layout = new QVBoxLayout(side);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    return side;
}

QWidget *panelSide()
{
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->addRow(new QLabel(QStringLiteral("<b>On the server</b>")));
    const QStringList names {QStringLiteral("Task ID"), QStringLiteral("Type"), QStringLiteral("Status"),
        QStringLiteral("LinkedIn action"), QStringLiteral("Contact ID"), QStringLiteral("Assigned to user"),
        QStringLiteral("Origin"), QStringLiteral("Sequence"), QStringLiteral("Sequence step"),
        QStringLiteral("Step name"), QStringLiteral("Created"), QStringLiteral("Starts"),
        QStringLiteral("Due"), QStringLiteral("Finished"), QStringLiteral("Scheduled"),
        QStringLiteral("Failed"), QStringLiteral("Email"), QStringLiteral("Phone"),
        QStringLiteral("LinkedIn profile"), QStringLiteral("Subject (template)")};
    for (const QString &name : names) {
        auto *value = new QLabel(QStringLiteral("value of %1").arg(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(name, value);
    }
    auto *body = new QTextBrowser;
    body->setHtml(QString::fromUtf8(Body));
    form->addRow(QStringLiteral("Body (template)"), body);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);

    auto *preview = new QTextBrowser;
    preview->setHtml(QString::fromUtf8(Body));
    auto *tabs = new QTabWidget;
    tabs->addTab(scroll, QStringLiteral("On the server"));
    tabs->addTab(preview, QStringLiteral("Preview"));
    return tabs;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    for (const QString &menu : {QStringLiteral("&Task"), QStringLiteral("&Accounts"), QStringLiteral("&Edit"),
             QStringLiteral("&Help")}) {
        QMenu *m = window.menuBar()->addMenu(menu);
        for (int i = 0; i < 8; ++i)
            m->addAction(QStringLiteral("Item %1").arg(i));
    }
    QToolBar *tools = window.addToolBar(QStringLiteral("Task"));
    for (const QString &name :
        {QStringLiteral("New Task"), QStringLiteral("Open Task…"), QStringLiteral("Save"),
            QStringLiteral("Refresh List"), QStringLiteral("Complete…"), QStringLiteral("Send Now…"),
            QStringLiteral("Delete…"), QStringLiteral("Reassign…"), QStringLiteral("Reschedule…")})
        tools->addAction(name);

    auto *splitter = new QSplitter;
    splitter->addWidget(listSide());
    splitter->addWidget(formSide());
    splitter->addWidget(panelSide());
    window.setCentralWidget(splitter);
    window.statusBar()->showMessage(QStringLiteral("Task 5 is open."));
    window.resize(1280, 800);

    auto *ready = new rte::ui::ReadyReport(&window);
    window.show();
    // The data is there from the start: the anchor has no server to wait for.
    ready->dataShown();
    return app.exec();
}
