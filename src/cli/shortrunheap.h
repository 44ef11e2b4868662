#pragma once
// How the CLI's memory is handed out: for a short run that builds a whole
// design (50 MB at 2,000 tables) and exits.

namespace sw::cli {

// Call first thing in main(), before any thread starts.
void useShortRunHeap();

} // namespace sw::cli
