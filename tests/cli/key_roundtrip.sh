#!/bin/sh
# `daily-insights key set | status | delete` against a real Secret Service.
# Run by ctest inside a private D-Bus session with an unlocked gnome-keyring
# (tests/cmake/cli_key.cmake). Usage: key_roundtrip.sh BINARY WORKDIR
set -eu
bin=$1
work=$2
rm -rf "$work"
mkdir -p "$work/profile"
p="$work/profile"
key="sk-roundtrip-$$-$(date +%s%N)"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" config set llm.provider anthropic --profile "$p" >/dev/null
if "$bin" key status --profile "$p" >"$work/before.out" 2>&1; then
  fail "a key was reported before one was set: $(cat "$work/before.out")"
fi
printf '%s\n' "$key" | "$bin" key set --profile "$p" >"$work/set.out" 2>&1 || fail "key set: $(cat "$work/set.out")"
"$bin" key status --profile "$p" >"$work/status.out" 2>&1 || fail "key status after set: $(cat "$work/status.out")"
grep -q "is stored" "$work/status.out" || fail "status does not say the key is stored: $(cat "$work/status.out")"
[ "$(secret-tool lookup server daily-insights user llm/anthropic)" = "$key" ] || fail "the key is not in the Secret Service"
if grep -rqF "$key" "$work"; then
  fail "the key was written into a file: $(grep -rlF "$key" "$work")"
fi
"$bin" key delete --profile "$p" >"$work/delete.out" 2>&1 || fail "key delete: $(cat "$work/delete.out")"
if "$bin" key status --profile "$p" >"$work/after.out" 2>&1; then
  fail "the key is still reported after delete"
fi
echo "key round trip: 1 passed, 0 failed"
