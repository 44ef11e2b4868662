#include "drift/rowbrowser.h"

#include "ui_rowbrowser.h"

#include "connectionprofile.h"
#include "conventions.h"
#include "identifiers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QHeaderView>
#include <QScreen>
#include <QUuid>

namespace sw::app {

namespace {

// Every column as PostgreSQL prints it (numeric to the last digit, timestamps
// with their time zone), not as Qt's driver would convert it (a double, a
// local QDateTime): the query asks the server for text.
QString selectAsText(const QSqlDatabase &db, const QString &relation, const QString &orderBy)
{
    QSqlQuery columns(db);
    columns.prepare(QStringLiteral("SELECT string_agg(format('%I::text AS %I', attname, attname), ', ' ORDER BY attnum) "
                                   "FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped"));
    columns.addBindValue(relation);
    const QString list = columns.exec() && columns.next() && !columns.value(0).toString().isEmpty() ? columns.value(0).toString()
                                                                                                      : QStringLiteral("*");
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 DESC LIMIT 1000").arg(list, relation, orderBy);
}

} // namespace

RowBrowser::RowBrowser(const QString &conninfo, const QString &schema, const QString &table, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RowBrowser>()), m_connectionName(QUuid::createUuid().toString())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Rows of %1").arg(table));
    if (const QScreen *shown = screen())  // rows are wide: take the width the screen has
        resize(shown->availableGeometry().size() * 0.85);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        QStringList options;
        for (const auto &[key, value] : conninfoParameters(conninfo)) {
            if (key == QLatin1String("host"))
                db.setHostName(value);
            else if (key == QLatin1String("port"))
                db.setPort(value.toInt());
            else if (key == QLatin1String("dbname"))
                db.setDatabaseName(value);
            else if (key == QLatin1String("user"))
                db.setUserName(value);
            else
                options << key + QLatin1Char('=') + value;  // sslmode, service, ...
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            m_ui->problem->setText(tr("Cannot connect: %1").arg(db.lastError().text()));
            return;
        }
        const QString history = conventions::historyTableName(table);
        m_ui->mainTitle->setText(tr("%1 (newest first)").arg(table));
        m_ui->historyTitle->setText(tr("%1: what the triggers recorded (newest first)").arg(history));
        const auto show = [&](QTableView *view, const QString &sql) {
            auto *model = new QSqlQueryModel(this);
            model->setQuery(QSqlQuery(sql, db));
            if (model->lastError().isValid())
                m_ui->problem->setText(model->lastError().text());
            view->setModel(model);
            view->resizeColumnsToContents();
            view->horizontalHeader()->setStretchLastSection(true);
        };
        show(m_ui->rows, selectAsText(db, qualifiedIdentifier(schema, table), QStringLiteral("1")));
        show(m_ui->historyRows, selectAsText(db, qualifiedIdentifier(schema, history), QStringLiteral("history_id")));
    }
}

RowBrowser::~RowBrowser()
{
    // The models hold queries on the connection: they go first.
    for (QTableView *view : {m_ui->rows, m_ui->historyRows}) {
        QAbstractItemModel *model = view->model();
        view->setModel(nullptr);
        delete model;
    }
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString RowBrowser::cell(int row, const QString &column) const
{
    const QAbstractItemModel *model = m_ui->rows->model();
    for (int c = 0; model && c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == column)
            return model->index(row, c).data().toString();
    return {};
}

int RowBrowser::rowCount() const { return m_ui->rows->model() ? m_ui->rows->model()->rowCount() : -1; }
int RowBrowser::historyRowCount() const { return m_ui->historyRows->model() ? m_ui->historyRows->model()->rowCount() : -1; }

} // namespace sw::app
