#pragma once
// The migration folder against a database: each revision applied, current or
// pending; Apply (to head or the selected revision) and Roll back (one step
// or to the selected revision) on the runner the CLI uses, in the background,
// with a live log and a Cancel that stops the statement on the server. What
// a run will do (its SQL, and what a roll back drops with its rows) is shown
// and confirmed first.

#include "migrations/migrationstatusmodel.h"
#include "migrationrunner.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sw::db {
class QueryCanceller;
}

namespace sw::app {

class MigrationsPanel : public QWidget {
    Q_OBJECT
public:
    MigrationsPanel(const QString &folder, const QString &conninfo, QWidget *parent = nullptr);
    ~MigrationsPanel() override;

    // What a run shows before it starts; true goes on. A dialog by default.
    using Confirm = std::function<bool(const QString &question, const QString &details)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Asks the user to type something (the name of a database to wipe); empty: no.
    using AskText = std::function<QString(const QString &prompt)>;
    void setAskText(AskText ask) { m_askText = std::move(ask); }

    void setFolder(const QString &folder);
    // Another database: the states shown are cleared until it is read.
    void setConninfo(const QString &conninfo);
    QString conninfo() const;  // the database the dock shows and runs on (as typed; no password added)
    void refresh();
    // target: "head", "-1", "base" or a revision, as the CLI takes it.
    void run(Direction direction, const QString &target);
    void cancel();
    // The guide's version mismatch: find the revision whose schema the database
    // has (each built in a scratch database) and, confirmed, stamp it.
    void detectAndStamp();
    // The guide's reset_db.py on a dev database: the user types its name;
    // a server not on this machine needs a second confirmation.
    void resetDatabase();
    bool isBusy() const;
    QString folder() const { return m_folder; }
    QStringList heads() const { return m_heads; }  // of the folder, as last read; two or more: forked
    MigrationStatusModel *model() { return &m_model; }
    QString log() const;

signals:
    void refreshed();
    void conninfoEdited(const QString &conninfo);  // the user typed another database
    void runFinished(const QString &error);  // empty when it went through
    void stampFinished(const QString &message);
    void resetFinished(const QString &error);  // empty when it went through
    void rebaseRequested();  // the folder has several heads and the user wants one chain

private:
    QString effectiveConninfo() const;  // with the password typed this session
    QString selectedRevision() const;
    void setBusy(bool busy);
    void append(const QString &line);
    void runReset(const QString &name, bool force);
    void readHeads();
    std::function<void(const QString &)> logFromWorker();

    QString m_folder;
    QStringList m_heads;
    MigrationStatusModel m_model;
    QLineEdit *m_database;
    QTableView *m_table;
    QPushButton *m_refresh, *m_apply, *m_applySelected, *m_rollBack, *m_rollBackSelected, *m_detect, *m_reset, *m_rebase, *m_cancel;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    Confirm m_confirm;
    AskText m_askText;
    std::shared_ptr<db::QueryCanceller> m_canceller;
    int m_job = 0;
};

} // namespace sw::app
