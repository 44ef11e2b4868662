#pragma once
// The one database the window's actions use: Apply and Roll back, the
// migrations dock, the drift window, Take Baseline, the SQL objects and the
// types the type column offers. Chosen in the tool bar, the connection
// manager, the dock or the drift window; remembered per project and chosen
// again when the project opens. It holds no password (sessionpasswords.h
// adds the one typed this session).

#include "connectionprofile.h"

#include <QObject>

namespace sw::app {

class CurrentConnection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    QString name() const { return m_name; }  // the profile's; empty for a connection typed
    QString conninfo() const { return m_conninfo; }
    // With the password typed for it this session: what a worker connects with.
    QString effectiveConninfo() const;

    // Makes it current and remembers it for the project; changed() when it is another.
    void choose(const QString &name, const QString &conninfo);
    // The project at `projectPath` (empty: untitled) opened: the connection chosen
    // last time (a profile by its name, while `offered` has it), else its first
    // connection, else none. changed() when that is another.
    void restore(const QString &projectPath, const QList<ConnectionProfile> &offered, const QList<ConnectionProfile> &projects);

    // The project was saved as `projectPath`: the choice is remembered for it from now on.
    void keepFor(const QString &projectPath);

signals:
    void changed();

private:
    void set(const QString &name, const QString &conninfo);
    QString m_name, m_conninfo;
    QString m_settingsKey;  // where the choice is remembered for the open project
};

} // namespace sw::app
