#pragma once
// Rebase… for a migration folder with two heads after a merge: which head's
// chain stays (the one git says this branch already had, when it can tell),
// the plan (what moves, what is written after it), and the rebase itself with
// its verify on a throwaway server, in the background. All or nothing: a
// verify that fails puts the folder back. When it passed, `rebased` gives the
// new head; the window moves the design's baseline there, with undo.

#include "model/schema.h"
#include "rebaseworkflow.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace sw::app {

class RebaseDialog : public QDialog {
    Q_OBJECT
public:
    RebaseDialog(const QString &folder, const Project &project, QWidget *parent = nullptr);

    bool isBusy() const;
    QString plan() const;     // as shown
    QString outcome() const;  // the last refusal or failure, or what was done
    void rebase();            // the Rebase and verify button
    void reject() override;   // not while rebasing: the folder is half rebased until verify ends

signals:
    void rebased(const QString &head);

private:
    void readHeads();
    void propose();
    void setBusy(bool busy);
    void showOutcome(const QString &text);

    QString m_versions, m_environment;
    Project m_project;
    std::optional<db::RebaseProposal> m_proposal;
    int m_job = 0;
    bool m_rebasing = false;  // from the button until verify has ended
    QComboBox *m_onto;
    QPlainTextEdit *m_plan;
    QLabel *m_outcome;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
};

} // namespace sw::app
