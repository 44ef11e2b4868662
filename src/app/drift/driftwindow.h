#pragma once
// Where a live database and the design (or the migration folder) part ways,
// as a tree; refreshed in the background with progress and cancel; with a
// migration to fix what is selected, the rows of a table beside its history,
// and the guide's test workflow.

#include "driftanalysis.h"
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

class DriftWindow : public QWidget {
    Q_OBJECT
public:
    DriftWindow(const Project &design, const QString &migrationFolder, const QString &conninfo, QWidget *parent = nullptr);
    ~DriftWindow() override;

    enum class Source { Design, Migrations };
    void setConninfo(const QString &conninfo);
    void setSource(Source source);
    void refresh();
    void testConnection();   // server version and alembic_version, in the status line
    QString status() const;
    void cancel();
    bool isBusy() const;
    DriftTreeModel *model() { return &m_model; }
    DriftFilter *filter() { return &m_filter; }
    // The conninfo used, with the password given at the prompt (never stored).
    QString effectiveConninfo() const;

    // What "Fix with a migration" offers for the selected table.
    MigrationPlan fixPlan(const QModelIndex &sourceIndex) const;
    void expandToProblems();

signals:
    void refreshed();  // a report (or an error) is shown

private:
    // `work` gets the job's canceller: it attaches its connection (and
    // registers a throwaway server), so that Cancel stops it on the server.
    using Work = std::function<QString(db::DriftReport *, db::QueryCanceller *)>;
    void runInBackground(const Work &work, const std::function<void(const db::DriftReport &)> &done);
    void showFailure(const QString &error);
    void setBusy(bool busy, const QString &status);
    void showDetails();
    void openFix();
    void openRows();
    void verify();
    QModelIndex selectedSource() const;

    std::unique_ptr<Ui::DriftWindow> m_ui;
    Project m_design;
    QString m_folder;
    DriftTreeModel m_model;
    DriftFilter m_filter;
    db::DriftReport m_report;
    int m_job = 0;
    std::shared_ptr<db::QueryCanceller> m_canceller;  // of the running job
    QString m_password;  // asked when libpq finds none; kept in memory only
    void askForPassword(const QString &why);
};

} // namespace sw::app
