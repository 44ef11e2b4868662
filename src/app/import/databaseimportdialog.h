#pragma once
// File → New Project from Database…: a database's schemas, chosen, read in
// the background into a new project as `schemawright-cli import` reads them
// (the same db::importSchema, what a design is made of), with progress and a
// Cancel that stops the statement on the server. What a design cannot hold
// refuses the import, naming it; what it leaves out is named.

#include "model/schema.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace sw::db {
class QueryCanceller;
}

namespace sw::app {

struct DatabaseImport {
    Project project;       // its baseline is the database: nothing to migrate yet
    QString databaseName;
    QString conninfo;      // as typed, without a password
    QStringList leftOut;   // what the design cannot hold yet, named
};

class DatabaseImportDialog : public QDialog {
    Q_OBJECT
public:
    DatabaseImportDialog(const QString &conninfo, QWidget *parent = nullptr);
    ~DatabaseImportDialog() override;

    void explain(const QString &why);  // a line above the rest: why this dialog and not the one asked for
    void readSchemas();   // lists the database's schemas, public (or the only one) ticked
    void startImport();   // the ticked schemas
    void cancel();
    bool isBusy() const;
    QStringList schemas() const;      // listed
    void setChosen(const QStringList &schemas);
    QString status() const;

signals:
    void schemasRead();
    void imported(const sw::app::DatabaseImport &import);
    void failed(const QString &error);  // shown in the dialog as well; a cancel too

private:
    QString conninfo() const;
    QStringList chosen() const;
    void setBusy(bool busy, const QString &status);
    void fail(const QString &error, void (DatabaseImportDialog::*retry)());

    QLabel *m_why;
    QLineEdit *m_database;
    QPushButton *m_read;
    QListWidget *m_schemas;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<db::QueryCanceller> m_canceller;
    int m_job = 0;
};

} // namespace sw::app
