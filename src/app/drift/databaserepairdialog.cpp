#include "drift/databaserepairdialog.h"

#include "shared/backgroundtask.h"
#include "shared/migrationhighlighter.h"
#include "newfile.h"
#include "sqlscript.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>


namespace sw::app {

namespace {

// The plan's warnings are a migration's: what its downgrade gives back. A
// repair has no downgrade: what it drops is gone.
QStringList repairWarnings(const MigrationPlan &plan)
{
    QStringList warnings;
    for (QString warning : plan.warnings) {
        if (warning.startsWith(QLatin1String("The downgrade")))
            continue;
        const qsizetype downgrade = warning.indexOf(QLatin1String("; the downgrade"));
        if (downgrade >= 0)
            warning = warning.left(downgrade) + QStringLiteral(", and a repair has no way back.");
        warnings << warning.replace(QLatin1String("the upgrade"), QLatin1String("the repair")).replace(QLatin1String("this migration"), QLatin1String("the repair"));
    }
    return warnings;
}

QString scriptOf(const MigrationPlan &plan, const QString &database)
{
    QString sql = QStringLiteral("-- Repair of database %1 only: brings it back to what its migration chain builds.\n"
                                 "-- Not a migration: every other database built from the chain is right already.\n")
                      .arg(database);
    for (const QString &warning : repairWarnings(plan))
        sql += QStringLiteral("-- WARNING: %1\n").arg(warning);
    sql += QStringLiteral("BEGIN;\n");
    for (const MigrationStep &step : plan.upgrade)
        sql += QStringLiteral("\n-- %1\n%2\n").arg(step.comment, step.sql.trimmed());
    return sql + QStringLiteral("\nCOMMIT;\n");
}

bool isInside(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QString dir = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    const QString versions = QFileInfo(folder).canonicalFilePath();
    return !versions.isEmpty() && (dir == versions || dir.startsWith(versions + QLatin1Char('/')));
}

} // namespace

DatabaseRepairDialog::DatabaseRepairDialog(const MigrationPlan &plan, const QString &conninfo, const QString &database, const QString &versionsFolder,
                                           QWidget *parent)
    : QDialog(parent), m_conninfo(conninfo), m_database(database), m_versions(versionsFolder), m_sql(scriptOf(plan, database)),
      m_warnings(repairWarnings(plan)),
      m_status(new QLabel(this)), m_preview(new QPlainTextEdit(this)), m_run(new QPushButton(tr("&Run on this database…"), this)),
      m_save(new QPushButton(tr("&Save as .sql…"), this))
{
    setWindowTitle(tr("Repair database %1").arg(database));
    auto *explanation = new QLabel(tr("This SQL brings database %1 back to what the migration chain builds. It repairs this database only "
                                      "and never goes into the migration folder: every other database built from the chain is right already.")
                                       .arg(database), this);
    explanation->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlainText(plan.isEmpty() ? tr("-- Nothing to repair that SQL can write.") : m_sql);
    new MigrationHighlighter(m_preview->document());
    m_run->setEnabled(!plan.isEmpty());
    m_save->setEnabled(!plan.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &DatabaseRepairDialog::runOnDatabase);
    connect(m_save, &QPushButton::clicked, this, &DatabaseRepairDialog::chooseFile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 600);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question, QMessageBox::Ok | QMessageBox::Cancel) == QMessageBox::Ok;
    };
}

QString DatabaseRepairDialog::saveTo(const QString &path) const
{
    if (isInside(path, m_versions))
        return tr("%1 is in the migration folder, where a repair of one database does not belong: choose a place outside %2.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_versions));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeWhole(file, m_sql.toUtf8()) || !file.commit())
        return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void DatabaseRepairDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the repair as SQL"), QDir::home().filePath(QStringLiteral("repair_%1.sql").arg(m_database)),
                                                      tr("SQL scripts (*.sql)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    m_status->setText(error.isEmpty() ? tr("Saved %1; run it with: psql -f %1").arg(QDir::toNativeSeparators(path)) : error);
}

void DatabaseRepairDialog::runOnDatabase()
{
    // What it destroys is said in the question itself, not only in a comment of the script.
    const QString question = m_warnings.isEmpty()
        ? tr("Run the repair on database %1? It changes that database, in one transaction.").arg(m_database)
        : tr("Run the repair on database %1? It changes that database, in one transaction, and cannot be undone:\n\n%2")
              .arg(m_database, QStringLiteral("• ") + m_warnings.join(QStringLiteral("\n• ")));
    if (!m_confirm(question)) {
        m_status->setText(tr("Not run."));
        return;
    }
    m_run->setEnabled(false);
    m_status->setText(tr("Running the repair on %1…").arg(m_database));
    const QString conninfo = m_conninfo, sql = m_sql;
    runInBackground<bool>(
        this,
        [conninfo, sql] {
            db::runSqlScript(conninfo, sql);  // its own BEGIN/COMMIT: all of it or nothing
            return true;
        },
        [this](bool, const QString &error) {
            m_run->setEnabled(error.isEmpty() ? false : true);
            m_status->setText(error.isEmpty() ? tr("Repaired database %1.").arg(m_database) : tr("Not repaired, nothing changed: %1").arg(error));
            emit ran(error);
        });
}

} // namespace sw::app
