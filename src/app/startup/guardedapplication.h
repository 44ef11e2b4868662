#pragma once
// The designer's application object: an error that escapes an event handler
// (a slot, a paint, a timer) reaches the user as a message naming what went
// wrong, and the window stays alive with its design, never std::terminate.
// Each call site still handles its own errors; this is the last guard.

#include <QApplication>

namespace sw::app {

class GuardedApplication : public QApplication {
    Q_OBJECT
public:
    GuardedApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

signals:
    // The message shown, once per escaped error (after the handler that threw returned).
    void errorReported(const QString &message);

private:
    void report(const QString &message);
};

} // namespace sw::app
