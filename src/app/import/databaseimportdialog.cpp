#include "import/databaseimportdialog.h"

#include "catalogimport.h"
#include "connections/sessionpasswords.h"
#include "driftanalysis.h"
#include "model/validation.h"
#include "querycanceller.h"
#include "shared/backgroundtask.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::app {

DatabaseImportDialog::DatabaseImportDialog(const QString &conninfo, QWidget *parent)
    : QDialog(parent), m_why(new QLabel(this)), m_database(new QLineEdit(conninfo, this)), m_read(new QPushButton(tr("&Read schemas"), this)),
      m_schemas(new QListWidget(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("databaseImportDialog"));
    setWindowTitle(tr("New Project from Database"));
    m_database->setPlaceholderText(tr("host=… dbname=… user=… (a password is asked for when the server wants one)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *database = new QHBoxLayout;
    database->addWidget(m_database, 1);
    database->addWidget(m_read);
    auto *form = new QFormLayout;
    auto *databaseLabel = new QLabel(tr("&Database:"), this);
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, database);
    form->addRow(tr("&Schemas:"), m_schemas);
    m_why->setWordWrap(true);
    m_why->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_why);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 380);
    connect(m_read, &QPushButton::clicked, this, &DatabaseImportDialog::readSchemas);
    connect(m_database, &QLineEdit::returnPressed, this, &DatabaseImportDialog::readSchemas);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DatabaseImportDialog::startImport);
    // Cancel stops what runs; with nothing running it closes.
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] { isBusy() ? cancel() : reject(); });
    connect(m_schemas, &QListWidget::itemChanged, this, [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty() && !isBusy()); });
}

DatabaseImportDialog::~DatabaseImportDialog()
{
    if (m_canceller)
        m_canceller->cancel();
}

void DatabaseImportDialog::explain(const QString &why)
{
    m_why->setText(why);
    m_why->setVisible(!why.isEmpty());
}

QString DatabaseImportDialog::conninfo() const { return m_database->text().trimmed(); }
bool DatabaseImportDialog::isBusy() const { return !m_progress->isHidden(); }
QString DatabaseImportDialog::status() const { return m_status->text(); }

QStringList DatabaseImportDialog::schemas() const
{
    QStringList names;
    for (int row = 0; row < m_schemas->count(); ++row)
        names << m_schemas->item(row)->text();
    return names;
}

QStringList DatabaseImportDialog::chosen() const
{
    QStringList names;
    for (int row = 0; row < m_schemas->count(); ++row)
        if (m_schemas->item(row)->checkState() == Qt::Checked)
            names << m_schemas->item(row)->text();
    return names;
}

void DatabaseImportDialog::setChosen(const QStringList &schemas)
{
    for (int row = 0; row < m_schemas->count(); ++row)
        m_schemas->item(row)->setCheckState(schemas.contains(m_schemas->item(row)->text()) ? Qt::Checked : Qt::Unchecked);
}

void DatabaseImportDialog::setBusy(bool busy, const QString &status)
{
    m_progress->setVisible(busy);
    m_read->setEnabled(!busy);
    m_database->setEnabled(!busy);
    m_schemas->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !chosen().isEmpty());
    m_status->setText(status);
}

void DatabaseImportDialog::fail(const QString &error, void (DatabaseImportDialog::*retry)())
{
    setBusy(false, error);
    if (wantsPassword(error))
        askForPassword(this, conninfo(), error, [this, retry] { (this->*retry)(); });
    emit failed(error);
}

void DatabaseImportDialog::readSchemas()
{
    const int job = ++m_job;
    setBusy(true, tr("Connecting…"));
    const QString conninfo = withSessionPassword(this->conninfo());
    runInBackground<QStringList>(
        this,
        [conninfo] {
            db::Connection connection(conninfo);
            return db::userSchemas(connection);
        },
        [this, job](const QStringList &names, const QString &error) {
            if (job != m_job)
                return;
            if (!error.isEmpty())
                return fail(error, &DatabaseImportDialog::readSchemas);
            const QSignalBlocker quiet(m_schemas);
            m_schemas->clear();
            for (const QString &name : names) {
                auto *item = new QListWidgetItem(name, m_schemas);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(name == QLatin1String("public") || names.size() == 1 ? Qt::Checked : Qt::Unchecked);
            }
            setBusy(false, names.isEmpty() ? tr("The database has no schema of its own.") : tr("Tick the schemas the project is to hold."));
            emit schemasRead();
        });
}

void DatabaseImportDialog::startImport()
{
    const int job = ++m_job;
    const QStringList schemas = chosen();
    setBusy(true, tr("Reading %n schema(s)…", nullptr, int(schemas.size())));
    const QString conninfo = this->conninfo(), effective = withSessionPassword(conninfo);
    auto canceller = std::make_shared<db::QueryCanceller>();
    m_canceller = canceller;
    runInBackground<DatabaseImport>(
        this,
        [effective, conninfo, schemas, canceller] {
            db::Connection connection(effective);
            const db::QueryCanceller::Scope cancellable(canceller.get(), connection);
            db::ImportOptions options;
            options.schemas = schemas;
            options.depth = db::ImportDepth::DesignOnly;
            db::ImportResult result = db::importSchema(connection, options);
            // As the CLI: never a project the designer cannot hold.
            for (const Problem &p : validateProject(result.project))
                if (p.isError())
                    throw SchemaError(QStringLiteral("import-refused"), tr("Not imported: the database holds what a design cannot: %1").arg(p.text()));
            const QString revision = result.live.revisions.size() == 1 ? result.live.revisions.first() : QString();
            result.project.baseline = result.project.asBaseline(revision);
            return DatabaseImport{result.project, connection.databaseName(), conninfo, result.warnings + result.besideTables};
        },
        [this, job](const DatabaseImport &import, const QString &error) {
            if (job != m_job)
                return;  // cancelled: dropped
            m_canceller.reset();
            if (!error.isEmpty())
                return fail(error, &DatabaseImportDialog::startImport);
            setBusy(false, {});
            emit imported(import);
            accept();
        });
}

void DatabaseImportDialog::cancel()
{
    ++m_job;  // what the running job read is dropped
    if (m_canceller)
        m_canceller->cancel();  // and its statement stopped on the server
    m_canceller.reset();
    setBusy(false, tr("Cancelled: nothing was imported."));
    emit failed(status());
}

} // namespace sw::app
