#pragma once
// The conflicts merge-design left in the project (git merged two branches that
// changed the same value): each with where it is and both values, and the
// user's choice, ours or theirs, as one undo step each.

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sw::app {

class DesignDocument;

class MergeConflictsDialog : public QDialog {
    Q_OBJECT
public:
    explicit MergeConflictsDialog(DesignDocument *document, QWidget *parent = nullptr);

    void decide(int conflict, bool takeTheirs);  // what the buttons do to the chosen row

private:
    void showConflicts();

    DesignDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_ours;
    QPushButton *m_theirs;
};

} // namespace sw::app
