#pragma once
// The repair of one database's local drift: the SQL that brings it back to
// what its migration chain builds, run on that database after confirmation
// or saved as a .sql file; never written into versions/, since every other
// database the chain builds is right already.

#include "migration/migrationplan.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sw::app {

class DatabaseRepairDialog : public QDialog {
    Q_OBJECT
public:
    // `database` names the database in what the dialog says; `versionsFolder` is refused as a place to save.
    DatabaseRepairDialog(const MigrationPlan &plan, const QString &conninfo, const QString &database, const QString &versionsFolder,
                         QWidget *parent = nullptr);

    // The script: one transaction, each step introduced by its comment.
    QString sql() const { return m_sql; }
    // Writes the script to `path`; returns the error, empty when written.
    QString saveTo(const QString &path) const;
    // Asks, then runs the script on the database in the background; ran() follows.
    void runOnDatabase();

    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

signals:
    void ran(const QString &error);  // empty when the database was repaired

private:
    void chooseFile();

    QString m_conninfo, m_database, m_versions, m_sql;
    QStringList m_warnings;   // what it drops or may lose, said before it runs
    QLabel *m_status;
    QPlainTextEdit *m_preview;
    QPushButton *m_run, *m_save;
    Confirm m_confirm;
};

} // namespace sw::app
