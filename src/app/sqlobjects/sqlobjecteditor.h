#pragma once
// One view, routine or trigger of the design in an SQL editor with the
// preview's highlighting. Validate (Ctrl+Return) asks the database the
// migrations dock is on (or, with none, a throwaway server the design is
// built on), in the background and in a rolled-back transaction; its error is
// shown with its line marked. OK keeps the edit when the design
// still holds together.

#include "model/schema.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SqlObjectEditor;
}

namespace sw::app {

class SqlObjectEditor : public QDialog {
    Q_OBJECT
public:
    // `design` without the object being edited; `conninfo` empty when no database is chosen.
    SqlObjectEditor(const SqlObject &object, const Project &design, const QString &conninfo, QWidget *parent = nullptr);
    ~SqlObjectEditor() override;

    SqlObject object() const;
    void validate();
    QString verdict() const;
    int markedLine() const { return m_markedLine; }  // 0: none

    void accept() override;

signals:
    void validated();  // the verdict is shown

private:
    void showKind();
    void markLine(int line);

    std::unique_ptr<Ui::SqlObjectEditor> m_ui;
    SqlObject m_object;
    Project m_design;
    QString m_conninfo;
    int m_markedLine = 0;
};

} // namespace sw::app
