#pragma once
// A table's rows beside the rows of its history table, read-only, through
// Qt Sql's PostgreSQL driver: what the triggers recorded, at a glance.

#include <QDialog>

#include <memory>

namespace Ui {
class RowBrowser;
}

namespace sw::app {

class RowBrowser : public QDialog {
    Q_OBJECT
public:
    RowBrowser(const QString &conninfo, const QString &schema, const QString &table, QWidget *parent = nullptr);
    ~RowBrowser() override;

    int rowCount() const;
    QString cell(int row, const QString &column) const;   // as shown
    int historyRowCount() const;

private:
    std::unique_ptr<Ui::RowBrowser> m_ui;
    QString m_connectionName;
};

} // namespace sw::app
