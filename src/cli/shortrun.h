#pragma once
// How the CLI's memory is handed out and given back: for a short run that
// builds a whole design (50 MB at 2,000 tables) and exits.

namespace sw::cli {

// Call first thing in main(), before any thread starts.
void useShortRunHeap();

// Ends the process once a command is done, its files saved and connections
// closed: output flushed, but not the static objects' destructors, which
// would free one by one (10 ms at 2,000 tables) what the system reclaims at once.
[[noreturn]] void endShortRun(int exitCode);

} // namespace sw::cli
