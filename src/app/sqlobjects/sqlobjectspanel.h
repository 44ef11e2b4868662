#pragma once
// The design's views, routines and triggers beside the table list, by kind.
// Enter or a double-click opens one in the SQL editor; New adds one of a
// kind; Delete removes the selected one. Each change is one undo step.

#include "document/designdocument.h"

#include <QWidget>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace sw::app {

class SqlObjectsPanel : public QWidget {
    Q_OBJECT
public:
    // `conninfo` says which database the editor validates against (empty: none).
    SqlObjectsPanel(DesignDocument *document, std::function<QString()> conninfo, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void addObject(SqlObject::Kind kind);
    void editObject(int index);      // in the project's list
    void removeSelected();
    // The editor about to open, for tests to drive; null when none.
    class SqlObjectEditor *openEditor() const { return m_openEditor; }

signals:
    void editorOpened(class SqlObjectEditor *editor);

private:
    void showObjects();
    bool edit(SqlObject object, int index);  // index -1: a new one

    DesignDocument *m_document;
    std::function<QString()> m_conninfo;
    QTreeWidget *m_tree;
    class SqlObjectEditor *m_openEditor = nullptr;
};

} // namespace sw::app
