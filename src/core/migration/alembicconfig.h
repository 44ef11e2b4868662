#pragma once
// Where Alembic itself finds its environment, so that `schemawright-cli
// upgrade head` run where `alembic upgrade head` runs needs no --migrations:
// the config file (ALEMBIC_CONFIG, else ./alembic.ini) and the
// script_location of its [alembic] section.

#include <QString>

#include <optional>

namespace sw {

struct AlembicConfigLocation {
    QString iniPath;         // the config file
    QString environment;     // the folder holding it, where alembic is run
    QString scriptLocation;  // env.py and versions/ are there
};

// The config `alembic` would read when run in `workingDir`, with
// `configVariable` the value of ALEMBIC_CONFIG (empty: unset); nullopt when
// that file does not exist. Throws SchemaError naming the file when it
// cannot be read or names no script_location.
std::optional<AlembicConfigLocation> findAlembicConfig(const QString &workingDir, const QString &configVariable);

// The script_location of `iniPath`'s [alembic] section as Alembic reads it
// (%(here)s is the file's folder, %% a percent sign; a relative path is
// relative to `workingDir`); empty when the file has none.
QString scriptLocationOf(const QString &iniPath, const QString &workingDir);

} // namespace sw
