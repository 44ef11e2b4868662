#pragma once
// How the designer's memory is handed out and given back: a long session that
// re-plans the whole design on each edit.

namespace sw::app {

// Call first thing in main(), before any thread starts.
void useWorkspaceHeap();

} // namespace sw::app
