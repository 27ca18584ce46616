#pragma once

namespace cli {

// Under cron and systemd timers XDG_RUNTIME_DIR is often unset, and Qt then
// warns on stderr the first time anything asks for the runtime folder. A
// headless command prints only its own output, so before the application
// object exists this points the variable at the user's runtime folder
// (/run/user/UID) when that is ours, else at a private folder of our own
// (TMPDIR/runtime-UID, 0700). A folder that is not ours, or not private, is
// never used: then a fresh private TMPDIR/daily-insights-runtime-XXXXXX
// serves this run and is removed at exit.
void ensureRuntimeDir();

} // namespace cli
