#pragma once
// Shows a migration that repairs what the chain builds and writes it into the
// migration folder under a descriptive message; proven first, when asked, by
// verifying the chain with it on a throwaway PostgreSQL (chainproof.h).

#include "migration/alembicfile.h"
#include "migration/migrationplan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FixMigrationDialog;
}

namespace sw::app {

class FixMigrationDialog : public QDialog {
    Q_OBJECT
public:
    FixMigrationDialog(const MigrationPlan &plan, const QString &message, const QString &folder, QWidget *parent = nullptr);
    ~FixMigrationDialog() override;

    QString previewText() const;
    QString writtenPath() const { return m_writtenPath; }
    void accept() override;
    void setProveBeforeSaving(bool prove) { m_prove = prove; }
    QString proofLog() const { return m_proofLog; }

signals:
    void proofFinished(bool passed);

private:
    void refresh();
    void write();

    std::unique_ptr<Ui::FixMigrationDialog> m_ui;
    MigrationPlan m_plan;
    MigrationHeader m_header;   // what the preview shows is what is written
    QString m_writtenPath;
    bool m_prove = false;
    QString m_proofLog;
};

// Writes `plan` under `header` (by default the next migration of `folder`)
// into `folder`; returns the path. Throws SchemaError.
QString writePlannedMigration(const MigrationPlan &plan, const QString &folder, const QString &message);
QString writePlannedMigration(const MigrationPlan &plan, const QString &folder, const MigrationHeader &header);

} // namespace sw::app
