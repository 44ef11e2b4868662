#include "types/typesdialog.h"

#include "ui_typesdialog.h"

#include "shared/choicedelegate.h"
#include "document/designcommands.h"
#include "model/validation.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSet>

namespace sw::app {

namespace {

QString kindTitle(TypeDefinition::Kind kind)
{
    switch (kind) {
    case TypeDefinition::Kind::Enum: return TypesDialog::tr("Enum");
    case TypeDefinition::Kind::Domain: return TypesDialog::tr("Domain");
    case TypeDefinition::Kind::Composite: return TypesDialog::tr("Composite");
    case TypeDefinition::Kind::Range: return TypesDialog::tr("Range");
    }
    return {};
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

TypesDialog::TypesDialog(DesignDocument *document, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TypesDialog>()), m_document(document), m_types(document->project().types),
      m_extensions(document->project().extensions)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->replacements->setColumnCount(2);
    m_ui->replacements->setHorizontalHeaderLabels({tr("Removed label"), tr("Rows get")});
    connect(m_ui->replacements, &QTableWidget::itemChanged, this, &TypesDialog::storeReplacements);
    for (QTableWidget *table : {m_ui->parts, m_ui->extensions, m_ui->replacements}) {
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_ui->extensions->setColumnCount(2);
    m_ui->extensions->setHorizontalHeaderLabels({tr("Extension"), tr("Schema")});
    m_ui->base->addItems(columnTypeChoices());
    connect(m_ui->typeList, &QListWidget::currentRowChanged, this, &TypesDialog::selectType);
    connect(m_ui->addEnum, &QPushButton::clicked, this, [this] { addType(TypeDefinition::Kind::Enum); });
    connect(m_ui->addDomain, &QPushButton::clicked, this, [this] { addType(TypeDefinition::Kind::Domain); });
    connect(m_ui->addComposite, &QPushButton::clicked, this, [this] { addType(TypeDefinition::Kind::Composite); });
    connect(m_ui->removeType, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        m_types.removeAt(m_current);
        m_current = -1;
        showTypes();
        selectType(m_types.isEmpty() ? -1 : 0);
        validate();
    });
    for (QLineEdit *edit : {m_ui->name, m_ui->schema, m_ui->defaultValue, m_ui->comment})
        connect(edit, &QLineEdit::textEdited, this, &TypesDialog::storeCurrent);
    connect(m_ui->base, &QComboBox::currentTextChanged, this, &TypesDialog::storeCurrent);
    connect(m_ui->notNull, &QCheckBox::toggled, this, &TypesDialog::storeCurrent);
    connect(m_ui->parts, &QTableWidget::itemChanged, this, &TypesDialog::storeCurrent);
    connect(m_ui->addPart, &QPushButton::clicked, this, [this] {
        const int row = m_ui->parts->rowCount();
        m_ui->parts->insertRow(row);
        for (int column = 0; column < m_ui->parts->columnCount(); ++column)
            m_ui->parts->setItem(row, column, new QTableWidgetItem);
        m_ui->parts->setCurrentCell(row, 0);
        m_ui->parts->editItem(m_ui->parts->item(row, 0));
    });
    connect(m_ui->removePart, &QPushButton::clicked, this, [this] {
        if (m_ui->parts->currentRow() >= 0) {
            m_ui->parts->removeRow(m_ui->parts->currentRow());
            storeCurrent();
        }
    });
    connect(m_ui->moveUp, &QPushButton::clicked, this, [this] { movePart(-1); });
    connect(m_ui->moveDown, &QPushButton::clicked, this, [this] { movePart(1); });
    connect(m_ui->extensions, &QTableWidget::itemChanged, this, &TypesDialog::storeExtensions);
    connect(m_ui->addExtension, &QPushButton::clicked, this, [this] {
        m_extensions << Extension{};
        showExtensions();
        const int row = int(m_extensions.size()) - 1;
        m_ui->extensions->setCurrentCell(row, 0);
        m_ui->extensions->editItem(m_ui->extensions->item(row, 0));
        validate();
    });
    connect(m_ui->removeExtension, &QPushButton::clicked, this, [this] {
        const int row = m_ui->extensions->currentRow();
        if (row >= 0 && row < m_extensions.size()) {
            m_extensions.removeAt(row);
            showExtensions();
            validate();
        }
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TypesDialog::apply);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTypes();
    showExtensions();
    selectType(m_types.isEmpty() ? -1 : 0);
    validate();
}

TypesDialog::~TypesDialog() = default;

void TypesDialog::addType(TypeDefinition::Kind kind)
{
    TypeDefinition t;
    t.kind = kind;
    t.name = QStringLiteral("new_%1").arg(typeKindName(kind));
    if (kind == TypeDefinition::Kind::Domain)
        t.base = QStringLiteral("text");
    m_types << t;
    showTypes();
    selectType(int(m_types.size()) - 1);
    m_ui->name->setFocus();
    m_ui->name->selectAll();
    validate();
}

void TypesDialog::showTypes()
{
    const QSignalBlocker blocker(m_ui->typeList);
    m_ui->typeList->clear();
    for (const TypeDefinition &t : m_types)
        m_ui->typeList->addItem(tr("%1 %2").arg(kindTitle(t.kind), t.reference()));
    m_ui->typeList->setCurrentRow(m_current);
}

void TypesDialog::selectType(int row)
{
    m_current = row >= 0 && row < m_types.size() ? row : -1;
    if (m_ui->typeList->currentRow() != m_current) {
        const QSignalBlocker blocker(m_ui->typeList);
        m_ui->typeList->setCurrentRow(m_current);
    }
    m_ui->typeEditor->setEnabled(m_current >= 0);
    loadCurrent();
}

// The editor shows what the kind has: labels, checks on VALUE, or attributes.
void TypesDialog::loadCurrent()
{
    m_loading = true;
    const TypeDefinition t = m_current >= 0 ? m_types.at(m_current) : TypeDefinition{};
    const bool domain = t.kind == TypeDefinition::Kind::Domain;
    m_ui->name->setText(t.name);
    m_ui->schema->setText(t.schema);
    m_ui->kind->setText(kindTitle(t.kind));
    m_ui->base->setCurrentText(t.base);
    m_ui->defaultValue->setText(t.defaultExpr.value_or(QString()));
    m_ui->notNull->setChecked(!t.nullable);
    m_ui->comment->setText(t.comment);
    m_ui->form->setRowVisible(3, domain || t.kind == TypeDefinition::Kind::Range);  // a range's subtype
    for (int row : {4, 5})
        m_ui->form->setRowVisible(row, domain);
    m_ui->parts->clear();
    m_ui->parts->setRowCount(0);
    QList<QStringList> rows;
    switch (t.kind) {
    case TypeDefinition::Kind::Enum:
        m_ui->partsLabel->setText(tr("Labels, in order (a label edited in place is renamed):"));
        m_ui->parts->setColumnCount(1);
        m_ui->parts->setHorizontalHeaderLabels({tr("Label")});
        for (const QString &v : t.values)
            rows << QStringList{v};
        break;
    case TypeDefinition::Kind::Domain:
        m_ui->partsLabel->setText(tr("Checks (each names VALUE):"));
        m_ui->parts->setColumnCount(2);
        m_ui->parts->setHorizontalHeaderLabels({tr("Name"), tr("Expression")});
        for (const Check &c : t.checks)
            rows << QStringList{c.name, c.expression};
        break;
    case TypeDefinition::Kind::Composite:
        m_ui->partsLabel->setText(tr("Attributes:"));
        m_ui->parts->setColumnCount(2);
        m_ui->parts->setHorizontalHeaderLabels({tr("Name"), tr("Type")});
        for (const Column &a : t.attributes)
            rows << QStringList{a.name, a.type};
        break;
    case TypeDefinition::Kind::Range:
        m_ui->partsLabel->setText(tr("Options besides the subtype (SUBTYPE_DIFF = function, …):"));
        m_ui->parts->setColumnCount(1);
        m_ui->parts->setHorizontalHeaderLabels({tr("Option")});
        for (const QString &option : t.rangeOptions)
            rows << QStringList{option};
        break;
    }
    m_ui->parts->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_ui->parts->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_loading = false;
    showReplacements();
}

// An enum's labels that the database (the baseline) has and the design no
// longer lists, each with the label rows holding it get ("replace").
void TypesDialog::showReplacements()
{
    QStringList removed;
    if (m_current >= 0 && m_types.at(m_current).kind == TypeDefinition::Kind::Enum)
        for (const TypeDefinition &old : m_document->baseline().types)
            if (old.qualifiedName() == m_types.at(m_current).qualifiedName())
                for (const QString &label : old.values)
                    if (!m_types.at(m_current).values.contains(label))
                        removed << label;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ui->replacements->setRowCount(int(removed.size()));
    for (int r = 0; r < removed.size(); ++r) {
        auto *label = new QTableWidgetItem(removed.at(r));
        label->setFlags(label->flags() & ~Qt::ItemIsEditable);
        m_ui->replacements->setItem(r, 0, label);
        m_ui->replacements->setItem(r, 1, new QTableWidgetItem(m_types.at(m_current).replace.value(removed.at(r))));
    }
    m_loading = wasLoading;
    m_ui->replacementsLabel->setVisible(!removed.isEmpty());
    m_ui->replacements->setVisible(!removed.isEmpty());
}

void TypesDialog::storeReplacements()
{
    if (m_loading || m_current < 0)
        return;
    QMap<QString, QString> replace;
    for (int r = 0; r < m_ui->replacements->rowCount(); ++r)
        if (!cell(m_ui->replacements, r, 1).isEmpty())
            replace.insert(cell(m_ui->replacements, r, 0), cell(m_ui->replacements, r, 1));
    m_types[m_current].replace = replace;
    validate();
}

void TypesDialog::storeCurrent()
{
    if (m_loading || m_current < 0)
        return;
    TypeDefinition &t = m_types[m_current];
    t.name = m_ui->name->text().trimmed();
    t.schema = m_ui->schema->text().trimmed().isEmpty() ? QStringLiteral("public") : m_ui->schema->text().trimmed();
    t.comment = m_ui->comment->text();
    const QTableWidget *parts = m_ui->parts;
    switch (t.kind) {
    case TypeDefinition::Kind::Enum:
        t.values.clear();
        for (int r = 0; r < parts->rowCount(); ++r)
            t.values << cell(parts, r, 0);
        // A mapping for a label the design has again goes.
        t.replace.removeIf([&](const auto &entry) { return t.values.contains(entry.key()); });
        showReplacements();
        break;
    case TypeDefinition::Kind::Domain: {
        t.base = m_ui->base->currentText().trimmed();
        t.nullable = !m_ui->notNull->isChecked();
        const QString defaultText = m_ui->defaultValue->text().trimmed();
        t.defaultExpr = defaultText.isEmpty() ? std::nullopt : std::optional<QString>(defaultText);
        QList<Check> checks;
        for (int r = 0; r < parts->rowCount(); ++r) {
            Check c = r < t.checks.size() ? t.checks.at(r) : Check{};  // keeps the file's unknown keys
            c.name = cell(parts, r, 0);
            c.expression = cell(parts, r, 1);
            checks << c;
        }
        t.checks = checks;
        break;
    }
    case TypeDefinition::Kind::Composite: {
        QList<Column> attributes;
        for (int r = 0; r < parts->rowCount(); ++r) {
            Column a = r < t.attributes.size() ? t.attributes.at(r) : Column{};
            a.name = cell(parts, r, 0);
            a.type = cell(parts, r, 1);
            attributes << a;
        }
        t.attributes = attributes;
        break;
    }
    case TypeDefinition::Kind::Range:
        t.base = m_ui->base->currentText().trimmed();
        t.rangeOptions.clear();
        for (int r = 0; r < parts->rowCount(); ++r)
            t.rangeOptions << cell(parts, r, 0);
        break;
    }
    if (QListWidgetItem *item = m_ui->typeList->item(m_current))
        item->setText(tr("%1 %2").arg(kindTitle(t.kind), t.reference()));
    validate();
}

void TypesDialog::movePart(int by)
{
    QTableWidget *parts = m_ui->parts;
    const int row = parts->currentRow(), target = row + by;
    if (row < 0 || target < 0 || target >= parts->rowCount())
        return;
    m_loading = true;
    for (int c = 0; c < parts->columnCount(); ++c) {
        QTableWidgetItem *a = parts->takeItem(row, c), *b = parts->takeItem(target, c);
        parts->setItem(row, c, b);
        parts->setItem(target, c, a);
    }
    m_loading = false;
    parts->setCurrentCell(target, parts->currentColumn());
    storeCurrent();
}

void TypesDialog::showExtensions()
{
    m_loading = true;
    m_ui->extensions->setRowCount(int(m_extensions.size()));
    for (int r = 0; r < m_extensions.size(); ++r) {
        m_ui->extensions->setItem(r, 0, new QTableWidgetItem(m_extensions.at(r).name));
        m_ui->extensions->setItem(r, 1, new QTableWidgetItem(m_extensions.at(r).schema));
    }
    m_loading = false;
}

void TypesDialog::storeExtensions()
{
    if (m_loading)
        return;
    for (int r = 0; r < m_extensions.size(); ++r) {
        m_extensions[r].name = cell(m_ui->extensions, r, 0);
        const QString schema = cell(m_ui->extensions, r, 1);
        m_extensions[r].schema = schema.isEmpty() ? QStringLiteral("public") : schema;
    }
    validate();
}

// OK stays off while the edit brings a problem the design did not have
// (a label twice, a column still naming a type removed here).
void TypesDialog::validate()
{
    QSet<QString> before;
    for (const Problem &p : validateProject(m_document->project()))
        if (p.isError())
            before << p.text();
    Project edited = m_document->project();
    edited.types = m_types;
    edited.extensions = m_extensions;
    QString problem;
    for (const Problem &p : validateProject(edited))
        if (p.isError() && !before.contains(p.text())) {
            problem = p.text();
            break;
        }
    m_ui->problem->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void TypesDialog::apply()
{
    if (m_types != m_document->project().types || m_extensions != m_document->project().extensions)
        m_document->undoStack()->push(new SetTypesCommand(m_document, m_types, m_extensions, tr("Edit types and extensions")));
    accept();
}

} // namespace sw::app
