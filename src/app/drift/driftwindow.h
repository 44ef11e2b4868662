#pragma once
// Where a live database and the design (or the migration folder) part ways,
// as a tree; refreshed in the background with progress and cancel. At the
// top, in plain words, which situation the database is in and the one fix
// that is right for it (driftsituation.h): Apply, a repair of this database
// only, a migration in the chain proven by verify, or the design brought in
// step. Beside: the rows of a table and its history, and the guide's test workflow.

#include "driftdiagnosis.h"
#include "drift/driftfilter.h"
#include "drift/drifttreemodel.h"
#include "migration/migrationplan.h"
#include "querycanceller.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class DriftWindow;
}

namespace sw::app {

struct ColumnOrder {
    QString schema, table;
    QStringList columns;  // as the database orders those the design has too
};

class DriftWindow : public QWidget {
    Q_OBJECT
public:
    DriftWindow(const Project &design, const QString &migrationFolder, const QString &conninfo, QWidget *parent = nullptr);
    ~DriftWindow() override;

    enum class Source { Design, Migrations };
    void setConninfo(const QString &conninfo);
    void setSource(Source source);
    void setDesign(const Project &design) { m_design = design; }
    void refresh();
    void testConnection();   // server version and alembic_version, in the status line
    QString status() const;
    void cancel();
    bool isBusy() const;
    DriftTreeModel *model() { return &m_model; }
    DriftFilter *filter() { return &m_filter; }
    // The conninfo used, with the password typed this session (sessionpasswords.h).
    QString effectiveConninfo() const;

    DriftSituation situation() const { return m_diagnosis.situation; }
    QString situationText() const;
    // The fixes the situations offer (the buttons under the situation).
    MigrationPlan repairPlan() const;     // local drift: SQL for this database only
    MigrationPlan chainFixPlan() const;   // a chain fault: a migration for the chain
    void openRepair();
    void openChainFix();
    void takeDatabaseVersion();           // reads the database with the design's ids, then databaseVersionTaken()
    // The tables whose columns come in another order in the database, and that order.
    QList<ColumnOrder> databaseColumnOrders() const;
    void expandToProblems();
    const DriftTreeModel &treeModel() const { return m_model; }
    void showTable(const QString &schema, const QString &table);  // selects its node, and raises the window
    QString databaseName() const;  // as the person may see it, never with a password

signals:
    void refreshed();  // a report (or an error) is shown
    void staleResultDropped();  // a cancelled or superseded job ended; what it read is not shown
    void verifyProgressed(int done, int total);  // steps and migrations moved by the running verify
    // The situations' other actions belong to the main window; conninfo holds no password.
    void applyRequested(const QString &conninfo);
    void detectRevisionRequested(const QString &conninfo);
    void exportRequested();
    // The columns of these tables in the database's order, for the design to take.
    void columnOrderTaken(const QList<sw::app::ColumnOrder> &orders);
    // The database as imported (tables, types, extensions) with the design's ids.
    void databaseVersionTaken(const sw::Project &database, const QStringList &schemas);

private:
    // `work` gets the job's canceller: it attaches its connection (and
    // registers a throwaway server), so that Cancel stops it on the server.
    using Work = std::function<QString(db::DriftDiagnosis *, db::QueryCanceller *)>;
    void runInBackground(const Work &work, const std::function<void(const db::DriftDiagnosis &)> &done);
    void showFailure(const QString &error);
    void setBusy(bool busy, const QString &status);
    void showDetails();
    static QString sideBySide(const QString &left, const QString &right, const QString &leftTitle, const QString &rightTitle);
    void showSituation();
    void showReport();
    void openRows();
    void verify();
    QString newMigrationsStart() const;
    QModelIndex selectedSource() const;

    std::unique_ptr<Ui::DriftWindow> m_ui;
    Project m_design;
    QString m_folder;
    DriftTreeModel m_model;
    DriftFilter m_filter;
    db::DriftDiagnosis m_diagnosis;
    db::DriftReport m_report;   // the one the tree shows
    int m_job = 0;
    bool m_read = false;        // a diagnosis is shown
    std::shared_ptr<db::QueryCanceller> m_canceller;  // of the running job
};

} // namespace sw::app
