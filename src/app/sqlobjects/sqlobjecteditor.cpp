#include "sqlobjects/sqlobjecteditor.h"

#include "shared/backgroundtask.h"
#include "shared/migrationhighlighter.h"
#include "model/validation.h"
#include "sqlobjectvalidation.h"
#include "ui_sqlobjecteditor.h"

#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>

namespace sw::app {

namespace {

const QList<SqlObject::Kind> kKinds = {SqlObject::Kind::View, SqlObject::Kind::MaterializedView, SqlObject::Kind::Function, SqlObject::Kind::Procedure,
                                       SqlObject::Kind::Aggregate, SqlObject::Kind::Operator, SqlObject::Kind::OperatorFamily,
                                       SqlObject::Kind::Cast, SqlObject::Kind::Trigger, SqlObject::Kind::Rule, SqlObject::Kind::Index};

QString kindText(SqlObject::Kind kind)
{
    switch (kind) {
    case SqlObject::Kind::View: return SqlObjectEditor::tr("View");
    case SqlObject::Kind::MaterializedView: return SqlObjectEditor::tr("Materialized view");
    case SqlObject::Kind::Function: return SqlObjectEditor::tr("Function");
    case SqlObject::Kind::Procedure: return SqlObjectEditor::tr("Procedure");
    case SqlObject::Kind::Aggregate: return SqlObjectEditor::tr("Aggregate");
    case SqlObject::Kind::Trigger: return SqlObjectEditor::tr("Trigger");
    case SqlObject::Kind::Operator: return SqlObjectEditor::tr("Operator");
    case SqlObject::Kind::OperatorFamily: return SqlObjectEditor::tr("Operator family");
    case SqlObject::Kind::Rule: return SqlObjectEditor::tr("Rule");
    case SqlObject::Kind::Cast: return SqlObjectEditor::tr("Cast");
    case SqlObject::Kind::Index: return SqlObjectEditor::tr("Index of a materialized view");
    }
    return {};
}

} // namespace

SqlObjectEditor::SqlObjectEditor(const SqlObject &object, const Project &design, const QString &conninfo, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SqlObjectEditor>()), m_object(object), m_design(design), m_conninfo(conninfo)
{
    m_ui->setupUi(this);
    for (SqlObject::Kind kind : kKinds)
        m_ui->kind->addItem(kindText(kind), int(kind));
    m_ui->kind->setCurrentIndex(m_ui->kind->findData(int(object.kind)));
    m_ui->schema->setText(object.schema);
    m_ui->name->setText(object.name);
    m_ui->arguments->setText(object.arguments);
    m_ui->table->setText(object.table);
    m_ui->comment->setText(object.comment);
    m_ui->definition->setPlainText(object.definition);
    m_ui->definition->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new MigrationHighlighter(m_ui->definition->document());
    auto *validateButton = m_ui->buttons->addButton(tr("&Validate"), QDialogButtonBox::ActionRole);
    validateButton->setToolTip(m_conninfo.isEmpty()
                                   ? tr("Build the design on a throwaway server and ask it whether it accepts this (Ctrl+Return)")
                                   : tr("Ask the database the migrations panel is on whether it accepts this (Ctrl+Return); nothing is changed"));
    connect(validateButton, &QPushButton::clicked, this, &SqlObjectEditor::validate);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &SqlObjectEditor::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SqlObjectEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &SqlObjectEditor::showKind);
    connect(m_ui->definition, &QPlainTextEdit::textChanged, this, [this] { markLine(0); });
    if (m_conninfo.isEmpty())
        m_ui->verdict->setText(tr("No database is chosen in the migrations panel: Validate builds the design on a throwaway server."));
    showKind();
    m_ui->name->setFocus();
}

SqlObjectEditor::~SqlObjectEditor() = default;

// Arguments belong to routines and operators (an operator family's: its index method), a table to triggers, rules and indexes.
void SqlObjectEditor::showKind()
{
    const SqlObject edited = object();
    m_ui->arguments->setEnabled(edited.hasArguments());
    m_ui->table->setEnabled(edited.isOnTable());
    setWindowTitle(kindText(edited.kind));
}

SqlObject SqlObjectEditor::object() const
{
    SqlObject o = m_object;
    o.kind = SqlObject::Kind(m_ui->kind->currentData().toInt());
    o.schema = m_ui->schema->text().trimmed().isEmpty() ? QStringLiteral("public") : m_ui->schema->text().trimmed();
    o.name = m_ui->name->text().trimmed();
    o.arguments = o.hasArguments() ? m_ui->arguments->text().trimmed() : QString();
    o.table = o.isOnTable() ? m_ui->table->text().trimmed() : QString();
    o.comment = m_ui->comment->text();
    o.definition = m_ui->definition->toPlainText().trimmed();
    if (o.definition.endsWith(QLatin1Char(';')))
        o.definition = o.definition.chopped(1).trimmed();
    if (o.definition != m_object.definition)
        o.dependsOn.clear();  // the catalog's word was for the old definition; its mentions count now
    return o;
}

QString SqlObjectEditor::verdict() const
{
    return m_ui->verdict->text();
}

void SqlObjectEditor::validate()
{
    m_ui->verdict->setText(m_conninfo.isEmpty() ? tr("Building the design on a throwaway server…") : tr("Validating…"));
    const SqlObject tried = object();
    const QString conninfo = m_conninfo;
    const Project design = m_design;
    runInBackground<db::SqlObjectCheck>(this, [tried, conninfo, design] {
        if (conninfo.isEmpty())
            return db::validateSqlObjectOnThrowawayServer(design, tried);
        db::Connection connection(conninfo);
        return db::validateSqlObject(connection, tried);
    }, [this](const db::SqlObjectCheck &check, const QString &error) {
        if (!error.isEmpty())
            m_ui->verdict->setText(tr("Cannot validate: %1").arg(error));
        else if (check.accepted)
            m_ui->verdict->setText(tr("The database accepts it (nothing was changed)."));
        else
            m_ui->verdict->setText(check.line > 0 ? tr("Line %1: %2").arg(check.line).arg(check.error) : check.error);
        markLine(check.accepted ? 0 : check.line);
        emit validated();
    });
}

void SqlObjectEditor::markLine(int line)
{
    m_markedLine = line;
    QList<QTextEdit::ExtraSelection> selections;
    if (line > 0) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_ui->definition->document()->findBlockByNumber(line - 1));
        selection.format.setBackground(QColor(0xd3, 0x2f, 0x2f, 60));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    m_ui->definition->setExtraSelections(selections);
}

// The design must still load with it: a name that fits, a table that exists, no twin.
void SqlObjectEditor::accept()
{
    Project edited = m_design;
    edited.sqlObjects << object();
    QStringList problems;
    for (const Problem &p : validateProject(edited))
        if (p.message.startsWith(object().title() + QLatin1Char(':')))
            problems << p.message;
    if (!problems.isEmpty()) {
        m_ui->verdict->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace sw::app
