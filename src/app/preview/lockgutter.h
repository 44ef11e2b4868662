#pragma once
// Beside the migration preview, a mark at each statement of upgrade() that
// locks a table in use: red where it rewrites or scans the table under a lock
// that blocks others (or draws a lint finding), amber where it holds the
// strongest lock only for a moment, grey where the table is new. Hovering a
// mark says what the lock blocks and for how long it may hold.

#include "lint/statementlocks.h"

#include <QWidget>

class QPlainTextEdit;

namespace sw::app {

class LockGutter : public QWidget {
    Q_OBJECT
public:
    explicit LockGutter(QPlainTextEdit *preview, QWidget *parent = nullptr);

    void setMarks(const QList<StatementLockMark> &marks);
    const QList<StatementLockMark> &marks() const { return m_marks; }
    static QColor colour(const StatementSafety &safety);
    static QString explanation(const StatementSafety &safety);  // the tooltip

    QSize sizeHint() const override { return {18, 0}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int yOfLine(int line) const;  // the line's middle, in the gutter; -1 when not shown

    QPlainTextEdit *m_preview;
    QList<StatementLockMark> m_marks;
};

} // namespace sw::app
