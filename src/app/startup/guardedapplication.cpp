#include "startup/guardedapplication.h"

#include "problem.h"

#include <QMessageBox>
#include <QWidget>

namespace sw::app {

GuardedApplication::GuardedApplication(int &argc, char **argv) : QApplication(argc, argv) {}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const SchemaError &e) {
        report(e.problem().text());
    } catch (const std::exception &e) {
        report(QString::fromUtf8(e.what()).trimmed());
    } catch (...) {
        report(tr("an error of unknown kind"));
    }
    return false;
}

void GuardedApplication::report(const QString &message)
{
    qWarning("schemawright: %s", qPrintable(message));
    // Shown once the handler that threw has returned: no dialog opened inside a half-done event.
    QMetaObject::invokeMethod(this, [this, message] {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Schemawright"),
                                    tr("Something went wrong, and the work it was doing stopped: %1\n\n"
                                       "Your design is still open; save it under a new name if in doubt.")
                                        .arg(message),
                                    QMessageBox::Ok, activeWindow());
        box->setObjectName(QStringLiteral("escapedErrorMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit errorReported(message);
    }, Qt::QueuedConnection);
}

} // namespace sw::app
