#pragma once
// The designer's diagram: the canvas with its tool bar (arrange, zoom, find,
// export) and minimap. What the user does on the canvas becomes the same undo
// commands the grids push; what the window must decide (a new table's columns,
// where editing goes) it asks for with signals.

#include <QWidget>

class QLabel;
class QToolBar;
class QLineEdit;
class QStringListModel;

namespace sw::app {

class DesignDocument;
class DiagramScene;
class DiagramView;
class Minimap;
struct DiagramMarks;

class DiagramPanel : public QWidget {
    Q_OBJECT
public:
    explicit DiagramPanel(DesignDocument *document, QWidget *parent = nullptr);

    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    QLineEdit *findField() const { return m_find; }

    void selectTable(const QString &tableId);   // and bring it into view
    bool findTable(const QString &text);        // select and centre on the first table named so (or whose name holds it)
    void arrange();                             // the layered layout for every box, one undo step
    bool isArranging() const { return m_arranging; }
    void addForeignKey(const QString &tableId, const QString &column, const QString &referencedTableId, const QString &referencedColumn);
    void removeSelectedTables();
    QString exportTo(const QString &path);      // empty when written, else why not
    void chooseExportFile();                    // File > Export Diagram
    // The drift window's colours on the boxes, with their legend; empty: none.
    void setMarks(const struct DiagramMarks &marks);
    QString legendText() const;
    int toolRowHeight() const;  // the least height that keeps the panel usable: its tools

signals:
    void tableSelected(const QString &tableId);
    void tableActivated(const QString &tableId);           // edit it
    void addTableRequested(const QPointF &scenePos);       // a double-click on the canvas
    void arranged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void follow();   // the document changed
    void placeMinimap();

    DesignDocument *m_document;
    DiagramScene *m_scene;
    DiagramView *m_view;
    Minimap *m_minimap;
    QLineEdit *m_find;
    QStringListModel *m_names;
    QLabel *m_zoom;
    QLabel *m_legend;  // the drift colours' meaning, while there are any
    QToolBar *m_tools;
    bool m_arranging = false;
    bool m_fitPending = true;  // a project opened: fit it once it is drawn
};

} // namespace sw::app
