#pragma once
// A table's rows beside the rows of its history table, read-only: what the
// triggers recorded, at a glance. The rows come from db (newestRows), read
// off the GUI thread.

#include <QDialog>

#include <memory>

namespace Ui {
class RowBrowser;
}

class QStandardItemModel;
class QTableView;

namespace sw::db {
struct RowSample;
}

namespace sw::app {

class RowBrowser : public QDialog {
    Q_OBJECT
public:
    RowBrowser(const QString &conninfo, const QString &schema, const QString &table, QWidget *parent = nullptr);
    ~RowBrowser() override;

    bool isLoaded() const { return m_loaded; }
    int rowCount() const;
    QString cell(int row, const QString &column) const;   // as shown
    int historyRowCount() const;
    QString problemText() const;  // what stopped a table's rows, or empty

signals:
    void loaded();   // both tables are shown (or the problem that stopped one)

private:
    void showRows(QStandardItemModel *model, QTableView *view, const db::RowSample &sample);

    std::unique_ptr<Ui::RowBrowser> m_ui;
    QStandardItemModel *m_rows;
    QStandardItemModel *m_historyRows;
    bool m_loaded = false;
};

} // namespace sw::app
