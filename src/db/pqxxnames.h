#pragma once
// libpqxx's types by name only: db's headers name them without including
// libpqxx, so that app and cli compile without it (tests/support/check-layers.sh
// holds every object to that).

namespace pqxx {
class connection_base;
class transaction_base;
class field;
} // namespace pqxx
