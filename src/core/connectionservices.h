#pragma once
// libpq's connection service files (pg_service.conf): the services a user can
// connect to by name, where the file keeps host, port, user and even the
// password, so that Schemawright never has to.

#include <QStringList>

namespace sw {

// The files libpq reads, in its order: PGSERVICEFILE or ~/.pg_service.conf,
// then PGSYSCONFDIR/pg_service.conf (Debian's default folder when unset).
QStringList serviceFiles();

// The [section] names of `files`, each once, sorted.
QStringList serviceNames(const QStringList &files = serviceFiles());

} // namespace sw
