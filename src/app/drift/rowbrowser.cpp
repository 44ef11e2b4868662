#include "drift/rowbrowser.h"

#include "ui_rowbrowser.h"

#include "shared/backgroundtask.h"
#include "conventions.h"
#include "newestrows.h"

#include <QHeaderView>
#include <QPalette>
#include <QScreen>
#include <QStandardItemModel>

namespace sw::app {

namespace {

void fill(QStandardItemModel *model, const db::RowSample &sample, const QColor &nullColour)
{
    model->setColumnCount(int(sample.columns.size()));
    model->setHorizontalHeaderLabels(sample.columns);
    for (const auto &values : sample.rows) {
        QList<QStandardItem *> items;
        for (const std::optional<QString> &value : values) {
            auto *item = new QStandardItem(value.value_or(QStringLiteral("NULL")));
            item->setEditable(false);
            if (!value) {  // told apart from an empty text
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setForeground(nullColour);
            }
            items << item;
        }
        model->appendRow(items);
    }
}

} // namespace

RowBrowser::RowBrowser(const QString &conninfo, const QString &schema, const QString &table, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RowBrowser>()), m_rows(new QStandardItemModel(this)),
      m_historyRows(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Rows of %1").arg(table));
    if (const QScreen *shown = screen())  // rows are wide: take the width the screen has
        resize(shown->availableGeometry().size() * 0.85);
    const QString history = conventions::historyTableName(table);
    m_ui->mainTitle->setText(tr("%1 (newest first)").arg(table));
    m_ui->historyTitle->setText(tr("%1: what the triggers recorded (newest first)").arg(history));
    m_ui->rows->setModel(m_rows);
    m_ui->historyRows->setModel(m_historyRows);
    m_ui->problem->setText(tr("Reading the rows…"));
    load(m_rows, conninfo, schema, table, {});
    load(m_historyRows, conninfo, schema, history, QStringLiteral("history_id"));
}

RowBrowser::~RowBrowser() = default;

void RowBrowser::load(QStandardItemModel *into, const QString &conninfo, const QString &schema, const QString &table,
                      const QString &orderBy)
{
    ++m_pending;
    runInBackground<db::RowSample>(
        this,
        [=] {
            db::Connection connection(conninfo);
            return db::newestRows(connection, schema, table, orderBy);
        },
        [this, into](const db::RowSample &sample, const QString &error) {
            if (error.isEmpty())
                fill(into, sample, palette().color(QPalette::PlaceholderText));
            else
                m_problems << error;
            --m_pending;
            m_ui->problem->setText(m_pending > 0 ? tr("Reading the rows…") : m_problems.join(QLatin1Char('\n')));
            QTableView *view = into == m_rows ? m_ui->rows : m_ui->historyRows;
            view->resizeColumnsToContents();
            view->horizontalHeader()->setStretchLastSection(true);
            if (m_pending == 0)
                emit loaded();
        });
}

QString RowBrowser::cell(int row, const QString &column) const
{
    for (int c = 0; c < m_rows->columnCount(); ++c)
        if (m_rows->horizontalHeaderItem(c)->text() == column)
            return m_rows->index(row, c).data().toString();
    return {};
}

int RowBrowser::rowCount() const { return m_rows->rowCount(); }
int RowBrowser::historyRowCount() const { return m_historyRows->rowCount(); }
QString RowBrowser::problemText() const { return m_ui->problem->text(); }

} // namespace sw::app
