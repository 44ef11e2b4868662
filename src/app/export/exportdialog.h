#pragma once
// Asks for the migration's message and folder, shows the file name it will
// get, and refuses what cannot be exported (vague message, design problems).

#include "document/designdocument.h"

#include "migration/alembicfile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace sw::app {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(DesignDocument *document, const QString &folder, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString folder() const;
    QString message() const;
    QStringList exportedPaths() const { return m_exportedPaths; }
    // Save, then apply to the connected database (the window does that part).
    bool applyAfterwards() const { return m_applyAfterwards; }
    void saveAndApply();

    void accept() override;

signals:
    // The folder has several heads: the user asked to make it one chain first.
    void rebaseRequested(const QString &folder);

private:
    void refresh();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    DesignDocument *m_document;
    QStringList m_exportedPaths;
    MigrationHeader m_header;   // shown, and written
    bool m_applyAfterwards = false;
    class QPushButton *m_saveAndApply = nullptr;
    class QPushButton *m_rebase = nullptr;     // shown while the folder is forked
};

} // namespace sw::app
