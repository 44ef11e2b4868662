#pragma once
// Passwords the user typed, for this session only: held in this process's
// memory, by the connection they were typed for, and never written (not in
// the settings, the project, a log or a message). libpq's ~/.pgpass and
// service files come first: the window asks only when libpq found no
// password, or the server refused the one it had.

#include <QString>

#include <functional>

class QWidget;

namespace sw::app {

// `conninfo` with the password typed for it this session, if one was.
QString withSessionPassword(const QString &conninfo);

// True when `error` (a failed connection's message) is the server wanting a
// password or refusing the one given: then askForPassword().
bool wantsPassword(const QString &error);

// Asks for the password of `conninfo` in one small dialog that says why
// (`error`); accepted, the password is kept for the session and `retry` runs.
// While a prompt for that connection is open, another ask joins it.
void askForPassword(QWidget *parent, const QString &conninfo, const QString &error, const std::function<void()> &retry);

void forgetSessionPasswords();  // a test's clean start

} // namespace sw::app
