// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "bodyeditor.h"

#include "core/bodyformat.h"
#include "core/smslength.h"
#include "presentation/spellchecker.h"
#include "spellmenu.h"
#include "variablehighlighter.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace rte::ui {

using core::BodyFormat;

namespace {

// A letter or digit on both sides of the cursor, within one paragraph.
bool isInsideWord(const QTextCursor &cursor)
{
    if (cursor.atBlockStart() || cursor.atBlockEnd())
        return false;
    const QTextDocument *document = cursor.document();
    return document->characterAt(cursor.position() - 1).isLetterOrNumber()
        && document->characterAt(cursor.position()).isLetterOrNumber();
}

} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_edit(new QTextEdit(this))
    , m_count(new QLabel(this))
    , m_highlighter(new VariableHighlighter(m_edit->document()))
{
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->setAccessibleName(tr("Formatting"));
    m_bold = addFormatAction(tr("Bold"), QStringLiteral("format-text-bold"), QKeySequence::Bold);
    m_italic = addFormatAction(tr("Italic"), QStringLiteral("format-text-italic"), QKeySequence::Italic);
    m_underline
        = addFormatAction(tr("Underline"), QStringLiteral("format-text-underline"), QKeySequence::Underline);
    m_toolBar->addSeparator();
    m_bullets = addFormatAction(tr("Bulleted list"), QStringLiteral("format-list-unordered"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_numbers = addFormatAction(tr("Numbered list"), QStringLiteral("format-list-ordered"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    m_toolBar->addSeparator();
    m_link = addFormatAction(tr("Link…"), QStringLiteral("insert-link"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_link->setCheckable(false);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(format);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        mergeFormat(format);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        mergeFormat(format);
    });
    connect(m_bullets, &QAction::triggered, this, [this](bool on) { toggleList(false, on); });
    connect(m_numbers, &QAction::triggered, this, [this](bool on) { toggleList(true, on); });
    connect(m_link, &QAction::triggered, this, &BodyEditor::insertLink);

    m_edit->setTabChangesFocus(true); // Tab leaves the body, as in every other field.
    m_edit->setAcceptRichText(true);
    m_edit->setAccessibleName(tr("Body"));
    m_edit->setMinimumHeight(160);
    m_count->setObjectName(QStringLiteral("characterCount"));
    m_count->setAlignment(Qt::AlignRight);
    m_count->setWordWrap(true);
    m_count->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_edit);

    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QTextEdit::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = createContextMenu(position);
        menu->exec(m_edit->viewport()->mapToGlobal(position));
        delete menu;
    });
    connect(m_edit, &QTextEdit::textChanged, this, &BodyEditor::onTextChanged);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &BodyEditor::updateFormatActions);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, [this] {
        const QTextList *list = m_edit->textCursor().currentList();
        const bool ordered = list && list->format().style() == QTextListFormat::ListDecimal;
        m_bullets->setChecked(list && !ordered);
        m_numbers->setChecked(ordered);
    });
}

QAction *BodyEditor::addFormatAction(
    const QString &text, const QString &iconName, const QKeySequence &shortcut)
{
    auto *action = m_toolBar->addAction(QIcon::fromTheme(iconName), text);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    if (action->icon().isNull())
        action->setIconText(text); // No icon theme: show the words, never an empty button.
    addAction(action);
    return action;
}

void BodyEditor::setPlainTextMode(bool plain, bool isSms)
{
    m_isSms = isSms;
    const bool changed = plain != m_plain;
    m_plain = plain;
    m_toolBar->setVisible(!plain);
    const auto actions = m_toolBar->actions();
    for (QAction *action : actions)
        action->setEnabled(!plain && !m_edit->isReadOnly());
    m_edit->setAcceptRichText(!plain);
    m_count->setVisible(plain);
    // The same text reads differently as HTML and as plain text: show it again in the new mode.
    if (changed)
        showBody();
    updateCount();
}

void BodyEditor::setBody(const QString &body)
{
    if (body == m_body)
        return;
    m_body = body;
    showBody();
}

void BodyEditor::showBody()
{
    m_loading = true;
    if (m_plain)
        m_edit->setPlainText(m_body);
    else
        m_edit->setHtml(m_body);
    m_loading = false;
    updateCount();
}

void BodyEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    const auto actions = m_toolBar->actions();
    for (QAction *action : actions)
        action->setEnabled(!readOnly && !m_plain);
}

void BodyEditor::onTextChanged()
{
    updateCount();
    if (m_loading)
        return;
    m_body = m_plain ? m_edit->toPlainText() : BodyFormat::toCompactHtml(*m_edit->document());
    Q_EMIT edited(m_body);
}

QString BodyEditor::characterCountText() const
{
    if (!m_isSms)
        return tr("%n character(s)", nullptr, int(m_edit->toPlainText().size()));
    const core::SmsLength length = core::SmsLength::measure(m_counted.value_or(m_edit->toPlainText()));
    // The count is what the carrier charges: GSM-7 septets or UCS-2 units, in parts.
    QStringList lines {tr("%n character(s)", nullptr, length.units) + QStringLiteral(" · ")
        + tr("%n SMS part(s)", nullptr, length.parts)};
    if (m_estimate)
        lines << tr("An estimate: the variables are counted as typed until the contact is known.");
    if (length.encoding == core::SmsLength::Encoding::Ucs2)
        lines << tr("A special character (an accent or emoji outside the SMS alphabet) makes each part "
                    "hold %1 characters instead of %2.")
                     .arg(length.parts > 1 ? length.partLimit() : length.singleLimit())
                     .arg(length.parts > 1 ? 153 : 160);
    if (length.parts > 1 && length.parts <= core::SmsLength::kMaxParts)
        lines << tr("This SMS goes out as %1 parts; each is charged.").arg(length.parts);
    return lines.join(QLatin1Char('\n'));
}

void BodyEditor::setCountedText(const QString &text, bool estimate)
{
    m_counted = text;
    m_estimate = estimate;
    updateCount();
}

void BodyEditor::setSpellChecker(std::shared_ptr<presentation::SpellChecker> spell)
{
    m_spell = spell;
    // Marks drawn over the text are not an edit: the body the rep did not touch goes back as it came.
    const QScopedValueRollback<bool> notAnEdit(m_loading, true);
    m_highlighter->setSpellChecker(std::move(spell));
}

QMenu *BodyEditor::createContextMenu(const QPoint &position)
{
    const QPoint scrolled(m_edit->horizontalScrollBar()->value(), m_edit->verticalScrollBar()->value());
    QMenu *menu = m_edit->createStandardContextMenu(position + scrolled);
    if (m_edit->isReadOnly())
        return menu;
    const QTextCursor at = m_edit->cursorForPosition(position);
    const QTextBlock block = at.block();
    SpellMenu::addSuggestions(
        menu, m_spell.get(), block.text(), at.positionInBlock(),
        [block](const presentation::SpellChecker::Range &range, const QString &word) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + range.start);
            cursor.setPosition(block.position() + range.start + range.length, QTextCursor::KeepAnchor);
            cursor.insertText(word); // one undo step, and edited() as for typing
        },
        [this] {
            const QScopedValueRollback<bool> notAnEdit(m_loading, true);
            m_highlighter->rehighlight();
        });
    return menu;
}

void BodyEditor::updateCount()
{
    if (m_plain) {
        m_count->setText(characterCountText());
        m_count->setAccessibleName(m_count->text());
    }
}

void BodyEditor::updateFormatActions(const QTextCharFormat &format)
{
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    m_underline->setChecked(format.fontUnderline() && !format.isAnchor());
}

void BodyEditor::mergeFormat(const QTextCharFormat &format)
{
    if (m_plain)
        return;
    QTextCursor cursor = m_edit->textCursor();
    // With the cursor inside a word, the toggle applies to that word, as in a word processor. At
    // the edge of a word it only changes what is typed next: taking the word before the cursor
    // there made Ctrl+B after "big bold words" unbold "words" again, so the bold seemed to stop
    // at the last space.
    if (!cursor.hasSelection() && isInsideWord(cursor))
        cursor.select(QTextCursor::WordUnderCursor);
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    m_edit->mergeCurrentCharFormat(format);
}

void BodyEditor::toggleList(bool ordered, bool on)
{
    if (m_plain)
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (on) {
        cursor.createList(ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
    } else if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
    (ordered ? m_bullets : m_numbers)->setChecked(false);
}

void BodyEditor::insertLink()
{
    if (m_plain || m_edit->isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    const QString current = cursor.charFormat().anchorHref();
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Insert link"), tr("Web address:"),
        QLineEdit::Normal, current.isEmpty() ? QStringLiteral("https://") : current, &ok)
                                .trimmed();
    if (!ok)
        return;
    QTextCharFormat format;
    if (address.isEmpty() || address == QLatin1String("https://")) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.setFontUnderline(false);
        format.clearForeground();
    } else {
        format.setAnchor(true);
        format.setAnchorHref(address);
        format.setFontUnderline(true);
        format.setForeground(palette().link());
    }
    cursor.beginEditBlock();
    if (!cursor.hasSelection() && !address.isEmpty()) {
        cursor.insertText(address, format);
    } else {
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace rte::ui
