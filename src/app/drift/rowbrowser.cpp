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

// Both tables on one connection; a history table that cannot be read still
// leaves the table's own rows shown.
struct BrowsedRows {
    db::RowSample rows, history;
    QString historyProblem;
};

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
    runInBackground<BrowsedRows>(
        this,
        [=] {
            db::Connection connection(conninfo);
            BrowsedRows read;
            read.rows = db::newestRows(connection, schema, table);
            try {
                read.history = db::newestRows(connection, schema, history, QStringLiteral("history_id"));
            } catch (const SchemaError &e) {
                read.historyProblem = e.problem().text();
            } catch (const std::exception &e) {
                read.historyProblem = db::describeSqlError(e);
            }
            return read;
        },
        [this](const BrowsedRows &read, const QString &error) {
            m_ui->problem->setText(error.isEmpty() ? read.historyProblem : error);
            if (error.isEmpty()) {
                showRows(m_rows, m_ui->rows, read.rows);
                showRows(m_historyRows, m_ui->historyRows, read.history);
            }
            m_loaded = true;
            emit loaded();
        });
}

RowBrowser::~RowBrowser() = default;

void RowBrowser::showRows(QStandardItemModel *model, QTableView *view, const db::RowSample &sample)
{
    fill(model, sample, palette().color(QPalette::PlaceholderText));
    view->resizeColumnsToContents();
    view->horizontalHeader()->setStretchLastSection(true);
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
