#include "rowbrowser.h"

#include "ui_rowbrowser.h"

#include "connectionprofile.h"
#include "conventions.h"
#include "identifiers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QUuid>

namespace sw::app {

RowBrowser::RowBrowser(const QString &conninfo, const QString &schema, const QString &table, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RowBrowser>()), m_connectionName(QUuid::createUuid().toString())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Rows of %1").arg(table));
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
        };
        show(m_ui->rows, QStringLiteral("SELECT * FROM %1 ORDER BY 1 DESC LIMIT 1000").arg(qualifiedIdentifier(schema, table)));
        show(m_ui->historyRows, QStringLiteral("SELECT * FROM %1 ORDER BY history_id DESC LIMIT 1000").arg(qualifiedIdentifier(schema, history)));
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

int RowBrowser::rowCount() const { return m_ui->rows->model() ? m_ui->rows->model()->rowCount() : -1; }
int RowBrowser::historyRowCount() const { return m_ui->historyRows->model() ? m_ui->historyRows->model()->rowCount() : -1; }

} // namespace sw::app
