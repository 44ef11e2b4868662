#include "lockgutter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace sw::app {

LockGutter::LockGutter(QPlainTextEdit *preview, QWidget *parent) : QWidget(parent), m_preview(preview)
{
    setFixedWidth(18);
    setObjectName(QStringLiteral("lockGutter"));
    setAccessibleName(tr("Locks of the migration's statements"));
    connect(preview, &QPlainTextEdit::updateRequest, this, qOverload<>(&QWidget::update));
    connect(preview->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

void LockGutter::setMarks(const QList<StatementLockMark> &marks)
{
    m_marks.clear();
    for (const StatementLockMark &m : marks)
        if (m.safety.lock != LockMode::None)
            m_marks << m;
    update();
}

QColor LockGutter::colour(const StatementSafety &s)
{
    if (s.newTable || s.lock < LockMode::ShareUpdateExclusive)
        return QColor(0xa0, 0xa0, 0xa0);
    const bool blocksOthers = s.lock >= LockMode::Share && s.lock != LockMode::ShareUpdateExclusive;
    const bool risky = std::any_of(s.findings.begin(), s.findings.end(), [](const SafetyFinding &f) { return !f.note; });
    if (risky || (blocksOthers && s.work >= TableWork::Scan))
        return QColor(0xd3, 0x2f, 0x2f);
    return blocksOthers ? QColor(0xf5, 0xa6, 0x23) : QColor(0x4c, 0xaf, 0x50);
}

namespace {

QString blocked(LockMode lock)
{
    switch (lock) {
    case LockMode::AccessExclusive: return LockGutter::tr("reads and writes");
    case LockMode::Exclusive:
    case LockMode::ShareRowExclusive:
    case LockMode::Share: return LockGutter::tr("writes");
    case LockMode::ShareUpdateExclusive: return LockGutter::tr("other schema changes and VACUUM");
    default: return LockGutter::tr("only locks on the whole table");
    }
}

QString workDone(TableWork work)
{
    switch (work) {
    case TableWork::Rewrite: return LockGutter::tr("rewrites the table");
    case TableWork::Scan: return LockGutter::tr("scans the table");
    case TableWork::Rows: return LockGutter::tr("changes rows");
    default: return LockGutter::tr("catalog only");
    }
}

} // namespace

QString LockGutter::explanation(const StatementSafety &s)
{
    if (s.newTable)
        return tr("%1 on %2, a table this migration made: no one waits for it").arg(lockModeName(s.lock), s.table);
    QString howLong;
    switch (s.work) {
    case TableWork::Rewrite: howLong = tr("for as long as it rewrites the whole table and its indexes"); break;
    case TableWork::Scan: howLong = tr("for as long as it reads the whole table"); break;
    case TableWork::Rows: howLong = tr("for as long as it changes its rows"); break;
    default: howLong = tr("for a moment; but it waits behind every running query on the table, and every query after it waits too"); break;
    }
    QString text = tr("%1 on %2: blocks %3, %4 (%5)").arg(lockModeName(s.lock), s.table, blocked(s.lock), howLong, workDone(s.work));
    for (const SafetyFinding &f : s.findings)
        text += QStringLiteral("\n\u2022 %1: %2").arg(f.code, f.message);
    return text;
}

int LockGutter::yOfLine(int line) const
{
    const QTextBlock block = m_preview->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return -1;
    QTextCursor cursor(block);
    const QRect rect = m_preview->cursorRect(cursor);
    const int y = mapFromGlobal(m_preview->viewport()->mapToGlobal(rect.center())).y();
    return y >= 0 && y < height() ? y : -1;
}

void LockGutter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const StatementLockMark &m : std::as_const(m_marks)) {
        const int y = yOfLine(m.line);
        if (y < 0)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour(m.safety));
        painter.drawRoundedRect(QRectF(3, y - 6, 12, 12), 3, 3);
    }
}

bool LockGutter::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    for (const StatementLockMark &m : std::as_const(m_marks)) {
        const int y = yOfLine(m.line);
        if (y >= 0 && std::abs(help->pos().y() - y) <= 7) {
            QToolTip::showText(help->globalPos(), explanation(m.safety), this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace sw::app
