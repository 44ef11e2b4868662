#pragma once
// The main window: the project's tables and the migration that creates them.

#include "model/schema.h"
#include "tablelistmodel.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace sw::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads `path`; on a bad file shows the error and keeps what was open.
    bool openProject(const QString &path);
    QString previewText() const;

private:
    void chooseProject();
    void refreshPreview();

    std::unique_ptr<Ui::MainWindow> m_ui;
    TableListModel m_tables;
    Project m_project;
    QString m_path;
};

} // namespace sw::app
