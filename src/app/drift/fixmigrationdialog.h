#pragma once
// Shows a migration that repairs drift and writes it into the migration
// folder under a descriptive message.

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

private:
    void refresh();

    std::unique_ptr<Ui::FixMigrationDialog> m_ui;
    MigrationPlan m_plan;
    MigrationHeader m_header;   // what the preview shows is what is written
    QString m_writtenPath;
};

// Writes `plan` under `header` (by default the next migration of `folder`)
// into `folder`; returns the path. Throws SchemaError.
QString writePlannedMigration(const MigrationPlan &plan, const QString &folder, const QString &message);
QString writePlannedMigration(const MigrationPlan &plan, const QString &folder, const MigrationHeader &header);

} // namespace sw::app
