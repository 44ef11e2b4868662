#include "connections/sessionpasswords.h"

#include "connection.h"
#include "connectionprofile.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace sw::app {

namespace {

// By the connection without its secrets: a password typed into the
// connection string itself is replaced, not kept beside it.
QString keyOf(const QString &conninfo) { return conninfoWithoutSecrets(conninfo.trimmed()); }

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> typed;  // the GUI thread's only
    return typed;
}

QHash<QString, QPointer<QDialog>> &openPrompts()
{
    static QHash<QString, QPointer<QDialog>> open;
    return open;
}

QDialog *newPrompt(QWidget *parent, const QString &conninfo, const QString &error)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("passwordPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("PasswordPrompt", "Password for %1").arg(conninfoDisplayName(conninfo)));
    dialog->setMinimumWidth(360);
    dialog->setMaximumWidth(480);  // a long name wraps; the dialog stays small
    // In plain words; libpq's own (which speaks of ~/.pgpass) in the tooltip.
    QString user;
    for (const auto &[key, value] : conninfoParameters(conninfo))
        if (key == QLatin1String("user"))
            user = value;
    const QString who = user.isEmpty() ? conninfoDisplayName(conninfo)
                                       : QCoreApplication::translate("PasswordPrompt", "user %1 on database %2").arg(user, conninfoDisplayName(conninfo));
    auto *why = new QLabel(error.contains(QLatin1String("the password was refused")) ? QCoreApplication::translate("PasswordPrompt", "The server refused the password of %1.").arg(who)
                                                                    : QCoreApplication::translate("PasswordPrompt", "The server wants a password for %1.").arg(who),
                           dialog);
    why->setWordWrap(true);
    why->setToolTip(error);
    auto *field = new QLineEdit(dialog);
    field->setObjectName(QStringLiteral("password"));
    field->setEchoMode(QLineEdit::Password);
    auto *kept = new QLabel(QCoreApplication::translate("PasswordPrompt", "Kept in memory until Schemawright closes, never written. "
                                                                       "~/.pgpass keeps it for good."), dialog);
    kept->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(why);
    layout->addWidget(field);
    layout->addWidget(kept);
    layout->addWidget(buttons);
    QObject::connect(dialog, &QDialog::accepted, dialog, [key = keyOf(conninfo), field] { passwords().insert(key, field->text()); });
    return dialog;
}

} // namespace

QString withSessionPassword(const QString &conninfo)
{
    const auto typed = passwords().constFind(keyOf(conninfo));
    return typed == passwords().constEnd() ? conninfo : conninfoWith(conninfo, QStringLiteral("password"), *typed);
}

bool wantsPassword(const QString &error) { return db::isPasswordProblem(error); }

void askForPassword(QWidget *parent, const QString &conninfo, const QString &error, const std::function<void()> &retry)
{
    const QString key = keyOf(conninfo);
    QPointer<QDialog> &prompt = openPrompts()[key];
    if (!prompt) {
        prompt = newPrompt(parent, conninfo, error);
        prompt->open();
    }
    QObject::connect(prompt, &QDialog::accepted, parent, retry);
}

void forgetSessionPasswords() { passwords().clear(); }

} // namespace sw::app
