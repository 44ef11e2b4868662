#include "merge/mergeconflictsdialog.h"

#include "document/designcommands.h"
#include "document/designdocument.h"
#include "problem.h"
#include "project/projectmerge.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sw::app {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return MergeConflictsDialog::tr("(removed)");
    return MergeConflict::shown(value);  // as the CLI writes it
}

} // namespace

MergeConflictsDialog::MergeConflictsDialog(DesignDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_list(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_ours(new QPushButton(tr("Keep &Ours"), this)), m_theirs(new QPushButton(tr("Take &Theirs"), this))
{
    setWindowTitle(tr("Merge Conflicts"));
    setObjectName(QStringLiteral("mergeConflictsDialog"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setHeaderLabels({tr("Where"), tr("Ours (in the design now)"), tr("Theirs")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_ours->setObjectName(QStringLiteral("keepOurs"));
    m_theirs->setObjectName(QStringLiteral("takeTheirs"));
    m_ours->setToolTip(tr("Keep the value this branch has; the conflict is decided"));
    m_theirs->setToolTip(tr("Put the other branch's value in the design; the conflict is decided"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_ours, QDialogButtonBox::ActionRole);
    buttons->addButton(m_theirs, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ours, &QPushButton::clicked, this, [this] { decide(m_list->currentIndex().row(), false); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { decide(m_list->currentIndex().row(), true); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_ours->setEnabled(m_list->currentItem());
        m_theirs->setEnabled(m_list->currentItem());
    });
    connect(m_document, &DesignDocument::changed, this, &MergeConflictsDialog::showConflicts);  // undo brings one back
    connect(m_document, &DesignDocument::reloaded, this, &MergeConflictsDialog::showConflicts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(760, 360);
    showConflicts();
}

void MergeConflictsDialog::showConflicts()
{
    const int current = std::max(0, m_list->currentIndex().row());
    m_list->clear();
    const QList<MergeConflict> &conflicts = m_document->project().mergeConflicts;
    for (const MergeConflict &c : conflicts) {
        auto *item = new QTreeWidgetItem(m_list, {c.where, shown(c.ours), shown(c.theirs)});
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
    }
    m_summary->setText(conflicts.isEmpty()
                           ? tr("Every conflict of the merge is decided. Save the project to finish the merge.")
                           : tr("git merged two branches that changed the same thing %n time(s) differently. The design holds ours "
                                "meanwhile; choose for each. Every choice is one step you can undo.", nullptr, int(conflicts.size())));
    if (!conflicts.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(std::min<int>(current, int(conflicts.size()) - 1)));
    m_ours->setEnabled(m_list->currentItem());
    m_theirs->setEnabled(m_list->currentItem());
}

void MergeConflictsDialog::decide(int conflict, bool takeTheirs)
{
    const Project &project = m_document->project();
    if (conflict < 0 || conflict >= project.mergeConflicts.size())
        return;
    const QString where = project.mergeConflicts.at(conflict).where;
    try {
        const Project decided = withConflictResolved(project, conflict, takeTheirs);
        m_document->undoStack()->push(
            wholeProjectCommand(m_document, decided, takeTheirs ? tr("Take theirs for %1").arg(where) : tr("Keep ours for %1").arg(where)));
    } catch (const SchemaError &e) {
        QMessageBox::warning(this, tr("Merge Conflicts"), e.problem().message);
    }
}

} // namespace sw::app
